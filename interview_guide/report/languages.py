"""Language tags of a report: the report's own wording, the recorded text, and right-to-left text.

Word and LibreOffice pick spelling, hyphenation and shaping by these tags. The fixed wording is in
the report's language; questions and answers are in the language they were recorded in (usually
Dutch, also in an English report); right-to-left words are tagged with the applicant's language
(Farsi as fa-IR, not Arabic), found from the hearing's language or, failing that, from the letters
used in the record.
"""

from __future__ import annotations

import re

from interview_guide.core.hearing import Hearing
from interview_guide.core.question_check import detect_language
from interview_guide.core.text import Lang

REPORT_TAGS: dict[Lang, str] = {"nl": "nl-NL", "en": "en-GB"}
# Words in the case's "language of the hearing" field -> the tag for right-to-left text.
_RTL_BY_NAME = (
    (re.compile(r"dari", re.IGNORECASE), "fa-AF"),
    (re.compile(r"farsi|perzisch|persian", re.IGNORECASE), "fa-IR"),
    (re.compile(r"pash?to|pasjtoe", re.IGNORECASE), "ps-AF"),
    (re.compile(r"urdu", re.IGNORECASE), "ur-PK"),
    (re.compile(r"sorani|koerdisch|kurdish", re.IGNORECASE), "ckb-IQ"),
    (re.compile(r"hebr", re.IGNORECASE), "he-IL"),
    (re.compile(r"arab", re.IGNORECASE), "ar-SA"),
)
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی
_HEBREW = re.compile("[\u0590-\u05ff]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def record_tag(hearing: Hearing) -> str:
    """The tag of the recorded questions and answers: the language most questions were asked in."""
    votes = {"nl": 0, "en": 0}
    for entry in hearing.entries[:40]:
        if entry.question_text.strip():
            votes[detect_language(entry.question_text)] += 1
    return REPORT_TAGS["en"] if votes["en"] > votes["nl"] else REPORT_TAGS["nl"]


def rtl_tag(hearing: Hearing) -> str:
    """The tag for right-to-left text: from the hearing's language, else from the letters in the record."""
    for pattern, tag in _RTL_BY_NAME:
        if pattern.search(hearing.case.language) or pattern.search(hearing.case.dialect):
            return tag
    sample = " ".join(e.answer_text for e in hearing.entries[:200])
    sample += " " + hearing.reference_frame.model_dump_json()
    if _PERSIAN_LETTERS.search(sample):
        return "fa-IR"
    if _HEBREW.search(sample) and not _ARABIC_SCRIPT.search(sample):
        return "he-IL"
    return "ar-SA"
