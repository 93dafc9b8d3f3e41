"""Good and bad example questions per checker category, for the trainer's examples browser."""

from __future__ import annotations

from dataclasses import dataclass

from interview_guide.core.question_check import Category
from interview_guide.core.text import Lang


@dataclass(frozen=True)
class Example:
    """One example question, good or bad, for one checker category.

    These are teaching material written for trainers; they are not the checker's evaluation set.
    A test checks that the checker flags every bad example with its category and passes every good one.

    Attributes:
        category: the category the example illustrates.
        good: True for a question to copy, False for one to avoid.
        lang: the language of ``text`` and ``better``.
        text: the question as an officer might ask it.
        better: for a bad example, a better way to ask the same (in ``lang``); empty for a good one.
        why_en: why it is good or bad, for the trainer (English).
        why_nl: the same in Dutch.
    """

    category: Category
    good: bool
    lang: Lang
    text: str
    better: str
    why_en: str
    why_nl: str

    def why(self, ui_lang: Lang) -> str:
        """The explanation in ``ui_lang``."""
        return self.why_nl if ui_lang == "nl" else self.why_en


def _bad(category: Category, lang: Lang, text: str, better: str, why_en: str, why_nl: str) -> Example:
    return Example(category, False, lang, text, better, why_en, why_nl)


def _good(category: Category, lang: Lang, text: str, why_en: str, why_nl: str) -> Example:
    return Example(category, True, lang, text, "", why_en, why_nl)


C = Category

EXAMPLES: tuple[Example, ...] = (
    # --- closed yes/no ---------------------------------------------------------------------------
    _bad(
        C.CLOSED_YES_NO,
        "en",
        "Were you in love with your neighbour's son?",
        "How would you describe what you felt for your neighbour's son?",
        "A yes or a no tells nothing about what the applicant lived through.",
        "Een ja of nee zegt niets over wat de aanvrager heeft meegemaakt.",
    ),
    _bad(
        C.CLOSED_YES_NO,
        "nl",
        "Voelde u zich vrij toen u in de kerk zat?",
        "Hoe voelde u zich toen u in de kerk zat?",
        "The officer names the feeling; the applicant only has to agree.",
        "De hoormedewerker noemt het gevoel al; de aanvrager hoeft alleen in te stemmen.",
    ),
    _bad(
        C.CLOSED_YES_NO,
        "en",
        "Does your faith give you strength?",
        "What does your faith give you?",
        "Invites a short yes; an open question lets the applicant say what it means to them.",
        "Lokt een kort ja uit; een open vraag laat de aanvrager zeggen wat het voor hem betekent.",
    ),
    _good(
        C.CLOSED_YES_NO,
        "nl",
        "Wat voelde u toen u voor het eerst in die kerk zat?",
        "Open: the applicant tells the feeling in their own words.",
        "Open: de aanvrager vertelt het gevoel in eigen woorden.",
    ),
    _good(
        C.CLOSED_YES_NO,
        "en",
        "Was that in the summer of 2019?",
        "A closed question that only fixes a date, after the applicant told the story: fine.",
        "Een gesloten vraag die alleen een datum vastlegt, nadat de aanvrager het verhaal vertelde: prima.",
    ),
    # --- leading ---------------------------------------------------------------------------------
    _bad(
        C.LEADING,
        "en",
        "You were scared of your father, weren't you?",
        "How was your relationship with your father?",
        "The tag question plants the expected answer.",
        "De vraagstaart geeft het verwachte antwoord al mee.",
    ),
    _bad(
        C.LEADING,
        "nl",
        "U moet wel bang zijn geweest voor de politie?",
        "Wat ging er door u heen toen de politie kwam?",
        "'Moet wel' tells the applicant what the officer expects to hear.",
        "'Moet wel' vertelt de aanvrager wat de hoormedewerker verwacht te horen.",
    ),
    _bad(
        C.LEADING,
        "en",
        "Surely your family noticed something was different?",
        "How did your family treat you in those years?",
        "'Surely' makes disagreeing feel like contradicting the officer.",
        "'Surely' maakt een ander antwoord tot tegenspreken van de hoormedewerker.",
    ),
    _good(
        C.LEADING,
        "nl",
        "Hoe reageerde uw vader toen hij het hoorde?",
        "Neutral: it does not say what the reaction was.",
        "Neutraal: de vraag zegt niet wat de reactie was.",
    ),
    # --- stereotyping ----------------------------------------------------------------------------
    _bad(
        C.STEREOTYPING,
        "en",
        "You seem very masculine for a gay man, how do you explain that?",
        "How would you describe yourself, in your own words?",
        "Appearance and gender roles say nothing about orientation (CJEU A, B and C).",
        "Uiterlijk en rolpatronen zeggen niets over geaardheid (HvJ A, B en C).",
    ),
    _bad(
        C.STEREOTYPING,
        "nl",
        "Echte christenen gaan toch elke week naar de kerk?",
        "Hoe beleeft u uw geloof in het dagelijks leven?",
        "Measures the applicant against an image of the 'real' believer.",
        "Meet de aanvrager af aan een beeld van de 'echte' gelovige.",
    ),
    _bad(
        C.STEREOTYPING,
        "en",
        "Why did you get married to a man if you are a lesbian?",
        "Tell me about your marriage and how you experienced it.",
        "A marriage is context, not a counter-indication.",
        "Een huwelijk is context, geen tegenindicatie.",
    ),
    _good(
        C.STEREOTYPING,
        "nl",
        "Hoe heeft u uw huwelijk beleefd?",
        "Asks about the marriage without treating it as proof of anything.",
        "Vraagt naar het huwelijk zonder het als bewijs van iets te behandelen.",
    ),
    # --- sexually explicit -----------------------------------------------------------------------
    _bad(
        C.SEXUAL_EXPLICIT,
        "en",
        "What kind of sex did you have with your boyfriend?",
        "Tell me about that relationship and what it meant to you.",
        "The sex life is private (Art. 7 Charter); the IND never asks about it.",
        "Het seksleven is privé (art. 7 Handvest); de IND vraagt er nooit naar.",
    ),
    _bad(
        C.SEXUAL_EXPLICIT,
        "en",
        "Describe the first time you had intercourse with a woman.",
        "Describe the first time you felt close to a woman.",
        "Asks for sexual acts; ask about closeness and meaning instead.",
        "Vraagt naar seksuele handelingen; vraag naar nabijheid en betekenis.",
    ),
    _bad(
        C.SEXUAL_EXPLICIT,
        "nl",
        "Wie van u beiden had de actieve rol?",
        "Wat betekende die relatie voor u?",
        "Roles in sex are sexual detail, whatever the wording.",
        "Rollen bij seks zijn seksueel detail, hoe ook verwoord.",
    ),
    _good(
        C.SEXUAL_EXPLICIT,
        "en",
        "What did you like to do together on a free day?",
        "Asks about the relationship, not about sex.",
        "Vraagt naar de relatie, niet naar seks.",
    ),
    _good(
        C.SEXUAL_EXPLICIT,
        "en",
        "Which active role did you take on in the house church?",
        "'Active' here is about church life, not about sex.",
        "'Actief' gaat hier over het kerkelijk leven, niet over seks.",
    ),
    # --- self-acceptance / awareness process -----------------------------------------------------
    _bad(
        C.SELF_ACCEPTANCE_AWARENESS,
        "nl",
        "Kunt u uw bewustwordingsproces als jonge vrouw beschrijven?",
        "Wat betekenden die gevoelens voor u als jonge vrouw?",
        "Presumes a process the policy letter no longer asks for.",
        "Gaat uit van een proces waar de Kamerbrief niet meer naar vraagt.",
    ),
    _bad(
        C.SELF_ACCEPTANCE_AWARENESS,
        "en",
        "When did you finally manage to accept yourself as you are?",
        "What did those feelings mean to you back then?",
        "Presumes a struggle towards self-acceptance (COC, 'Pride or Shame?').",
        "Gaat uit van een worsteling naar zelfacceptatie (COC, 'Trots of schaamte?').",
    ),
    _bad(
        C.SELF_ACCEPTANCE_AWARENESS,
        "en",
        "How did you struggle with being gay as a teenager?",
        "What was it like for you to be a teenager in your town?",
        "Not everyone struggles; the question decides the story in advance.",
        "Niet iedereen worstelt; de vraag legt het verhaal van tevoren vast.",
    ),
    _good(
        C.SELF_ACCEPTANCE_AWARENESS,
        "nl",
        "Wat betekenden die gevoelens voor u toen u jong was?",
        "Asks for meaning without presuming shame or struggle.",
        "Vraagt naar betekenis zonder schaamte of worsteling te veronderstellen.",
    ),
    # --- knowledge quiz --------------------------------------------------------------------------
    _bad(
        C.KNOWLEDGE_QUIZ,
        "en",
        "Name the four gospels.",
        "What does the Bible passage you read most often say to you?",
        "Rote facts can be learned; real converts may not know them.",
        "Feiten zijn uit het hoofd te leren; echte bekeerlingen kennen ze soms niet.",
    ),
    _bad(
        C.KNOWLEDGE_QUIZ,
        "nl",
        "Hoeveel boeken heeft het Nieuwe Testament?",
        "Welk Bijbelverhaal betekent persoonlijk het meest voor u, en waarom?",
        "A number says nothing about faith.",
        "Een aantal zegt niets over geloof.",
    ),
    _bad(
        C.KNOWLEDGE_QUIZ,
        "en",
        "What is commemorated on Good Friday?",
        "What does Good Friday mean to you personally?",
        "Link knowledge to personal meaning instead of testing it.",
        "Verbind kennis met persoonlijke betekenis in plaats van haar te toetsen.",
    ),
    _good(
        C.KNOWLEDGE_QUIZ,
        "nl",
        "Welk verhaal uit de Bijbel raakt u het meest, en waarom?",
        "Knowledge through personal meaning.",
        "Kennis via persoonlijke betekenis.",
    ),
    # --- compound --------------------------------------------------------------------------------
    _bad(
        C.COMPOUND,
        "en",
        "When did you meet Ali and what did your parents say about him?",
        'Ask "When did you meet Ali?" first, then "What did your parents say about him?"',
        "Two questions in one turn: one of them gets lost in interpretation.",
        "Twee vragen in één beurt: een ervan raakt bij het tolken kwijt.",
    ),
    _bad(
        C.COMPOUND,
        "nl",
        "Waar woonde u toen? Met wie woonde u samen?",
        'Eerst "Waar woonde u toen?", daarna "Met wie woonde u samen?"',
        "Two question marks: the applicant answers only one.",
        "Twee vraagtekens: de aanvrager beantwoordt er maar één.",
    ),
    _bad(
        C.COMPOUND,
        "en",
        "Where did you pray and who else was there?",
        'Ask "Where did you pray?" first, then "Who else was there?"',
        "The report becomes unclear about which part was answered.",
        "In het verslag wordt onduidelijk welk deel beantwoord is.",
    ),
    _good(
        C.COMPOUND,
        "nl",
        "Waar bad u in die tijd?",
        "One question at a time.",
        "Eén vraag tegelijk.",
    ),
    # --- western concept -------------------------------------------------------------------------
    _bad(
        C.WESTERN_CONCEPT,
        "en",
        "When did you come out to your parents?",
        "How did the people around you come to know about this part of your life?",
        "Presumes a Western coming-out moment.",
        "Gaat uit van een westers uit-de-kastmoment.",
    ),
    _bad(
        C.WESTERN_CONCEPT,
        "nl",
        "Naar welke homobar ging u in Teheran?",
        "Waar kon u in uw eigen omgeving mensen zoals u ontmoeten?",
        "Presumes a visible gay scene that may not exist where the applicant lived.",
        "Gaat uit van een zichtbare homoscene die er waar de aanvrager woonde misschien niet was.",
    ),
    _bad(
        C.WESTERN_CONCEPT,
        "en",
        "Why have you not joined the Pride march in Amsterdam?",
        "How do you spend your free time here?",
        "Tests the applicant on a Western form of visibility.",
        "Toetst de aanvrager aan een westerse vorm van zichtbaarheid.",
    ),
    _good(
        C.WESTERN_CONCEPT,
        "en",
        "Where could you meet people like you in your home town?",
        "Lets the applicant describe their own surroundings.",
        "Laat de aanvrager de eigen omgeving beschrijven.",
    ),
    # --- sexual image request --------------------------------------------------------------------
    _bad(
        C.SEXUAL_IMAGE_REQUEST,
        "en",
        "Can you show us a video of you and your partner in bed?",
        "Describe a day you spent together.",
        "Sexual images may never be asked for or accepted (policy letter; CJEU A, B and C).",
        "Seksueel beeldmateriaal wordt nooit gevraagd of aanvaard (Kamerbrief; HvJ A, B en C).",
    ),
    _bad(
        C.SEXUAL_IMAGE_REQUEST,
        "nl",
        "Heeft u naaktfoto's van uw vriend als bewijs?",
        "Beschrijf eens een dag die u samen doorbracht.",
        "Asks for intimate images as proof.",
        "Vraagt om intieme beelden als bewijs.",
    ),
    _bad(
        C.SEXUAL_IMAGE_REQUEST,
        "en",
        "Send us intimate pictures of the two of you.",
        "Tell me about a day that you remember well from your time together.",
        "Never ask for intimate pictures.",
        "Vraag nooit om intieme foto's.",
    ),
    _good(
        C.SEXUAL_IMAGE_REQUEST,
        "nl",
        "Vertel eens over een dag die u samen doorbracht.",
        "The relationship in the applicant's own words.",
        "De relatie in de eigen woorden van de aanvrager.",
    ),
    # --- discretion expectation ------------------------------------------------------------------
    _bad(
        C.DISCRETION_EXPECTATION,
        "en",
        "Couldn't you just keep it to yourself once you are back home?",
        "If you had to return, how would you want to live your life and your relationships?",
        "Nobody may be expected to hide their orientation (CJEU X, Y and Z, 2013).",
        "Van niemand mag worden verwacht dat hij zijn geaardheid verbergt (HvJ X, Y en Z, 2013).",
    ),
    _bad(
        C.DISCRETION_EXPECTATION,
        "nl",
        "Kunt u na uw terugkeer uw geloof niet gewoon verborgen houden?",
        "Als u zou terugkeren, hoe zou u uw geloof dan willen beleven?",
        "Nobody may be expected to hide their faith (CJEU Y and Z, 2012).",
        "Van niemand mag worden verwacht dat hij zijn geloof verbergt (HvJ Y en Z, 2012).",
    ),
    _bad(
        C.DISCRETION_EXPECTATION,
        "en",
        "Why not hide your relationship when you return?",
        "What do you expect would happen if you returned?",
        "Discretion on return is not a requirement.",
        "Terughoudendheid na terugkeer is geen vereiste.",
    ),
    _bad(
        C.DISCRETION_EXPECTATION,
        "en",
        "Couldn't you simply practise your faith quietly in Iran?",
        "If you returned to Iran, how would you want to live your faith?",
        "Naming the country instead of 'on return' is the same expectation of discretion.",
        "Het land noemen in plaats van 'na terugkeer' is dezelfde verwachting van discretie.",
    ),
    _bad(
        C.DISCRETION_EXPECTATION,
        "nl",
        "Waarom houdt u uw relatie in Irak niet gewoon geheim?",
        "Als u terug zou moeten naar Irak, hoe zou u dan uw relatie willen leven?",
        "Nobody may be expected to hide their orientation in the country of origin (CJEU X, Y and Z).",
        "Van niemand mag worden verwacht dat hij zijn geaardheid in het land van herkomst verbergt "
        "(HvJ X, Y en Z).",
    ),
    _good(
        C.DISCRETION_EXPECTATION,
        "en",
        "If you returned, how would you want to live your faith?",
        "Asks about the future without expecting discretion.",
        "Vraagt naar de toekomst zonder terughoudendheid te verwachten.",
    ),
    _good(
        C.DISCRETION_EXPECTATION,
        "nl",
        "Wat deed u in Iran om uw geloof geheim te houden?",
        "Asks what the applicant did in the past; it expects nothing of the future.",
        "Vraagt wat de aanvrager vroeger deed; verwacht niets voor de toekomst.",
    ),
    # --- accusatory ------------------------------------------------------------------------------
    _bad(
        C.ACCUSATORY,
        "nl",
        "Dat verhaal verzint u toch?",
        "Kunt u daar meer over vertellen, zodat ik het goed begrijp?",
        "An accusation instead of a question: the applicant stops telling.",
        "Een beschuldiging in plaats van een vraag: de aanvrager houdt op met vertellen.",
    ),
    _bad(
        C.ACCUSATORY,
        "en",
        "Why should I believe a word of this?",
        "Can you tell me more about that, so that I understand it well?",
        "Ridicule makes the applicant stop telling (UN Special Rapporteur on freedom of religion).",
        "Spot zorgt dat de aanvrager ophoudt met vertellen (VN-rapporteur godsdienstvrijheid).",
    ),
    _bad(
        C.ACCUSATORY,
        "en",
        "You are making this up.",
        "Can you tell me more about that, so that I understand it well?",
        "An accusation closes the conversation.",
        "Een beschuldiging sluit het gesprek af.",
    ),
    _bad(
        C.ACCUSATORY,
        "en",
        "Are you lying to us about your relationship?",
        "Can you tell me more about that, so that I understand it well?",
        "Asking whether the applicant lies is an accusation too; weigh credibility in the decision.",
        "Vragen of de aanvrager liegt is ook een beschuldiging; weeg de geloofwaardigheid in het besluit.",
    ),
    _good(
        C.ACCUSATORY,
        "nl",
        "Wat bedoelt u daarmee?",
        "Room to explain without an accusation.",
        "Ruimte om uit te leggen, zonder beschuldiging.",
    ),
    # --- proof demand ----------------------------------------------------------------------------
    _bad(
        C.PROOF_DEMAND,
        "en",
        "How can you prove that you are bisexual?",
        "How would you describe yourself, in your own words?",
        "Orientation cannot be proven; the applicant's own account is the main evidence.",
        "Geaardheid valt niet te bewijzen; het eigen verhaal is het belangrijkste bewijs.",
    ),
    _bad(
        C.PROOF_DEMAND,
        "nl",
        "Kunt u bewijzen dat u zich tot het christendom heeft bekeerd?",
        "Hoe merkt u uw geloof in uw dagelijks leven?",
        "Faith cannot be proven; ask how it shows.",
        "Geloof valt niet te bewijzen; vraag hoe het zich laat zien.",
    ),
    _bad(
        C.PROOF_DEMAND,
        "en",
        "Would you agree to a psychological test of your orientation?",
        "How would you describe yourself, in your own words?",
        "Tests of orientation are not allowed (CJEU F, 2018).",
        "Testen van geaardheid zijn niet toegestaan (HvJ F, 2018).",
    ),
    _good(
        C.PROOF_DEMAND,
        "en",
        "Is there anyone here who knows you well and could tell us about you?",
        "Offers room for third-party statements without demanding proof.",
        "Biedt ruimte voor verklaringen van derden zonder bewijs te eisen.",
    ),
    # --- interpreter load ------------------------------------------------------------------------
    _bad(
        C.INTERPRETER_LOAD,
        "en",
        "Thinking back to the period after you had left your parents' house in the village and had "
        "moved to the city where your uncle lived and worked, can you describe for me in as much detail "
        "as you are able to what your days looked like and who you spent them with?",
        "Tell me about your days in the city, after you left your parents' house.",
        "Too long for one interpreted turn: the interpreter must hold it all at once.",
        "Te lang voor één getolkte beurt: de tolk moet alles tegelijk vasthouden.",
    ),
    _bad(
        C.INTERPRETER_LOAD,
        "nl",
        "Als u terugdenkt aan de periode nadat u het huis van uw ouders in het dorp had verlaten en naar "
        "de stad was verhuisd waar uw oom woonde en werkte, kunt u dan zo gedetailleerd als u kunt "
        "beschrijven hoe uw dagen eruitzagen en met wie u ze doorbracht?",
        "Vertel eens over uw dagen in de stad, nadat u het huis van uw ouders verliet.",
        "Long sentences with many clauses are hard to interpret well.",
        "Lange zinnen met veel bijzinnen zijn moeilijk goed te tolken.",
    ),
    _bad(
        C.INTERPRETER_LOAD,
        "en",
        "Given everything that you have told us so far about your relationship with the pastor of the "
        "house church and the people who came to the meetings on Friday evenings in the basement of the "
        "building, what would you say was the thing that mattered most to you personally?",
        "What mattered most to you in the house church?",
        "Short sentences with one thought each carry better through an interpreter.",
        "Korte zinnen met één gedachte komen beter over via een tolk.",
    ),
    _good(
        C.INTERPRETER_LOAD,
        "nl",
        "Hoe zagen uw dagen in de stad eruit?",
        "Short and concrete: easy to interpret.",
        "Kort en concreet: goed te tolken.",
    ),
    # --- body-medical ----------------------------------------------------------------------------
    _bad(
        C.BODY_MEDICAL,
        "en",
        "Have you started taking hormones yet?",
        "How would you describe your gender to someone who does not know you?",
        "Medical treatment is never asked about; the experience of gender and name may be.",
        "Naar medische behandeling wordt nooit gevraagd; naar de beleving van gender en naam wel.",
    ),
    _bad(
        C.BODY_MEDICAL,
        "nl",
        "Bent u al geopereerd, of bent u dat nog van plan?",
        "Welke naam wilt u dat ik vandaag voor u gebruik?",
        "Surgery concerns the body in a medical sense: not a subject of the hearing.",
        "Een operatie gaat over het lichaam in medische zin: geen onderwerp van het gehoor.",
    ),
    _bad(
        C.BODY_MEDICAL,
        "en",
        "Would you let a psychologist assess whether you are really attracted to men?",
        "How would you describe yourself, in your own words?",
        "A psychological test of orientation is not allowed (CJEU F, 25 January 2018).",
        "Een psychologische test van geaardheid is niet toegestaan (HvJ F, 25 januari 2018).",
    ),
    _good(
        C.BODY_MEDICAL,
        "nl",
        "Hoe reageerden de mensen om u heen toen u zich Leila ging noemen?",
        "Asks about the experience of name and gender, not about the body.",
        "Vraagt naar de beleving van naam en gender, niet naar het lichaam.",
    ),
    _good(
        C.BODY_MEDICAL,
        "en",
        "You mentioned a hospital visit after the attack. What happened there?",
        "Injuries from violence are part of the account; the body in a sexual or medical sense is not.",
        "Letsel door geweld hoort bij het relaas; het lichaam in seksuele of medische zin niet.",
    ),
)


def examples_of(category: Category | None = None) -> list[Example]:
    """The examples of one category (all when None), bad ones first within each category.

    Args:
        category: the category to keep, or None for every example.

    Returns:
        The examples in the order a trainer steps through them.
    """
    return [e for e in EXAMPLES if category is None or e.category is category]
