"""The trainer examples in their other language: original question -> (question, better wording).

Each example in ``trainer_examples.py`` is written in one language; this table gives it in the other,
so the examples browser and the exercise show every example in Dutch and in English. A test checks
that every example has its translation and that the checker sees the translation as it sees the
original.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, tuple[str, str]] = {
    # --- closed yes/no ---------------------------------------------------------------------------
    "Were you in love with your neighbour's son?": (
        "Was u verliefd op de zoon van de buren?",
        "Hoe zou u beschrijven wat u voelde voor de zoon van de buren?",
    ),
    "Voelde u zich vrij toen u in de kerk zat?": (
        "Did you feel free when you sat in the church?",
        "How did you feel when you sat in the church?",
    ),
    "Does your faith give you strength?": ("Geeft uw geloof u kracht?", "Wat geeft uw geloof u?"),
    "Wat voelde u toen u voor het eerst in die kerk zat?": (
        "What did you feel when you first sat in that church?",
        "",
    ),
    "You said it was in the summer of 2019. Is that right?": (
        "U zei dat het in de zomer van 2019 was. Is dat juist?",
        "",
    ),
    # --- leading ---------------------------------------------------------------------------------
    "You were scared of your father, weren't you?": (
        "U was bang voor uw vader, nietwaar?",
        "Hoe was uw band met uw vader?",
    ),
    "U moet wel bang zijn geweest voor de politie?": (
        "You must have been afraid of the police?",
        "What went through your mind when the police came?",
    ),
    "Surely your family noticed something was different?": (
        "Uw familie merkte toch wel dat er iets anders was?",
        "Hoe ging uw familie in die jaren met u om?",
    ),
    "Hoe reageerde uw vader toen hij het hoorde?": ("How did your father react when he heard?", ""),
    # --- stereotyping ----------------------------------------------------------------------------
    "You seem very masculine for a gay man, how do you explain that?": (
        "U komt erg mannelijk over voor een homo, hoe verklaart u dat?",
        "Hoe zou u uzelf omschrijven, in uw eigen woorden?",
    ),
    "Echte christenen gaan toch elke week naar de kerk?": (
        "Real Christians go to church every week, don't they?",
        "How do you live your faith in daily life?",
    ),
    "Why did you get married to a man if you are a lesbian?": (
        "Waarom bent u met een man getrouwd als u lesbisch bent?",
        "Vertel eens over uw huwelijk en hoe u dat heeft beleefd.",
    ),
    "Hoe heeft u uw huwelijk beleefd?": ("How did you experience your marriage?", ""),
    # --- sexually explicit -----------------------------------------------------------------------
    "What kind of sex did you have with your boyfriend?": (
        "Wat voor seks had u met uw vriend?",
        "Vertel eens over die relatie en wat die voor u betekende.",
    ),
    "Describe the first time you had intercourse with a woman.": (
        "Beschrijf de eerste keer dat u geslachtsgemeenschap had met een vrouw.",
        "Beschrijf de eerste keer dat u zich dicht bij een vrouw voelde.",
    ),
    "Wie van u beiden had de actieve rol?": (
        "Which of the two of you took the active role?",
        "What did that relationship mean to you?",
    ),
    "What did you like to do together on a free day?": ("Wat deden jullie graag samen op een vrije dag?", ""),
    "Some members take an active role in a house church. What did you do there?": (
        "Sommige leden hebben een actieve rol in een huisgemeente. Wat deed u daar?",
        "",
    ),
    # --- self-acceptance / awareness process -----------------------------------------------------
    "Kunt u uw bewustwordingsproces als jonge vrouw beschrijven?": (
        "Can you describe your awareness process as a young woman?",
        "What did those feelings mean to you as a young woman?",
    ),
    "When did you finally manage to accept yourself as you are?": (
        "Wanneer lukte het u eindelijk om uzelf te accepteren zoals u bent?",
        "Wat betekenden die gevoelens toen voor u?",
    ),
    "How did you struggle with being gay as a teenager?": (
        "Hoe worstelde u als tiener met uw homoseksualiteit?",
        "Hoe was het voor u om tiener te zijn in uw woonplaats?",
    ),
    "Wat betekenden die gevoelens voor u toen u jong was?": (
        "What did those feelings mean to you when you were young?",
        "",
    ),
    # --- knowledge quiz --------------------------------------------------------------------------
    "Name the four gospels.": (
        "Noem de vier evangeliën.",
        "Wat zegt het Bijbelgedeelte dat u het vaakst leest u?",
    ),
    "Hoeveel boeken heeft het Nieuwe Testament?": (
        "How many books does the New Testament have?",
        "Which Bible story means most to you personally, and why?",
    ),
    "What is commemorated on Good Friday?": (
        "Wat wordt er op Goede Vrijdag herdacht?",
        "Wat betekent Goede Vrijdag persoonlijk voor u?",
    ),
    "Welk verhaal uit de Bijbel raakt u het meest, en waarom?": (
        "Which story from the Bible moves you most, and why?",
        "",
    ),
    "You said you listen to the Bible on your phone. Which part says the most to you?": (
        "U zei dat u naar de Bijbel luistert op uw telefoon. Welk deel zegt u het meest?",
        "",
    ),
    "U vertelde dat u in het azc de Bijbel naast de Koran las. Wat viel u op, voor uw eigen leven?": (
        "You told me that in the reception centre you read the Bible alongside the Quran. What struck you, "
        "for your own life?",
        "",
    ),
    "What from your baptism course matters most to you?": (
        "Wat uit uw doopcursus is voor u het belangrijkst?",
        "",
    ),
    # --- compound --------------------------------------------------------------------------------
    "When did you meet Ali and what did your parents say about him?": (
        "Wanneer leerde u Ali kennen en wat zeiden uw ouders over hem?",
        'Eerst "Wanneer leerde u Ali kennen?", daarna "Wat zeiden uw ouders over hem?"',
    ),
    "Waar woonde u toen? Met wie woonde u samen?": (
        "Where did you live then? Who did you live with?",
        'Ask "Where did you live then?" first, then "Who did you live with?"',
    ),
    "Where did you pray and who else was there?": (
        "Waar bad u en wie waren er nog meer?",
        'Eerst "Waar bad u?", daarna "Wie waren er nog meer?"',
    ),
    "Waar bad u in die tijd?": ("Where did you pray in those days?", ""),
    # --- western concept -------------------------------------------------------------------------
    "When did you come out to your parents?": (
        "Wanneer kwam u uit de kast tegenover uw ouders?",
        "Hoe kwamen de mensen om u heen te weten van dit deel van uw leven?",
    ),
    "Naar welke homobar ging u in Teheran?": (
        "Which gay bar did you go to in Tehran?",
        "Where could you meet people like you in your own surroundings?",
    ),
    "Why have you not joined the Pride march in Amsterdam?": (
        "Waarom heeft u niet meegelopen in de Pride in Amsterdam?",
        "Hoe brengt u hier uw vrije tijd door?",
    ),
    "Where could you meet people like you in your home town?": (
        "Waar kon u in uw woonplaats mensen zoals u ontmoeten?",
        "",
    ),
    # --- sexual image request --------------------------------------------------------------------
    "Can you show us a video of you and your partner in bed?": (
        "Kunt u ons een video laten zien van u en uw partner in bed?",
        "Beschrijf eens een dag die jullie samen doorbrachten.",
    ),
    "Heeft u naaktfoto's van uw vriend als bewijs?": (
        "Do you have nude photos of your boyfriend as proof?",
        "Describe a day the two of you spent together.",
    ),
    "Send us intimate pictures of the two of you.": (
        "Stuur ons intieme foto's van jullie tweeën.",
        "Vertel eens over een dag uit jullie tijd samen die u zich goed herinnert.",
    ),
    "Vertel eens over een dag die u samen doorbracht.": ("Tell me about a day you spent together.", ""),
    # --- discretion expectation ------------------------------------------------------------------
    "Couldn't you just keep it to yourself once you are back home?": (
        "Kunt u het na uw terugkeer niet gewoon voor uzelf houden?",
        "Als u terug zou moeten, hoe zou u dan uw leven en uw relaties willen leiden?",
    ),
    "Kunt u na uw terugkeer uw geloof niet gewoon verborgen houden?": (
        "After your return, couldn't you just keep your faith hidden?",
        "If you returned, how would you want to live your faith?",
    ),
    "Why not hide your relationship when you return?": (
        "Waarom houdt u uw relatie niet verborgen als u terugkeert?",
        "Wat verwacht u dat er zou gebeuren als u terugkeerde?",
    ),
    "Couldn't you simply practise your faith quietly in Iran?": (
        "Kunt u uw geloof in Iran niet gewoon in stilte belijden?",
        "Als u naar Iran terugkeerde, hoe zou u uw geloof dan willen beleven?",
    ),
    "Waarom houdt u uw relatie in Irak niet gewoon geheim?": (
        "Why don't you simply keep your relationship secret in Iraq?",
        "If you had to go back to Iraq, how would you want to live your relationship?",
    ),
    "If you returned, how would you want to live your faith?": (
        "Als u terugkeerde, hoe zou u uw geloof dan willen beleven?",
        "",
    ),
    "Wat deed u in Iran om uw geloof geheim te houden?": (
        "What did you do in Iran to keep your faith secret?",
        "",
    ),
    # --- accusatory ------------------------------------------------------------------------------
    "Dat verhaal verzint u toch?": (
        "You're making that story up, aren't you?",
        "Can you tell me more about that, so that I understand it well?",
    ),
    "Why should I believe a word of this?": (
        "Waarom zou ik hier ook maar een woord van geloven?",
        "Kunt u daar meer over vertellen, zodat ik het goed begrijp?",
    ),
    "You are making this up.": (
        "Dit verzint u.",
        "Kunt u daar meer over vertellen, zodat ik het goed begrijp?",
    ),
    "Are you lying to us about your relationship?": (
        "Liegt u tegen ons over uw relatie?",
        "Kunt u daar meer over vertellen, zodat ik het goed begrijp?",
    ),
    "Wat bedoelt u daarmee?": ("What do you mean by that?", ""),
    # --- proof demand ----------------------------------------------------------------------------
    "How can you prove that you are bisexual?": (
        "Hoe kunt u bewijzen dat u biseksueel bent?",
        "Hoe zou u uzelf omschrijven, in uw eigen woorden?",
    ),
    "Kunt u bewijzen dat u zich tot het christendom heeft bekeerd?": (
        "Can you prove that you converted to Christianity?",
        "How do you notice your faith in your daily life?",
    ),
    "Would you agree to a psychological test of your orientation?": (
        "Stemt u in met een psychologische test van uw geaardheid?",
        "Hoe zou u uzelf omschrijven, in uw eigen woorden?",
    ),
    "Is there anyone here who knows you well and could tell us about you?": (
        "Is er hier iemand die u goed kent en ons over u zou kunnen vertellen?",
        "",
    ),
    # --- interpreter load ------------------------------------------------------------------------
    "Thinking back to the period after you had left your parents' house in the village and had moved to "
    "the city where your uncle lived and worked, can you describe for me in as much detail as you are "
    "able to what your days looked like and who you spent them with?": (
        "Als u terugdenkt aan de tijd nadat u het huis van uw ouders in het dorp had verlaten en naar de "
        "stad was verhuisd waar uw oom woonde en werkte, kunt u dan zo uitgebreid als u kunt voor mij "
        "beschrijven hoe uw dagen eruitzagen en met wie u ze doorbracht?",
        "Vertel eens over uw dagen in de stad, nadat u het huis van uw ouders verliet.",
    ),
    "Als u terugdenkt aan de periode nadat u het huis van uw ouders in het dorp had verlaten en naar de "
    "stad was verhuisd waar uw oom woonde en werkte, kunt u dan zo gedetailleerd als u kunt beschrijven "
    "hoe uw dagen eruitzagen en met wie u ze doorbracht?": (
        "If you think back to the period after you had left your parents' house in the village and had "
        "moved to the city where your uncle lived and worked, can you describe in as much detail as you can "
        "what your days looked like and who you spent them with?",
        "Tell me about your days in the city, after you left your parents' house.",
    ),
    "Given everything that you have told us so far about your relationship with the pastor of the house "
    "church and the people who came to the meetings on Friday evenings in the basement of the building, "
    "what would you say was the thing that mattered most to you personally?": (
        "Gezien alles wat u ons tot nu toe heeft verteld over uw band met de voorganger van de huisgemeente "
        "en de mensen die op vrijdagavond naar de bijeenkomsten in de kelder van het gebouw kwamen, wat zou "
        "u zeggen dat voor u persoonlijk het belangrijkste was?",
        "Wat was voor u het belangrijkste in de huisgemeente?",
    ),
    "Hoe zagen uw dagen in de stad eruit?": ("What were your days in the city like?", ""),
    # --- body-medical ----------------------------------------------------------------------------
    "Have you started taking hormones yet?": (
        "Bent u al begonnen met hormonen?",
        "Hoe zou u uw gender beschrijven aan iemand die u niet kent?",
    ),
    "Bent u al geopereerd, of bent u dat nog van plan?": (
        "Have you had surgery yet, or are you planning to?",
        "What name would you like me to use for you today?",
    ),
    "Would you let a psychologist assess whether you are really attracted to men?": (
        "Zou u een psycholoog laten beoordelen of u zich echt tot mannen aangetrokken voelt?",
        "Hoe zou u uzelf beschrijven, in uw eigen woorden?",
    ),
    "Hoe reageerden de mensen om u heen toen u zich Leila ging noemen?": (
        "How did the people around you react when you started calling yourself Leila?",
        "",
    ),
    "You mentioned a hospital visit after the attack. What happened there?": (
        "U noemde een bezoek aan het ziekenhuis na de aanval. Wat gebeurde daar?",
        "",
    ),
}
