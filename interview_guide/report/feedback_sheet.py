"""The feedback sheet of a practice hearing (.docx): the figures, the timeline, the trainer's notes and a
better wording for each flagged question. Teaching material about the questioning; it says nothing
about the applicant.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.shared import Pt

from interview_guide.core.bank import QuestionBank
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.core.trainer_tags import tag_label
from interview_guide.report.docx_report import write_report
from interview_guide.report.formatting import date_text
from interview_guide.report.workshop_docx import (
    fix_widths,
    heading,
    muted,
    new_document,
    paragraph,
    set_cell,
    shade,
    table,
    to_bytes,
)
from interview_guide.training.practice_review import PracticeReview, ReviewedQuestion
from interview_guide.training.wording import category_label, theme_titles

# Colours of the timeline: open, closed, flagged (a warning or block), as in the review dialog.
KIND_FILLS = {"open": "B7E1CD", "closed": "FCE8B2", "flagged": "F4C7C3"}
TIMELINE_COLUMNS = 15

_T: dict[str, tuple[str, str]] = {
    "title": ("Feedback op het oefengehoor", "Feedback on the practice hearing"),
    "case": ("Dossier", "Case"),
    "trainee": ("Hoormedewerker in opleiding", "Trainee officer"),
    "date": ("Datum", "Date"),
    "figures": ("De vragen in cijfers", "The questions in figures"),
    "questions": ("Vragen", "Questions"),
    "open": ("Open vragen", "Open questions"),
    "closed": ("Gesloten vragen", "Closed questions"),
    "share": ("Aandeel open vragen", "Share of open questions"),
    "follow_ups": ("Doorvragen", "Follow-up questions"),
    "depth": ("Langste reeks doorvragen", "Longest chain of follow-ups"),
    "after_open": ("Gemiddeld antwoord na een open vraag", "Mean answer after an open question"),
    "after_closed": ("Gemiddeld antwoord na een gesloten vraag", "Mean answer after a closed question"),
    "words": ("woorden", "words"),
    "flagged": ("Vragen met een waarschuwing of blokkade", "Questions with a warning or block"),
    "categories": (
        "Wat de vragencontrole vond (tips meegeteld)",
        "What the question checker found (hints included)",
    ),
    "category": ("Soort", "Kind"),
    "none_found": ("De vragencontrole vond niets.", "The question checker found nothing."),
    "themes": ("Thema's en pijlers", "Themes and pillars"),
    "theme": ("Thema", "Theme"),
    "answer_words": ("Woorden in antwoorden", "Words in answers"),
    "remark": ("Opmerking", "Remark"),
    "skipped": ("niet aan bod gekomen", "not covered"),
    "dominates": ("neemt onevenredig veel ruimte", "takes a disproportionate share"),
    "pillar": ("pijler", "pillar"),
    "optional": ("facultatief", "optional"),
    "timeline": ("Verloop", "Timeline"),
    "legend": (
        "Elk vakje is een vraag, in volgorde (het nummer van de vraag). Groen: open; geel: gesloten; rood: "
        "waarschuwing of blokkade. ↳ is een doorvraag.",
        "Each box is a question, in order (its number). Green: open; yellow: closed; red: warning or block. "
        "↳ marks a follow-up.",
    ),
    "notes": ("Aantekeningen van de trainer", "The trainer's notes"),
    "no_notes": ("Geen aantekeningen.", "No notes."),
    "question": ("Vraag", "Question"),
    "about": ("Over", "About"),
    "better": ("Een betere formulering per gemarkeerde vraag", "A better wording for each flagged question"),
    "no_flagged": ("Geen vraag gemarkeerd.", "No question flagged."),
    "asked": ("Gesteld", "Asked"),
    "found": ("Gevonden", "Found"),
    "instead": ("Beter", "Better"),
    "source_trainer": ("van de trainer", "from the trainer"),
    "source_checker": ("van de vragencontrole", "from the question checker"),
    "source_bank": ("uit de vragenbank", "from the question bank"),
    "footer": (
        "Lesmateriaal over de manier van vragen. Het zegt niets over de geloofwaardigheid van de aanvrager.",
        "Teaching material on the way of questioning. It says nothing about the applicant's credibility.",
    ),
}


def _t(key: str, lang: Lang) -> str:
    nl, en = _T[key]
    return nl if lang == "nl" else en


def _words(value: float | None, lang: Lang) -> str:
    return "–" if value is None else f"{value:.0f} {_t('words', lang)}"


def _figures(document: DocumentObject, review: PracticeReview, lang: Lang) -> None:
    heading(document, _t("figures", lang))
    share = f"{review.open_share * 100:.0f} %"
    rows: list[list[object]] = [
        [_t("questions", lang), len(review.questions)],
        [_t("open", lang), review.open],
        [_t("closed", lang), review.closed],
        [_t("share", lang), share],
        [_t("follow_ups", lang), review.follow_ups],
        [_t("depth", lang), review.max_depth],
        [_t("after_open", lang), _words(review.mean_answer_words("open"), lang)],
        [_t("after_closed", lang), _words(review.mean_answer_words("closed"), lang)],
        [_t("flagged", lang), len(review.flagged)],
    ]
    table(document, None, rows, [10.0, 7.0])
    heading(document, _t("categories", lang), 2)
    counts = review.by_category()
    if not counts:
        paragraph(document, _t("none_found", lang))
        return
    table(
        document,
        [_t("category", lang), _t("questions", lang)],
        [[category_label(c, lang), n] for c, n in counts.items()],
        [10.0, 7.0],
    )


def _themes(document: DocumentObject, review: PracticeReview, titles: dict[str, str], lang: Lang) -> None:
    heading(document, _t("themes", lang))
    rows: list[list[object]] = []
    for item in review.coverage:
        title = titles.get(item.theme_id, item.theme_id)
        marks = [_t("pillar", lang)] if item.pillar else []
        if item.optional:
            marks.append(_t("optional", lang))
        if marks:
            title += f" ({', '.join(marks)})"
        remark = _t(item.problem.value, lang) if item.problem else ""
        rows.append([title, item.questions, item.words, remark])
    table(
        document,
        [_t("theme", lang), _t("questions", lang), _t("answer_words", lang), _t("remark", lang)],
        rows,
        [7.5, 2.5, 3.0, 4.0],
    )


def _kind(question: ReviewedQuestion) -> str:
    return "flagged" if question.flagged else question.kind


def _timeline(document: DocumentObject, review: PracticeReview, lang: Lang) -> None:
    heading(document, _t("timeline", lang))
    questions = review.questions
    if not questions:
        return
    rows = (len(questions) + TIMELINE_COLUMNS - 1) // TIMELINE_COLUMNS
    grid = document.add_table(rows=rows, cols=TIMELINE_COLUMNS)
    grid.style = "Table Grid"
    for index, question in enumerate(questions):
        cell = grid.cell(index // TIMELINE_COLUMNS, index % TIMELINE_COLUMNS)
        mark = "↳" if question.follow_up else ""
        set_cell(cell, f"{mark}{question.number}", size=8)
        shade(cell, KIND_FILLS[_kind(question)])
    fix_widths(grid, [17.0 / TIMELINE_COLUMNS] * TIMELINE_COLUMNS)
    muted(paragraph(document, _t("legend", lang), size=8.5))


def _notes(document: DocumentObject, review: PracticeReview, titles: dict[str, str], lang: Lang) -> None:
    heading(document, _t("notes", lang))
    annotated = review.annotated
    if not annotated:
        paragraph(document, _t("no_notes", lang))
        return
    for question in annotated:
        theme = titles.get(question.theme_id, question.theme_id)
        paragraph(document, f"{_t('question', lang)} {question.number} · {theme}", bold=True)
        paragraph(document, question.text, italic=True)
        if question.tags:
            tags = ", ".join(tag_label(tag, lang) for tag in question.tags)
            paragraph(document, f"{_t('about', lang)}: {tags}")
        if question.note.strip():
            paragraph(document, question.note)


def _better(document: DocumentObject, review: PracticeReview, lang: Lang) -> None:
    heading(document, _t("better", lang))
    flagged = review.flagged
    if not flagged:
        paragraph(document, _t("no_flagged", lang))
        return
    rows: list[list[object]] = []
    for question in flagged:
        found = ", ".join(category_label(c, lang) for c in question.categories)
        better = question.better
        wording = f"{better.text} ({_t('source_' + better.source, lang)})" if better else ""
        rows.append([question.number, question.text, found, wording])
    table(
        document,
        ["#", _t("asked", lang), _t("found", lang), _t("instead", lang)],
        rows,
        [1.0, 6.0, 3.5, 6.5],
    )


def build_feedback_sheet(
    hearing: Hearing, review: PracticeReview, banks: Sequence[QuestionBank], lang: Lang
) -> bytes:
    """The feedback sheet as .docx bytes.

    Args:
        hearing: the practice hearing.
        review: its review (``training.practice_review.review_practice``).
        banks: the hearing's banks (theme titles).
        lang: the language of the sheet.
    """
    document = new_document()
    titles = theme_titles(banks, lang)
    title = document.add_heading(_t("title", lang), level=0)
    for run in title.runs:
        run.font.size = Pt(20)
    case = hearing.case
    lines = [f"{_t('case', lang)}: {case.case_reference or '–'}"]
    if case.officer_name:
        lines.append(f"{_t('trainee', lang)}: {case.officer_name}")
    lines.append(f"{_t('date', lang)}: {date_text(hearing.sittings[0].date, lang)}")
    paragraph(document, " · ".join(lines))
    _figures(document, review, lang)
    _timeline(document, review, lang)
    _themes(document, review, titles, lang)
    _notes(document, review, titles, lang)
    _better(document, review, lang)
    muted(paragraph(document, _t("footer", lang), italic=True, size=8.5))
    return to_bytes(document)


def export_feedback_sheet(
    hearing: Hearing, review: PracticeReview, banks: Sequence[QuestionBank], lang: Lang, out_path: Path
) -> None:
    """Build the feedback sheet and write it atomically to ``out_path``.

    Raises:
        ReportError: the file is open in Word, the folder is not writable, ...
    """
    write_report(build_feedback_sheet(hearing, review, banks, lang), out_path)
