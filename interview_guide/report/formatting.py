"""Dates, times and short phrases written out in Dutch or English, independent of the system locale."""

from __future__ import annotations

import datetime as dt

from interview_guide.core.partial_date import PartialDate
from interview_guide.core.sanitize import clean_text
from interview_guide.core.text import Lang

_MONTHS = {
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december").split(),
    "en": ("January February March April May June July August September October November December").split(),
}
_WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}

EMPTY = "—"
UNKNOWN = {"nl": "onbekend", "en": "unknown"}


def date_text(day: dt.date | None, lang: Lang, *, weekday: bool = False) -> str:
    """``2 maart 2026`` / ``2 March 2026`` (optionally with the weekday); an em dash when unknown."""
    if day is None:
        return EMPTY
    text = f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"
    if weekday:
        text = f"{_WEEKDAYS[lang][day.weekday()]} {text}"
    return text


def partial_date_text(day: PartialDate | None, lang: Lang) -> str:
    """``12 maart 1996``, ``maart 1996`` or ``1996``, as far as it is known; else ``onbekend``."""
    if day is None:
        return UNKNOWN[lang]
    if day.month is None:
        return str(day.year)
    if day.day is None:
        return f"{_MONTHS[lang][day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def time_text(moment: dt.time | dt.datetime | None) -> str:
    """``09:30`` (24-hour clock in both languages); an em dash when unknown."""
    if moment is None:
        return EMPTY
    return f"{moment.hour:02d}:{moment.minute:02d}"


def datetime_text(moment: dt.datetime | None, lang: Lang) -> str:
    """``2 maart 2026, 09:30`` / ``2 March 2026, 09:30``."""
    if moment is None:
        return EMPTY
    return f"{date_text(moment.date(), lang)}, {time_text(moment)}"


def span_text(start: dt.time | dt.datetime | None, end: dt.time | dt.datetime | None) -> str:
    """``09:30–12:45``; an open end reads ``09:30–…``."""
    if start is None and end is None:
        return EMPTY
    return f"{time_text(start)}–{time_text(end) if end is not None else '…'}"


def yes_no(value: bool | None, lang: Lang) -> str:
    """ja/nee/onbekend, yes/no/unknown."""
    if value is None:
        return "onbekend" if lang == "nl" else "unknown"
    if lang == "nl":
        return "ja" if value else "nee"
    return "yes" if value else "no"


def or_empty(text: str) -> str:
    """The text, or an em dash when it is blank."""
    return text if text.strip() else EMPTY


def text_lines(text: str) -> list[str]:
    """The lines of a text as printed: sanitised, right ends trimmed, no blank lines at the ends."""
    lines = [line.rstrip() for line in clean_text(text).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def count_text(value: int, lang: Lang) -> str:
    """A count as the report prints it: ``geen`` / ``none`` for zero."""
    if value == 0:
        return "geen" if lang == "nl" else "none"
    return str(value)
