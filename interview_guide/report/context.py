"""Hearing -> ReportContext: everything the report prints, as sanitised strings, numbered, in one language.

Pure: no file access. Every string from the record passes through ``clean_text``; multi-line texts
become lists of lines, because each line is printed as its own paragraph (one paragraph with line
breaks makes long answers very slow to lay out in LibreOffice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from interview_guide.core.deadlines import Deadline, DeadlineKind
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import AuditEvent, CaseData, ClaimType, Entry, Hearing, Sitting
from interview_guide.core.labels import STATEMENT_LEGAL_CLASS, label
from interview_guide.core.sanitize import clean_line, clean_text
from interview_guide.core.text import Lang
from interview_guide.report import frame_rows
from interview_guide.report.formatting import (
    date_text,
    datetime_text,
    or_empty,
    partial_date_text,
    span_text,
    time_text,
    yes_no,
)
from interview_guide.report.phrases import phrase
from interview_guide.report.views import (
    AuditView,
    CaseView,
    CorrectionView,
    EntryRow,
    ExpertView,
    FrameRow,
    InterpreterView,
    MaterialView,
    SittingView,
    StatementView,
)

_VIEW = ConfigDict(extra="forbid", frozen=True)


class ReportContext(BaseModel):
    """Everything the Word template may print; the template's variables are exactly these fields."""

    model_config = _VIEW
    lang: Lang
    hearing_kind: str
    case: CaseView
    sittings: list[SittingView]
    reference_frame: list[FrameRow]
    deadline: str
    counsel_objection: bool
    entries: list[EntryRow]
    course_remarks: list[str]
    statements: list[StatementView]
    material: list[MaterialView]
    refusals: list[str]
    expert_reports: list[ExpertView]
    signature_name: str
    signature_date: str
    signature_place: str
    final: bool
    corrections: list[CorrectionView]
    audit_annex: bool
    audit_events: list[AuditView]
    fingerprint: str


def text_lines(text: str) -> list[str]:
    """The lines of a text as printed: sanitised, right ends trimmed, no blank lines at the ends."""
    lines = [line.rstrip() for line in clean_text(text).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _lines_or(text: str, lang: Lang) -> list[str]:
    return text_lines(text) or [phrase("nothing_recorded", lang)]


def _enum(value: StrEnum, lang: Lang) -> str:
    return label(value, lang)


def humanise_id(theme_id: str) -> str:
    """A readable title from an id (``life-now``: ``Life now``), for a theme of a bank not installed."""
    words = theme_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else theme_id


def _applicant_name(case: CaseData, lang: Lang) -> str:
    """The name the applicant uses first (the name in the records beside it), and the form of address."""
    used, legal = clean_line(case.name_used), clean_line(case.applicant_name)
    if used and legal and used != legal:
        text = f"{used} ({phrase('name_in_records', lang, name=legal)})"
    else:
        text = used or legal
    address = clean_line(case.form_of_address)
    if address:
        text = f"{text}; {phrase('form_of_address', lang, value=address)}" if text else address
    return or_empty(text)


def _case_view(hearing: Hearing, lang: Lang) -> CaseView:
    case = hearing.case

    def request(requested: StrEnum, honoured: bool | None) -> str:
        if requested.value == "none":
            return _enum(requested, lang)
        return phrase(
            "request_honoured", lang, request=_enum(requested, lang), honoured=yes_no(honoured, lang)
        )

    return CaseView(
        v_number=or_empty(clean_line(case.v_number)),
        case_reference=or_empty(clean_line(case.case_reference)),
        applicant_name=_applicant_name(case, lang),
        date_of_birth=partial_date_text(case.date_of_birth, lang),
        nationality=or_empty(clean_line(case.nationality)),
        hearing_type=_enum(case.hearing_type, lang),
        procedure_track=_enum(case.procedure_track, lang),
        subsequent_application=yes_no(case.subsequent_application, lang),
        claim_types=", ".join(_enum(c, lang) for c in case.claim_types),
        language=or_empty(clean_line(case.language)),
        dialect=or_empty(clean_line(case.dialect)),
        officer_name=or_empty(clean_line(case.officer_name)),
        officer_gender=_enum(case.officer_gender, lang),
        officer_gender_request=request(case.officer_gender_requested, case.officer_gender_request_honoured),
        interpreter_gender_request=request(
            case.interpreter_gender_requested, case.interpreter_gender_request_honoured
        ),
        banks=or_empty(", ".join(phrase("bank", lang, id=b.id, version=b.version) for b in case.banks)),
    )


def _sitting_view(sitting: Sitting, lang: Lang) -> SittingView:
    interp = sitting.interpreter
    status = _enum(interp.register_status, lang)
    if interp.not_registered_reason.strip():
        status += "; " + phrase("interpreter_reason", lang, reason=clean_line(interp.not_registered_reason))
    breaks = []
    for pause in sitting.breaks:
        text = span_text(pause.start, pause.end)
        if pause.reason.strip():
            text += f" ({clean_line(pause.reason)})"
        breaks.append(text)
    return SittingView(
        number=str(sitting.number),
        date=date_text(sitting.date, lang, weekday=True),
        times=span_text(sitting.start, sitting.end),
        location=or_empty(clean_line(sitting.location)),
        interpreter=InterpreterView(
            name=or_empty(clean_line(interp.name_or_number)),
            register_status=status,
            gender=_enum(interp.gender, lang),
            mode=_enum(interp.mode, lang),
        ),
        attendees=[f"{or_empty(clean_line(a.name))} — {_enum(a.role, lang)}" for a in sitting.attendees]
        or [phrase("nothing_recorded", lang)],
        breaks=breaks or ["—"],
    )


def entry_row(
    entry: Entry, previous: Entry | None, hearing: Hearing, theme_titles: Mapping[str, str], lang: Lang
) -> EntryRow:
    """The table row of one entry (also used to check a returned report against the record)."""
    sitting_line = ""
    if len(hearing.sittings) > 1 and (previous is None or previous.sitting != entry.sitting):
        sitting = hearing.sittings[entry.sitting - 1]
        day = date_text(sitting.date, lang, weekday=True)
        sitting_line = (
            phrase("sitting_line_start", lang, n=sitting.number, date=day, time=time_text(sitting.start))
            if sitting.start is not None
            else phrase("sitting_line", lang, n=sitting.number, date=day)
        )
    theme_heading = ""
    if previous is None or previous.theme_id != entry.theme_id:
        theme_heading = clean_line(theme_titles.get(entry.theme_id) or humanise_id(entry.theme_id))
    notes = []
    if entry.own_question:
        notes.append(phrase("own_question", lang))
    if entry.follow_up_of is not None:
        notes.append(phrase("follow_up_of", lang, n=entry.follow_up_of))
    elif entry.follow_up_id is not None:
        notes.append(phrase("follow_up", lang))
    if entry.clarifies is not None:
        notes.append(phrase("clarifies", lang, n=entry.clarifies))
    if entry.withdrawn_at is not None:  # asked by mistake, withdrawn after it was answered: kept
        notes.append(phrase("withdrawn_entry", lang, when=datetime_text(entry.withdrawn_at, lang)))
    answer = text_lines(entry.answer_text)
    issue_notes = []
    for issue in entry.communication_issues:
        kind = _enum(issue.kind, lang)
        kind = kind[:1].upper() + kind[1:]
        note = clean_line(issue.note)
        key = "issue_note" if note else "issue"
        issue_notes.append(phrase(key, lang, kind=kind, time=time_text(issue.at), note=note))
    return EntryRow(
        number=str(entry.number),
        sitting_line=sitting_line,
        theme_heading=theme_heading,
        question_lines=text_lines(entry.question_text) or ["—"],
        question_notes=notes,
        answer_lines=answer,
        no_answer="" if answer else phrase("no_answer", lang),
        answer_notes=issue_notes,
    )


def entry_rows(hearing: Hearing, theme_titles: Mapping[str, str], lang: Lang) -> list[EntryRow]:
    """The rows of the questions-and-answers table, in entry-number order."""
    rows = []
    previous: Entry | None = None
    for entry in hearing.entries:
        rows.append(entry_row(entry, previous, hearing, theme_titles, lang))
        previous = entry
    return rows


def deadline_text(deadline: Deadline, lang: Lang) -> str:
    """The deadline as the instructions print it."""
    if deadline.kind == DeadlineKind.WITH_NOTICE_OF_INTENT or deadline.due is None:
        return phrase("deadline_with_notice", lang)
    due = deadline.due
    return phrase("deadline_due", lang, date=date_text(due.date(), lang, weekday=True), time=time_text(due))


def _statements(hearing: Hearing, lang: Lang) -> list[StatementView]:
    views = []
    for s in hearing.statements:
        refs = ", ".join(str(n) for n in s.confirms_entries)
        views.append(
            StatementView(
                number=str(s.number),
                author=or_empty(clean_line(s.author_name)),
                role=_enum(s.author_role, lang),
                relationship=or_empty(clean_line(s.relationship_to_applicant)),
                date_of_statement=date_text(s.date_of_statement, lang),
                date_received=date_text(s.date_received, lang),
                basis=_enum(s.basis, lang),
                legal_class=STATEMENT_LEGAL_CLASS.get(lang),
                new_facts=[clean_line(f) for f in s.new_facts if f.strip()] or ["—"],
                confirms=phrase("statement_confirms", lang, refs=refs) if refs else "—",
                consideration=_lines_or(s.consideration_note, lang),
            )
        )
    return views


def _corrections(hearing: Hearing, lang: Lang) -> list[CorrectionView]:
    views = []
    for c in sorted(hearing.corrections, key=lambda item: item.number):
        views.append(
            CorrectionView(
                number=str(c.number),
                reference=phrase("at_entry", lang, n=c.entry_number)
                if c.entry_number is not None
                else phrase("general", lang),
                type=_enum(c.type, lang),
                submitted_by=or_empty(clean_line(c.submitted_by)),
                received_at=datetime_text(c.received_at, lang),
                timeliness=phrase("within" if c.within_deadline else "late", lang),
                text=_lines_or(c.text, lang),
                response=text_lines(c.response) or [phrase("no_response", lang)],
            )
        )
    return views


def hearing_zone(hearing: Hearing) -> dt.tzinfo | None:
    """The time zone the hearing was recorded in: that of its first entry with one; None if none has."""
    return next((e.asked_at.tzinfo for e in hearing.entries if e.asked_at.tzinfo is not None), None)


def _in_zone(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    # A time with a zone is shown in the hearing's zone; a time without one is shown as recorded.
    if moment.tzinfo is None or zone is None:
        return moment
    return moment.astimezone(zone)


_AUDIT_WHAT = {
    "question_text": "audit_question",
    "answer_text": "audit_answer",
    "withdrawn": "audit_withdrawn",
}


def audit_events(hearing: Hearing, lang: Lang) -> list[AuditView]:
    """The audit trail in time order (events at the same moment in record order), numbered from 1."""
    zone = hearing_zone(hearing)

    def when(event: AuditEvent) -> dt.datetime:
        # Naive times are taken in the hearing's zone, so they sort among the others.
        return event.at if event.at.tzinfo is not None else event.at.replace(tzinfo=zone or dt.UTC)

    views = []
    for number, event in enumerate(sorted(hearing.audit_trail, key=when), start=1):
        views.append(
            AuditView(
                number=str(number),
                what=phrase(_AUDIT_WHAT[event.field], lang),
                reference=phrase("at_entry", lang, n=event.entry_number),
                at=datetime_text(_in_zone(event.at, zone), lang),
                old=text_lines(event.old) or [phrase("empty_text", lang)],
                new=text_lines(event.new) or [phrase("empty_text", lang)],
            )
        )
    return views


def build_context(
    hearing: Hearing,
    lang: Lang,
    deadline: Deadline,
    theme_titles: Mapping[str, str] | None = None,
    *,
    final: bool = False,
    audit_trail: bool = False,
) -> ReportContext:
    """Build the report context of ``hearing`` in ``lang``.

    Args:
        hearing: the record.
        lang: the report language.
        deadline: the deadline for corrections and additions (see ``core/deadlines.py``).
        theme_titles: theme id -> title in ``lang`` (from the question banks); missing ids are humanised.
        final: the final report, with the corrections and additions annex.
        audit_trail: end with the annex of changes to questions and answers after they were recorded.
    """
    titles = theme_titles or {}
    last = hearing.sittings[-1]
    signed = hearing.finalised_at.date() if hearing.finalised_at is not None else last.date
    claims = set(hearing.case.claim_types)
    return ReportContext(
        lang=lang,
        hearing_kind=_enum(hearing.case.hearing_type, lang),
        case=_case_view(hearing, lang),
        sittings=[_sitting_view(s, lang) for s in hearing.sittings],
        reference_frame=[
            FrameRow(label=name, lines=lines)
            for name, lines in frame_rows.frame_rows(
                hearing.reference_frame, lang, ClaimType.LGBTI in claims, ClaimType.CONVERSION in claims
            )
        ]
        or [FrameRow(label="—", lines=[phrase("nothing_recorded", lang)])],
        deadline=deadline_text(deadline, lang),
        counsel_objection=hearing.case.applicant_objects_to_counsel_report,
        entries=entry_rows(hearing, titles, lang),
        course_remarks=_lines_or(hearing.course_remarks, lang),
        statements=_statements(hearing, lang),
        material=[
            MaterialView(
                number=str(m.number),
                kind=_enum(m.kind, lang),
                category=_enum(m.content_category, lang),
                description=_lines_or(m.description, lang),
                received_on=date_text(m.received_on, lang),
            )
            for m in hearing.material
        ],
        refusals=[phrase("refusal", lang, when=datetime_text(r.at, lang)) for r in hearing.material_refusals],
        expert_reports=[
            ExpertView(
                number=str(r.number),
                kind=_enum(r.kind, lang),
                author=or_empty(clean_line(r.author)),
                date=date_text(r.date, lang),
                description=_lines_or(r.description, lang),
            )
            for r in hearing.expert_reports
        ],
        signature_name=or_empty(clean_line(hearing.case.officer_name)),
        signature_date=date_text(signed, lang),
        signature_place=or_empty(clean_line(last.location)),
        final=final,
        corrections=_corrections(hearing, lang) if final else [],
        audit_annex=audit_trail,
        audit_events=audit_events(hearing, lang) if audit_trail else [],
        fingerprint=fingerprint(hearing),
    )
