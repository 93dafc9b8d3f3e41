"""Read counsel's corrections and additions back from a returned report, after checking it is unaltered.

Counsel writes corrections in the last column of the questions-and-answers table and additions in the
Additions box (see the report's instructions and ``report/markers.py``). Before anything is taken in,
the report's fingerprint and every question and answer, as the report renders them, are compared with
the record: a report of another case, of another version of the record, or with recorded text
changed, is refused as a whole and the entries that differ are named. The recorded entries never
change; corrections are a separate layer that does not enter the fingerprint.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from interview_guide.core.deadlines import Deadline, DeadlineSettings, compute_deadline, within_deadline
from interview_guide.core.errors import ReportError
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import Hearing
from interview_guide.core.sanitize import clean_text
from interview_guide.core.statements import Correction, CorrectionSource, CorrectionType
from interview_guide.core.text import Lang
from interview_guide.report.context import entry_rows, text_lines
from interview_guide.report.markers import (
    ADDITIONS_HEADINGS,
    ENTRY_COLUMN_HEADINGS,
    take_entry_ref,
    take_marker,
)
from interview_guide.report.views import EntryRow
from interview_guide.storage.bounded_reader import MAX_DOCX_BYTES, read_bounded

_FINGERPRINT = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")
_V_NUMBER = re.compile(r"\bV-(?:nummer|number)\s*:?\s*(\d+)", re.IGNORECASE)
_MAX_NAMED = 20


@dataclass(frozen=True)
class ReturnedItem:
    """One correction or addition as written in the report."""

    entry_number: int | None
    text: str
    type: CorrectionType
    source: CorrectionSource


@dataclass
class ReturnedReport:
    """What a returned report holds: its identity, the recorded text as printed, and counsel's input."""

    lang: Lang
    fingerprints: set[str]
    v_numbers: set[str]
    rows: dict[int, tuple[list[str], list[str]]]  # entry number -> (question cell, answer cell) paragraphs
    unnumbered_rows: int
    items: list[ReturnedItem]
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    """The outcome of reading a returned report into a case."""

    added: list[Correction]
    already_present: int
    warnings: list[str]
    report_fingerprint: str


def _cell_paragraphs(cell: _Cell) -> list[str]:
    # Every paragraph in the cell, including any in a table counsel pasted into it.
    return [Paragraph(p, cell).text for p in cell._tc.iter(qn("w:p"))]


def _trimmed(lines: Iterable[str]) -> list[str]:
    result = [line.rstrip() for line in lines]
    while result and not result[-1].strip():
        result.pop()
    while result and not result[0].strip():
        result.pop(0)
    return result


def _body_tables(doc: DocxDocument) -> list[Table]:
    return list(doc.tables)


def _language_of(table: Table) -> Lang | None:
    heading = table.rows[0].cells[-1].text.strip() if table.rows else ""
    return next((lang for lang, text in ENTRY_COLUMN_HEADINGS.items() if text == heading), None)


def _footer_texts(doc: DocxDocument) -> list[str]:
    # Every footer part, whichever section and page kind uses it; runs are joined per paragraph, so a
    # fingerprint that Word or LibreOffice split over several runs is still found.
    texts = []
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FOOTER and not rel.is_external:
            element = parse_xml(rel.target_part.blob)
            for paragraph in element.iter(qn("w:p")):
                texts.append("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
    return texts


def _blocks(lines: list[str]) -> list[list[str]]:
    """Split the Additions box into items at empty paragraphs."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _addition(block: list[str], entries: int, warnings: list[str]) -> ReturnedItem:
    text = "\n".join(block)
    kind, rest = take_marker(text)
    number, rest = take_entry_ref(rest)
    if kind is None:
        kind, rest = take_marker(rest)
    if number is not None and not 1 <= number <= entries:
        warnings.append(
            f"an addition refers to question {number}, which does not exist; kept as a general addition"
        )
        number, rest = None, text if kind is None else rest
    body = "\n".join(text_lines(rest))
    return ReturnedItem(number, body or text, kind or CorrectionType.ADDITION, CorrectionSource.ADDITIONS)


def read_report(path: Path | str, entries: int | None = None) -> ReturnedReport:
    """Read a returned report (.docx, saved by Word or LibreOffice).

    Args:
        path: the report.
        entries: how many entries the record has (to check entry references in additions).

    Raises:
        ReportError: the file is not a Word document or not a report exported by Interview Guide.
    """
    path = Path(path)
    data = read_bounded(path, MAX_DOCX_BYTES, what="returned report (.docx)", error=ReportError)
    try:
        doc = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ReportError(f"{path}: not a Word document (.docx); save it as .docx and try again") from None
    tables = _body_tables(doc)
    entry_tables = [(t, lang) for t in tables if (lang := _language_of(t)) is not None]
    if len(entry_tables) != 1:
        raise ReportError(
            f"{path}: no questions-and-answers table with a column "
            f"“{ENTRY_COLUMN_HEADINGS['nl']}” / “{ENTRY_COLUMN_HEADINGS['en']}”; is this an exported report?"
        )
    table, lang = entry_tables[0]
    footers = "\n".join(_footer_texts(doc))
    report = ReturnedReport(
        lang=lang,
        fingerprints=set(_FINGERPRINT.findall(footers)),
        v_numbers=set(_V_NUMBER.findall(footers)),
        rows={},
        unnumbered_rows=0,
        items=[],
    )
    for row in table.rows[1:]:
        cells = row.cells
        number_text = cells[0].text.strip()
        if not number_text.isdigit() or len(cells) < 4:
            if any(c.text.strip() for c in cells):
                report.unnumbered_rows += 1
            continue
        number = int(number_text)
        report.rows[number] = (_cell_paragraphs(cells[1]), _cell_paragraphs(cells[2]))
        correction = "\n".join(text_lines("\n".join(_cell_paragraphs(cells[-1]))))
        if correction:
            kind, rest = take_marker(correction)
            body = "\n".join(text_lines(rest)) or correction
            kind = kind or CorrectionType.FACTUAL_CORRECTION
            report.items.append(ReturnedItem(number, body, kind, CorrectionSource.ENTRY_CELL))
    boxes = [
        t
        for t in tables
        if t is not table and t.rows and t.rows[0].cells[0].text.strip() in ADDITIONS_HEADINGS.values()
    ]
    limit = entries if entries is not None else max(report.rows, default=0)
    for box in boxes:
        lines = [
            text
            for row in box.rows[1:]
            for cell in _unique(list(row.cells))
            for text in _cell_paragraphs(cell)
        ]
        for block in _blocks([clean_text(line) for line in lines]):
            report.items.append(_addition(block, limit, report.warnings))
    return report


def _unique(cells: list[_Cell]) -> list[_Cell]:
    # python-docx repeats a merged cell once per grid column.
    seen: list[_Cell] = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in seen):
            seen.append(cell)
    return seen


def _expected(row: EntryRow) -> tuple[list[str], int, list[str]]:
    # The question cell's leading decorations: the sitting line (compared) and the theme heading (only
    # counted: its title comes from the installed question bank, which may have been updated since).
    lead = [row.sitting_line] if row.sitting_line else []
    skip = 1 if row.theme_heading else 0
    question = [*row.question_lines, *row.question_notes]
    answer = [*(row.answer_lines or [row.no_answer]), *row.answer_notes]
    return lead + question, skip, answer


def _matches(row: EntryRow, printed: tuple[list[str], list[str]]) -> bool:
    question, skip, answer = _expected(row)
    got_question, got_answer = _trimmed(printed[0]), _trimmed(printed[1])
    if row.sitting_line:
        if not got_question or got_question[0] != row.sitting_line:
            return False
        got_question = [got_question[0], *got_question[1 + skip :]]
    else:
        got_question = got_question[skip:]
    return got_question == _trimmed(question) and got_answer == _trimmed(answer)


def differing_entries(hearing: Hearing, report: ReturnedReport) -> list[int]:
    """The numbers of the entries whose question or answer in the report differs from the record."""
    rows = entry_rows(hearing, {}, report.lang)
    differ = [row_number for row in rows if (row_number := int(row.number)) not in report.rows]
    differ += [
        int(row.number)
        for row in rows
        if int(row.number) in report.rows and not _matches(row, report.rows[int(row.number)])
    ]
    differ += [number for number in report.rows if not 1 <= number <= len(rows)]
    return sorted(set(differ))


def _named(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:_MAX_NAMED])
    return shown + (f" and {len(numbers) - _MAX_NAMED} more" if len(numbers) > _MAX_NAMED else "")


def verify_report(hearing: Hearing, report: ReturnedReport, source: str) -> str:
    """Check that ``report`` is an unaltered report of this very record.

    Returns:
        The report's fingerprint.

    Raises:
        ReportError: one line naming what differs (another case, another version, or the entries changed).
    """
    own = fingerprint(hearing)
    v_number = hearing.case.v_number
    if v_number and report.v_numbers and v_number not in report.v_numbers:
        other = ", ".join(sorted(report.v_numbers))
        raise ReportError(
            f"{source} belongs to another case (V-number {other}; this case has {v_number}); nothing imported"
        )
    if not report.fingerprints:
        raise ReportError(
            f"{source}: no fingerprint in the footer; only a report exported from this case can be imported"
        )
    if len(report.fingerprints) > 1:
        raise ReportError(f"{source}: the footers hold different fingerprints; nothing imported")
    found = next(iter(report.fingerprints))
    differ = differing_entries(hearing, report)
    named = f"{'entry' if len(differ) == 1 else 'entries'} {_named(differ)}"
    if found != own:
        detail = f"; {named} {'differs' if len(differ) == 1 else 'differ'}" if differ else ""
        raise ReportError(
            f"{source} was made from another version of this record or another case (fingerprint "
            f"{found[:12]}…, this case {own[:12]}…){detail}; nothing imported"
        )
    problems = [f"the question or answer text of {named} differs from the record"] if differ else []
    if report.unnumbered_rows:
        problems.append(f"{report.unnumbered_rows} row(s) without an entry number were added to the table")
    if problems:
        raise ReportError(
            f"{source}: {'; '.join(problems)}; nothing imported (recorded text must stay as it is: "
            f"corrections go in the last column)"
        )
    return found


def _key(entry_number: int | None, text: str) -> tuple[int | None, str]:
    return entry_number, " ".join(text.split()).casefold()


def collect_corrections(
    hearing: Hearing,
    report_path: Path | str,
    *,
    submitted_by: str = "counsel",
    received_at: dt.datetime | None = None,
    deadline: Deadline | None = None,
    deadline_settings: DeadlineSettings | None = None,
) -> ImportResult:
    """Read and check a returned report; the new items as Correction records, not yet added to ``hearing``.

    Args:
        hearing: the record the report was exported from.
        report_path: the returned .docx.
        submitted_by: who sent it (default: counsel).
        received_at: when it was received (default: now); items after the deadline are flagged late.
        deadline: the deadline (default: computed from ``deadline_settings``).
        deadline_settings: the deadline rules (default: the built-in defaults).

    Raises:
        ReportError: the report is not a report of this record, or recorded text was changed.
    """
    report = read_report(report_path, len(hearing.entries))
    found = verify_report(hearing, report, str(report_path))
    due = deadline or compute_deadline(hearing, deadline_settings)
    received = received_at or dt.datetime.now().astimezone()
    if received.tzinfo is None:  # a naive time is taken in the hearing's zone (else the local one)
        received = received.replace(tzinfo=due.due.tzinfo) if due.due is not None else received.astimezone()
    late = not within_deadline(due, received)
    known = {_key(c.entry_number, c.text) for c in hearing.corrections}
    number = max((c.number for c in hearing.corrections), default=0)
    added: list[Correction] = []
    present = 0
    for item in report.items:
        key = _key(item.entry_number, item.text)
        if key in known:
            present += 1
            continue
        known.add(key)
        number += 1
        added.append(
            Correction(
                number=number,
                entry_number=item.entry_number,
                text=item.text,
                type=item.type,
                source=item.source,
                submitted_by=clean_text(submitted_by).strip() or "counsel",
                received_at=received,
                deadline=due.due,
                within_deadline=not late,
                report_fingerprint=found,
            )
        )
    return ImportResult(
        added=added, already_present=present, warnings=report.warnings, report_fingerprint=found
    )


def import_corrections(
    hearing: Hearing,
    report_path: Path | str,
    *,
    submitted_by: str = "counsel",
    received_at: dt.datetime | None = None,
    deadline: Deadline | None = None,
    deadline_settings: DeadlineSettings | None = None,
) -> ImportResult:
    """Like :func:`collect_corrections`, and append the new items to ``hearing.corrections``.

    Nothing is added when the report is refused; importing the same report twice adds nothing.
    """
    result = collect_corrections(
        hearing,
        report_path,
        submitted_by=submitted_by,
        received_at=received_at,
        deadline=deadline,
        deadline_settings=deadline_settings,
    )
    hearing.corrections.extend(result.added)
    return result


def respond(hearing: Hearing, number: int, response: str) -> Correction:
    """Record the officer's response to correction ``number`` (printed in the final report's annex).

    Raises:
        KeyError: no correction with that number.
    """
    for correction in hearing.corrections:
        if correction.number == number:
            correction.response = clean_text(response).strip()
            return correction
    raise KeyError(number)
