"""File names the app suggests when saving a case or exporting a report: the case number and the date,
never the applicant's name (a file name shows in folders, recent-file lists and e-mail)."""

from __future__ import annotations

import re

from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang

_WORDS = {
    "nl": {"hearing": "gehoor", "report": "rapport-van-gehoor", "final": "definitief-rapport"},
    "en": {"hearing": "hearing", "report": "hearing-report", "final": "final-report"},
}


def case_number(hearing: Hearing) -> str:
    """The V-number, else the case reference made safe for a file name, else ""."""
    case = hearing.case
    if case.v_number:
        return case.v_number
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", case.case_reference).strip("-")
    return safe[:60]


def case_file_name(hearing: Hearing, lang: Lang) -> str:
    """``9900012345.igcase``; without a case number ``gehoor-2026-03-02.igcase`` (the first sitting)."""
    number = case_number(hearing)
    if number:
        return f"{number}.igcase"
    return f"{_WORDS[lang]['hearing']}-{hearing.sittings[0].date.isoformat()}.igcase"


def report_file_name(hearing: Hearing, lang: Lang, final: bool) -> str:
    """``9900012345-rapport-van-gehoor-2026-03-03.docx`` (the date of the last sitting)."""
    number = case_number(hearing) or _WORDS[lang]["hearing"]
    kind = _WORDS[lang]["final" if final else "report"]
    return f"{number}-{kind}-{hearing.sittings[-1].date.isoformat()}.docx"
