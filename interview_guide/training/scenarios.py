"""The scenario library: fictional cases for role-play, each written as a case file with the reference
frame filled in and no question asked yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from interview_guide.core import editing
from interview_guide.core.bank import BankClaimType, QuestionBank
from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.hearing import (
    Attendee,
    AttendeeRole,
    BankRef,
    Hearing,
    HearingType,
    ProcedureTrack,
)
from interview_guide.core.partial_date import PartialDate
from interview_guide.core.statements import StatementBasis
from interview_guide.core.text import Lang
from interview_guide.training.scenario_model import Bi, Scenario
from interview_guide.training.scenarios_conversion import CONVERSION_SCENARIOS
from interview_guide.training.scenarios_lgbti import LGBTI_SCENARIOS

SCENARIOS: tuple[Scenario, ...] = LGBTI_SCENARIOS + CONVERSION_SCENARIOS
SITTING_START = dt.time(9, 30)
_TZ = dt.timezone(dt.timedelta(hours=2))  # CEST: the role-play dates are in spring


class UnknownScenarioError(InterviewGuideError):
    """No scenario has the id asked for."""


def scenario_ids() -> list[str]:
    """The ids of every scenario, in library order."""
    return [s.id for s in SCENARIOS]


def get_scenario(scenario_id: str) -> Scenario:
    """The scenario with ``scenario_id``.

    Raises:
        UnknownScenarioError: no such scenario (the message names the ids there are).
    """
    for scenario in SCENARIOS:
        if scenario.id == scenario_id:
            return scenario
    raise UnknownScenarioError(f"no scenario {scenario_id!r}; choose one of {', '.join(scenario_ids())}")


def build_scenario_case(scenario: Scenario, banks: Sequence[QuestionBank], lang: Lang) -> Hearing:
    """The scenario as a new training hearing: case data, the first sitting, the frame; no entries.

    Args:
        scenario: the scenario.
        banks: the installed banks (the common bank and one per claim are recorded in the case).
        lang: the language of the texts in the case and the frame.

    Returns:
        A valid hearing record; the same arguments always give the same record.
    """
    kinds = [BankClaimType.COMMON, *(BankClaimType(claim.value) for claim in scenario.claims)]
    refs = [
        BankRef(id=bank.id, version=bank.version)
        for kind in kinds
        if (bank := next((b for b in banks if b.claim_type == kind), None)) is not None
    ]
    start = dt.datetime.combine(scenario.sitting_date, SITTING_START, tzinfo=_TZ)
    hearing = editing.new_hearing(list(scenario.claims), refs, start, HearingType.TRAINING)
    case = hearing.case
    number = SCENARIOS.index(scenario) + 1 if scenario in SCENARIOS else 0
    case.v_number = f"99000700{number:02d}"
    case.case_reference = f"{Bi('ROLLENSPEL', 'ROLE-PLAY').get(lang)}-{scenario.id}-2026 " + Bi(
        "(fictief)", "(fictional)"
    ).get(lang)
    case.applicant_name = scenario.applicant_name.get(lang)
    case.name_used = scenario.name_used
    case.form_of_address = scenario.form_of_address.get(lang)
    case.date_of_birth = PartialDate.of(scenario.born)
    case.nationality = scenario.nationality.get(lang)
    case.language = scenario.language.get(lang)
    case.dialect = scenario.dialect.get(lang)
    case.procedure_track = ProcedureTrack.GENERAL
    case.subsequent_application = scenario.subsequent_application
    case.officer_gender_requested = scenario.officer_request
    case.interpreter_gender_requested = scenario.interpreter_request
    sitting = hearing.sittings[0]
    sitting.location = Bi("Oefenruimte (fictief)", "Training room (fictional)").get(lang)
    sitting.interpreter = scenario.interpreter.model_copy()
    sitting.attendees = [
        Attendee(name=Bi("Trainer (fictief)", "Trainer (fictional)").get(lang), role=AttendeeRole.TRAINER)
    ]
    hearing.reference_frame = scenario.frame(lang)
    for statement in scenario.statements:
        editing.add_statement(
            hearing,
            author_name=statement.author.get(lang),
            author_role=statement.role,
            relationship_to_applicant=statement.relationship.get(lang),
            date_of_statement=statement.written,
            date_received=statement.written + dt.timedelta(days=3),
            basis=StatementBasis.OWN_OBSERVATION,
            new_facts=[fact.get(lang) for fact in statement.new_facts],
            consideration_note=statement.consideration.get(lang),
        )
    return Hearing.model_validate(hearing.model_dump())
