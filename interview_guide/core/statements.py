"""Third-party statements, submitted material, expert reports and counsel's corrections.

The rules the policy sets are enforced here, in the record itself, so no screen and no script can
get around them: sexually explicit material is never evidence (seed letter; CJEU A, B, C), a
psychological test of sexual orientation is never accepted (CJEU F), and a third-party statement is
always a statement from the author's own observation, never an expert report.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from interview_guide.core.messages import MessageId, validation_error

_MODEL = ConfigDict(extra="forbid", validate_assignment=True)



class AuthorRole(StrEnum):
    PARTNER = "partner"
    FRIEND = "friend"
    FAMILY = "family"
    CHURCH_LEADER = "church-leader"  # church leader or pastor
    CONGREGATION_MEMBER = "congregation-member"
    ORGANISATION = "organisation"  # e.g. COC, Gave, LGBT Asylum Support
    PROFESSIONAL = "professional"  # therapist, doctor
    RECEPTION_STAFF = "reception-staff"  # COA staff
    OTHER = "other"


class StatementBasis(StrEnum):
    OWN_OBSERVATION = "own-observation"
    HEARSAY = "hearsay"
    PROFESSIONAL_OPINION = "professional-opinion"


class ThirdPartyStatement(BaseModel):
    """A statement by a third party, weighed as a statement from own observation."""

    model_config = _MODEL

    number: int = Field(ge=1)
    author_name: str = ""
    author_role: AuthorRole = AuthorRole.OTHER
    relationship_to_applicant: str = ""
    date_of_statement: dt.date | None = None
    date_received: dt.date | None = None
    basis: StatementBasis = StatementBasis.OWN_OBSERVATION
    # Fixed by policy (seed letter): never classed as an expert report (deskundigenbericht).
    legal_class: Literal["statement-own-observation"] = "statement-own-observation"
    new_facts: list[str] = Field(default_factory=list)
    confirms_entries: list[int] = Field(default_factory=list)
    consideration_note: str = ""  # how it was weighed; required before the hearing is finalised


class MaterialKind(StrEnum):
    PHOTO = "photo"
    VIDEO = "video"
    DOCUMENT = "document"
    CHAT_SCREENSHOT = "chat-screenshot"
    CHURCH_CERTIFICATE = "church-certificate"
    OTHER = "other"


class ContentCategory(StrEnum):
    DAILY_LIFE = "daily-life"
    RELATIONSHIP_NON_INTIMATE = "relationship-non-intimate"
    RELIGIOUS_ACTIVITY = "religious-activity"
    DOCUMENT = "document"
    OTHER = "other"
    # Exists only so that intake can recognise and refuse it; the record never holds it.
    SEXUALLY_EXPLICIT = "sexually-explicit"


class SubmittedMaterial(BaseModel):
    """Material the applicant submitted, described (files are never copied into the record)."""

    model_config = _MODEL

    number: int = Field(ge=1)
    kind: MaterialKind = MaterialKind.DOCUMENT
    description: str = ""
    content_category: ContentCategory = ContentCategory.DOCUMENT
    received_on: dt.date | None = None

    @model_validator(mode="after")
    def _never_intimate(self) -> Self:
        if self.content_category == ContentCategory.SEXUALLY_EXPLICIT:
            raise validation_error(MessageId.INTIMATE_MATERIAL)
        return self


class MaterialRefusal(BaseModel):
    """The neutral trace left when intimate material was offered: nothing about its content."""

    model_config = _MODEL

    at: dt.datetime


class ExpertKind(StrEnum):
    COUNTRY_INFORMATION = "country-information"  # e.g. ambtsbericht
    MEDICAL_ADVICE = "medical-advice"  # e.g. BMA, forensic medical report
    OTHER = "other"
    # Exists only so that intake can recognise and refuse it; the record never holds it.
    PSYCHOLOGICAL_ORIENTATION_TEST = "psychological-orientation-test"


class ExpertReport(BaseModel):
    """An expert report; never binding and never the sole basis of the decision (CJEU F)."""

    model_config = _MODEL

    number: int = Field(ge=1)
    kind: ExpertKind = ExpertKind.OTHER
    author: str = ""
    date: dt.date | None = None
    description: str = ""
    used_as_sole_basis: Literal[False] = False

    @model_validator(mode="after")
    def _no_orientation_test(self) -> Self:
        if self.kind == ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST:
            raise validation_error(MessageId.PSYCHOLOGICAL_TEST)
        return self


class CorrectionType(StrEnum):
    TRANSLATION_ERROR = "translation-error"
    MISUNDERSTANDING = "misunderstanding"
    FACTUAL_CORRECTION = "factual-correction"
    ADDITION = "addition"
    COURSE_REMARK = "course-remark"  # remark on the course of the hearing
    INTERPRETER_COMPLAINT = "interpreter-complaint"


class CorrectionSource(StrEnum):
    ENTRY_CELL = "entry-cell"  # the last cell of an entry row in the report
    ADDITIONS = "additions"  # the additions section of the report
    MANUAL = "manual"  # typed in by the officer (received by letter or e-mail)


class Correction(BaseModel):
    """A correction or addition from counsel: a separate layer; the recorded entries never change."""

    model_config = _MODEL

    number: int = Field(ge=1)
    entry_number: int | None = Field(default=None, ge=1)  # None: belongs to no entry
    text: str = Field(min_length=1)
    type: CorrectionType = CorrectionType.FACTUAL_CORRECTION
    source: CorrectionSource = CorrectionSource.MANUAL
    submitted_by: str = "counsel"
    received_at: dt.datetime
    deadline: dt.datetime | None = None
    within_deadline: bool = True
    report_fingerprint: str = ""  # the report it was read from, if any
    response: str = ""  # the officer's response, shown in the annex of the final report
