"""The parts of the report context (sittings, entry rows, statements, material, annex items) as text."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

_VIEW = ConfigDict(extra="forbid", frozen=True)


class InterpreterView(BaseModel):
    """The interpreter of a sitting, worded."""

    model_config = _VIEW
    name: str
    register_status: str
    gender: str
    mode: str


class SittingView(BaseModel):
    """One sitting, worded."""

    model_config = _VIEW
    number: str
    date: str
    times: str
    location: str
    interpreter: InterpreterView
    attendees: list[str]
    breaks: list[str]


class EntryRow(BaseModel):
    """One row of the questions-and-answers table; the paragraphs of each cell in order."""

    model_config = _VIEW
    number: str
    sitting_line: str
    theme_heading: str
    question_lines: list[str]
    question_notes: list[str]
    answer_lines: list[str]
    no_answer: str
    answer_notes: list[str]


class StatementView(BaseModel):
    """A third-party statement and how it was weighed."""

    model_config = _VIEW
    number: str
    author: str
    role: str
    relationship: str
    date_of_statement: str
    date_received: str
    basis: str
    legal_class: str
    new_facts: list[str]
    confirms: str
    consideration: list[str]


class MaterialView(BaseModel):
    """One item of submitted material, described."""

    model_config = _VIEW
    number: str
    kind: str
    category: str
    description: list[str]
    received_on: str


class ExpertView(BaseModel):
    """One expert report."""

    model_config = _VIEW
    number: str
    kind: str
    author: str
    date: str
    description: list[str]


class CorrectionView(BaseModel):
    """One correction or addition from counsel with the officer's response (annex of the final report)."""

    model_config = _VIEW
    number: str
    reference: str
    type: str
    submitted_by: str
    received_at: str
    timeliness: str
    text: list[str]
    response: list[str]


class CaseView(BaseModel):
    """The case data of the header."""

    model_config = _VIEW
    v_number: str
    case_reference: str
    applicant_name: str
    date_of_birth: str
    nationality: str
    hearing_type: str
    procedure_track: str
    subsequent_application: str
    claim_types: str
    language: str
    dialect: str
    officer_name: str
    officer_gender: str
    officer_gender_request: str
    interpreter_gender_request: str
    banks: str


class FrameRow(BaseModel):
    """One reference-frame dimension: its name and value (one or more lines)."""

    model_config = _VIEW
    label: str
    lines: list[str]


class AuditView(BaseModel):
    """One change to a question or answer after it was recorded (annex: audit trail)."""

    model_config = _VIEW
    number: str
    what: str
    reference: str
    at: str
    old: list[str]
    new: list[str]
