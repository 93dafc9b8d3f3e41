"""How counsel's input is found and typed in a returned report: table headings and bracketed type markers.

The Word templates print these words in their instructions (scripts/build_report_templates.py), and
``report/corrections.py`` reads them back, in either language whatever the report's language.
"""

from __future__ import annotations

import re

from interview_guide.core.labels import label
from interview_guide.core.statements import CorrectionType
from interview_guide.core.text import LANGUAGES, Lang

# The heading of the last column of the questions-and-answers table, where counsel writes corrections.
ENTRY_COLUMN_HEADINGS: dict[Lang, str] = {
    "nl": "Correcties en aanvullingen",
    "en": "Corrections and additions",
}
# The heading of the first column of the questions-and-answers table (the entry number).
NUMBER_HEADINGS: dict[Lang, str] = {"nl": "Nr.", "en": "No."}
# The heading cell of the box at the end of the report where counsel writes additions.
ADDITIONS_HEADINGS: dict[Lang, str] = {"nl": "Aanvullingen", "en": "Additions"}

# Short markers a correction may start with, e.g. "[vertaalfout] ..." or "[translation error] ...".
TYPE_MARKERS: dict[CorrectionType, dict[Lang, str]] = {
    CorrectionType.TRANSLATION_ERROR: {"nl": "vertaalfout", "en": "translation error"},
    CorrectionType.MISUNDERSTANDING: {"nl": "misverstand", "en": "misunderstanding"},
    CorrectionType.FACTUAL_CORRECTION: {"nl": "correctie", "en": "correction"},
    CorrectionType.ADDITION: {"nl": "aanvulling", "en": "addition"},
    CorrectionType.COURSE_REMARK: {"nl": "verloop", "en": "course of the hearing"},
    CorrectionType.INTERPRETER_COMPLAINT: {"nl": "tolk", "en": "interpreter"},
}

# Every spelling accepted for a marker: the short markers and the full labels, in both languages.
_ACCEPTED: dict[str, CorrectionType] = {}
for _type, _words in TYPE_MARKERS.items():
    for _lang in LANGUAGES:
        _ACCEPTED[_words[_lang].casefold()] = _type
        _ACCEPTED[label(_type, _lang).casefold()] = _type
_ACCEPTED["feitelijke correctie"] = CorrectionType.FACTUAL_CORRECTION
_ACCEPTED["klacht tolk"] = CorrectionType.INTERPRETER_COMPLAINT

_MARKER = re.compile(r"^\s*\[([^\]\n]{1,60})\]\s*")
# "12:" or "vraag 12:" / "question 12:" at the start of an addition ties it to entry 12.
# A clock time ("14:30 uur ...") is not a reference: the colon must not be followed by a digit.
_ENTRY_REF = re.compile(
    r"^\s*(?:(?:vraag|question|entry|nr\.?|no\.?)\s*)?(\d{1,6})\s*:(?!\d)\s*", re.IGNORECASE
)


def marker_list(lang: Lang) -> str:
    """The markers as the instructions list them: ``[vertaalfout], [misverstand], ...``."""
    return ", ".join(f"[{words[lang]}]" for words in TYPE_MARKERS.values())


def take_marker(text: str) -> tuple[CorrectionType | None, str]:
    """Split a leading type marker off ``text``; an unknown bracketed word is left in the text.

    Returns:
        The type (or None) and the rest of the text.
    """
    match = _MARKER.match(text)
    if match is None:
        return None, text
    found = _ACCEPTED.get(" ".join(match.group(1).split()).casefold())
    if found is None:
        return None, text
    return found, text[match.end() :]


def take_entry_ref(text: str) -> tuple[int | None, str]:
    """Split a leading ``12:`` (or ``vraag 12:`` / ``question 12:``) off ``text``."""
    match = _ENTRY_REF.match(text)
    if match is None:
        return None, text
    return int(match.group(1)), text[match.end() :]
