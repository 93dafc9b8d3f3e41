"""Role-play scenarios: a fictional applicant with the reference frame filled in and no question asked
yet, and what each role-player needs to know (officer, applicant, interpreter, trainer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from interview_guide.core.hearing import (
    ClaimType,
    Gender,
    GenderRequest,
    Interpreter,
    InterpreterMode,
    RegisterStatus,
)
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.statements import AuthorRole
from interview_guide.core.text import Lang


class Bi(NamedTuple):
    """A scenario text in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: Lang) -> str:
        """The text in ``lang``."""
        return self.nl if lang == "nl" else self.en


FICTIONAL = Bi(
    "Fictief rollenspeldossier voor training. Alle personen, namen, nummers en gebeurtenissen zijn "
    "verzonnen.",
    "Fictional role-play case for training. All people, names, numbers and events are made up.",
)

# What every applicant role-player is asked to do, whatever the scenario.
APPLICANT_PLAY: tuple[Bi, ...] = (
    Bi(
        "Antwoord op een ja/nee-vraag alleen met ja of nee, of met een paar woorden.",
        "Answer a yes/no question with yes or no, or a few words, and nothing more.",
    ),
    Bi(
        "Vertel wat onder 'Alleen op een open vraag' staat pas als de hoormedewerker een open vraag stelt "
        "('vertel eens', 'hoe', 'wat betekende'); steeds één of twee details tegelijk.",
        "Tell what is under 'Only when asked openly' only when the officer asks an open question ('tell me', "
        "'how', 'what did it mean'); one or two details at a time.",
    ),
    Bi(
        "Wordt u gevraagd naar seks, uw lichaam of om foto's: zeg dat u daar niet over wilt praten.",
        "If you are asked about sex, your body or for photos: say you do not want to talk about that.",
    ),
    Bi(
        "U mag zeggen dat u iets niet weet of niet begrijpt. Verzin geen nieuwe feiten.",
        "You may say that you do not know or do not understand. Do not invent new facts.",
    ),
)

INTERPRETER_PLAY: tuple[Bi, ...] = (
    Bi(
        "U tolkt in de ik-vorm: u zegt precies wat de hoormedewerker en de aanvrager zeggen, niet meer en "
        "niet minder. In het rollenspel tolkt u van Nederlands naar Nederlands (of Engels).",
        "You interpret in the first person: you say exactly what the officer and the applicant say, no more "
        "and "
        "no less. In the role-play you interpret from Dutch to Dutch (or English).",
    ),
    Bi(
        "Houd u aan de gedragscode: neutraal, objectief, een open en respectvolle houding en een "
        "genuanceerde woordkeuze, behalve bij het geplante probleem hieronder.",
        "Keep to the code of conduct: neutral, objective, open and respectful, with careful wording, except "
        "for "
        "the planted problem below.",
    ),
)


def scenario_interpreter(
    number: str, gender: Gender, mode: InterpreterMode = InterpreterMode.IN_PERSON
) -> Interpreter:
    """A fictional registered interpreter for a scenario's first sitting."""
    return Interpreter(
        name_or_number=f"Tolk {number} (fictief)",
        register_status=RegisterStatus.REGISTERED,
        gender=gender,
        mode=mode,
    )


@dataclass(frozen=True)
class ScenarioStatement:
    """A third-party statement in a scenario's file (received before the hearing).

    Attributes:
        author: who wrote it (fictional).
        role: the author's role.
        relationship: how the author knows the applicant.
        written: when it was written.
        new_facts: the facts it adds to the file (none for an opinion).
        consideration: the note on how it is weighed (for the opinion: that the decision does it).
    """

    author: Bi
    role: AuthorRole
    relationship: Bi
    written: dt.date
    new_facts: tuple[Bi, ...]
    consideration: Bi


@dataclass(frozen=True)
class Scenario:
    """A role-play case.

    Attributes:
        id: a short stable id (``demo-case --scenario ID``).
        title: one line, for the list.
        claims: the claims the case rests on.
        summary: two or three sentences for the trainer choosing a scenario.
        applicant_name: the name in the records.
        name_used: the name the applicant uses.
        form_of_address: how the applicant wishes to be addressed.
        nationality, language, dialect: of the applicant.
        born: the date of birth (estimated where the card says so).
        subsequent_application: whether it is a second or later application.
        officer_request, interpreter_request: the applicant's request for an officer or interpreter of a
            gender.
        frame: the reference frame in a language.
        interpreter: the interpreter of the first sitting.
        officer: the officer's card (what the file says, what to keep in mind); no planted problem.
        applicant: the applicant's card: who you are and what you tell freely.
        only_when_asked: what the applicant tells only when asked openly.
        interpreter_problem: the planted problem, as instructions for the interpreter.
        debrief: the trainer's card: what is planted, what a good officer does, what to discuss.
        statements: third-party statements already in the file.
        sitting_date: the date of the role-play sitting written into the case.
    """

    id: str
    title: Bi
    claims: tuple[ClaimType, ...]
    summary: Bi
    applicant_name: Bi
    name_used: str
    form_of_address: Bi
    nationality: Bi
    language: Bi
    dialect: Bi
    born: dt.date
    frame: Callable[[Lang], ReferenceFrame]
    interpreter: Interpreter
    officer: tuple[Bi, ...]
    applicant: tuple[Bi, ...]
    only_when_asked: tuple[Bi, ...]
    interpreter_problem: tuple[Bi, ...]
    debrief: tuple[Bi, ...]
    subsequent_application: bool = False
    officer_request: GenderRequest = GenderRequest.NONE
    interpreter_request: GenderRequest = GenderRequest.NONE
    statements: tuple[ScenarioStatement, ...] = ()
    sitting_date: dt.date = field(default=dt.date(2026, 4, 20))

    def listing(self, lang: Lang) -> dict[str, object]:
        """The scenario as ``scenarios --json`` lists it."""
        return {
            "id": self.id,
            "title": self.title.get(lang),
            "claims": [claim.value for claim in self.claims],
            "summary": self.summary.get(lang),
        }
