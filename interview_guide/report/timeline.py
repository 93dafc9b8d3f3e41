"""The questions-and-answers table in time: entries with their time, and what happened between them.

A sitting's start and end and every break appear as a row of their own between the entries where
they happened (never inside an entry's question cell). A question or answer changed after the
hearing (after the end of the sitting it was recorded in) is marked at its entry, and the earlier
text goes to an annex that every report has when there is such a change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from interview_guide.core.hearing import AuditEvent, Break, Entry, Hearing, Sitting
from interview_guide.core.labels import label
from interview_guide.core.sanitize import clean_line
from interview_guide.core.text import Lang
from interview_guide.report.formatting import date_text, datetime_text, span_text, text_lines, time_text
from interview_guide.report.phrases import phrase
from interview_guide.report.text_diff import word_diff
from interview_guide.report.views import ChangeView, EntryRow


def hearing_zone(hearing: Hearing) -> dt.tzinfo | None:
    """The time zone the hearing was recorded in: that of its first entry with one; None if none has."""
    return next((e.asked_at.tzinfo for e in hearing.entries if e.asked_at.tzinfo is not None), None)


def in_zone(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """A time with a zone shown in the hearing's zone; a time without one as recorded."""
    if moment.tzinfo is None or zone is None:
        return moment
    return moment.astimezone(zone)


def _aware(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone or dt.UTC)


def sitting_end(sitting: Sitting, zone: dt.tzinfo | None) -> dt.datetime:
    """When a sitting ended: its end time, else the end of its day."""
    end = sitting.end if sitting.end is not None else dt.time(23, 59, 59)
    return dt.datetime.combine(sitting.date, end, tzinfo=zone or dt.UTC)


def changes_after_hearing(hearing: Hearing) -> list[AuditEvent]:
    """Audit events after the end of the sitting their entry was recorded in, in time order."""
    zone = hearing_zone(hearing)
    late = []
    for event in hearing.audit_trail:
        # A withdrawal is marked at its entry with its time ("ingetrokken op ..."); it changes no text.
        if event.field == "withdrawn" or not 1 <= event.entry_number <= len(hearing.entries):
            continue
        entry = hearing.entries[event.entry_number - 1]
        sitting = hearing.sittings[min(entry.sitting, len(hearing.sittings)) - 1]
        if _aware(event.at, zone) > sitting_end(sitting, zone):
            late.append(event)
    return sorted(late, key=lambda e: _aware(e.at, zone))


def change_views(events: list[AuditEvent], hearing: Hearing, lang: Lang) -> list[ChangeView]:
    """The annex items of the changes after the hearing, numbered from 1."""
    zone = hearing_zone(hearing)
    return [
        ChangeView(
            number=str(number),
            what=phrase("audit_question" if e.field == "question_text" else "audit_answer", lang),
            reference=phrase("at_entry", lang, n=e.entry_number),
            at=datetime_text(in_zone(e.at, zone), lang),
            old=text_lines(e.old) or [phrase("empty_text", lang)],
            changes=word_diff("\n".join(text_lines(e.old)), "\n".join(text_lines(e.new))),
        )
        for number, e in enumerate(events, start=1)
    ]


def _sitting_start(sitting: Sitting, lang: Lang) -> EntryRow:
    day = date_text(sitting.date, lang, weekday=True)
    key = "sitting_line_start" if sitting.start is not None else "sitting_line"
    text = phrase(key, lang, n=sitting.number, date=day, time=time_text(sitting.start))
    return EntryRow(kind="divider", text=text)


def _sitting_close(sitting: Sitting, lang: Lang) -> EntryRow | None:
    if sitting.end is None:
        return None
    return EntryRow(
        kind="divider", text=phrase("sitting_end", lang, n=sitting.number, time=time_text(sitting.end))
    )


def _break_row(pause: Break, zone: dt.tzinfo | None, lang: Lang) -> EntryRow:
    span = span_text(in_zone(pause.start, zone), in_zone(pause.end, zone) if pause.end else None)
    reason = clean_line(pause.reason)
    key = "break_reason" if reason else "break"
    return EntryRow(kind="divider", text=phrase(key, lang, span=span, reason=reason))


def _marks(
    entry: Entry, changed: list[tuple[int, AuditEvent]], zone: dt.tzinfo | None, lang: Lang
) -> list[str]:
    marks = []
    if entry.own_question:
        marks.append(phrase("own_question", lang))
    if entry.follow_up_of is not None:
        marks.append(phrase("follow_up_of", lang, n=entry.follow_up_of))
    elif entry.follow_up_id is not None:
        marks.append(phrase("follow_up", lang))
    if entry.clarifies is not None:
        marks.append(phrase("clarifies", lang, n=entry.clarifies))
    if entry.withdrawn_at is not None:  # asked by mistake, withdrawn after it was answered: kept
        marks.append(
            phrase("withdrawn_entry", lang, when=datetime_text(in_zone(entry.withdrawn_at, zone), lang))
        )
    for issue in entry.communication_issues:
        kind = label(issue.kind, lang)
        kind = kind[:1].upper() + kind[1:]
        note = clean_line(issue.note)
        key = "issue_note" if note else "issue"
        marks.append(phrase(key, lang, kind=kind, time=time_text(in_zone(issue.at, zone)), note=note))
    for number, event in changed:
        key = "changed_question" if event.field == "question_text" else "changed_answer"
        marks.append(phrase(key, lang, at=datetime_text(in_zone(event.at, zone), lang), n=number))
    return marks


def _entry_row(
    entry: Entry,
    previous: Entry | None,
    titles: Mapping[str, str],
    changed: list[tuple[int, AuditEvent]],
    zone: dt.tzinfo | None,
    lang: Lang,
) -> EntryRow:
    theme = ""
    if previous is None or previous.theme_id != entry.theme_id:
        theme = clean_line(titles.get(entry.theme_id) or humanise_id(entry.theme_id))
    answer = text_lines(entry.answer_text)
    return EntryRow(
        number=str(entry.number),
        time=time_text(in_zone(entry.asked_at, zone)),
        theme_heading=theme,
        question_lines=text_lines(entry.question_text) or ["—"],
        marks=_marks(entry, changed, zone, lang),
        answer_lines=answer,
        no_answer="" if answer else phrase("no_answer", lang),
    )


def humanise_id(theme_id: str) -> str:
    """A readable title from an id (``life-now``: ``Life now``), for a theme of a bank not installed."""
    words = theme_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else theme_id


class _Table:
    """Builds the rows: entries in number order, sittings and breaks slotted in where they happened."""

    def __init__(self, hearing: Hearing, lang: Lang) -> None:
        self.hearing = hearing
        self.lang = lang
        self.zone = hearing_zone(hearing)
        self.rows: list[EntryRow] = []
        self.open: Sitting | None = None
        self.done: set[int] = set()  # sittings fully written
        self.breaks_written: set[tuple[int, int]] = set()

    def _breaks_until(self, sitting: Sitting, moment: dt.datetime | None) -> None:
        for index, pause in enumerate(sitting.breaks):
            if (sitting.number, index) in self.breaks_written:
                continue
            if moment is None or _aware(pause.start, self.zone) <= moment:
                self.breaks_written.add((sitting.number, index))
                self.rows.append(_break_row(pause, self.zone, self.lang))

    def close(self) -> None:
        if self.open is None:
            return
        if self.open.number not in self.done:
            self._breaks_until(self.open, None)
            end = _sitting_close(self.open, self.lang)
            if end is not None:
                self.rows.append(end)
        self.done.add(self.open.number)
        self.open = None

    def enter(self, number: int) -> None:
        if self.open is not None and self.open.number == number:
            return
        self.close()
        for sitting in self.hearing.sittings:  # sittings without entries before this one, in full
            if sitting.number < number and sitting.number not in self.done and not self._has_entries(sitting):
                self.open = sitting
                self.rows.append(_sitting_start(sitting, self.lang))
                self.close()
        self.open = self.hearing.sittings[number - 1]
        if number not in self.done:
            self.rows.append(_sitting_start(self.open, self.lang))

    def _has_entries(self, sitting: Sitting) -> bool:
        return any(e.sitting == sitting.number for e in self.hearing.entries)

    def finish(self) -> None:
        self.close()
        for sitting in self.hearing.sittings:
            if sitting.number not in self.done:
                self.open = sitting
                self.rows.append(_sitting_start(sitting, self.lang))
                self.close()


def table_rows(
    hearing: Hearing, titles: Mapping[str, str], lang: Lang, changes: list[AuditEvent] | None = None
) -> list[EntryRow]:
    """The rows of the questions-and-answers table: entries in number order, with dividers.

    Args:
        hearing: the record.
        titles: theme id -> title in ``lang``.
        lang: the report language.
        changes: the changes after the hearing (default: computed), numbered as in the annex.
    """
    events = changes_after_hearing(hearing) if changes is None else changes
    by_entry: dict[int, list[tuple[int, AuditEvent]]] = {}
    for number, event in enumerate(events, start=1):
        by_entry.setdefault(event.entry_number, []).append((number, event))
    table = _Table(hearing, lang)
    previous: Entry | None = None
    for entry in hearing.entries:
        number = min(entry.sitting, len(hearing.sittings))
        table.enter(number)
        assert table.open is not None
        table._breaks_until(table.open, _aware(entry.asked_at, table.zone))
        table.rows.append(
            _entry_row(entry, previous, titles, by_entry.get(entry.number, []), table.zone, lang)
        )
        previous = entry
    table.finish()
    return table.rows
