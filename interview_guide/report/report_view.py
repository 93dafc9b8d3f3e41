"""A returned (or freshly rendered) report read into its parts: entry rows, places, sections, comments.

The walk follows the body in order. Tables are told apart by their first row: the questions-and-
answers table begins with the number column and ends with the corrections column; a table whose last
heading is the corrections column is a place for corrections next to recorded data (case data, a
sitting, the reference frame, the opening, the remarks); a one-cell table headed "Aanvullingen" /
"Additions" is counsel's box. Everything else (paragraphs and other tables) is section text under the
nearest heading. Content controls and custom-XML wrappers around paragraphs, rows or cells are opened,
so no text escapes by being wrapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from interview_guide.core.errors import ReportError
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.report.docx_package import NS, STRICT_W, DocxPackage, w
from interview_guide.report.docx_text import (
    Change,
    Line,
    current_lines,
    read_block,
    read_paragraph,
    special_paragraphs,
)
from interview_guide.report.markers import ADDITIONS_HEADINGS, ENTRY_COLUMN_HEADINGS, NUMBER_HEADINGS

_WRAPPERS = {w("customXml"), w("smartTag")}
_NUMBER = re.compile(r"^\s*(\d{1,6})")
REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
REL_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
REL_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
REL_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"

Block = list[Line]


@dataclass
class EntryRow:
    """A numbered row of the questions-and-answers table."""

    position: int  # row index in the table (0: the heading row)
    number: int
    number_cell: Block
    question: Block
    answer: Block
    corrections: Block
    cells: int
    tracked: Change = ""  # the whole row was inserted or deleted with change tracking on


@dataclass
class OtherRow:
    """A row of the questions-and-answers table without a number: a divider, or a row counsel added."""

    position: int
    after: int  # the number of the last numbered row above it (0: none)
    text: Block
    corrections: Block
    cells: int
    tracked: Change = ""


@dataclass
class PlaceRow:
    """A row of a table with a corrections column next to recorded data."""

    title: str  # the heading above the table
    label: str
    value: Block
    corrections: Block
    tracked: Change = ""


@dataclass
class Comment:
    """A Word comment: who, and what it says."""

    id: str
    author: str
    lines: list[str]


@dataclass
class ReportView:
    """Everything a report holds, in the parts the import and the checks work with."""

    source: str
    lang: Lang | None = None
    entry_rows: list[EntryRow] = field(default_factory=list)
    other_rows: list[OtherRow] = field(default_factory=list)
    place_rows: list[PlaceRow] = field(default_factory=list)
    sections: list[tuple[str, Block]] = field(default_factory=list)
    additions: list[Block] = field(default_factory=list)
    comments: dict[str, Comment] = field(default_factory=dict)
    notes: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    footer_text: str = ""
    custom_parts: list[bytes] = field(default_factory=list)
    styles: dict[str, str] = field(default_factory=dict)  # style id -> style name
    style_langs: dict[str, str] = field(default_factory=dict)  # style name -> language tag (w:lang)
    entries_table_found: bool = False
    entries_heading: str = ""  # the heading of the section that holds the questions-and-answers table
    rows_without_cells: int = 0


def _children(element: etree._Element) -> Iterator[etree._Element]:
    """Children, with content controls, custom-XML wrappers and smart tags opened."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _children(content)
        elif tag in _WRAPPERS:
            yield from _children(child)
        else:
            yield child


def row_cells(row: etree._Element) -> list[etree._Element]:
    """The cells of a table row (inside content controls and custom-XML wrappers too)."""
    return [c for c in _children(row) if c.tag == w("tc")]


def table_rows(table: etree._Element) -> list[etree._Element]:
    """The rows of a table (inside wrappers too)."""
    return [r for r in _children(table) if r.tag == w("tr")]


def _row_change(row: etree._Element) -> Change:
    props = row.find(w("trPr"))
    if props is None:
        return ""
    if props.find(w("ins")) is not None:
        return "ins"
    if props.find(w("del")) is not None:
        return "del"
    return ""


def _text(block: Block) -> str:
    return " ".join(" ".join(current_lines(block)).split())


def _style_names(package: DocxPackage, main: str) -> tuple[dict[str, str], dict[str, str]]:
    """Style id -> name, and style name -> the language tag its runs carry."""
    styles = next(
        (
            target
            for kind, target, ext in package.relationships(main).values()
            if kind.endswith("/styles") and not ext
        ),
        None,
    )
    root = package.optional_xml(styles) if styles else None
    names: dict[str, str] = {}
    langs: dict[str, str] = {}
    if root is not None:
        for style in root.iter(w("style")):
            name = style.find(w("name"))
            style_id = style.get(w("styleId"))
            if style_id is None:
                continue
            names[style_id] = (name.get(w("val")) if name is not None else None) or style_id
            lang = style.find(f"{w('rPr')}/{w('lang')}")
            if lang is not None and lang.get(w("val")):
                langs[names[style_id]] = lang.get(w("val")) or ""
    return names, langs


class _Reader:
    def __init__(
        self, package: DocxPackage | None, source: str = "", styles: dict[str, str] | None = None
    ) -> None:
        self.package = package
        self.main = package.main_part() if package is not None else ""
        self.view = ReportView(source=package.source if package is not None else source)
        if package is not None:
            self.styles, self.view.style_langs = _style_names(package, self.main)
        else:
            self.styles = dict(styles or {})
        self.view.styles = self.styles
        self.special: set[etree._Element] | None = None
        self.heading = ""
        self.subheading = ""
        self.section_lines: Block = []

    def _is_heading(self, paragraph: etree._Element) -> int:
        props = paragraph.find(w("pPr"))
        style = props.find(w("pStyle")) if props is not None else None
        name = (
            self.styles.get(style.get(w("val")) or "", style.get(w("val")) or "") if style is not None else ""
        )
        name = name.casefold().replace(" ", "")
        if name in ("heading1", "title"):
            return 1
        if name == "heading2":
            return 2
        return 0

    def _flush(self) -> None:
        if self.section_lines:
            self.view.sections.append((self.heading, self.section_lines))
        self.section_lines = []

    def body(self, element: etree._Element) -> None:
        if self.special is None:
            self.special = special_paragraphs(element)
        for child in _children(element):
            if child.tag == w("p"):
                level = self._is_heading(child)
                line = read_paragraph(child, self.special)
                if level == 1:
                    self._flush()
                    self.heading = " ".join(line.current().split())
                    self.subheading = ""
                elif level == 2:
                    self.subheading = " ".join(line.current().split())
                self.section_lines.append(line)
                self.section_lines.extend(read_block_inner(child, self.special))
            elif child.tag == w("tbl"):
                self.table(child)

    def table(self, table: etree._Element) -> None:
        rows = table_rows(table)
        if not rows:
            return
        head = [_text(read_block(c, self.special)) for c in row_cells(rows[0])]
        corrections_heads = set(ENTRY_COLUMN_HEADINGS.values())
        if len(head) >= 2 and head[-1] in corrections_heads and head[0] in NUMBER_HEADINGS.values():
            self.entries(rows, head)
        elif len(head) >= 2 and head[-1] in corrections_heads:
            self.places(rows)
        elif len(head) == 1 and head[0] in ADDITIONS_HEADINGS.values():
            for row in rows[1:]:
                for cell in row_cells(row):
                    self.view.additions.append(read_block(cell, self.special))
        else:
            for row in rows:
                for cell in row_cells(row):
                    self.section_lines.extend(read_block(cell, self.special))

    def entries(self, rows: list[etree._Element], head: list[str]) -> None:
        if self.view.entries_table_found:
            raise ReportError(
                f"{self.view.source}: holds two questions-and-answers tables; only one is allowed"
            )
        self.view.entries_table_found = True
        self.view.entries_heading = self.heading
        self.view.lang = next((lang for lang in LANGUAGES if ENTRY_COLUMN_HEADINGS[lang] == head[-1]), None)
        last = 0
        for position, row in enumerate(rows[1:], start=1):
            cells = [read_block(c, self.special) for c in row_cells(row)]
            if not cells:
                self.view.rows_without_cells += 1
                continue
            number = _NUMBER.match(" ".join(_original_text(cells[0]).split()))
            if number is not None and len(cells) >= 3:
                value = int(number.group(1))
                self.view.entry_rows.append(
                    EntryRow(
                        position=position,
                        number=value,
                        number_cell=cells[0],
                        question=cells[1],
                        answer=cells[2] if len(cells) >= 4 else [],
                        corrections=cells[-1] if len(cells) >= 4 else [],
                        cells=len(cells),
                        tracked=_row_change(row),
                    )
                )
                last = value
            else:
                self.view.other_rows.append(
                    OtherRow(
                        position=position,
                        after=last,
                        text=[line for cell in cells[:-1] for line in cell] if len(cells) > 1 else cells[0],
                        corrections=cells[-1] if len(cells) > 1 else [],
                        cells=len(cells),
                        tracked=_row_change(row),
                    )
                )

    def places(self, rows: list[etree._Element]) -> None:
        title = self.subheading or self.heading
        for row in rows[1:]:
            cells = [read_block(c, self.special) for c in row_cells(row)]
            if not cells:
                self.view.rows_without_cells += 1
                continue
            label = _text(cells[0]) if len(cells) >= 3 else ""
            value = [line for cell in cells[1 if len(cells) >= 3 else 0 : -1] for line in cell]
            self.view.place_rows.append(
                PlaceRow(
                    title=title,
                    label=label,
                    value=value if len(cells) > 1 else cells[0],
                    corrections=cells[-1] if len(cells) > 1 else [],
                    tracked=_row_change(row),
                )
            )

    def extras(self) -> None:
        assert self.package is not None
        rels = self.package.relationships(self.main)
        footers: list[str] = []
        for kind, target, external in rels.values():
            if external or not self.package.has(target):
                continue
            if kind == REL_COMMENTS:
                self.comments(self.package.xml(target))
            elif kind in (REL_FOOTNOTES, REL_ENDNOTES):
                self.notes(self.package.xml(target), "footnote" if kind == REL_FOOTNOTES else "endnote")
            elif kind in (REL_FOOTER, REL_HEADER):
                root = self.package.xml(target)
                footers.extend(" ".join(current_lines(read_block(root))).split("\n"))
            elif kind == REL_CUSTOM_XML:
                self.view.custom_parts.append(self.package.read(target))
        for name in sorted(self.package.names):
            if name.startswith("customXml/item") and name.endswith(".xml") and "/_rels/" not in name:
                data = self.package.read(name)
                if data not in self.view.custom_parts:
                    self.view.custom_parts.append(data)
        self.view.footer_text = "\n".join(footers)

    def comments(self, root: etree._Element) -> None:
        for comment in root.iter(w("comment")):
            comment_id = comment.get(w("id"))
            if comment_id is None:
                continue
            lines = [line for line in current_lines(read_block(comment)) if line.strip()]
            self.view.comments[comment_id] = Comment(comment_id, comment.get(w("author")) or "", lines)

    def notes(self, root: etree._Element, kind: str) -> None:
        tag = w("footnote") if kind == "footnote" else w("endnote")
        for note in root.iter(tag):
            note_id = note.get(w("id"))
            if note_id is not None:
                self.view.notes[(kind, note_id)] = [
                    line for line in current_lines(read_block(note)) if line.strip()
                ]


def read_block_inner(paragraph: etree._Element, special: set[etree._Element] | None = None) -> Block:
    """Paragraphs nested in a paragraph (text boxes), read as lines after it."""
    inner = [p for p in paragraph.iter(w("p")) if p is not paragraph]
    if not inner:
        return []
    return [
        read_paragraph(p, special)
        for p in inner
        if not any(a.tag == f"{{{NS['mc']}}}Fallback" for a in p.iterancestors())
    ]


def _original_text(block: Block) -> str:
    return "".join(line.original() for line in block)


def read_body(body: etree._Element, styles: dict[str, str], source: str) -> ReportView:
    """Read the body of a document already in memory (a report just rendered): its tables and sections.

    Args:
        body: the ``w:body`` element.
        styles: style id -> style name.
        source: a name for messages.
    """
    reader = _Reader(None, source, styles)
    reader.body(body)
    reader._flush()
    return reader.view


def read_view(package: DocxPackage) -> ReportView:
    """Read the parts of a report from an opened package.

    Raises:
        ReportError: not a WordprocessingML document, or damaged.
    """
    reader = _Reader(package)
    root = package.xml(reader.main)
    if root.tag == f"{{{STRICT_W}}}document":
        raise ReportError(
            f"{package.source}: saved as “Strict Open XML”; save it as an ordinary Word document (.docx)"
        )
    body = root.find(w("body"))
    if root.tag != w("document") or body is None:
        raise ReportError(f"{package.source}: not a Word document (no document body)")
    reader.body(body)
    reader._flush()
    reader.extras()
    return reader.view
