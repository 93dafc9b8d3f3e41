"""Helpers for the report tests: find the tables of an exported report, export as the app does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.table import Table, _Row

from interview_guide.core.hearing import Hearing
from interview_guide.core.report_versions import ExportedVersion, add_version
from interview_guide.core.text import Lang
from interview_guide.report.docx_report import export_report
from interview_guide.report.markers import ADDITIONS_HEADINGS, ENTRY_COLUMN_HEADINGS, NUMBER_HEADINGS

SENT = dt.date(2026, 3, 3)


def entries_table(doc: DocxDocument, lang: Lang) -> Table:
    """The questions-and-answers table: first column the number, last column counsel's."""
    found = [
        t
        for t in doc.tables
        if t.rows[0].cells[-1].text == ENTRY_COLUMN_HEADINGS[lang]
        and t.rows[0].cells[0].text == NUMBER_HEADINGS[lang]
    ]
    assert len(found) == 1
    return found[0]


def entry_rows(table: Table) -> list[_Row]:
    """The rows of entries (a divider row has no number)."""
    return [row for row in table.rows[1:] if row.cells[0].text.strip().isdigit()]


def divider_texts(table: Table) -> list[str]:
    """The text of the rows between entries (sittings, breaks), in order."""
    return [row.cells[0].text for row in table.rows[1:] if not row.cells[0].text.strip().isdigit()]


def additions_box(doc: DocxDocument, lang: Lang) -> Table:
    """Counsel's Additions box."""
    return next(t for t in doc.tables if t.rows[0].cells[0].text == ADDITIONS_HEADINGS[lang])


def place_tables(doc: DocxDocument, lang: Lang) -> list[Table]:
    """The tables of recorded data with a corrections column (not the entries table)."""
    return [
        t
        for t in doc.tables
        if t.rows[0].cells[-1].text == ENTRY_COLUMN_HEADINGS[lang]
        and t.rows[0].cells[0].text != NUMBER_HEADINGS[lang]
    ]


def export_kept(hearing: Hearing, out: Path, lang: Lang = "nl", **kwargs: object) -> ExportedVersion:
    """Export as the app does: the case keeps the version (sent on 3 March 2026 unless given)."""
    kwargs.setdefault("sent_on", SENT)
    version = export_report(hearing, out, lang, **kwargs)  # type: ignore[arg-type]
    return add_version(hearing.exported_versions, version)


def reopen(path: Path) -> DocxDocument:
    """The report as python-docx reads it."""
    return Document(str(path))
