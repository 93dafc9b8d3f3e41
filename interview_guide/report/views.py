"""The parts of the report context (sittings, entry rows, statements, material, annex items) as text."""

from __future__ import annotations

from typing import Literal

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
    """One row of the questions-and-answers table: an entry, or a divider between entries.

    An entry row prints the number alone in the first column; its time, theme, question, marks
    (follow-up, interpreter problems, changed after the hearing) in the second; the answer in the
    third. A divider (a sitting that starts or ends, a break) prints ``text`` across the first three
    columns; both kinds keep the corrections column.
    """

    model_config = _VIEW
    kind: Literal["entry", "divider"] = "entry"
    number: str = ""
    time: str = ""
    theme_heading: str = ""
    question_lines: list[str] = []
    marks: list[str] = []
    answer_lines: list[str] = []
    no_answer: str = ""
    text: str = ""


class ChangeView(BaseModel):
    """A question or answer changed after the hearing: marked at its entry, the earlier text in the annex."""

    model_config = _VIEW
    number: str
    what: str
    reference: str
    at: str
    old: list[str]
    changes: list[
        list[tuple[str, str]]
    ]  # per line, pieces of text: ("", kept), ("del", struck), ("ins", added)


class StatementView(BaseModel):
    """A third-party statement as recorded (how it is weighed belongs in the decision, not here)."""

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
    status: str
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
