"""The hearing record: one pydantic model that holds a whole hearing, saved as the .igcase file.

The record describes what happened; it never scores credibility. Edits go through the functions in
``core/editing.py`` (and in the GUI through the controller), which keep numbering and links right.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from interview_guide.core.messages import MessageId, validation_error
from interview_guide.core.partial_date import PartialDate
from interview_guide.core.reference_frame import ReferenceFrame, upgrade_free_text_fields
from interview_guide.core.report_versions import ExportedVersion
from interview_guide.core.statements import (
    Correction,
    ExpertReport,
    MaterialRefusal,
    SubmittedMaterial,
    ThirdPartyStatement,
)
from interview_guide.core.trainer_tags import TrainerTag

# Version 2 (banks 1.1): religion_upbringing and gender are enumerated, with the words beside them;
# the case holds the name the applicant uses and the form of address. See upgrade_v1.
# Version 3: an entry can be withdrawn (``withdrawn_at``), and the audit trail records withdrawals.
# Version 4: a date of birth may be partly known ("1996-03", "1996"; see upgrade_v3).
SCHEMA_VERSION: Literal[4] = 4

_MODEL = ConfigDict(extra="forbid", validate_assignment=True)


class HearingType(StrEnum):
    NADER_GEHOOR = "nader-gehoor"
    AANVULLEND_GEHOOR = "aanvullend-gehoor"
    TRAINING = "training"


class ProcedureTrack(StrEnum):
    GENERAL = "general"  # algemene asielprocedure (AA)
    GENERAL_EXTENDED = "general-extended"  # AA+ (extension of the general procedure)
    EXTENDED = "extended"  # verlengde asielprocedure (VA)
    DETENTION = "detention"  # hearing while in vreemdelingenbewaring


class ClaimType(StrEnum):
    LGBTI = "lgbti"
    CONVERSION = "conversion"


class Gender(StrEnum):
    UNKNOWN = "unknown"
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class GenderRequest(StrEnum):
    NONE = "none"  # no request made
    FEMALE = "female"
    MALE = "male"


class RegisterStatus(StrEnum):
    UNKNOWN = "unknown"
    REGISTERED = "registered"  # in the Wbtv register
    NOT_REGISTERED = "not-registered"


class InterpreterMode(StrEnum):
    IN_PERSON = "in-person"
    PHONE = "phone"
    VIDEO = "video"


class AttendeeRole(StrEnum):
    COUNSEL = "counsel"  # attends as observer
    VLUCHTELINGENWERK = "vluchtelingenwerk"
    TRAINEE = "trainee"
    TRAINER = "trainer"
    OTHER = "other"


class BankRef(BaseModel):
    """The id and version of a question bank used in this hearing."""

    model_config = _MODEL

    id: str
    version: str


class CaseData(BaseModel):
    """Who is heard, by whom, in what procedure."""

    model_config = _MODEL

    v_number: str = Field(default="", description="vreemdelingennummer, digits only")
    case_reference: str = ""
    applicant_name: str = ""  # as in the records (identity papers, the first interview)
    name_used: str = ""  # the name the applicant uses: the UI and the report use it
    form_of_address: str = ""  # how the applicant wishes to be addressed (aanspreekvorm)
    date_of_birth: PartialDate | None = None  # None: unknown
    nationality: str = ""
    hearing_type: HearingType = HearingType.NADER_GEHOOR
    procedure_track: ProcedureTrack = ProcedureTrack.GENERAL
    subsequent_application: bool = False
    language: str = ""
    dialect: str = ""
    officer_name: str = ""
    officer_gender: Gender = Gender.UNKNOWN
    officer_gender_requested: GenderRequest = GenderRequest.NONE
    officer_gender_request_honoured: bool | None = None
    interpreter_gender_requested: GenderRequest = GenderRequest.NONE
    interpreter_gender_request_honoured: bool | None = None
    claim_types: list[ClaimType] = Field(default_factory=lambda: [ClaimType.LGBTI], min_length=1)
    applicant_objects_to_counsel_report: bool = False
    banks: list[BankRef] = Field(default_factory=list)

    @field_validator("v_number")
    @classmethod
    def _digits_only(cls, value: str) -> str:
        if value and not value.isdigit():
            raise validation_error(MessageId.V_NUMBER_DIGITS)
        if value and not value.isascii():
            raise validation_error(MessageId.V_NUMBER_ASCII_DIGITS)
        return value

    @field_validator("claim_types")
    @classmethod
    def _no_repeated_claims(cls, value: list[ClaimType]) -> list[ClaimType]:
        if len(set(value)) != len(value):
            raise validation_error(MessageId.CLAIM_TYPE_TWICE)
        return value


class Interpreter(BaseModel):
    """The interpreter of one sitting."""

    model_config = _MODEL

    name_or_number: str = ""
    register_status: RegisterStatus = RegisterStatus.UNKNOWN
    not_registered_reason: str = ""
    gender: Gender = Gender.UNKNOWN
    mode: InterpreterMode = InterpreterMode.IN_PERSON


class Attendee(BaseModel):
    """Someone else present at a sitting, and in what role."""

    model_config = _MODEL

    name: str = ""
    role: AttendeeRole = AttendeeRole.OTHER


class Break(BaseModel):
    """A break in a sitting."""

    model_config = _MODEL

    start: dt.datetime
    end: dt.datetime | None = None
    reason: str = ""


class Sitting(BaseModel):
    """One day (or part of a day) of the hearing; a hearing often continues in a second sitting."""

    model_config = _MODEL

    number: int = Field(ge=1)
    date: dt.date
    location: str = ""
    start: dt.time | None = None
    end: dt.time | None = None
    interpreter: Interpreter = Field(default_factory=Interpreter)
    attendees: list[Attendee] = Field(default_factory=list)
    breaks: list[Break] = Field(default_factory=list)


class CommunicationIssueKind(StrEnum):
    INTERPRETER = "interpreter"
    COMMUNICATION = "communication"


class CommunicationIssue(BaseModel):
    """An interpreter or communication problem raised at an entry (the applicant may raise it at once)."""

    model_config = _MODEL

    at: dt.datetime
    kind: CommunicationIssueKind = CommunicationIssueKind.INTERPRETER
    note: str = ""


class CheckOverride(BaseModel):
    """The officer asked a question the checker blocked, and said why."""

    model_config = _MODEL

    categories: list[str] = Field(min_length=1)
    reason: str = Field(min_length=1)
    at: dt.datetime


class Entry(BaseModel):
    """One question as asked and the answer as given, verbatim, numbered as in the report."""

    model_config = _MODEL

    number: int = Field(ge=1)
    sitting: int = Field(default=1, ge=1)
    theme_id: str
    bank_id: str | None = None
    question_id: str | None = None  # None: the officer's own question
    follow_up_id: str | None = None  # a bank follow-up prompt of ``question_id``
    question_text: str
    answer_text: str = ""
    asked_at: dt.datetime
    answered_at: dt.datetime | None = None
    follow_up_of: int | None = Field(default=None, ge=1)  # entry number
    clarifies: int | None = Field(default=None, ge=1)  # entry number whose answer this clarifies
    communication_issues: list[CommunicationIssue] = Field(default_factory=list)
    check_override: CheckOverride | None = None
    trainer_note: str = ""
    trainer_tags: list[TrainerTag] = Field(default_factory=list)  # what the trainer note is about
    # Withdrawn after it was logged (asked by mistake): kept, marked, when it had an answer or others
    # refer to it; otherwise it left the record and only the audit trail keeps it.
    withdrawn_at: dt.datetime | None = None

    @field_validator("trainer_tags")
    @classmethod
    def _no_repeated_tags(cls, value: list[TrainerTag]) -> list[TrainerTag]:
        if len(set(value)) != len(value):
            raise ValueError("a trainer tag is listed twice")
        return value

    @property
    def own_question(self) -> bool:
        """Whether the officer wrote this question (not taken from a bank)."""
        return self.question_id is None


class AuditEvent(BaseModel):
    """A change to a question or answer after it was first recorded (kept for the audit trail).

    A withdrawal (``field`` "withdrawn") keeps the question as it was asked in ``old``; ``new`` is
    empty when the entry left the record, "kept" when it stays, marked as withdrawn.
    """

    model_config = _MODEL

    at: dt.datetime
    entry_number: int = Field(ge=1)
    field: Literal["question_text", "answer_text", "withdrawn"]
    old: str
    new: str


class Hearing(BaseModel):
    """The whole hearing record (saved as the .igcase file)."""

    model_config = _MODEL

    schema_version: Literal[4] = SCHEMA_VERSION
    case: CaseData = Field(default_factory=CaseData)
    sittings: list[Sitting] = Field(min_length=1)
    reference_frame: ReferenceFrame = Field(default_factory=ReferenceFrame)
    entries: list[Entry] = Field(default_factory=list)
    opening_statement: str = ""  # the standard opening explanation as it was read out (printed in the report)
    course_remarks: str = ""
    consultation_note: str = ""
    statements: list[ThirdPartyStatement] = Field(default_factory=list)
    material: list[SubmittedMaterial] = Field(default_factory=list)
    material_refusals: list[MaterialRefusal] = Field(default_factory=list)
    expert_reports: list[ExpertReport] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)
    audit_trail: list[AuditEvent] = Field(default_factory=list)
    exported_versions: list[ExportedVersion] = Field(
        default_factory=list
    )  # reports sent out (report_versions)
    finalised_at: dt.datetime | None = None

    @model_validator(mode="after")
    def _consistent_numbering(self) -> Self:
        # Entry numbers are what counsel's corrections refer to: they must be exactly 1..n in order.
        # Repeated bank questions and timestamps out of order are allowed (hearings are edited later).
        numbers = [entry.number for entry in self.entries]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError("entries must be numbered 1, 2, 3, ... in order without gaps")
        sitting_numbers = [s.number for s in self.sittings]
        if sitting_numbers != list(range(1, len(sitting_numbers) + 1)):
            raise ValueError("sittings must be numbered 1, 2, 3, ... in order without gaps")
        last = len(self.entries)
        for entry in self.entries:
            if entry.sitting > len(self.sittings):
                raise ValueError(
                    f"entry {entry.number} refers to sitting {entry.sitting}, which does not exist"
                )
            for link in (entry.follow_up_of, entry.clarifies):
                if link is not None and (link > last or link == entry.number):
                    raise ValueError(f"entry {entry.number} links to entry {link}, which does not exist")
        return self

    def entry(self, number: int) -> Entry:
        """Return the entry with ``number``.

        Raises:
            KeyError: no such entry.
        """
        if 1 <= number <= len(self.entries):
            return self.entries[number - 1]
        raise KeyError(number)


def upgrade_v1(raw: dict[str, Any]) -> dict[str, Any]:
    """Turn a schema-1 record (a raw dict from a case file) into a schema-2 one.

    Schema 2 makes ``religion_upbringing`` and ``gender`` of the reference frame enumerated fields
    with the applicant's words beside them (:func:`upgrade_free_text_fields` keeps the old text word
    for word) and adds ``name_used`` and ``form_of_address`` to the case (empty in an old file).
    """
    upgraded = dict(raw)
    frame = raw.get("reference_frame")
    if isinstance(frame, dict):
        upgraded["reference_frame"] = upgrade_free_text_fields(frame)
    return upgraded


def upgrade_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """Turn a schema-2 record into a schema-3 one: nothing to change (withdrawals are new)."""
    return dict(raw)


def upgrade_v3(raw: dict[str, Any]) -> dict[str, Any]:
    """Turn a schema-3 record into a schema-4 one: nothing to change (partial birth dates are new).

    An earlier date of birth is a full ISO date ("1996-03-12") or null, which version 4 reads as it
    is, so nothing in the record changes (nor the fingerprint of a report exported from it); the
    version number changes so that an older app refuses a file with a partial date as "written by a
    newer version" instead of calling it damaged.
    """
    return dict(raw)
