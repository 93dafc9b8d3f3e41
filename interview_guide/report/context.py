"""Hearing -> ReportContext: everything the report prints, as sanitised strings, numbered, in one language.

Pure: no file access. Every string from the record passes through ``clean_text``; multi-line texts
become lists of lines, because each line is printed as its own paragraph (one paragraph with line
breaks makes long answers very slow to lay out in LibreOffice).

The report records; it does not weigh. How a third-party statement or submitted material was weighed
stays in the case file for the decision (finalising still asks for it) and is never printed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from interview_guide.core.deadlines import Deadline, DeadlineKind
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import AuditEvent, CaseData, ClaimType, Hearing, Sitting
from interview_guide.core.labels import STATEMENT_LEGAL_CLASS, label
from interview_guide.core.sanitize import clean_line
from interview_guide.core.statements import Correction
from interview_guide.core.text import Lang
from interview_guide.report import frame_rows
from interview_guide.report.formatting import (
    date_text,
    datetime_text,
    or_empty,
    partial_date_text,
    span_text,
    text_lines,
    time_text,
    yes_no,
)
from interview_guide.report.phrases import phrase
from interview_guide.report.timeline import (
    change_views,
    changes_after_hearing,
    hearing_zone,
    humanise_id,
    in_zone,
    table_rows,
)
from interview_guide.report.views import (
    AuditView,
    CaseView,
    ChangeView,
    CorrectionView,
    EntryRow,
    ExpertView,
    FrameRow,
    InterpreterView,
    MaterialView,
    SittingView,
    StatementView,
)

__all__ = ["ReportContext", "build_context", "deadline_text", "hearing_zone", "humanise_id", "text_lines"]

_VIEW = ConfigDict(extra="forbid", frozen=True)


class ReportContext(BaseModel):
    """Everything the Word template may print; the template's variables are exactly these fields."""

    model_config = _VIEW
    lang: Lang
    hearing_kind: str
    case: CaseView
    sittings: list[SittingView]
    reference_frame: list[FrameRow]
    opening: list[str]
    sent_on: str
    deadline: str
    counsel_objection: bool
    instructions: bool  # the instructions and the Additions box for counsel are printed
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
    changes: list[ChangeView]
    audit_annex: bool
    audit_events: list[AuditView]
    fingerprint: str


def _lines_or(text: str, lang: Lang) -> list[str]:
    return text_lines(text) or [phrase("nothing_recorded", lang)]


def _enum(value: StrEnum, lang: Lang) -> str:
    return label(value, lang)


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


def _case_view(hearing: Hearing, lang: Lang, bank_titles: Mapping[str, str]) -> CaseView:
    case = hearing.case

    def request(requested: StrEnum, honoured: bool | None) -> str:
        if requested.value == "none":
            return _enum(requested, lang)
        return phrase(
            "request_honoured", lang, request=_enum(requested, lang), honoured=yes_no(honoured, lang)
        )

    banks = [
        phrase("bank", lang, title=clean_line(bank_titles.get(b.id) or humanise_id(b.id)), version=b.version)
        for b in case.banks
    ]
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
        banks=or_empty("; ".join(banks)),
    )


def _sitting_view(sitting: Sitting, lang: Lang, zone: dt.tzinfo | None) -> SittingView:
    interp = sitting.interpreter
    status = _enum(interp.register_status, lang)
    if interp.not_registered_reason.strip():
        status += "; " + phrase("interpreter_reason", lang, reason=clean_line(interp.not_registered_reason))
    breaks = []
    for pause in sitting.breaks:
        text = span_text(in_zone(pause.start, zone), in_zone(pause.end, zone) if pause.end else None)
        if pause.reason.strip():
            text += ": " + clean_line(pause.reason)
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
        attendees=[f"{or_empty(clean_line(a.name))}, {_enum(a.role, lang)}" for a in sitting.attendees]
        or [phrase("nobody", lang)],
        breaks=breaks or [phrase("no_breaks", lang)],
    )


def deadline_text(deadline: Deadline, lang: Lang) -> str:
    """The deadline as the instructions print it."""
    if deadline.kind == DeadlineKind.WITH_NOTICE_OF_INTENT or deadline.due is None:
        return phrase("deadline_with_notice", lang)
    due = deadline.due
    return phrase("deadline_due", lang, date=date_text(due.date(), lang, weekday=True), time=time_text(due))


def _statements(hearing: Hearing, lang: Lang) -> list[StatementView]:
    return [
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
        )
        for s in hearing.statements
    ]


def _status(item: Correction, replaced_by: dict[int, int], lang: Lang) -> str:
    parts = []
    if item.replaces is not None:
        parts.append(phrase("replaces_item", lang, n=item.replaces))
    if item.number in replaced_by:
        parts.append(phrase("replaced_by_item", lang, n=replaced_by[item.number]))
    if item.withdrawn_at is not None:
        parts.append(phrase("withdrawn_item", lang, when=datetime_text(item.withdrawn_at, lang)))
    return "; ".join(parts)


def _corrections(hearing: Hearing, lang: Lang) -> list[CorrectionView]:
    replaced_by = {c.replaces: c.number for c in hearing.corrections if c.replaces is not None}
    views = []
    for c in sorted(hearing.corrections, key=lambda item: item.number):
        if c.entry_number is not None:
            reference = phrase("at_entry", lang, n=c.entry_number)
        elif c.place:
            reference = phrase("at_place", lang, place=clean_line(c.place))
        else:
            reference = phrase("general", lang)
        views.append(
            CorrectionView(
                number=str(c.number),
                reference=reference,
                type=_enum(c.type, lang),
                submitted_by=or_empty(_submitter(c.submitted_by, lang)),
                received_at=datetime_text(c.received_at, lang),
                timeliness=phrase("within" if c.within_deadline else "late", lang),
                status=_status(c, replaced_by, lang),
                text=_lines_or(c.text, lang),
                response=text_lines(c.response) or [phrase("no_response", lang)],
            )
        )
    return views


def _submitter(name: str, lang: Lang) -> str:
    # The default stored value is the English word; printed in the report's language.
    text = clean_line(name)
    return phrase("counsel", lang) if text.casefold() in ("counsel", "gemachtigde") else text


_AUDIT_WHAT = {
    "question_text": "audit_question",
    "answer_text": "audit_answer",
    "withdrawn": "audit_withdrawn",
}


def audit_events(hearing: Hearing, lang: Lang) -> list[AuditView]:
    """The whole audit trail in time order (events at the same moment in record order), numbered from 1."""
    zone = hearing_zone(hearing)

    def when(event: AuditEvent) -> dt.datetime:
        # Naive times are taken in the hearing's zone, so they sort among the others.
        return event.at if event.at.tzinfo is not None else event.at.replace(tzinfo=zone or dt.UTC)

    return [
        AuditView(
            number=str(number),
            what=phrase(_AUDIT_WHAT[event.field], lang),
            reference=phrase("at_entry", lang, n=event.entry_number),
            at=datetime_text(in_zone(event.at, zone), lang),
            old=text_lines(event.old) or [phrase("empty_text", lang)],
            new=text_lines(event.new) or [phrase("empty_text", lang)],
        )
        for number, event in enumerate(sorted(hearing.audit_trail, key=when), start=1)
    ]


def build_context(
    hearing: Hearing,
    lang: Lang,
    deadline: Deadline,
    theme_titles: Mapping[str, str] | None = None,
    *,
    final: bool = False,
    audit_trail: bool = False,
    sent_on: dt.date | None = None,
    bank_titles: Mapping[str, str] | None = None,
) -> ReportContext:
    """Build the report context of ``hearing`` in ``lang``.

    Args:
        hearing: the record.
        lang: the report language.
        deadline: the deadline for corrections and additions (see ``core/deadlines.py``).
        theme_titles: theme id -> title in ``lang`` (from the question banks); missing ids are humanised.
        final: the final report: no instructions, no columns for corrections, the annex of the items.
        audit_trail: end with the annex of every change to questions and answers after recording.
        sent_on: the date the report is sent to counsel (default: today).
        bank_titles: bank id -> title in ``lang``; missing ids are humanised.
    """
    titles = theme_titles or {}
    zone = hearing_zone(hearing)
    last = hearing.sittings[-1]
    signed = hearing.finalised_at.date() if hearing.finalised_at is not None else last.date
    claims = set(hearing.case.claim_types)
    objection = hearing.case.applicant_objects_to_counsel_report
    late = changes_after_hearing(hearing)
    return ReportContext(
        lang=lang,
        hearing_kind=_enum(hearing.case.hearing_type, lang),
        case=_case_view(hearing, lang, bank_titles or {}),
        sittings=[_sitting_view(s, lang, zone) for s in hearing.sittings],
        reference_frame=[
            FrameRow(label=name, lines=lines)
            for name, lines in frame_rows.frame_rows(
                hearing.reference_frame, lang, ClaimType.LGBTI in claims, ClaimType.CONVERSION in claims
            )
        ]
        or [FrameRow(label="—", lines=[phrase("nothing_recorded", lang)])],
        opening=_lines_or(hearing.opening_statement, lang),
        sent_on=date_text(sent_on or dt.date.today(), lang, weekday=True),
        deadline=deadline_text(deadline, lang),
        counsel_objection=objection,
        instructions=not final and not objection,
        entries=table_rows(hearing, titles, lang, late),
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
        refusals=[
            phrase("refusal", lang, when=datetime_text(in_zone(r.at, zone), lang))
            for r in hearing.material_refusals
        ],
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
        changes=change_views(late, hearing, lang),
        audit_annex=audit_trail,
        audit_events=audit_events(hearing, lang) if audit_trail else [],
        fingerprint=fingerprint(hearing),
    )
