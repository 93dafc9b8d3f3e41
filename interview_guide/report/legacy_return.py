"""Returns on reports exported before the case kept its exported versions (their layout, their check).

Those reports carry the fingerprint of the case data, sittings and entries only, and no recorded
copy. When that fingerprint still matches the record, each entry row is compared with the record as
the old layout printed it: an optional sitting line, the theme heading (counted, not compared: its
title comes from the installed bank, which may have been updated), the question, the officer's notes;
then the answer (or "no answer recorded") and any interpreter notes.
"""

from __future__ import annotations

from interview_guide.core.hearing import Entry, Hearing
from interview_guide.core.labels import label
from interview_guide.core.sanitize import clean_line
from interview_guide.core.text import Lang
from interview_guide.report.formatting import date_text, text_lines, time_text
from interview_guide.report.phrases import phrase
from interview_guide.report.recorded_copy import normalise


def _sitting_line(hearing: Hearing, entry: Entry, previous: Entry | None, lang: Lang) -> list[str]:
    if len(hearing.sittings) <= 1 or (previous is not None and previous.sitting == entry.sitting):
        return []
    sitting = hearing.sittings[entry.sitting - 1]
    day = date_text(sitting.date, lang, weekday=True)
    if sitting.start is not None:
        return [phrase("sitting_line_start", lang, n=sitting.number, date=day, time=time_text(sitting.start))]
    return [phrase("sitting_line", lang, n=sitting.number, date=day)]


def _notes(entry: Entry, lang: Lang) -> list[str]:
    notes = []
    if entry.own_question:
        notes.append(phrase("own_question", lang))
    if entry.follow_up_of is not None:
        notes.append(phrase("follow_up_of", lang, n=entry.follow_up_of))
    elif entry.follow_up_id is not None:
        notes.append(phrase("follow_up", lang))
    if entry.clarifies is not None:
        notes.append(phrase("clarifies", lang, n=entry.clarifies))
    return notes


def _issues(entry: Entry, lang: Lang) -> list[str]:
    lines = []
    for issue in entry.communication_issues:
        kind = label(issue.kind, lang)
        kind = kind[:1].upper() + kind[1:]
        note = clean_line(issue.note)
        key = "issue_note" if note else "issue"
        lines.append(phrase(key, lang, kind=kind, time=time_text(issue.at), note=note))
    return lines


def legacy_matches(hearing: Hearing, number: int, question: list[str], answer: list[str], lang: Lang) -> bool:
    """Whether an entry row of an old-layout report shows entry ``number`` as the record holds it.

    Args:
        hearing: the record.
        number: the entry number.
        question: the question cell's lines, normalised.
        answer: the answer cell's lines, normalised.
        lang: the report's language.
    """
    if not 1 <= number <= len(hearing.entries):
        return False
    entry = hearing.entries[number - 1]
    previous = hearing.entries[number - 2] if number > 1 else None
    lead = normalise(_sitting_line(hearing, entry, previous, lang))
    theme = 1 if previous is None or previous.theme_id != entry.theme_id else 0
    body = normalise([*(text_lines(entry.question_text) or ["—"]), *_notes(entry, lang)])
    expected_answer = normalise(
        [*(text_lines(entry.answer_text) or [phrase("no_answer", lang)]), *_issues(entry, lang)]
    )
    if question[: len(lead)] != lead:
        return False
    return question[len(lead) + theme :] == body and answer == expected_answer
