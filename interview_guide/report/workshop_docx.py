"""Small building blocks for the workshop's Word documents (feedback sheet, role cards).

These documents are teaching material, not the hearing report: they are built with python-docx
directly (no template to keep in step), every text is cleaned of XML-invalid characters, and they
are written atomically like the report.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from interview_guide.core.sanitize import clean_text


def new_document(font_size: float = 10.5) -> DocumentObject:
    """An A4 document with 2 cm margins and a readable body font."""
    document = Document()
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(font_size)
    return document


def text(value: object) -> str:
    """A value as text fit for Word (control characters removed)."""
    return clean_text(str(value))


def heading(document: DocumentObject, title: str, level: int = 1) -> Paragraph:
    """Add a heading."""
    added: Paragraph = document.add_heading(text(title), level=level)
    return added


def paragraph(
    document: DocumentObject | _Cell, body: str, *, bold: bool = False, italic: bool = False, size: float = 0
) -> Paragraph:
    """Add a paragraph of plain text (one run)."""
    para = document.add_paragraph()
    run = para.add_run(text(body))
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return para


def shade(cell: _Cell, fill: str) -> None:
    """Give a table cell a background colour (hex RGB such as ``"D9EAD3"``)."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def set_cell(
    cell: _Cell, value: object, *, bold: bool = False, italic: bool = False, size: float = 0
) -> None:
    """Replace the text of a table cell."""
    cell.text = ""
    run = cell.paragraphs[0].add_run(text(value))
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)


def table(
    document: DocumentObject, header: list[str] | None, rows: list[list[object]], widths: list[float]
) -> Table:
    """Add a table, with a shaded header row unless ``header`` is None; ``widths`` in cm."""
    lines: list[list[object]] = ([list[object](header)] if header is not None else []) + rows
    grid: Table = document.add_table(rows=len(lines), cols=len(widths))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row, values in zip(grid.rows, lines, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            set_cell(cell, value)
    if header is not None:
        for cell in grid.rows[0].cells:
            cell.paragraphs[0].runs[0].bold = True
            shade(cell, "E7E6E6")
    fix_widths(grid, widths)
    return grid


def fix_widths(grid: Table, widths: list[float]) -> None:
    """Give the columns of a table fixed widths in cm (Word and LibreOffice both honour them)."""
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Cm(width)
    for row in grid.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def muted(para: Paragraph) -> None:
    """Print a paragraph's runs in grey (notes on how to read the document)."""
    for run in para.runs:
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def to_bytes(document: DocumentObject) -> bytes:
    """The document as .docx bytes."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
