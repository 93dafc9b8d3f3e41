"""Three role-play scenarios on conversion: a passive-route convert, an active-route convert in a Dutch
house church, and an applicant with both claims. All fictional.
"""

from __future__ import annotations

import datetime as dt

from interview_guide.core.hearing import ClaimType, Gender, InterpreterMode
from interview_guide.core.reference_frame import (
    Access,
    ConversionRoute,
    CountryContext,
    DisclosureStage,
    EducationLevel,
    FaithPracticeOrigin,
    GenderIdentity,
    Level,
    LifePhase,
    Literacy,
    MaritalStatus,
    Place,
    PriorContact,
    ReferenceFrame,
    Relationship,
    Religion,
    Sogiesc,
    UrbanRural,
    YesNoUnknown,
)
from interview_guide.core.statements import AuthorRole
from interview_guide.core.text import Lang
from interview_guide.training.scenario_model import (
    FICTIONAL,
    Bi,
    Scenario,
    ScenarioStatement,
    scenario_interpreter,
)

_IRAN_COI = Bi(
    "Algemeen ambtsbericht Iran (vul de actuele versie in)",
    "General country report on Iran (fill in the current version)",
)


def _passive_frame(lang: Lang) -> ReferenceFrame:
    return ReferenceFrame(
        education_level=EducationLevel.VOCATIONAL,
        literacy=Literacy.LIMITED,
        origin_country="Iran",
        origin_region="Mashhad",
        urban_rural=UrbanRural.URBAN,
        life_phase=LifePhase.ADULT,
        age_at_key_events=Bi(
            "37: dochter ernstig ziek, de droom (2021); 38-40: luisterde in het geheim naar de Bijbel; 40: "
            "vertrek; 41: gedoopt in Zwolle (2024).",
            "37: daughter seriously ill, the dream (2021); 38-40: listened to the Bible in secret; 40: left; "
            "41: baptised in Zwolle (2024).",
        ).get(lang),
        marital_status=MaritalStatus.MARRIED,
        children=2,
        different_sex_marriage=YesNoUnknown.YES,
        family_notes=Bi(
            "Vrouw en kinderen in Mashhad; zijn broer is lid van de Basij.",
            "Wife and children in Mashhad; his brother is a member of the Basij.",
        ).get(lang),
        religion_upbringing=Religion.ISLAM_SHIA,
        religion_upbringing_notes=Bi(
            "Sjiitisch; hij ging mee naar de moskee op feestdagen.",
            "Shia; he went along to the mosque on holy days.",
        ).get(lang),
        religiosity_family=Level.MEDIUM,
        gender=GenderIdentity.MAN,
        pronouns=Bi("hij/hem", "he/him").get(lang),
        internet_access=Access.LIMITED,
        prior_contact=PriorContact.SECRET,
        medical_advice=YesNoUnknown.NO,
        trauma_indicators=YesNoUnknown.NO,
        special_procedural_needs=Bi(
            "Leest moeizaam; hij luistert naar de Bijbel als audio.",
            "Reads with difficulty; he listens to the Bible as audio.",
        ).get(lang),
        disclosure_stage=DisclosureStage.FIRST_HEARING,
        prior_applications=0,
        country_context=CountryContext.CRIMINALISED_ENFORCED,
        coi_references=_IRAN_COI.get(lang),
        religion_now=Religion.CHRISTIAN,
        conversion_route=ConversionRoute.PASSIVE,
        first_contact_date=Bi("winter 2021", "winter 2021").get(lang),
        first_contact_place=Place.ORIGIN,
        baptism_date="06-2024",
        church_nl=Bi(
            "Evangelische gemeente De Ark, Zwolle (fictief)", "De Ark evangelical church, Zwolle (fictional)"
        ).get(lang),
        denomination=Bi("evangelisch", "evangelical").get(lang),
        church_contact_person=Bi("ds. M. de Vries (fictief)", "Rev. M. de Vries (fictional)").get(lang),
        faith_practice_origin=FaithPracticeOrigin.SECRET,
        notes=FICTIONAL.get(lang),
    )


PASSIVE = Scenario(
    id="passive-convert",
    title=Bi("Bekering langs de passieve route", "Passive-route convert"),
    claims=(ClaimType.CONVERSION,),
    summary=Bi(
        "Mehdi, 41, automonteur uit Mashhad, werd christen na een droom toen zijn dochter ziek was. Oefent: "
        "de "
        "passieve route volgen in plaats van naar een zoektocht te vragen; kennis naar wat van hem verwacht "
        "kan "
        "worden.",
        "Mehdi, 41, a car mechanic from Mashhad, became a Christian after a dream when his daughter was ill. "
        "Practises: following the passive route instead of asking about a search; knowledge as far as it "
        "can be "
        "expected of him.",
    ),
    applicant_name=Bi("Mehdi Tavakoli (fictief)", "Mehdi Tavakoli (fictional)"),
    name_used="Mehdi",
    form_of_address=Bi("meneer Tavakoli", "Mr Tavakoli"),
    nationality=Bi("Iraanse", "Iranian"),
    language=Bi("Perzisch (Farsi)", "Persian (Farsi)"),
    dialect=Bi("Perzisch van Khorasan", "Khorasani Persian"),
    born=dt.date(1984, 9, 2),
    frame=_passive_frame,
    interpreter=scenario_interpreter("51622", Gender.MALE),
    officer=(
        Bi(
            "Uit het aanmeldgehoor: hij is christen geworden in Iran en in Nederland gedoopt. Hij leest "
            "moeizaam. Er is een brief van zijn predikant (fictief).",
            "From the registration interview: he became a Christian in Iran and was baptised in the "
            "Netherlands. He reads with difficulty. There is a letter from his pastor (fictional).",
        ),
        Bi(
            "Het referentiekader noemt de passieve route. De vragen van de pijlers volgen die route; vraag "
            "wat "
            "van hem kan en mag worden verwacht.",
            "The reference frame names the passive route. The pillar questions follow that route; ask what "
            "can "
            "and may be expected of him.",
        ),
    ),
    applicant=(
        Bi(
            "U bent Mehdi, 41, automonteur uit Mashhad. Uw vrouw en kinderen zijn nog in Iran.",
            "You are Mehdi, 41, a car mechanic from Mashhad. Your wife and children are still in Iran.",
        ),
        Bi(
            "Vrij te vertellen: u bent christen geworden toen uw dochter ziek was. U zocht niet naar een "
            "ander "
            "geloof; 'het overkwam mij'.",
            "Tell freely: you became a Christian when your daughter was ill. You were not looking for "
            "another "
            "faith; 'it happened to me'.",
        ),
        Bi(
            "Feitenvragen over de Bijbel (hoeveel boeken, welke apostelen) kunt u vaak niet beantwoorden; "
            "zeg "
            "dan 'dat weet ik niet'.",
            "Factual questions about the Bible (how many books, which apostles) you often cannot answer; "
            "then "
            "say 'I do not know'.",
        ),
    ),
    only_when_asked=(
        Bi(
            "De droom: een man in het wit stond aan het voeteneind van het bed van uw dochter en zei 'zij "
            "zal "
            "leven'.",
            "The dream: a man in white stood at the foot of your daughter's bed and said 'she will live'.",
        ),
        Bi(
            "Uw buurvrouw Maryam, een christen, bad bij uw dochter; drie dagen later mocht uw dochter naar "
            "huis.",
            "Your neighbour Maryam, a Christian, prayed by your daughter; three days later your daughter "
            "could "
            "go home.",
        ),
        Bi(
            "Wat veranderd is: u schreeuwt niet meer tegen uw kinderen; u bidt 's avonds met open handen.",
            "What changed: you no longer shout at your children; you pray in the evening with open hands.",
        ),
        Bi(
            "Het verhaal dat u het meest raakt: de verloren zoon, omdat de vader naar hem toe rent.",
            "The story that touches you most: the prodigal son, because the father runs towards him.",
        ),
        Bi(
            "Uw broer vond de Bijbel-audio op uw telefoon; die nacht ging u weg.",
            "Your brother found the Bible audio on your phone; that night you left.",
        ),
    ),
    interpreter_problem=(
        Bi(
            "Geplant probleem: u voegt twee keer een eigen opmerking toe aan de tolking, bijvoorbeeld: 'Hij "
            "zegt dat hij van Jezus droomde. Dat zeggen ze allemaal.'",
            "Planted problem: twice you add a remark of your own to the rendering, for example: 'He says he "
            "dreamt of Jesus. They all say that.'",
        ),
        Bi(
            "Stop zodra de hoormedewerker er iets van zegt.",
            "Stop as soon as the officer says something about it.",
        ),
    ),
    debrief=(
        Bi(
            "Geplant: de tolk geeft een eigen oordeel. Een goede hoormedewerker grijpt in (neutraliteit, "
            "gedragscode), laat het oordeel niet in het verslag komen en legt het voorval vast (Ctrl+I).",
            "Planted: the interpreter adds his own judgement. A good officer steps in (neutrality, code of "
            "conduct), keeps the remark out of the record and records the incident (Ctrl+I).",
        ),
        Bi(
            "Bespreek: werd naar een zoektocht of vergelijking van godsdiensten gevraagd (past niet bij de "
            "passieve route)? Werden kennisvragen als toets gesteld? Kwamen de droom, Maryam en de verloren "
            "zoon "
            "boven?",
            "Discuss: was he asked about a search or a comparison of religions (which does not fit the "
            "passive "
            "route)? Were knowledge questions asked as a test? Did the dream, Maryam and the prodigal son "
            "come "
            "up?",
        ),
    ),
)


def _house_church_frame(lang: Lang) -> ReferenceFrame:
    return ReferenceFrame(
        education_level=EducationLevel.HIGHER,
        literacy=Literacy.SEVERAL_LANGUAGES,
        origin_country="Afghanistan",
        origin_region="Herat",
        urban_rural=UrbanRural.URBAN,
        life_phase=LifePhase.YOUNG_ADULT,
        age_at_key_events=Bi(
            "23: studie Perzische literatuur afgerond; 24: vertrek (2022); 25: eerste Bijbel in het azc; 26: "
            "huisgemeente Utrecht; 27: gedoopt (2025).",
            "23: finished a degree in Persian literature; 24: left (2022); 25: first Bible in the reception "
            "centre; 26: house church in Utrecht; 27: baptised (2025).",
        ).get(lang),
        marital_status=MaritalStatus.SINGLE,
        children=0,
        different_sex_marriage=YesNoUnknown.NO,
        family_notes=Bi(
            "Ouders en twee broers in Herat; contact via WhatsApp, sinds de doop met haar moeder alleen.",
            "Parents and two brothers in Herat; contact on WhatsApp, since the baptism with her mother only.",
        ).get(lang),
        religion_upbringing=Religion.ISLAM_SUNNI,
        religiosity_family=Level.HIGH,
        gender=GenderIdentity.WOMAN,
        pronouns=Bi("zij/haar", "she/her").get(lang),
        internet_access=Access.REGULAR,
        prior_contact=PriorContact.NONE,
        medical_advice=YesNoUnknown.NO,
        trauma_indicators=YesNoUnknown.NO,
        disclosure_stage=DisclosureStage.LATER_SAME_PROCEDURE,
        prior_applications=0,
        country_context=CountryContext.CRIMINALISED_ENFORCED,
        coi_references=Bi(
            "Algemeen ambtsbericht Afghanistan (vul de actuele versie in)",
            "General country report on Afghanistan (fill in the current version)",
        ).get(lang),
        religion_now=Religion.CHRISTIAN,
        conversion_route=ConversionRoute.ACTIVE,
        first_contact_date=Bi("voorjaar 2023", "spring 2023").get(lang),
        first_contact_place=Place.NETHERLANDS,
        baptism_date="04-2025",
        church_nl=Bi(
            "Perzischtalige huisgemeente, Utrecht (fictief)",
            "Persian-speaking house church, Utrecht (fictional)",
        ).get(lang),
        denomination=Bi("evangelisch, huisgemeente", "evangelical house church").get(lang),
        church_contact_person=Bi("broeder Kamran (fictief)", "Brother Kamran (fictional)").get(lang),
        faith_practice_origin=FaithPracticeOrigin.NONE,
        notes=FICTIONAL.get(lang),
    )


HOUSE_CHURCH = Scenario(
    id="house-church-active",
    title=Bi(
        "Actieve bekering in een Nederlandse huisgemeente",
        "Active-route convert in a Dutch house church",
    ),
    claims=(ClaimType.CONVERSION,),
    summary=Bi(
        "Soraya, 27, studeerde literatuur in Herat en vond het christelijk geloof in Nederland, lezend en "
        "vragend, in een Perzischtalige huisgemeente. Oefent: bekering na vertrek zonder verwijt, "
        "kennis via betekenis, activiteiten in een kleine gemeente.",
        "Soraya, 27, studied literature in Herat and found the Christian faith in the Netherlands, reading "
        "and "
        "asking, in a Persian-speaking house church. Practises: conversion after leaving without reproach, "
        "knowledge through meaning, activities in a small congregation.",
    ),
    applicant_name=Bi("Soraya Hakimi (fictief)", "Soraya Hakimi (fictional)"),
    name_used="Soraya",
    form_of_address=Bi("mevrouw Hakimi", "Ms Hakimi"),
    nationality=Bi("Afghaanse", "Afghan"),
    language=Bi("Dari", "Dari"),
    dialect=Bi("Dari van Herat", "Herati Dari"),
    born=dt.date(1998, 8, 21),
    frame=_house_church_frame,
    interpreter=scenario_interpreter("51733", Gender.FEMALE, InterpreterMode.VIDEO),
    statements=(
        ScenarioStatement(
            Bi("broeder Kamran (fictief)", "Brother Kamran (fictional)"),
            AuthorRole.CHURCH_LEADER,
            Bi(
                "voorganger van de Perzischtalige huisgemeente in Utrecht, kent de aanvrager sinds maart "
                "2024",
                "leader of the Persian-speaking house church in Utrecht, has known the applicant since March "
                "2024",
            ),
            dt.date(2026, 3, 2),
            (
                Bi(
                    "De aanvrager komt sinds maart 2024 vrijwel elke vrijdagavond naar de bijeenkomsten.",
                    "The applicant has come to the meetings almost every Friday evening since March 2024.",
                ),
                Bi(
                    "Zij volgde een doopcursus van tien avonden en werd op 13 april 2025 gedoopt.",
                    "She followed a baptism course of ten evenings and was baptised on 13 April 2025.",
                ),
            ),
            Bi(
                "Op eigen waarneming; voegt feiten toe (bijeenkomsten, doopcursus, doop). Vraag in het "
                "gehoor naar wat de aanvrager zelf over die bijeenkomsten vertelt.",
                "From own observation; adds facts (meetings, baptism course, baptism). Ask in the hearing "
                "what the applicant herself tells about those meetings.",
            ),
        ),
        ScenarioStatement(
            Bi("J. Visser (fictief)", "J. Visser (fictional)"),
            AuthorRole.CONGREGATION_MEMBER,
            Bi(
                "lid van een kerk in Utrecht, sprak de aanvrager na een kerstviering",
                "member of a church in Utrecht, spoke with the applicant after a Christmas service",
            ),
            dt.date(2026, 2, 20),
            (),
            Bi(
                "Een oordeel zonder nieuwe feiten: de schrijver is ervan overtuigd dat het geloof van de "
                "aanvrager oprecht is, maar beschrijft niets wat hij zag of hoorde. Het gehoor legt vast wat "
                "erin staat; hoe het is meegewogen, motiveert de beslismedewerker in het besluit (Kamerbrief "
                "4 juli 2018).",
                "An opinion without new facts: the writer is convinced that the applicant's faith is "
                "sincere, but describes nothing he saw or heard. The hearing records what it says; how it "
                "was weighed is reasoned by the decision-maker in the decision (letter of 4 July 2018).",
            ),
        ),
    ),
    officer=(
        Bi(
            "Zij kwam in 2022 en noemde haar bekering later in de procedure. De eerste kennismaking met het "
            "geloof was in Nederland. In het dossier zitten twee verklaringen van derden (fictief): van de "
            "voorganger van de huisgemeente en van een kerklid.",
            "She arrived in 2022 and raised her conversion later in the procedure. Her first contact with "
            "the faith was in the Netherlands. The file holds two third-party statements (fictional): from "
            "the leader of the house church and from a church member.",
        ),
        Bi(
            "De tolk is via video. Een bekering na vertrek wordt inhoudelijk beoordeeld; vraag naar haar "
            "eigen "
            "ervaringen, niet naar haar bedoelingen met de aanvraag.",
            "The interpreter is on video. A conversion after leaving is assessed on its merits; ask about "
            "her own "
            "experiences, not about her intentions with the application.",
        ),
    ),
    applicant=(
        Bi(
            "U bent Soraya, 27, uit Herat; u studeerde Perzische literatuur. In het azc vond u een Perzische "
            "Bijbel in de bibliotheek.",
            "You are Soraya, 27, from Herat; you studied Persian literature. In the reception centre you "
            "found a "
            "Persian Bible in the library.",
        ),
        Bi(
            "Vrij te vertellen: u las, vergeleek met wat u kende, stelde veel vragen en koos na een jaar "
            "voor "
            "het christelijk geloof. U bent in april 2025 gedoopt.",
            "Tell freely: you read, compared with what you knew, asked many questions and after a year "
            "chose the "
            "Christian faith. You were baptised in April 2025.",
        ),
    ),
    only_when_asked=(
        Bi(
            "De tekst die u trof: 'Kom naar Mij, allen die vermoeid en belast zijn' (Matteüs 11:28); u "
            "schreef "
            "hem in uw schrift met vragen.",
            "The verse that struck you: 'Come to me, all you who are weary and burdened' (Matthew 11:28); "
            "you "
            "wrote it in your notebook of questions.",
        ),
        Bi(
            "Uw grote vraag aan broeder Kamran: kun je genade krijgen zonder haar te verdienen?",
            "Your big question to Brother Kamran: can you receive grace without earning it?",
        ),
        Bi(
            "De huisgemeente: twaalf mensen, vrijdagavond in een flat in Kanaleneiland; gebeden in het Dari "
            "en "
            "het Nederlands; u leest voor uit de Bijbel.",
            "The house church: twelve people, Friday evenings in a flat in Kanaleneiland; prayers in Dari "
            "and "
            "Dutch; you read aloud from the Bible.",
        ),
        Bi(
            "Na een foto van de doop in de familieapp schreef uw broer dat u voor hem dood bent.",
            "After a photo of the baptism in the family chat, your brother wrote that you are dead to him.",
        ),
    ),
    interpreter_problem=(
        Bi(
            "Geplant probleem: u vertaalt 'doop' als 'een wasritueel' en 'de Heilige Geest' als 'de engel "
            "Gabriël'. Houd dat vol tot de aanvrager of de hoormedewerker het opmerkt.",
            "Planted problem: you render 'baptism' as 'a washing ritual' and 'the Holy Spirit' as 'the angel "
            "Gabriel'. Keep it up until the applicant or the officer notices.",
        ),
        Bi(
            "De aanvrager: corrigeer de tolk één keer, zacht: 'Zo bedoel ik het niet.'",
            "The applicant: correct the interpreter once, softly: 'That is not what I mean.'",
        ),
    ),
    debrief=(
        Bi(
            "Geplant: onjuiste vertaling van kerkelijke woorden. Een goede hoormedewerker vraagt door als de "
            "aanvrager corrigeert, laat het woord uitleggen, legt het vast (Ctrl+I) en laat het antwoord "
            "opnieuw "
            "tolken.",
            "Planted: church words wrongly rendered. A good officer follows up when the applicant corrects, "
            "has "
            "the word explained, records it (Ctrl+I) and has the answer interpreted again.",
        ),
        Bi(
            "Bespreek: werd gesuggereerd dat de bekering voor de verblijfsvergunning is (beschuldigend)? "
            "Werd "
            "kennis getoetst of via betekenis gevraagd? Kwamen het schrift met vragen en de huisgemeente "
            "boven?",
            "Discuss: was it suggested that the conversion is for a residence permit (accusatory)? Was "
            "knowledge "
            "tested or asked through meaning? Did the notebook of questions and the house church come up?",
        ),
        Bi(
            "Bespreek de twee verklaringen: die van de voorganger voegt feiten toe (bijeenkomsten, doop) "
            "waarnaar het gehoor kan vragen; die van het kerklid is een oordeel zonder nieuwe feiten. Het "
            "gehoor legt beide vast; hoe ze zijn meegewogen, staat in het besluit, niet in het gehoor.",
            "Discuss the two statements: the leader's adds facts (meetings, baptism) the hearing can ask "
            "about; the church member's is an opinion without new facts. The hearing records both; how they "
            "were weighed belongs in the decision, not in the hearing.",
        ),
    ),
)


def _both_frame(lang: Lang) -> ReferenceFrame:
    return ReferenceFrame(
        education_level=EducationLevel.HIGHER,
        literacy=Literacy.SEVERAL_LANGUAGES,
        origin_country="Iran",
        origin_region="Teheran",
        urban_rural=UrbanRural.URBAN,
        life_phase=LifePhase.ADULT,
        age_at_key_events=Bi(
            "22-28: relatie met Kian; 28: inval op een feest (2022); 29: Istanbul, eerste kerkdienst; 30: "
            "Nederland; 31: lid van een kerk in Den Haag.",
            "22-28: relationship with Kian; 28: raid on a party (2022); 29: Istanbul, first church service; "
            "30: "
            "the Netherlands; 31: member of a church in The Hague.",
        ).get(lang),
        marital_status=MaritalStatus.SINGLE,
        children=0,
        different_sex_marriage=YesNoUnknown.NO,
        family_notes=Bi(
            "Moeder weet van zijn geloof, niet van Kian; vader overleden.",
            "His mother knows of his faith, not of Kian; his father died.",
        ).get(lang),
        religion_upbringing=Religion.ISLAM_SHIA,
        religiosity_family=Level.LOW,
        gender=GenderIdentity.MAN,
        pronouns=Bi("hij/hem", "he/him").get(lang),
        own_terms=Bi("'homo' en 'gay'; thuis zei hij niets.", "'gay'; at home he said nothing.").get(lang),
        internet_access=Access.REGULAR,
        prior_contact=PriorContact.SECRET,
        medical_advice=YesNoUnknown.NO,
        trauma_indicators=YesNoUnknown.YES,
        special_procedural_needs=Bi(
            "Vraag aan het begin hoe vrijuit hij met de tolk kan spreken.",
            "Ask at the start how freely he can speak with the interpreter.",
        ).get(lang),
        disclosure_stage=DisclosureStage.FIRST_HEARING,
        prior_applications=0,
        country_context=CountryContext.CRIMINALISED_ENFORCED,
        coi_references=_IRAN_COI.get(lang),
        sogiesc=[Sogiesc.GAY],
        sogiesc_self_description=Bi("'Ik ben homo.'", "'I am gay.'").get(lang),
        relationships=[
            Relationship(
                name="Kian (fictief)" if lang == "nl" else "Kian (fictional)",
                period="2016-2022",
                place=Bi("Teheran", "Tehran").get(lang),
                partner_in_nl=YesNoUnknown.NO,
            )
        ],
        religion_now=Religion.CHRISTIAN,
        conversion_route=ConversionRoute.MIXED,
        first_contact_date=Bi("zomer 2023", "summer 2023").get(lang),
        first_contact_place=Place.TRANSIT,
        church_nl=Bi(
            "Protestantse gemeente in Den Haag (fictief)", "Protestant congregation in The Hague (fictional)"
        ).get(lang),
        denomination=Bi("protestants", "Protestant").get(lang),
        church_contact_person=Bi("ds. A. Bakker (fictief)", "Rev. A. Bakker (fictional)").get(lang),
        faith_practice_origin=FaithPracticeOrigin.NONE,
        notes=FICTIONAL.get(lang),
    )


BOTH = Scenario(
    id="both-claims",
    title=Bi("Homo en bekeerd: beide gronden", "Gay and converted: both claims"),
    claims=(ClaimType.LGBTI, ClaimType.CONVERSION),
    summary=Bi(
        "Arash, 32, IT'er uit Teheran, vluchtte na een inval op een feest en werd in Istanbul en Den Haag "
        "christen. Oefent: beide gronden in samenhang, vertrouwen in de tolk, geen tegenstelling tussen "
        "geloof "
        "en geaardheid veronderstellen.",
        "Arash, 32, an IT worker from Tehran, fled after a raid on a party and became a Christian in "
        "Istanbul and "
        "The Hague. Practises: both claims together, trust in the interpreter, not presuming a conflict "
        "between "
        "faith and orientation.",
    ),
    applicant_name=Bi("Arash Karimi (fictief)", "Arash Karimi (fictional)"),
    name_used="Arash",
    form_of_address=Bi("meneer Karimi", "Mr Karimi"),
    nationality=Bi("Iraanse", "Iranian"),
    language=Bi("Perzisch (Farsi)", "Persian (Farsi)"),
    dialect=Bi("Teherans", "Tehrani"),
    born=dt.date(1993, 2, 9),
    frame=_both_frame,
    interpreter=scenario_interpreter("51818", Gender.MALE),
    officer=(
        Bi(
            "Beide gronden: hij is homo en heeft zich bekeerd. Eerste kennismaking met het geloof onderweg "
            "(Istanbul); lid van een kerk in Den Haag (fictief).",
            "Both claims: he is gay and has converted. First contact with the faith on the way (Istanbul); "
            "member of a church in The Hague (fictional).",
        ),
        Bi(
            "Het referentiekader vraagt u aan het begin te vragen hoe vrijuit hij met de tolk kan praten.",
            "The reference frame asks you to ask at the start how freely he can speak with the interpreter.",
        ),
    ),
    applicant=(
        Bi(
            "U bent Arash, 32, IT'er uit Teheran. U had zes jaar een relatie met Kian.",
            "You are Arash, 32, an IT worker from Tehran. You were in a relationship with Kian for six "
            "years.",
        ),
        Bi(
            "Vrij te vertellen: na een inval op een feest in 2022 bent u gevlucht. In Istanbul ging u voor "
            "het "
            "eerst naar een kerk; in Den Haag bent u lid van een gemeente.",
            "Tell freely: after a raid on a party in 2022 you fled. In Istanbul you went to a church for "
            "the first "
            "time; in The Hague you are a member of a congregation.",
        ),
        Bi(
            "U kent de tolk uit het azc. Vraagt de hoormedewerker niet hoe vrijuit u kunt praten, vertel dan "
            "over Kian alleen kort en algemeen.",
            "You know the interpreter from the reception centre. If the officer does not ask how freely you "
            "can "
            "speak, tell about Kian only briefly and in general terms.",
        ),
    ),
    only_when_asked=(
        Bi(
            "De predikant in Istanbul zei: 'God kent je zoals je bent.' Toen huilde u voor het eerst in "
            "jaren.",
            "The pastor in Istanbul said: 'God knows you as you are.' You cried for the first time in years.",
        ),
        Bi(
            "Kian en u kookten op vrijdag samen voor vrienden; bij de inval werd Kian meegenomen; u weet "
            "niet "
            "waar hij is.",
            "You and Kian cooked for friends together on Fridays; in the raid Kian was taken away; you do "
            "not "
            "know where he is.",
        ),
        Bi(
            "Het eerste gebed dat u zelf zei, was voor Kian.",
            "The first prayer you said yourself was for Kian.",
        ),
    ),
    interpreter_problem=(
        Bi(
            "Geplant probleem: groet de aanvrager voor het begin hartelijk bij zijn voornaam, alsof u "
            "elkaar uit "
            "het azc kent ('Hé Arash, hoe is het?'). Tolk daarna correct.",
            "Planted problem: before the start, greet the applicant warmly by his first name, as if you "
            "know each "
            "other from the reception centre ('Hi Arash, how are you?'). Interpret correctly after that.",
        ),
        Bi(
            "Vraagt de hoormedewerker of u elkaar kent, zeg dan eerlijk: 'Ja, van het azc.'",
            "If the officer asks whether you know each other, say honestly: 'Yes, from the reception "
            "centre.'",
        ),
    ),
    debrief=(
        Bi(
            "Geplant: de tolk en de aanvrager kennen elkaar. Een goede hoormedewerker vraagt hoe vrijuit de "
            "aanvrager kan praten, wijst op de geheimhouding, biedt een andere tolk aan en legt het vast.",
            "Planted: the interpreter and the applicant know each other. A good officer asks how freely the "
            "applicant can speak, points to confidentiality, offers another interpreter and records it.",
        ),
        Bi(
            "Bespreek: werd een tegenstelling tussen geloof en geaardheid verondersteld? Kregen beide "
            "gronden "
            "ruimte? Kwamen de predikant in Istanbul en het gebed voor Kian boven?",
            "Discuss: was a conflict between faith and orientation presumed? Did both claims get room? Did "
            "the "
            "pastor in Istanbul and the prayer for Kian come up?",
        ),
    ),
)

CONVERSION_SCENARIOS = (PASSIVE, HOUSE_CHURCH, BOTH)
