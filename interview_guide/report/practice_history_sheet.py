"""The practice panel's history as a Word document: every question tried, the checker's verdict, the
better wording it offered.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from interview_guide.core.question_check import Category
from interview_guide.core.text import Lang
from interview_guide.report.docx_report import write_report
from interview_guide.report.workshop_docx import muted, new_document, paragraph, shade, table, to_bytes
from interview_guide.training.practice_history import PracticeAttempt
from interview_guide.training.wording import category_label

_T = {
    "title": ("Geoefende vragen", "Questions practised"),
    "count": ("{n} vragen geoefend", "{n} questions practised"),
    "time": ("Tijd", "Time"),
    "question": ("Vraag", "Question"),
    "found": ("Vragencontrole", "Question checker"),
    "better": ("Suggestie", "Suggestion"),
    "none": ("geen bevindingen", "no findings"),
    "applicant": ("tegen het referentiekader: {preset}", "against the reference frame: {preset}"),
    "footer": (
        "Oefenmateriaal. De vragencontrole is een hulpmiddel; bespreek haar oordeel.",
        "Practice material. The question checker is an aid; discuss its verdict.",
    ),
}


def _t(key: str, lang: Lang, **values: object) -> str:
    nl, en = _T[key]
    return (nl if lang == "nl" else en).format(**values)


def _found(attempt: PracticeAttempt, lang: Lang) -> str:
    if not attempt.categories:
        return _t("none", lang)
    return ", ".join(category_label(Category(c), lang) for c in attempt.categories)


def build_history_sheet(attempts: Sequence[PracticeAttempt], lang: Lang) -> bytes:
    """The history as .docx bytes: one row per attempt, red where the checker warns or blocks."""
    document = new_document()
    document.add_heading(_t("title", lang), level=0)
    paragraph(document, _t("count", lang, n=len(attempts)))
    rows: list[list[object]] = []
    for attempt in attempts:
        question = attempt.text
        if attempt.preset:
            question += "\n(" + _t("applicant", lang, preset=attempt.preset) + ")"
        rows.append([f"{attempt.at:%H:%M}", question, _found(attempt, lang), attempt.suggestion or ""])
    grid = table(
        document,
        [_t("time", lang), _t("question", lang), _t("found", lang), _t("better", lang)],
        rows,
        [1.5, 7.0, 3.5, 5.0],
    )
    for row, attempt in zip(grid.rows[1:], attempts, strict=True):
        shade(row.cells[2], "D9EAD3" if attempt.ok else "F4C7C3")
    muted(paragraph(document, _t("footer", lang), italic=True, size=8.5))
    return to_bytes(document)


def export_history(attempts: Sequence[PracticeAttempt], lang: Lang, out_path: Path) -> None:
    """Write the history atomically to ``out_path``.

    Raises:
        ReportError: the file is open in Word, the folder is not writable, ...
    """
    write_report(build_history_sheet(attempts, lang), out_path)
