"""Write counsel's corrections into a copy of a report: the corrections column per entry, and the box.

The counsel tool (``ui/counsel``) collects what counsel types per entry and saves "the filled report":
the original report with, in each entry's corrections cell, counsel's text as plain paragraphs, and
the Additions box likewise. Nothing else in the document is touched: the recorded text, the embedded
copy, the footer and every other part are written back byte for byte, so the IND's import and
``check-report`` read it exactly as they read a report filled in Word.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

from lxml import etree

from interview_guide.core.errors import ReportError
from interview_guide.core.sanitize import clean_text
from interview_guide.report.docx_package import open_docx, w
from interview_guide.report.markers import ADDITIONS_HEADINGS, ENTRY_COLUMN_HEADINGS, NUMBER_HEADINGS
from interview_guide.report.report_view import row_cells, table_rows
from interview_guide.storage.atomic import WriteError, write_atomic

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _text(element: etree._Element) -> str:
    return " ".join("".join(t.text or "" for t in element.iter(w("t"))).split())


def _fill(cell: etree._Element, text: str) -> None:
    """Replace the paragraphs of a cell by one paragraph per line of ``text`` (keeping the cell's style)."""
    paragraphs = [p for p in cell if p.tag == w("p")]
    template = paragraphs[0] if paragraphs else etree.SubElement(cell, w("p"))
    props = template.find(w("pPr"))
    for child in list(cell):
        if child.tag not in (w("tcPr"),):
            cell.remove(child)
    for line in clean_text(text).split("\n") or [""]:
        paragraph = etree.SubElement(cell, w("p"))
        if props is not None:
            paragraph.append(copy.deepcopy(props))
        if line:
            run = etree.SubElement(paragraph, w("r"))
            t = etree.SubElement(run, w("t"))
            t.text = line
            t.set(_XML_SPACE, "preserve")


def _tables(body: etree._Element) -> list[etree._Element]:
    return [t for t in body.iter(w("tbl"))]


def fill_report(
    source: Path | str, target: Path | str, corrections: Mapping[int, str], additions: str | None = None
) -> int:
    """Write ``source`` to ``target`` with counsel's text in the corrections cells and the box.

    Args:
        source: the report as received.
        target: where to write the filled report (may be ``source``).
        corrections: entry number -> counsel's text for that entry (an empty text empties the cell).
        additions: the text of the Additions box (None: leave it as it is).

    Returns:
        How many cells were written.

    Raises:
        ReportError: the report cannot be read, has no questions-and-answers table, or cannot be written.
    """
    package = open_docx(source)
    main = package.main_part()
    root = package.xml(main)
    body = root.find(w("body"))
    if body is None:
        raise ReportError(f"{source}: not a Word document (no document body)")
    written = 0
    found = False
    for table in _tables(body):
        rows = table_rows(table)
        if not rows:
            continue
        head = [_text(c) for c in row_cells(rows[0])]
        first, last = (head[0], head[-1]) if head else ("", "")
        if len(head) >= 4 and first in NUMBER_HEADINGS.values() and last in ENTRY_COLUMN_HEADINGS.values():
            found = True
            for row in rows[1:]:
                cells = row_cells(row)
                number = _text(cells[0]) if cells else ""
                if len(cells) == 4 and number.isdigit() and int(number) in corrections:
                    _fill(cells[3], corrections[int(number)])
                    written += 1
        elif len(head) == 1 and first in ADDITIONS_HEADINGS.values() and len(rows) > 1:
            if additions is None:
                continue
            cells = row_cells(rows[1])
            if cells:
                _fill(cells[0], additions)
                written += 1
    if not found:
        raise ReportError(f"{source}: no questions-and-answers table; is this an exported report?")
    document = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in package.archive.infolist():
            data = document if info.filename == main else package.read(info.filename)
            archive.writestr(info.filename, data)
    try:
        write_atomic(Path(target), out.getvalue())
    except WriteError as exc:
        raise ReportError(str(exc)) from None
    return written
