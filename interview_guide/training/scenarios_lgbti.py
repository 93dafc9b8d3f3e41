"""Three LGBTI role-play scenarios: a low-literacy man from a village, a trans woman, and a late
disclosure in a subsequent application. All fictional.
"""

from __future__ import annotations

import datetime as dt

from interview_guide.core.hearing import ClaimType, Gender, GenderRequest
from interview_guide.core.reference_frame import (
    Access,
    CountryContext,
    DisclosureStage,
    EducationLevel,
    GenderIdentity,
    Level,
    LifePhase,
    Literacy,
    MaritalStatus,
    PriorContact,
    ReferenceFrame,
    Relationship,
    Religion,
    Sogiesc,
    UrbanRural,
    YesNoUnknown,
)
from interview_guide.core.text import Lang
from interview_guide.training.scenario_model import FICTIONAL, Bi, Scenario, scenario_interpreter


def _rural_frame(lang: Lang) -> ReferenceFrame:
    return ReferenceFrame(
        education_level=EducationLevel.NONE,
        literacy=Literacy.NONE,
        origin_country=Bi("Afghanistan", "Afghanistan").get(lang),
        origin_region=Bi("een dorp in de provincie Baghlan", "a village in Baghlan province").get(lang),
        urban_rural=UrbanRural.RURAL,
        life_phase=LifePhase.YOUNG_ADULT,
        age_at_key_events=Bi(
            "Hij rekent in oogsten en seizoenen, niet in jaren. Ca. 14: schapen hoeden met Samir; ca. 22: "
            "gezien door een neef; ca. 23: vertrek.",
            "He counts in harvests and seasons, not years. About 14: herding sheep with Samir; about 22: "
            "seen by "
            "a cousin; about 23: left.",
        ).get(lang),
        marital_status=MaritalStatus.SINGLE,
        children=0,
        different_sex_marriage=YesNoUnknown.NO,
        family_notes=Bi(
            "Boerenfamilie; vader overleden; de oudste oom beslist. Moeder en jongere zus in het dorp.",
            "Farming family; father died; the eldest uncle decides. Mother and younger sister in the "
            "village.",
        ).get(lang),
        religion_upbringing=Religion.ISLAM_SUNNI,
        religion_upbringing_notes=Bi(
            "Soennitisch; de mullah van het dorp was het gezag.",
            "Sunni; the village mullah was the authority.",
        ).get(lang),
        religiosity_family=Level.HIGH,
        gender=GenderIdentity.MAN,
        pronouns=Bi("hij/hem", "he/him").get(lang),
        own_terms=Bi(
            "Hij kent geen woord voor zichzelf; hij zegt 'mijn hart gaat naar mannen'. 'Homo' kent hij niet.",
            "He has no word for himself; he says 'my heart goes to men'. He does not know the word 'gay'.",
        ).get(lang),
        internet_access=Access.NONE,
        prior_contact=PriorContact.NONE,
        medical_advice=YesNoUnknown.NO,
        trauma_indicators=YesNoUnknown.UNKNOWN,
        special_procedural_needs=Bi(
            "Kan niet lezen of schrijven: lees stukken voor; vraag naar seizoenen, plaatsen en mensen in "
            "plaats "
            "van data; korte zinnen.",
            "Cannot read or write: read documents aloud; ask about seasons, places and people rather than "
            "dates; "
            "short sentences.",
        ).get(lang),
        disclosure_stage=DisclosureStage.FIRST_HEARING,
        prior_applications=0,
        country_context=CountryContext.CRIMINALISED_ENFORCED,
        coi_references=Bi(
            "Algemeen ambtsbericht Afghanistan (vul de actuele versie in)",
            "General country report on Afghanistan (fill in the current version)",
        ).get(lang),
        sogiesc=[Sogiesc.GAY],
        sogiesc_self_description=Bi("'Mijn hart gaat naar mannen.'", "'My heart goes to men.'").get(lang),
        relationships=[
            Relationship(
                name="Samir (fictief)" if lang == "nl" else "Samir (fictional)",
                period=Bi("ca. negen jaar, tot zijn vertrek", "about nine years, until he left").get(lang),
                place=Bi("het dorp en de heuvels erboven", "the village and the hills above it").get(lang),
                partner_in_nl=YesNoUnknown.NO,
            )
        ],
        notes=FICTIONAL.get(lang),
    )


RURAL = Scenario(
    id="rural-low-literacy",
    title=Bi(
        "Laaggeletterde man van het platteland (LHBTI)",
        "Low-literacy man from a rural area (LGBTI)",
    ),
    claims=(ClaimType.LGBTI,),
    summary=Bi(
        "Jawid, 26, schaapherder uit een dorp in Afghanistan, kan niet lezen en kent geen woord voor wie hij "
        "is. Oefent: vragen op zijn niveau, seizoenen in plaats van data, betekenis zonder westerse "
        "begrippen.",
        "Jawid, 26, a shepherd from a village in Afghanistan, cannot read and has no word for who he is. "
        "Practises: questions at his level, seasons instead of dates, meaning without Western concepts.",
    ),
    applicant_name=Bi("Jawid Rahimi (fictief)", "Jawid Rahimi (fictional)"),
    name_used="Jawid",
    form_of_address=Bi("meneer Rahimi", "Mr Rahimi"),
    nationality=Bi("Afghaanse", "Afghan"),
    language=Bi("Dari", "Dari"),
    dialect=Bi("Dari van Baghlan", "Dari of Baghlan"),
    born=dt.date(2000, 1, 1),
    frame=_rural_frame,
    interpreter=scenario_interpreter("51204", Gender.MALE),
    officer=(
        Bi(
            "Uit het aanmeldgehoor: hij moest weg omdat zijn familie 'iets over hem en een man' ontdekte. "
            "Hij "
            "kan niet lezen of schrijven; zijn geboortedatum is geschat (1-1-2000).",
            "From the registration interview: he had to leave because his family found out 'something about "
            "him "
            "and a man'. He cannot read or write; his date of birth is estimated (1-1-2000).",
        ),
        Bi(
            "Het referentiekader is ingevuld. Lees de regels onder elk veld: wat betekent dit voor uw "
            "vragen?",
            "The reference frame is filled in. Read the line under each field: what does it mean for your "
            "questions?",
        ),
        Bi(
            "Let op: korte zinnen, één vraag tegelijk, concrete situaties; hij gebruikt geen westerse "
            "woorden.",
            "Mind: short sentences, one question at a time, concrete situations; he uses no Western words.",
        ),
    ),
    applicant=(
        Bi(
            "U bent Jawid, ongeveer 26. U hoedde de schapen van uw oom in de heuvels boven het dorp. U bent "
            "nooit "
            "naar school geweest en kunt niet lezen.",
            "You are Jawid, about 26. You herded your uncle's sheep in the hills above the village. You "
            "never "
            "went to school and cannot read.",
        ),
        Bi(
            "Vrij te vertellen: u moest weg omdat een neef u met Samir zag. U weet niet in welk jaar u "
            "vertrok; het was na de tarweoogst.",
            "Tell freely: you had to leave because a cousin saw you with Samir. You do not know the year you "
            "left; it was after the wheat harvest.",
        ),
        Bi(
            "U kent het woord 'homo' niet. Vraagt iemand of u homo bent, dan zegt u: 'Wat betekent dat?'",
            "You do not know the word 'gay'. If someone asks whether you are gay, say: 'What does that "
            "mean?'",
        ),
    ),
    only_when_asked=(
        Bi(
            "Hoe u Samir leerde kennen: jullie hoedden samen de schapen; hij zong als het regende.",
            "How you met Samir: you herded the sheep together; he sang when it rained.",
        ),
        Bi(
            "Samir sneed een mes met een houten heft voor u; u had het altijd bij u, tot de grens.",
            "Samir carved you a knife with a wooden handle; you always carried it, up to the border.",
        ),
        Bi(
            "Wat u voelde toen Samir moest trouwen: u ging drie dagen niet naar huis en sliep bij de kudde.",
            "What you felt when Samir had to marry: you did not go home for three days and slept with the "
            "flock.",
        ),
        Bi(
            "Uw neef zag jullie bij de rivier; uw oom sloeg u met een stok; uw moeder gaf u het geld van "
            "haar "
            "armband.",
            "Your cousin saw you at the river; your uncle beat you with a stick; your mother gave you the "
            "money "
            "from her bracelet.",
        ),
    ),
    interpreter_problem=(
        Bi(
            "Geplant probleem: als de aanvrager over Samir of over zijn gevoelens voor mannen praat, tolkt u "
            "twee keer met een scheldwoord: 'die viezerik' in plaats van 'Samir', 'viezigheid' in plaats van "
            "'liefde'.",
            "Planted problem: when the applicant speaks about Samir or his feelings for men, twice render it "
            "with an insult: 'that pervert' instead of 'Samir', 'filth' instead of 'love'.",
        ),
        Bi(
            "Vraagt de hoormedewerker of u elkaar goed begrijpt, dan zegt u 'ja, prima'. Stop met het "
            "scheldwoord zodra de hoormedewerker er iets van zegt.",
            "If the officer asks whether you understand each other, say 'yes, fine'. Stop using the insult "
            "as "
            "soon as the officer says something about it.",
        ),
    ),
    debrief=(
        Bi(
            "Geplant: een scheldwoord van de tolk. Een goede hoormedewerker merkt het (aan de tolking en "
            "aan de "
            "aanvrager), stopt, vraagt de aanvrager hoe de tolking gaat, legt het vast (Ctrl+I) en spreekt "
            "de "
            "tolk aan op de gedragscode; zo nodig een andere tolk.",
            "Planted: an insult by the interpreter. A good officer notices it (in the rendering and in the "
            "applicant), stops, asks the applicant how the interpretation is going, records it (Ctrl+I) and "
            "reminds the interpreter of the code of conduct; another interpreter if needed.",
        ),
        Bi(
            "Bespreek: werden vragen gesteld op zijn niveau (seizoenen, plaatsen)? Werd 'homo' of "
            "'bewustwording' gebruikt? Kwamen het mes en de drie nachten bij de kudde boven, en met welke "
            "vraag?",
            "Discuss: were questions asked at his level (seasons, places)? Were 'gay' or 'awareness' used? "
            "Did the "
            "knife and the three nights with the flock come up, and with which question?",
        ),
    ),
)


def _trans_frame(lang: Lang) -> ReferenceFrame:
    return ReferenceFrame(
        education_level=EducationLevel.SECONDARY,
        literacy=Literacy.OWN_LANGUAGE,
        origin_country=Bi("Marokko", "Morocco").get(lang),
        origin_region=Bi("Casablanca", "Casablanca").get(lang),
        urban_rural=UrbanRural.URBAN,
        life_phase=LifePhase.ADULT,
        age_at_key_events=Bi(
            "ca. 12: droeg de hoofddoek van haar zus; 19: vond online het woord 'trans'; 24-28: kapsalon "
            "van Latifa; 28: aangehouden (2023); 29: vertrek.",
            "about 12: wore her sister's scarf; 19: found the word 'trans' online; 24-28: Latifa's hair "
            "salon; "
            "28: stopped by the police (2023); 29: left.",
        ).get(lang),
        marital_status=MaritalStatus.SINGLE,
        children=0,
        different_sex_marriage=YesNoUnknown.NO,
        family_notes=Bi(
            "Vader en broers verbraken het contact; grootmoeder (overleden) noemde haar 'mijn lichtje'.",
            "Father and brothers broke off contact; her grandmother (died) called her 'my little light'.",
        ).get(lang),
        religion_upbringing=Religion.ISLAM_SUNNI,
        religiosity_family=Level.MEDIUM,
        gender=GenderIdentity.WOMAN,
        gender_self_description=Bi(
            "'Ik ben een vrouw. Ik ben altijd Nour geweest.'", "'I am a woman. I have always been Nour.'"
        ).get(lang),
        pronouns=Bi("zij/haar", "she/her").get(lang),
        own_terms=Bi(
            "'trans' en 'vrouw'; de naam in haar paspoort gebruikt zij niet.",
            "'trans' and 'woman'; she does not use the name in her passport.",
        ).get(lang),
        internet_access=Access.REGULAR,
        prior_contact=PriorContact.SECRET,
        medical_advice=YesNoUnknown.NO,
        trauma_indicators=YesNoUnknown.YES,
        special_procedural_needs=Bi(
            "Spreek haar aan met 'mevrouw' en 'Nour'; vrouwelijke hoormedewerker en tolk gevraagd.",
            "Address her as 'Ms' and 'Nour'; a female officer and interpreter requested.",
        ).get(lang),
        disclosure_stage=DisclosureStage.FIRST_HEARING,
        prior_applications=0,
        country_context=CountryContext.CRIMINALISED_ENFORCED,
        coi_references=Bi(
            "Algemeen ambtsbericht Marokko (vul de actuele versie in)",
            "General country report on Morocco (fill in the current version)",
        ).get(lang),
        sogiesc=[Sogiesc.TRANSGENDER],
        sogiesc_self_description=Bi("'Een trans vrouw.'", "'A trans woman.'").get(lang),
        notes=FICTIONAL.get(lang),
    )


TRANS = Scenario(
    id="trans-woman",
    title=Bi("Trans vrouw (LHBTI)", "Trans woman (LGBTI)"),
    claims=(ClaimType.LGBTI,),
    summary=Bi(
        "Nour, 29, uit Casablanca, staat in de stukken onder een mannennaam. Oefent: naam en aanspreekvorm, "
        "genderidentiteit in eigen woorden, geen vragen over lichaam of medische behandeling.",
        "Nour, 29, from Casablanca, is on file under a man's name. Practises: name and form of address, "
        "gender "
        "identity in her own words, no questions about her body or medical treatment.",
    ),
    applicant_name=Bi(
        "Noureddine B. (fictief; naam in de stukken)", "Noureddine B. (fictional; name on file)"
    ),
    name_used="Nour",
    form_of_address=Bi("mevrouw B.", "Ms B."),
    nationality=Bi("Marokkaanse", "Moroccan"),
    language=Bi("Arabisch", "Arabic"),
    dialect=Bi("Marokkaans Arabisch (Darija)", "Moroccan Arabic (Darija)"),
    born=dt.date(1996, 11, 3),
    frame=_trans_frame,
    interpreter=scenario_interpreter("51377", Gender.FEMALE),
    officer_request=GenderRequest.FEMALE,
    interpreter_request=GenderRequest.FEMALE,
    officer=(
        Bi(
            "De stukken noemen een mannennaam; bij de aanmelding zei zij: 'Ik heet Nour, ik ben een vrouw.' "
            "Zij vroeg om een vrouwelijke hoormedewerker en tolk.",
            "The papers give a man's name; at registration she said: 'My name is Nour, I am a woman.' She "
            "asked "
            "for a female officer and interpreter.",
        ),
        Bi(
            "Het referentiekader is ingevuld, met naam en aanspreekvorm in de zaakgegevens. Begin met hoe "
            "zij "
            "aangesproken wil worden.",
            "The reference frame is filled in, with the name and form of address in the case data. Start "
            "with "
            "how she wishes to be addressed.",
        ),
        Bi(
            "Vraag naar ervaringen en betekenis, niet naar lichaam, operaties of hormonen.",
            "Ask about experiences and meaning, not about her body, surgery or hormones.",
        ),
    ),
    applicant=(
        Bi(
            "U bent Nour, 29, een vrouw uit Casablanca. In uw paspoort staat een mannennaam. U werkte als "
            "kapster.",
            "You are Nour, 29, a woman from Casablanca. Your passport gives a man's name. You worked as a "
            "hairdresser.",
        ),
        Bi(
            "Vrij te vertellen: u kon in Marokko niet leven als de vrouw die u bent; na een aanhouding in "
            "2023 "
            "bent u vertrokken.",
            "Tell freely: you could not live in Morocco as the woman you are; after being stopped by the "
            "police "
            "in 2023 you left.",
        ),
        Bi(
            "Noemt iemand u 'meneer' of bij de naam in uw paspoort, kijk dan weg en word stiller.",
            "If someone calls you 'Mr' or by the name in your passport, look away and speak less.",
        ),
    ),
    only_when_asked=(
        Bi(
            "Als meisje van twaalf droeg u stiekem de hoofddoek van uw zus; uw vader vond u en sloot u een "
            "week "
            "op.",
            "At twelve you secretly wore your sister's scarf; your father found you and locked you in for a "
            "week.",
        ),
        Bi(
            "Uw grootmoeder noemde u 'mijn lichtje'; daarom koos u de naam Nour (licht).",
            "Your grandmother called you 'my little light'; that is why you chose the name Nour (light).",
        ),
        Bi(
            "In de kapsalon van Latifa mocht u uzelf zijn; Latifa stuurde klanten weg die lachten.",
            "In Latifa's hair salon you could be yourself; Latifa sent away customers who laughed.",
        ),
        Bi(
            "Bij de aanhouding lazen agenten uw identiteitskaart hardop voor en lachten; u moest een nacht "
            "blijven.",
            "When you were stopped, officers read your ID aloud and laughed; you had to stay the night.",
        ),
    ),
    interpreter_problem=(
        Bi(
            "Geplant probleem: u tolkt over de aanvrager steeds met 'hij' en noemt haar twee keer bij de "
            "naam "
            "in de stukken (Noureddine), ook al zegt zij 'ik' en 'Nour'.",
            "Planted problem: you keep referring to the applicant as 'he' and twice call her by the name on "
            "file "
            "(Noureddine), although she says 'I' and 'Nour'.",
        ),
        Bi(
            "Stop zodra de hoormedewerker er iets van zegt.",
            "Stop as soon as the officer says something about it.",
        ),
    ),
    debrief=(
        Bi(
            "Geplant: de tolk gebruikt 'hij' en de naam in de stukken. Een goede hoormedewerker corrigeert "
            "dat "
            "meteen, vraagt de aanvrager of de tolking goed gaat en legt het vast (Ctrl+I).",
            "Planted: the interpreter uses 'he' and the name on file. A good officer corrects it at once, "
            "asks "
            "the applicant whether the interpretation is going well and records it (Ctrl+I).",
        ),
        Bi(
            "Bespreek: werd naar lichaam, hormonen of operaties gevraagd (dat mag niet)? Kwamen de "
            "hoofddoek, "
            "de naam Nour en de kapsalon boven, en met welke open vraag?",
            "Discuss: was she asked about her body, hormones or surgery (which is not allowed)? Did the "
            "scarf, the "
            "name Nour and the salon come up, and with which open question?",
        ),
    ),
)


def _late_frame(lang: Lang) -> ReferenceFrame:
    return ReferenceFrame(
        education_level=EducationLevel.SECONDARY,
        literacy=Literacy.OWN_LANGUAGE,
        origin_country=Bi("Irak", "Iraq").get(lang),
        origin_region=Bi("Basra", "Basra").get(lang),
        urban_rural=UrbanRural.URBAN,
        life_phase=LifePhase.ADULT,
        age_at_key_events=Bi(
            "21: huwelijk; 22-29: vriendschap en liefde met Huda; 31: vertrek; 32: eerste aanvraag (2022, "
            "afgewezen); 34: tweede aanvraag (2025).",
            "21: marriage; 22-29: friendship and love with Huda; 31: left; 32: first application (2022, "
            "refused); 34: second application (2025).",
        ).get(lang),
        marital_status=MaritalStatus.MARRIED,
        children=2,
        different_sex_marriage=YesNoUnknown.YES,
        family_notes=Bi(
            "Gehuwd met een neef, twee kinderen (8 en 6) bij haar in Nederland; de echtgenoot woont apart.",
            "Married to a cousin, two children (8 and 6) with her in the Netherlands; the husband lives "
            "apart.",
        ).get(lang),
        religion_upbringing=Religion.ISLAM_SHIA,
        religiosity_family=Level.HIGH,
        gender=GenderIdentity.WOMAN,
        pronouns=Bi("zij/haar", "she/her").get(lang),
        own_terms=Bi(
            "Zij zegt 'ik houd van vrouwen'; 'lesbisch' leerde zij pas in Nederland.",
            "She says 'I love women'; she learned the word 'lesbian' only in the Netherlands.",
        ).get(lang),
        internet_access=Access.LIMITED,
        prior_contact=PriorContact.SECRET,
        medical_advice=YesNoUnknown.YES,
        medical_advice_notes=Bi(
            "Medisch advies (fictief): angstklachten; pauze elk uur.",
            "Medical advice (fictional): anxiety; a break every hour.",
        ).get(lang),
        trauma_indicators=YesNoUnknown.YES,
        special_procedural_needs=Bi(
            "Vrouwelijke tolk, niet uit Basra; de kinderen worden tijdens het gehoor opgevangen.",
            "A female interpreter, not from Basra; the children are looked after during the hearing.",
        ).get(lang),
        disclosure_stage=DisclosureStage.SUBSEQUENT_APPLICATION,
        prior_applications=1,
        country_context=CountryContext.CRIMINALISED_ENFORCED,
        coi_references=Bi(
            "Algemeen ambtsbericht Irak (vul de actuele versie in)",
            "General country report on Iraq (fill in the current version)",
        ).get(lang),
        sogiesc=[Sogiesc.LESBIAN],
        sogiesc_self_description=Bi("'Ik houd van vrouwen.'", "'I love women.'").get(lang),
        relationships=[
            Relationship(
                name="Huda (fictief)" if lang == "nl" else "Huda (fictional)",
                period=Bi("ca. 7 jaar, tot haar vertrek", "about 7 years, until she left").get(lang),
                place="Basra",
                partner_in_nl=YesNoUnknown.NO,
            )
        ],
        notes=FICTIONAL.get(lang),
    )


LATE = Scenario(
    id="late-disclosure-subsequent",
    title=Bi(
        "Late onthulling in een opvolgende aanvraag (LHBTI)",
        "Late disclosure in a subsequent application (LGBTI)",
    ),
    claims=(ClaimType.LGBTI,),
    summary=Bi(
        "Zahra, 34, uit Basra, vertelde in haar eerste aanvraag niets over haar liefde voor vrouwen. Oefent: "
        "naar de late onthulling vragen zonder verwijt, een getrouwde vrouw met kinderen zonder stereotype.",
        "Zahra, 34, from Basra, said nothing about her love for women in her first application. Practises: "
        "asking about the late disclosure without reproach, a married mother without stereotypes.",
    ),
    applicant_name=Bi("Zahra Al-Saadi (fictief)", "Zahra Al-Saadi (fictional)"),
    name_used="Zahra",
    form_of_address=Bi("mevrouw Al-Saadi", "Ms Al-Saadi"),
    nationality=Bi("Iraakse", "Iraqi"),
    language=Bi("Arabisch", "Arabic"),
    dialect=Bi("Iraaks Arabisch (Basra)", "Iraqi Arabic (Basra)"),
    born=dt.date(1991, 6, 14),
    frame=_late_frame,
    interpreter=scenario_interpreter("51590", Gender.FEMALE),
    interpreter_request=GenderRequest.FEMALE,
    subsequent_application=True,
    officer=(
        Bi(
            "Tweede aanvraag. De eerste (2022) ging over een familieconflict en werd afgewezen. Nu zegt zij "
            "dat "
            "zij van vrouwen houdt. De aanvraag wordt inhoudelijk beoordeeld (Kamerbrief; niet art. 4:6 "
            "Awb).",
            "Second application. The first (2022) was about a family feud and was refused. Now she says she "
            "loves women. The application is assessed on its merits (the letter; not Art. 4:6 Awb).",
        ),
        Bi(
            "Late onthulling is op zich geen reden om niet te geloven (HvJ A, B en C). Vraag open naar "
            "waarom "
            "zij het eerder niet vertelde.",
            "A late disclosure is not in itself a reason for disbelief (CJEU A, B and C). Ask openly why "
            "she did "
            "not tell earlier.",
        ),
    ),
    applicant=(
        Bi(
            "U bent Zahra, 34, uit Basra, getrouwd met een neef, moeder van twee kinderen. U woont met de "
            "kinderen apart van uw man.",
            "You are Zahra, 34, from Basra, married to a cousin, mother of two children. You live with the "
            "children apart from your husband.",
        ),
        Bi(
            "Vrij te vertellen: u houdt van vrouwen. U heeft dat in 2022 niet verteld.",
            "Tell freely: you love women. You did not say so in 2022.",
        ),
        Bi(
            "Vraagt iemand 'waarom heeft u dat niet eerder gezegd?' op een verwijtende toon, antwoord dan "
            "kort: "
            "'Ik kon het niet.'",
            "If someone asks 'why didn't you say so before?' in a reproachful tone, answer briefly: 'I could "
            "not.'",
        ),
    ),
    only_when_asked=(
        Bi(
            "In 2022 was de tolk een man uit Basra die uw familie kende; uw man wachtte buiten.",
            "In 2022 the interpreter was a man from Basra who knew your family; your husband waited outside.",
        ),
        Bi(
            "Huda was uw buurvrouw; jullie naaiden samen kleren voor de buurt. Wat eerst vriendschap was, "
            "werd "
            "liefde.",
            "Huda was your neighbour; you sewed clothes for the neighbourhood together. What was friendship "
            "became love.",
        ),
        Bi(
            "In 2024 ging u naar een vrouwengroep in Amsterdam; daar hoorde u dat u het mocht vertellen.",
            "In 2024 you went to a women's group in Amsterdam; there you heard that you were allowed to "
            "tell.",
        ),
        Bi(
            "U bent bang dat uw man de kinderen meeneemt naar Irak als hij het hoort.",
            "You fear that your husband will take the children to Iraq if he finds out.",
        ),
    ),
    interpreter_problem=(
        Bi(
            "Geplant probleem: bij lange antwoorden vat u samen in plaats van te tolken ('ze vertelt over "
            "haar "
            "gevoelens, ze was bang, zoiets'). Doe dat drie keer.",
            "Planted problem: with long answers you summarise instead of interpreting ('she talks about her "
            "feelings, she was afraid, something like that'). Do it three times.",
        ),
        Bi(
            "Vraagt de hoormedewerker u alles te tolken, doe dat dan vanaf dat moment.",
            "If the officer asks you to interpret everything, do so from then on.",
        ),
    ),
    debrief=(
        Bi(
            "Geplant: de tolk vat samen. Een goede hoormedewerker vraagt om alles letterlijk te tolken, "
            "laat het "
            "antwoord zo nodig herhalen en legt het vast (Ctrl+I).",
            "Planted: the interpreter summarises. A good officer asks for everything to be interpreted word "
            "for "
            "word, has the answer repeated if needed and records it (Ctrl+I).",
        ),
        Bi(
            "Bespreek: hoe werd naar de late onthulling gevraagd (open, zonder verwijt)? Werden het "
            "huwelijk en "
            "de kinderen als tegenindicatie behandeld? Kwamen de tolk van 2022 en de vrouwengroep boven?",
            "Discuss: how was the late disclosure asked about (openly, without reproach)? Were the marriage "
            "and "
            "the children treated as a counter-indication? Did the 2022 interpreter and the women's group "
            "come "
            "up?",
        ),
    ),
)

LGBTI_SCENARIOS = (RURAL, TRANS, LATE)
