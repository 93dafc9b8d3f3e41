"""Edits to the hearing record that keep it consistent: numbering, sittings, links, audit trail.

The GUI's controller and the command line both edit the record only through these functions.
Every function takes the current time as an argument so that tests and the demo case are
reproducible.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from interview_guide.core.errors import RecordRuleError
from interview_guide.core.hearing import (
    AuditEvent,
    BankRef,
    Break,
    CaseData,
    CheckOverride,
    ClaimType,
    CommunicationIssue,
    CommunicationIssueKind,
    Entry,
    Hearing,
    HearingType,
    Interpreter,
    Sitting,
)
from interview_guide.core.messages import MessageId
from interview_guide.core.sanitize import clean_text
from interview_guide.core.statements import (
    ContentCategory,
    ExpertKind,
    ExpertReport,
    MaterialKind,
    MaterialRefusal,
    SubmittedMaterial,
    ThirdPartyStatement,
)

# Edits to the same text within this window form one audit event (one editing burst), so the audit
# trail holds what was changed, not every keystroke.
AUDIT_COALESCE = dt.timedelta(minutes=2)


def new_hearing(
    claim_types: list[ClaimType],
    banks: list[BankRef],
    now: dt.datetime,
    hearing_type: HearingType = HearingType.NADER_GEHOOR,
) -> Hearing:
    """A new, empty hearing with its first sitting starting now."""
    return Hearing(
        case=CaseData(claim_types=claim_types, banks=banks, hearing_type=hearing_type),
        sittings=[Sitting(number=1, date=now.date(), start=now.time().replace(microsecond=0))],
    )


def current_sitting(hearing: Hearing) -> Sitting:
    """The sitting in progress: the last one."""
    return hearing.sittings[-1]


def add_entry(
    hearing: Hearing,
    theme_id: str,
    question_text: str,
    now: dt.datetime,
    *,
    bank_id: str | None = None,
    question_id: str | None = None,
    follow_up_id: str | None = None,
    follow_up_of: int | None = None,
    clarifies: int | None = None,
) -> Entry:
    """Log a question as asked, numbered after the last entry, in the current sitting.

    Raises:
        RecordRuleError: the question is empty, or a link points to no entry.
    """
    text = clean_text(question_text).strip()
    if not text:
        raise RecordRuleError(MessageId.QUESTION_EMPTY)
    for link in (follow_up_of, clarifies):
        if link is not None and not 1 <= link <= len(hearing.entries):
            raise RecordRuleError(MessageId.NO_ENTRY_TO_LINK, link)
    entry = Entry(
        number=len(hearing.entries) + 1,
        sitting=current_sitting(hearing).number,
        theme_id=theme_id,
        bank_id=bank_id,
        question_id=question_id,
        follow_up_id=follow_up_id,
        question_text=text,
        asked_at=now,
        follow_up_of=follow_up_of,
        clarifies=clarifies,
    )
    hearing.entries.append(entry)
    return entry


AuditField = Literal["question_text", "answer_text"]


def _audit(hearing: Hearing, entry: Entry, field: AuditField, old: str, new: str, now: dt.datetime) -> None:
    last = hearing.audit_trail[-1] if hearing.audit_trail else None
    if (
        last is not None
        and last.entry_number == entry.number
        and last.field == field
        and now - last.at <= AUDIT_COALESCE
    ):
        last.new = new
        last.at = now
        if last.old == last.new:
            hearing.audit_trail.pop()
        return
    hearing.audit_trail.append(AuditEvent(at=now, entry_number=entry.number, field=field, old=old, new=new))


def set_answer(hearing: Hearing, number: int, text: str, now: dt.datetime) -> Entry:
    """Set the answer of an entry; once the answer was logged, the change goes to the audit trail."""
    entry = hearing.entry(number)
    new = clean_text(text)
    if new == entry.answer_text:
        return entry
    if entry.answered_at is not None:
        _audit(hearing, entry, "answer_text", entry.answer_text, new, now)
    entry.answer_text = new
    return entry


def log_answer(hearing: Hearing, number: int, now: dt.datetime) -> Entry:
    """Mark the answer of an entry as given (recorded); later edits are audited."""
    entry = hearing.entry(number)
    if entry.answered_at is None:
        entry.answered_at = now
    return entry


def set_question_text(hearing: Hearing, number: int, text: str, now: dt.datetime) -> Entry:
    """Correct the question text of an entry (audited: the question was recorded when asked).

    Raises:
        RecordRuleError: the new text is empty.
    """
    entry = hearing.entry(number)
    new = clean_text(text).strip()
    if not new:
        raise RecordRuleError(MessageId.QUESTION_EMPTY)
    if new != entry.question_text:
        _audit(hearing, entry, "question_text", entry.question_text, new, now)
        entry.question_text = new
    return entry


def _referred_to(hearing: Hearing, number: int) -> bool:
    """Whether another part of the record names entry ``number`` (a link, a statement, a correction)."""
    return (
        any(number in (e.follow_up_of, e.clarifies) for e in hearing.entries)
        or any(number in s.confirms_entries for s in hearing.statements)
        or any(c.entry_number == number for c in hearing.corrections)
    )


def withdraw_entry(hearing: Hearing, number: int, now: dt.datetime) -> bool:
    """Withdraw an entry logged by mistake; the audit trail keeps the question as it was asked.

    The last entry, with no answer and nothing referring to it, leaves the record (and the report).
    Any other entry stays, marked withdrawn: its answer is on record, and the numbers that follow it
    (which counsel and statements cite) never change.

    Returns:
        True when the entry left the record, False when it stays marked withdrawn.

    Raises:
        RecordRuleError: the entry was withdrawn already.
    """
    entry = hearing.entry(number)
    if entry.withdrawn_at is not None:
        raise RecordRuleError(MessageId.ALREADY_WITHDRAWN, number)
    leaves = (
        number == len(hearing.entries) and not entry.answer_text.strip() and not _referred_to(hearing, number)
    )
    hearing.audit_trail.append(
        AuditEvent(
            at=now,
            entry_number=number,
            field="withdrawn",
            old=entry.question_text,
            new="" if leaves else "kept",
        )
    )
    if leaves:
        hearing.entries.pop()
    else:
        entry.withdrawn_at = now
    return leaves


def log_communication_issue(
    hearing: Hearing,
    number: int,
    now: dt.datetime,
    kind: CommunicationIssueKind = CommunicationIssueKind.INTERPRETER,
    note: str = "",
) -> CommunicationIssue:
    """Note an interpreter or communication problem at an entry."""
    issue = CommunicationIssue(at=now, kind=kind, note=clean_text(note).strip())
    hearing.entry(number).communication_issues.append(issue)
    return issue


def override_check(
    hearing: Hearing, number: int, categories: list[str], reason: str, now: dt.datetime
) -> None:
    """Record that the officer asked a blocked question anyway, and why.

    Raises:
        RecordRuleError: no reason was given.
    """
    reason = clean_text(reason).strip()
    if not reason:
        raise RecordRuleError(MessageId.OVERRIDE_REASON_MISSING)
    hearing.entry(number).check_override = CheckOverride(categories=categories, reason=reason, at=now)


def open_break(hearing: Hearing, now: dt.datetime, reason: str = "") -> Break:
    """Start a break in the current sitting.

    Raises:
        RecordRuleError: a break is already running.
    """
    if running_break(hearing) is not None:
        raise RecordRuleError(MessageId.BREAK_ALREADY_RUNNING)
    pause = Break(start=now, reason=clean_text(reason).strip())
    current_sitting(hearing).breaks.append(pause)
    return pause


def running_break(hearing: Hearing) -> Break | None:
    """The break in progress, if any."""
    breaks = current_sitting(hearing).breaks
    return breaks[-1] if breaks and breaks[-1].end is None else None


def close_break(hearing: Hearing, now: dt.datetime) -> Break:
    """End the running break.

    Raises:
        RecordRuleError: no break is running.
    """
    pause = running_break(hearing)
    if pause is None:
        raise RecordRuleError(MessageId.NO_BREAK_RUNNING)
    pause.end = max(now, pause.start)
    return pause


def last_break_end(hearing: Hearing) -> dt.datetime | None:
    """When the last finished break of the current sitting ended."""
    ends = [b.end for b in current_sitting(hearing).breaks if b.end is not None]
    return max(ends) if ends else None


def new_sitting(
    hearing: Hearing,
    day: dt.date,
    start: dt.time | None = None,
    location: str = "",
    interpreter: Interpreter | None = None,
) -> Sitting:
    """Continue the hearing in a new sitting (another day); entry numbering runs on.

    The previous sitting keeps its data; its interpreter and attendees are carried over as a
    starting point unless a new interpreter is given.
    """
    previous = current_sitting(hearing)
    sitting = Sitting(
        number=previous.number + 1,
        date=day,
        start=start,
        location=location or previous.location,
        interpreter=interpreter or previous.interpreter.model_copy(deep=True),
        attendees=[a.model_copy() for a in previous.attendees],
    )
    hearing.sittings.append(sitting)
    return sitting


def add_statement(hearing: Hearing, **fields: object) -> ThirdPartyStatement:
    """Add a third-party statement, numbered after the last one."""
    statement = ThirdPartyStatement.model_validate({**fields, "number": len(hearing.statements) + 1})
    hearing.statements.append(statement)
    return statement


def add_material(
    hearing: Hearing,
    kind: MaterialKind,
    description: str,
    content_category: ContentCategory,
    now: dt.datetime,
    received_on: dt.date | None = None,
) -> SubmittedMaterial:
    """Record submitted material by description; intimate material is refused and only a neutral line kept.

    Raises:
        RecordRuleError: the material is sexually explicit (a neutral refusal is logged first).
    """
    if content_category == ContentCategory.SEXUALLY_EXPLICIT:
        hearing.material_refusals.append(MaterialRefusal(at=now))
        raise RecordRuleError(MessageId.INTIMATE_MATERIAL)
    item = SubmittedMaterial(
        number=len(hearing.material) + 1,
        kind=kind,
        description=clean_text(description).strip(),
        content_category=content_category,
        received_on=received_on,
    )
    hearing.material.append(item)
    return item


def add_expert_report(
    hearing: Hearing, kind: ExpertKind, description: str, author: str = "", date: dt.date | None = None
) -> ExpertReport:
    """Record an expert report.

    Raises:
        RecordRuleError: the report is a psychological test of sexual orientation (CJEU F).
    """
    if kind == ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST:
        raise RecordRuleError(MessageId.PSYCHOLOGICAL_TEST)
    report = ExpertReport(
        number=len(hearing.expert_reports) + 1,
        kind=kind,
        description=clean_text(description).strip(),
        author=clean_text(author).strip(),
        date=date,
    )
    hearing.expert_reports.append(report)
    return report
