"""A weaker version of the demo hearing, to set beside the good one: the same applicant and the same
themes, but closed, leading, stereotyping and quiz questions in place of open ones, and the short
answers they get. Each weaker question carries a trainer note naming what the good version does.
"""

from __future__ import annotations

from typing import NamedTuple

from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.core.trainer_tags import TrainerTag as T
from interview_guide.demo import build_demo_case
from interview_guide.training.scenario_model import Bi


class Weaker(NamedTuple):
    """A weaker question for a bank question of the demo, the answer it gets, and the trainer's note."""

    question: Bi
    answer: Bi
    note: Bi
    tags: tuple[T, ...]


# Keyed by the bank question (and follow-up) the good demo asks.
WEAKER: dict[tuple[str, str | None], Weaker] = {
    ("own-words", None): Weaker(
        Bi("Bent u lesbisch?", "Are you a lesbian?"),
        Bi("Ja.", "Yes."),
        Bi(
            "Gesloten vraag over wie zij is: het antwoord zegt niets. De goede versie laat haar zichzelf "
            "omschrijven in eigen woorden.",
            "A closed question about who she is: the answer says nothing. The good version lets her describe "
            "herself in her own words.",
        ),
        (T.CLOSED, T.REFERENCE_FRAME),
    ),
    ("important-person", None): Weaker(
        Bi(
            "Wanneer kwam u tot het besef dat u anders was?",
            "When did you finally become aware that you were different?",
        ),
        Bi("Dat weet ik niet. Toen ik jong was.", "I don't know. When I was young."),
        Bi(
            "Vraagt naar een bewustwordingsproces, waar de nadruk sinds 2018 niet meer ligt. De goede versie "
            "vraagt naar een persoon die belangrijk was, en krijgt een verhaal.",
            "Asks for an awareness process, no longer the emphasis since 2018. The good version asks about a "
            "person who mattered, and gets a story.",
        ),
        (T.AWARENESS_PROCESS,),
    ),
    ("strong-feelings", None): Weaker(
        Bi("U schaamde zich zeker, nietwaar?", "You must have felt ashamed, didn't you?"),
        Bi("Soms, ja.", "Sometimes, yes."),
        Bi(
            "Sturend: de hoormedewerker vult het gevoel in. De goede versie vraagt naar een moment met "
            "sterke "
            "gevoelens en laat haar het gevoel zelf noemen.",
            "Leading: the officer supplies the feeling. The good version asks about a moment of strong "
            "feelings and lets her name the feeling herself.",
        ),
        (T.LEADING,),
    ),
    ("family-talk", None): Weaker(
        Bi(
            "Was homoseksualiteit in uw familie verboden?",
            "Was homosexuality forbidden in your family?",
        ),
        Bi("Ja.", "Yes."),
        Bi(
            "Een ja of nee over de familie. De goede versie vraagt hoe er thuis over liefde tussen twee "
            "vrouwen werd gesproken.",
            "A yes or no about the family. The good version asks how people at home talked about love "
            "between two women.",
        ),
        (T.CLOSED, T.MISSED_FOLLOW_UP),
    ),
    ("marriage-expectations", None): Weaker(
        Bi(
            "Waarom bent u met een man getrouwd als u lesbisch bent?",
            "Why did you marry a man if you are a lesbian?",
        ),
        Bi("Mijn familie wilde het.", "My family wanted it."),
        Bi(
            "Behandelt het huwelijk als tegenindicatie (stereotype). De goede versie vraagt wat de familie "
            "verwachtte, en hoort hoe het huwelijk tot stand kwam.",
            "Treats the marriage as a counter-indication (stereotype). The good version asks what the family "
            "expected, and hears how the marriage came about.",
        ),
        (T.STEREOTYPE,),
    ),
    ("important-relationship", None): Weaker(
        Bi(
            "Wanneer leerde u haar kennen en wat vonden uw ouders van haar?",
            "When did you meet her and what did your parents think of her?",
        ),
        Bi("In 2021. Mijn ouders wisten het niet.", "In 2021. My parents did not know."),
        Bi(
            "Twee vragen in één: het tweede deel krijgt een half antwoord en het eerste een datum. De goede "
            "versie vraagt naar de relatie en wat die betekende.",
            "Two questions in one: the second part gets half an answer and the first a date. The good "
            "version "
            "asks about the relationship and what it meant.",
        ),
        (T.INTERPRETER,),
    ),
    ("day-together", None): Weaker(
        Bi(
            "Jullie waren eerst gewoon goede vriendinnen, nietwaar?",
            "You were just good friends at first, weren't you?",
        ),
        Bi("In het begin wel.", "At first, yes."),
        Bi(
            "Sturend, en gaat ervan uit dat een relatie als vriendschap begint. De goede versie laat haar "
            "een "
            "dag samen beschrijven.",
            "Leading, and presumes a relationship starts as friendship. The good version has her describe a "
            "day together.",
        ),
        (T.LEADING, T.STEREOTYPE),
    ),
    ("staying-safe", None): Weaker(
        Bi(
            "Had u het niet gewoon voor uzelf kunnen houden?",
            "Couldn't you simply have kept it to yourself?",
        ),
        Bi("Dat deed ik, jarenlang.", "I did, for years."),
        Bi(
            "Verwacht discretie, die van niemand mag worden verwacht (HvJ X, Y en Z). De goede versie vraagt "
            "wat zij deed om te voorkomen dat anderen het ontdekten.",
            "Expects discretion, which may be expected of nobody (CJEU X, Y and Z). The good version asks "
            "what "
            "she did to keep others from finding out.",
        ),
        (T.TONE,),
    ),
    ("experience-now", None): Weaker(
        Bi(
            "Bent u in Amsterdam al naar een homobar geweest?",
            "Have you been to a gay bar in Amsterdam yet?",
        ),
        Bi("Nee.", "No."),
        Bi(
            "Toetst aan een westerse vorm van zichtbaarheid. De goede versie vraagt hoe zij dit deel van "
            "haar "
            "leven nu beleeft.",
            "Tests against a Western form of visibility. The good version asks how she lives this part of "
            "her "
            "life now.",
        ),
        (T.REFERENCE_FRAME,),
    ),
    ("how-want-to-live", None): Weaker(
        Bi(
            "Kunt u na uw terugkeer niet gewoon discreet leven?",
            "Couldn't you just live discreetly after your return?",
        ),
        Bi("Dan moet ik me verstoppen.", "Then I would have to hide."),
        Bi(
            "Verwacht discretie na terugkeer. De goede versie vraagt hoe zij zou willen leven.",
            "Expects discretion on return. The good version asks how she would want to live.",
        ),
        (T.TONE,),
    ),
    ("first-contact", None): Weaker(
        Bi(
            "Bent u christen geworden door een vriendin?",
            "Did you become a Christian because of a friend?",
        ),
        Bi("Ja, ook.", "Yes, partly."),
        Bi(
            "Gesloten, en geeft de verklaring al. De goede versie vraagt hoe zij voor het eerst met het "
            "geloof "
            "in aanraking kwam.",
            "Closed, and supplies the explanation. The good version asks how she first came into contact "
            "with "
            "the faith.",
        ),
        (T.CLOSED, T.LEADING),
    ),
    ("story-that-matters", None): Weaker(
        Bi("Noem de vier evangeliën.", "Name the four gospels."),
        Bi("Matteüs, Marcus... de andere weet ik niet.", "Matthew, Mark... I don't know the others."),
        Bi(
            "Een kennistoets. De goede versie vraagt welk Bijbelverhaal haar persoonlijk het meest zegt, en "
            "hoort kennis via betekenis.",
            "A knowledge test. The good version asks which Bible story means most to her, and hears "
            "knowledge "
            "through meaning.",
        ),
        (T.KNOWLEDGE_QUIZ,),
    ),
    ("jesus-for-you", None): Weaker(
        Bi("Hoeveel apostelen had Jezus?", "How many apostles did Jesus have?"),
        Bi("Twaalf.", "Twelve."),
        Bi(
            "Een feit dat ook uit het hoofd te leren is. De goede versie vraagt wie Jezus voor haar is.",
            "A fact that can be learned by heart. The good version asks who Jesus is to her.",
        ),
        (T.KNOWLEDGE_QUIZ,),
    ),
    ("how-you-pray", None): Weaker(
        Bi("Bidt u elke dag?", "Do you pray every day?"),
        Bi("Ja.", "Yes."),
        Bi(
            "Telt hoe vaak, niet wat het betekent. De goede versie vraagt haar te vertellen hoe zij bidt.",
            "Counts how often, not what it means. The good version asks her to tell how she prays.",
        ),
        (T.CLOSED,),
    ),
    ("recent-service", None): Weaker(
        Bi(
            "Echte christenen gaan toch elke week naar de kerk?",
            "Real Christians go to church every week, don't they?",
        ),
        Bi("Ik probeer te gaan.", "I try to go."),
        Bi(
            "Meet haar af aan een beeld van de 'echte' gelovige. De goede versie laat haar een recente "
            "dienst "
            "beschrijven.",
            "Measures her against an image of the 'real' believer. The good version has her describe a "
            "recent "
            "service.",
        ),
        (T.STEREOTYPE,),
    ),
    ("live-faith-on-return", None): Weaker(
        Bi(
            "Kunt u uw geloof in Iran niet gewoon thuis in stilte beleven?",
            "Couldn't you simply practise your faith quietly at home in Iran?",
        ),
        Bi("Misschien. Ik weet het niet.", "Maybe. I don't know."),
        Bi(
            "Verwacht discretie (HvJ Y en Z). De goede versie vraagt hoe zij haar geloof zou willen beleven.",
            "Expects discretion (CJEU Y and Z). The good version asks how she would want to live her faith.",
        ),
        (T.TONE,),
    ),
}


_MISSED_NOTE = Bi(
    "Gemiste doorvraag: na een kort antwoord gaat de hoormedewerker verder in plaats van te vragen hoe, "
    "wat het betekende, of naar een concreet voorbeeld. De vragencontrole ziet dit niet; de trainer wel.",
    "Missed follow-up: after a short answer the officer moves on instead of asking how, what it meant, or "
    "for a concrete example. The checker cannot see this; the trainer can.",
)
# A bank follow-up of a weakened question becomes one of these, in turn: the officer moves on.
MISSED_FOLLOW_UPS: tuple[Weaker, ...] = (
    Weaker(
        Bi("Is er verder nog iets?", "Anything else?"), Bi("Nee.", "No."), _MISSED_NOTE, (T.MISSED_FOLLOW_UP,)
    ),
    Weaker(Bi("Was dat alles?", "Was that all?"), Bi("Ja.", "Yes."), _MISSED_NOTE, (T.MISSED_FOLLOW_UP,)),
    Weaker(
        Bi("Goed. Klopt dat?", "Right. Is that correct?"),
        Bi("Ja.", "Yes."),
        _MISSED_NOTE,
        (T.MISSED_FOLLOW_UP,),
    ),
)


def weaker_demo(claim: str = "both", lang: str = "nl") -> Hearing:
    """The demo hearing of ``claim`` with its weaker questions and the short answers they get.

    Entry numbers, themes and times stay as in the good demo, so the two line up question by question.

    Raises:
        ValueError: an unknown claim or language.
    """
    hearing = build_demo_case(claim, lang)
    language: Lang = "nl" if lang == "nl" else "en"
    missed = 0
    for entry in hearing.entries:
        if entry.question_id is None:
            continue
        weaker = WEAKER.get((entry.question_id, entry.follow_up_id))
        if weaker is None and entry.follow_up_id is not None and (entry.question_id, None) in WEAKER:
            weaker = MISSED_FOLLOW_UPS[missed % len(MISSED_FOLLOW_UPS)]
            missed += 1
        if weaker is None:
            continue
        entry.question_id = entry.bank_id = entry.follow_up_id = None  # the officer's own wording now
        entry.question_text = weaker.question.get(language)
        entry.answer_text = weaker.answer.get(language)
        entry.trainer_note = weaker.note.get(language)
        entry.trainer_tags = list(weaker.tags)
    hearing.case.case_reference = hearing.case.case_reference.replace(
        "DEMO-", "DEMO-ZWAK-" if lang == "nl" else "DEMO-WEAK-"
    )
    return Hearing.model_validate(hearing.model_dump())
