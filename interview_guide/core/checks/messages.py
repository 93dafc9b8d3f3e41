"""What the checker tells the officer, in Dutch or English: why a question was flagged, on what basis,
and an open question to ask instead."""

from __future__ import annotations

from interview_guide.core.checks.analysis import Analysis, Topic, topic
from interview_guide.core.checks.hits import Category, Hit, Severity
from interview_guide.core.hearing import ClaimType
from interview_guide.core.reference_frame import (
    Access,
    ConversionRoute,
    EducationLevel,
    FaithPracticeOrigin,
    Literacy,
    UrbanRural,
    YesNoUnknown,
)
from interview_guide.core.text import Lang, LocalizedText


def _t(en: str, nl: str) -> LocalizedText:
    return LocalizedText(en=en, nl=nl)


LETTER = _t("the policy letter of 4 July 2018", "de Kamerbrief van 4 juli 2018")

_MESSAGES: dict[tuple[Category, str], LocalizedText] = {
    (Category.CLOSED_YES_NO, "warn"): _t(
        "Closed question: it invites a yes or a no, not the applicant's own experience. The policy letter "
        "(4 July 2018) asks for open questions about personal experiences and the meaning given to them.",
        "Gesloten vraag: die lokt een ja of nee uit, niet de eigen ervaring van de aanvrager. De Kamerbrief "
        "(4 juli 2018) vraagt om open vragen naar persoonlijke ervaringen en betekenisgeving.",
    ),
    (Category.CLOSED_YES_NO, "fact"): _t(
        "Closed question that fixes a fact (a date, a name, a place): fine after an open question has let "
        "the applicant tell it first.",
        "Gesloten vraag die een feit vastlegt (datum, naam, plaats): prima, nadat een open vraag de "
        "aanvrager eerst zelf heeft laten vertellen.",
    ),
    (Category.CLOSED_YES_NO, "personal-fact"): _t(
        "Closed question on a personal subject (identity, a relationship, feelings or faith): use it only "
        "to pin down a date, a name or a place that the applicant has already told in their own words, "
        "and never to ask for a yes or a no about who they are, whom they love or what they believe.",
        "Gesloten vraag over een persoonlijk onderwerp (identiteit, een relatie, gevoelens of geloof): "
        "gebruik die alleen om een datum, naam of plaats vast te leggen die de aanvrager al in eigen woorden "
        "heeft verteld, en nooit om een ja of nee te vragen over wie de aanvrager is, van wie hij of zij "
        "houdt of wat hij of zij gelooft.",
    ),
    (Category.CLOSED_YES_NO, "hint"): _t(
        "Closed question: fine to fix a fact; for experiences and meaning, ask openly (what, how, tell me).",
        "Gesloten vraag: prima om een feit vast te leggen; vraag voor ervaringen en betekenis open door "
        "(wat, hoe, vertel eens).",
    ),
    (Category.LEADING, ""): _t(
        "Leading question: it suggests the expected answer, so the answer loses its value as evidence. Ask "
        "neutrally, so that the applicant tells their own, authentic story (policy letter, 4 July 2018).",
        "Sturende vraag: die geeft het verwachte antwoord al mee, waardoor het antwoord aan bewijswaarde "
        "verliest. Vraag neutraal, zodat de aanvrager een eigen, authentiek verhaal vertelt (Kamerbrief, "
        "4 juli 2018).",
    ),
    (Category.STEREOTYPING, ""): _t(
        "Stereotype: appearance, gender roles, marriage or what 'real' members of a group do says nothing "
        "about this applicant. CJEU A, B and C (2 December 2014) rules out an assessment based on "
        "stereotyped notions; see also UNHCR Guidelines No. 9.",
        "Stereotype: uiterlijk, rolpatronen, een huwelijk of wat 'echte' leden van een groep doen zeggen "
        "niets over deze aanvrager. HvJ A, B en C (2 december 2014) verbiedt een beoordeling op basis van "
        "stereotiepe opvattingen; zie ook UNHCR-richtlijn nr. 9.",
    ),
    (Category.SEXUAL_EXPLICIT, ""): _t(
        "Sexual detail: questions about sexual acts or roles breach private life (Art. 7 Charter; CJEU A, B "
        "and C). The IND does not ask about the sex life. Ask about the relationship and what it means.",
        "Seksueel detail: vragen naar seksuele handelingen of rollen schenden het privéleven (art. 7 "
        "Handvest; HvJ A, B en C). De IND vraagt niet naar het seksleven. Vraag naar de relatie en wat die "
        "betekent.",
    ),
    (Category.SEXUAL_EXPLICIT, "violence"): _t(
        "Detail of sexual violence: do not ask how it was done (Art. 7 Charter; CJEU A, B and C). Ask what "
        "happened in general terms and what it did to the applicant, and follow the medical advice.",
        "Detail van seksueel geweld: vraag niet hoe het precies ging (art. 7 Handvest; HvJ A, B en C). "
        "Vraag in algemene termen wat er gebeurde en wat het met de aanvrager deed, en volg het medisch "
        "advies.",
    ),
    (Category.SELF_ACCEPTANCE_AWARENESS, ""): _t(
        "Presumes an awareness process or a struggle towards self-acceptance. The policy letter (4 July "
        "2018) dropped that emphasis: many people never went through such a struggle (COC, 'Pride or "
        "Shame?'). Ask about experiences and what they meant.",
        "Gaat uit van een bewustwordingsproces of een worsteling naar zelfacceptatie. De Kamerbrief (4 juli "
        "2018) legt daar de nadruk niet meer op: veel mensen maakten zo'n worsteling nooit door (COC, 'Trots "
        "of schaamte?'). Vraag naar ervaringen en wat die betekenden.",
    ),
    (Category.SELF_ACCEPTANCE_AWARENESS, "conversion"): _t(
        "Presumes an inner struggle. A conversion can also come about passively, as an experience that "
        "overcomes the person (policy letter, 4 July 2018). Ask about the experience and what it meant.",
        "Gaat uit van een innerlijke worsteling. Een bekering kan ook passief tot stand komen, als een "
        "ervaring die iemand overkomt (Kamerbrief, 4 juli 2018). Vraag naar de ervaring en wat die "
        "betekende.",
    ),
    (Category.KNOWLEDGE_QUIZ, ""): _t(
        "Knowledge quiz: facts can be learnt by heart, and a genuine convert may not know them. The policy "
        "letter (4 July 2018) looks at what can reasonably be expected of this applicant, and at what the "
        "knowledge means to them personally (see also UN Special Rapporteur, A/80/205).",
        "Kennisquiz: feiten zijn uit het hoofd te leren, en een oprechte bekeerling kent ze misschien niet. "
        "De Kamerbrief (4 juli 2018) kijkt naar wat van deze aanvrager redelijkerwijs verwacht mag worden, "
        "en naar wat de kennis persoonlijk voor hem of haar betekent (zie ook VN-rapporteur, A/80/205).",
    ),
    (Category.COMPOUND, ""): _t(
        "Double question: the interpreter and the applicant tend to answer only one part, and the report "
        "becomes ambiguous. Ask one question at a time; the second can be a follow-up.",
        "Dubbele vraag: tolk en aanvrager beantwoorden vaak maar één deel, en het rapport wordt "
        "dubbelzinnig. Stel één vraag tegelijk; de tweede kan een vervolgvraag zijn.",
    ),
    (Category.WESTERN_CONCEPT, ""): _t(
        "Western concept: coming out, gay venues, apps, Pride or COC membership presume Western forms of "
        "identity and community (policy letter, 4 July 2018; COC). Ask how the applicant lived this in their "
        "own surroundings.",
        "Westers begrip: uit de kast komen, homobars, apps, Pride of lidmaatschap van het COC gaan uit van "
        "westerse vormen van identiteit en gemeenschap (Kamerbrief, 4 juli 2018; COC). Vraag hoe de "
        "aanvrager dit in de eigen omgeving beleefde.",
    ),
    (Category.WESTERN_CONCEPT, "denomination"): _t(
        "Denomination as a test: the denomination is context, not a test; members of a house church often "
        "know no label for it (Stichting Gave). Ask about the church as the applicant experienced it.",
        "Kerkelijke stroming als toets: de stroming is context, geen toets; leden van een huiskerk kennen "
        "er vaak geen naam voor (Stichting Gave). Vraag naar de kerk zoals de aanvrager die beleefde.",
    ),
    (Category.SEXUAL_IMAGE_REQUEST, ""): _t(
        "Intimate images: never ask for, or accept, photos or films of intimate acts or nudity (policy "
        "letter, 4 July 2018; CJEU A, B and C; UNHCR Guidelines No. 9). The applicant's own account is the "
        "evidence.",
        "Intiem beeldmateriaal: vraag nooit om foto's of films van intieme handelingen of naaktheid, en "
        "neem ze niet aan (Kamerbrief, 4 juli 2018; HvJ A, B en C; UNHCR-richtlijn nr. 9). De eigen "
        "verklaring van de aanvrager is het bewijs.",
    ),
    (Category.BODY_MEDICAL, ""): _t(
        "The body in a sexual or medical sense: genitals, surgery, hormones, a medical examination or a "
        "medical or psychological test of orientation or gender are never asked about (CJEU F, 25 January "
        "2018; CJEU A, B and C; the IND does no medical or psychological tests). Ask how the applicant "
        "experiences their gender and their name, in their own words.",
        "Het lichaam in seksuele of medische zin: geslachtsdelen, operaties, hormonen, een medisch "
        "onderzoek of een medische of psychologische test van geaardheid of gender zijn nooit onderwerp van "
        "een vraag (HvJ F, 25 januari 2018; HvJ A, B en C; de IND doet geen medische of psychologische "
        "tests). Vraag hoe de aanvrager het eigen gender en de eigen naam beleeft, in eigen woorden.",
    ),
    (Category.DISCRETION_EXPECTATION, ""): _t(
        "Expects discretion: nobody may be expected to hide, or be reticent about, their orientation or "
        "faith to avoid persecution (CJEU X, Y and Z, 7 November 2013; CJEU Y and Z, 5 September 2012; "
        "policy letter, 4 July 2018). Ask how the applicant would want to live and what they expect.",
        "Verwacht discretie: van niemand mag worden verwacht dat hij of zij geaardheid of geloof verbergt of "
        "zich terughoudend opstelt om vervolging te ontlopen (HvJ X, Y en Z, 7 november 2013; HvJ Y en Z, 5 "
        "september 2012; Kamerbrief, 4 juli 2018). Vraag hoe de aanvrager zou willen leven en wat hij of zij "
        "verwacht.",
    ),
    (Category.ACCUSATORY, ""): _t(
        "Disbelief or ridicule: it puts pressure on the applicant and closes the conversation (UN Special "
        "Rapporteur on freedom of religion, A/80/205). Credibility is weighed in the decision; in the "
        "hearing, ask neutrally for more detail.",
        "Ongeloof of spot: dat zet de aanvrager onder druk en sluit het gesprek af (VN-rapporteur "
        "godsdienstvrijheid, A/80/205). Geloofwaardigheid wordt in het besluit gewogen; vraag in het gehoor "
        "neutraal door.",
    ),
    (Category.PROOF_DEMAND, ""): _t(
        "Demand for proof or a test: orientation and faith cannot be tested, and psychological tests to "
        "establish orientation are not allowed (CJEU F, 25 January 2018; CJEU A, B and C). The applicant's "
        "own statements are the main evidence.",
        "Vraagt om bewijs of een test: geaardheid en geloof zijn niet te testen, en psychologische tests om "
        "geaardheid vast te stellen zijn niet toegestaan (HvJ F, 25 januari 2018; HvJ A, B en C). De eigen "
        "verklaringen van de aanvrager zijn het belangrijkste bewijs.",
    ),
    (Category.INTERPRETER_LOAD, "long"): _t(
        "Long question ({words} words): an interpreter carries short sentences with one thought each far "
        "better. Split it up.",
        "Lange vraag ({words} woorden): een tolk brengt korte zinnen met één gedachte veel beter over. Knip "
        "de vraag op.",
    ),
    (Category.INTERPRETER_LOAD, "jargon"): _t(
        "Jargon ('{term}'): the interpreter may not be able to render it and the applicant may not know it. "
        "Use everyday words.",
        "Vakjargon ('{term}'): de tolk kan het misschien niet weergeven en de aanvrager kent het misschien "
        "niet. Gebruik gewone woorden.",
    ),
}

# Extra sentences when the reference frame makes the point stronger. A frame value is never a sign
# against the applicant: these notes only lower what may be expected of them.
_FRAME_NOTES: dict[str, LocalizedText] = {
    "low-education": _t(
        "This applicant has little schooling or limited literacy: expect less formal knowledge still.",
        "Deze aanvrager heeft weinig onderwijs of is beperkt geletterd: verwacht nog minder formele kennis.",
    ),
    "passive-route": _t(
        "The conversion route was passive: ask about the experience and what it meant, not about knowledge.",
        "De bekering verliep passief: vraag naar de ervaring en wat die betekende, niet naar kennis.",
    ),
    "secret-practice": _t(
        "The applicant practised in secret or in a house church: a fixed liturgy or church year may be "
        "unknown.",
        "De aanvrager geloofde in het geheim of in een huiskerk: een vaste liturgie of kerkelijk jaar is "
        "dan vaak onbekend.",
    ),
    "little-access": _t(
        "With little access to information or a rural background, such terms and places may be unknown.",
        "Met weinig toegang tot informatie of een achtergrond op het platteland zijn zulke begrippen en "
        "plekken vaak onbekend.",
    ),
    "marriage": _t(
        "A (past) marriage to someone of the other sex, or having children, is context, not a "
        "counter-indication.",
        "Een (eerder) huwelijk met iemand van het andere geslacht, of kinderen hebben, is context, geen "
        "tegenindicatie.",
    ),
}

_ASK_MORE = _t("Can you tell me more about that?", "Kunt u daar meer over vertellen?")
_SELF = _t(
    "How would you describe yourself, in your own words?",
    "Hoe zou u uzelf, in uw eigen woorden, omschrijven?",
)
_FEEL = _t("How did you feel at that time?", "Hoe voelde u zich op dat moment?")
_RELATION = _t(
    "Tell me about that relationship and what it meant to you.",
    "Vertel eens over die relatie en wat die voor u betekende.",
)
_FAITH_LIFE = _t(
    "How does your faith show in your daily life?", "Hoe merkt u uw geloof in uw dagelijks leven?"
)
_FAMILY = _t("How did your family react?", "Hoe reageerde uw familie?")
_RETURN = _t(
    "What do you expect would happen if you returned?", "Wat verwacht u dat er zou gebeuren als u terugkeert?"
)
_BY_TOPIC: dict[Topic, LocalizedText] = {
    Topic.IDENTITY: _SELF,
    Topic.FEELINGS: _FEEL,
    Topic.RELATIONSHIP: _RELATION,
    Topic.FAITH: _FAITH_LIFE,
    Topic.FAMILY: _FAMILY,
    Topic.RETURN: _RETURN,
}
_SUGGESTIONS: dict[tuple[Category, str], LocalizedText] = {
    (Category.LEADING, "general"): _t("What happened then?", "Wat gebeurde er toen?"),
    (Category.STEREOTYPING, "marriage"): _t(
        "Tell me about your marriage and how you experienced it.",
        "Vertel eens over uw huwelijk en hoe u dat heeft beleefd.",
    ),
    (Category.SEXUAL_EXPLICIT, ""): _RELATION,
    (Category.SELF_ACCEPTANCE_AWARENESS, ""): _t(
        "What did those feelings mean to you at that time?", "Wat betekenden die gevoelens destijds voor u?"
    ),
    (Category.SELF_ACCEPTANCE_AWARENESS, "conversion"): _t(
        "What did that experience mean to you at the time?", "Wat betekende die ervaring toen voor u?"
    ),
    (Category.KNOWLEDGE_QUIZ, ""): _t(
        "Which Bible story means most to you personally, and why?",
        "Welk Bijbelverhaal betekent persoonlijk het meest voor u, en waarom?",
    ),
    (Category.WESTERN_CONCEPT, "coming-out"): _t(
        "How did the people around you come to know about this part of your life?",
        "Hoe kwamen de mensen om u heen te weten over dit deel van uw leven?",
    ),
    (Category.WESTERN_CONCEPT, "scene"): _t(
        "Where could you meet people like you in your own surroundings?",
        "Waar kon u in uw eigen omgeving mensen zoals u ontmoeten?",
    ),
    (Category.WESTERN_CONCEPT, "denomination"): _t(
        "Describe an ordinary gathering of your church and what it gives you.",
        "Beschrijf eens een gewone bijeenkomst van uw kerk en wat die u geeft.",
    ),
    (Category.BODY_MEDICAL, ""): _t(
        "How would you describe your gender to someone who does not know you?",
        "Hoe zou u uw gender omschrijven aan iemand die u niet kent?",
    ),
    (Category.SEXUAL_IMAGE_REQUEST, ""): _t(
        "Describe a day you spent together.", "Beschrijf eens een dag die u samen doorbracht."
    ),
    (Category.DISCRETION_EXPECTATION, "faith"): _t(
        "If you returned, how would you want to live your faith?",
        "Als u zou terugkeren, hoe zou u uw geloof dan willen beleven?",
    ),
    (Category.DISCRETION_EXPECTATION, "orientation"): _t(
        "If you had to return, how would you want to live your life and your relationships?",
        "Als u terug zou moeten, hoe zou u dan uw leven en uw relaties willen leiden?",
    ),
    (Category.ACCUSATORY, ""): _t(
        "Can you tell me more about that, so that I understand it well?",
        "Kunt u daar meer over vertellen, zodat ik het goed begrijp?",
    ),
}
_FEAST_NAMES: dict[str, LocalizedText] = {
    "pentecost": _t("Pentecost", "Pinksteren"),
    "easter": _t("Easter", "Pasen"),
    "christmas": _t("Christmas", "Kerstmis"),
    "ascension": _t("Ascension Day", "Hemelvaart"),
    "good-friday": _t("Good Friday", "Goede Vrijdag"),
    "baptism": _t("baptism", "de doop"),
    "communion": _t("Holy Communion", "het avondmaal"),
}
_FEAST_QUESTION = _t("What does {term} mean to you personally?", "Wat betekent {term} persoonlijk voor u?")
_ONE_AT_A_TIME = _t(
    'Ask one at a time: "{first}" Then, as a follow-up: "{rest}"',
    'Stel één vraag tegelijk: "{first}" Daarna, als vervolgvraag: "{rest}"',
)
_JOINERS = ("and also ", "and then ", "and ", "or ", "but ", "en ook ", "en dan ", "en ", "of ", "maar ")


def message(hit: Hit, analysis: Analysis, ui_lang: Lang) -> str:
    """The explanation of one hit in ``ui_lang``, with the notes that the reference frame calls for."""
    key = hit.variant
    if hit.category is Category.CLOSED_YES_NO:
        key = "warn" if hit.severity >= Severity.WARN else hit.variant
        key = key if key in ("warn", "fact", "personal-fact") else "hint"
    elif hit.category is Category.SEXUAL_EXPLICIT:
        key = "violence" if hit.rule_id == "sexual.violence-detail" else ""
    elif hit.category is Category.SELF_ACCEPTANCE_AWARENESS:
        key = "conversion" if analysis.claim_types == {ClaimType.CONVERSION} else ""
    elif hit.category is Category.WESTERN_CONCEPT:
        key = "denomination" if hit.variant == "denomination" else ""
    elif hit.category is not Category.INTERPRETER_LOAD:
        key = ""
    text = _MESSAGES[(hit.category, key)].get(ui_lang)
    text = text.format(words=hit.param("words"), term=hit.param("term")) if "{" in text else text
    notes = [_FRAME_NOTES[name].get(ui_lang) for name in _frame_notes(hit, analysis)]
    return " ".join([text, *notes])


def _frame_notes(hit: Hit, analysis: Analysis) -> list[str]:
    frame = analysis.frame
    notes: list[str] = []
    if hit.category is Category.STEREOTYPING and (
        hit.variant == "marriage" or (frame is not None and frame.different_sex_marriage == YesNoUnknown.YES)
    ):
        notes.append("marriage")
    if frame is None:
        return notes
    if hit.category is Category.KNOWLEDGE_QUIZ:
        if frame.education_level in (
            EducationLevel.NONE,
            EducationLevel.PRIMARY_PARTIAL,
        ) or frame.literacy in (
            Literacy.NONE,
            Literacy.LIMITED,
        ):
            notes.append("low-education")
        if frame.conversion_route in (ConversionRoute.PASSIVE, ConversionRoute.MIXED):
            notes.append("passive-route")
        if frame.faith_practice_origin in (FaithPracticeOrigin.SECRET, FaithPracticeOrigin.HOUSE_CHURCH):
            notes.append("secret-practice")
    if hit.category is Category.WESTERN_CONCEPT and (
        frame.internet_access in (Access.NONE, Access.LIMITED) or frame.urban_rural == UrbanRural.RURAL
    ):
        notes.append("little-access")
    return notes


def suggestion(hit: Hit, analysis: Analysis, ui_lang: Lang) -> str | None:
    """An open question to ask instead, in ``ui_lang``; None where rephrasing is the officer's work."""
    category = hit.category
    if category is Category.INTERPRETER_LOAD:
        return None
    if category is Category.CLOSED_YES_NO:
        if hit.severity < Severity.WARN:
            return None
        return _BY_TOPIC.get(topic(analysis), _ASK_MORE).get(ui_lang)
    if category is Category.COMPOUND:
        return None  # question_check splits it, checking each part
    if category is Category.KNOWLEDGE_QUIZ and hit.variant in _FEAST_NAMES:
        term = _FEAST_NAMES[hit.variant].get(ui_lang)
        return _FEAST_QUESTION.get(ui_lang).format(term=term)
    if category in (Category.LEADING, Category.STEREOTYPING, Category.PROOF_DEMAND):
        variant = hit.variant if (category, hit.variant) in _SUGGESTIONS else ""
        if variant:
            return _SUGGESTIONS[(category, variant)].get(ui_lang)
        subject = topic(analysis)
        if category is not Category.LEADING and subject not in (Topic.FAITH,):
            subject = Topic.IDENTITY
        fallback = _SUGGESTIONS[(Category.LEADING, "general")]
        return _BY_TOPIC.get(subject, fallback).get(ui_lang)
    if category is Category.SELF_ACCEPTANCE_AWARENESS:
        key = "conversion" if analysis.claim_types == {ClaimType.CONVERSION} else ""
        return _SUGGESTIONS[(category, key)].get(ui_lang)
    entry = _SUGGESTIONS.get((category, hit.variant)) or _SUGGESTIONS.get((category, ""))
    return entry.get(ui_lang) if entry else None


def split_parts(hit: Hit, lang: Lang) -> list[str]:
    """The questions a compound hit found, each made a sentence of its own ("and how ...?" -> "How ...?")."""
    parts = [value for key, value in hit.params if key == "part"]
    mark = "?" if parts and parts[-1].rstrip().endswith("?") else "."
    return [_as_question(part, mark) for part in parts]


def one_at_a_time(questions: list[str], ui_lang: Lang) -> str:
    """The advice to ask the questions one at a time: the first, then the rest as follow-ups."""
    return _ONE_AT_A_TIME.get(ui_lang).format(first=questions[0], rest=" ".join(questions[1:]))


def _as_question(part: str, mark: str) -> str:
    part = part.strip().strip(",;").strip()
    lowered = part.lower()
    for joiner in _JOINERS:
        if lowered.startswith(joiner):
            part = part[len(joiner) :]
            break
    part = part[:1].upper() + part[1:]
    if part and part[-1] not in ".?!":
        part += mark
    return part
