"""Counsel's own checks of a report, without the case file: is the recorded text intact, what will be read.

``check_report`` compares the report with the copy of the recorded text embedded in it (its hash
first), lists the tracked changes and comments and where each will land, and the items the IND's
import will read. ``review_questions`` runs the question checker over the officer's questions as the
report prints them, so counsel can base corrections and additions on it. Both speak the report's
language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from interview_guide.core.hearing import ClaimType
from interview_guide.core.labels import label
from interview_guide.core.question_check import check_question, detect_language
from interview_guide.core.text import Lang
from interview_guide.report.docx_package import open_docx
from interview_guide.report.docx_text import Line, current_lines
from interview_guide.report.recorded_copy import EmbeddedCopy, embedded_copy
from interview_guide.report.report_view import ReportView, read_view
from interview_guide.report.return_check import Outcome, PlacesBaseline, Problem, compare, entry_label
from interview_guide.report.return_items import ReturnedItem, collect_items

QUESTION_STYLE = "IG Question"
_WORDS: dict[str, tuple[str, str]] = {
    "no_copy": (
        "bevat geen kopie van de vastgelegde tekst (geëxporteerd door een oudere versie, of bewaard door een "
        "programma dat haar verwijderde); de vastgelegde tekst kan niet worden gecontroleerd",
        "holds no copy of the recorded text (exported by an older version, or saved by a program that "
        "removed it); the recorded text cannot be checked",
    ),
    "altered_copy": (
        "de ingebedde kopie van de vastgelegde tekst is veranderd (haar hash klopt niet)",
        "the embedded copy of the recorded text was altered (its hash does not match)",
    ),
    "general": ("algemeen", "general"),
    "proposal": ("voorstel tot correctie", "proposed correction"),
    "comment": ("opmerking", "comment"),
    "withdraws": ("trekt eerdere tekst in: “{text}”", "withdraws earlier text: “{text}”"),
}


def _w(key: str, lang: Lang, **values: object) -> str:
    nl, en = _WORDS[key]
    return (nl if lang == "nl" else en).format(**values)


@dataclass
class ReportCheck:
    """What ``check_report`` found."""

    source: str
    lang: Lang
    copy: EmbeddedCopy | None
    entries: int
    differences: list[Problem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # tracked changes and comments, and where they land
    items: list[ReturnedItem] = field(default_factory=list)
    problem: str = ""  # why the check could not be made (no copy, altered copy)

    @property
    def intact(self) -> bool:
        """Whether the recorded text is as exported."""
        return not self.problem and not self.differences

    def where(self, item: ReturnedItem) -> str:
        """``vraag 9`` / a place / ``algemeen``."""
        if item.entry_number is not None:
            return entry_label(item.entry_number, self.lang)
        return item.place or _w("general", self.lang)


def _report_lang(view: ReportView, copy: EmbeddedCopy | None) -> Lang:
    if view.lang is not None:
        return view.lang
    return copy.lang if copy is not None else "nl"


def _changes(view: ReportView, outcome: Outcome, items: list[ReturnedItem], lang: Lang) -> list[str]:
    lines = []
    for proposal in outcome.proposals:
        where = entry_label(proposal.entry, lang) if proposal.entry is not None else proposal.place
        text = " / ".join(
            t
            for t in (
                proposal.deleted and f"− “{proposal.deleted}”",
                proposal.inserted and f"+ “{proposal.inserted}”",
            )
            if t
        )
        lines.append(f"{where}: {_w('proposal', lang)}: {text}")
    for item in items:
        if item.source.value == "comment":
            where = (
                entry_label(item.entry_number, lang)
                if item.entry_number is not None
                else item.place or _w("general", lang)
            )
            lines.append(f"{where}: {_w('comment', lang)}: “{item.text}”")
        for struck in item.struck:
            where = (
                entry_label(item.entry_number, lang)
                if item.entry_number is not None
                else item.place or _w("general", lang)
            )
            lines.append(f"{where}: {_w('withdraws', lang, text=struck)}")
    return lines


def check_report(path: Path | str) -> ReportCheck:
    """Check a report against the copy of the recorded text embedded in it.

    Raises:
        ReportError: the file cannot be read safely, or is not a report.
    """
    view = read_view(open_docx(path))
    copy = embedded_copy(view)
    lang = _report_lang(view, copy)
    check = ReportCheck(source=str(path), lang=lang, copy=copy, entries=len(view.entry_rows))
    if copy is None:
        check.problem = _w("no_copy", lang)
        return check
    if not copy.intact:
        check.problem = _w("altered_copy", lang)
    outcome = compare(view, PlacesBaseline(copy.places), lang)
    check.differences = list(outcome.problems)
    check.items, item_problems = collect_items(view, outcome, len(view.entry_rows))
    check.differences += [p for p in item_problems if p.blocking]
    check.changes = _changes(view, outcome, check.items, lang)
    return check


@dataclass
class QuestionReview:
    """The checker's findings on one question of the report."""

    entry: int
    question: str
    findings: list[dict[str, str]]


def _claims(view: ReportView, lang: Lang) -> list[ClaimType]:
    values = " ".join(" ".join(current_lines(place.value)) for place in view.place_rows).casefold()
    return [claim for claim in ClaimType if label(claim, lang).casefold() in values]


def _question_lang(view: ReportView) -> Lang | None:
    tag = view.style_langs.get(QUESTION_STYLE, "")
    code = tag.split("-")[0].lower()
    return "nl" if code == "nl" else "en" if code == "en" else None


def review_questions(path: Path | str) -> tuple[Lang, list[QuestionReview]]:
    """Run the question checker over every question of the report (verbatim, as printed).

    Returns:
        The report's language (used for the messages) and one review per entry, in report order.

    Raises:
        ReportError: the file cannot be read safely, or is not a report.
    """
    from interview_guide.core.errors import ReportError

    view = read_view(open_docx(path))
    if not view.entries_table_found or view.lang is None:
        raise ReportError(f"{path}: no questions-and-answers table; is this an exported report?")
    lang = view.lang
    question_lang = _question_lang(view)
    claims = _claims(view, lang)
    names = view.styles
    reviews = []
    for row in view.entry_rows:
        lines = [line for line in row.question if names.get(line.style, line.style) == QUESTION_STYLE]
        question = "\n".join(current_lines(lines)).strip() or "\n".join(current_lines(row.question)).strip()
        findings = check_question(
            question, question_lang or detect_language(question), claim_types=claims, ui_lang=lang
        )
        reviews.append(
            QuestionReview(
                entry=row.number,
                question=question,
                findings=[
                    {
                        "category": f.category.value,
                        "severity": f.severity.value,
                        "message": f.message,
                        "basis": f"{f.rule_id}: “{f.matched}”",
                    }
                    for f in findings
                ],
            )
        )
    return lang, reviews


@dataclass
class CounselEntry:
    """One entry as the counsel tool shows it: the recorded text and counsel's text beside it."""

    number: int
    question: str  # the officer's question as printed
    notes: str  # the rest of the question cell: time, theme, marks
    answer: str
    corrections: str


@dataclass
class CounselReport:
    """Everything the counsel tool shows for one report."""

    lang: Lang
    entries: list[CounselEntry]
    additions: str
    sections: list[tuple[str, str]]  # heading, text: the report outside the entries table, read-only
    entries_heading: str  # the section the questions and answers belong in
    check: ReportCheck
    reviews: list[QuestionReview]


def load_for_counsel(path: Path | str) -> CounselReport:
    """Read a report for the counsel tool: entries, counsel's texts so far, the check and the review.

    Raises:
        ReportError: the file cannot be read safely, or is not a report.
    """
    from interview_guide.core.errors import ReportError

    view = read_view(open_docx(path))
    if not view.entries_table_found or view.lang is None:
        raise ReportError(f"{path}: no questions-and-answers table; is this an exported report?")

    def text(block: list[Line]) -> str:
        return "\n".join(line for line in current_lines(block) if line.strip())

    def asked(block: list[Line], question: bool) -> str:
        return text(
            [
                line
                for line in block
                if (view.styles.get(line.style, line.style) == QUESTION_STYLE) == question
            ]
        )

    entries = [
        CounselEntry(
            row.number,
            asked(row.question, True) or text(row.question),
            asked(row.question, False),
            text(row.answer),
            text(row.corrections),
        )
        for row in view.entry_rows
    ]
    additions = "\n".join(text(block) for block in view.additions)
    sections = [(heading, text(block)) for heading, block in view.sections]
    _lang, reviews = review_questions(path)
    return CounselReport(
        view.lang, entries, additions, sections, view.entries_heading, check_report(path), reviews
    )
