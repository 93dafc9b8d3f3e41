"""Every word of a Word paragraph, whatever holds it: tracked changes, content controls, fields, links.

Counsel's words can sit in a tracked insertion (``w:ins``, ``w:moveTo``), a content control
(``w:sdt``), a smart tag, a custom-XML wrapper, a hyperlink, a simple or complex field's result, a
text box or an equation; a tracked deletion (``w:del``, ``w:moveFrom``) holds words that were struck.
The walk below reads text from any element it does not know (so a wrapper Word invents tomorrow does
not hide words), skipping only properties, field instructions and the fallback copy of a text box.
Each paragraph keeps its text as segments marked inserted, deleted or hidden, so the same paragraph
can be read as it now stands (insertions in, deletions out) and as it stood before the tracked changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from interview_guide.report.docx_package import NS, w

Change = Literal["", "ins", "del"]

_MC_FALLBACK = f"{{{NS['mc']}}}Fallback"
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_SKIP = {
    w("pPr"),
    w("rPr"),
    w("sdtPr"),
    w("sdtEndPr"),
    w("tblPr"),
    w("trPr"),
    w("tcPr"),
    w("instrText"),
    w("delInstrText"),
    w("txbxContent"),
    _MC_FALLBACK,
}
_INSERTED = {w("ins"), w("moveTo")}
_DELETED = {w("del"), w("moveFrom")}
_LINE_BREAKS = {w("br"), w("cr")}
_OFF = {"0", "false", "off"}


@dataclass
class Segment:
    """A stretch of text with one change state."""

    text: str
    change: Change = ""
    hidden: bool = False


@dataclass
class Line:
    """One paragraph as found: its segments, the tracked state of its mark, and what is anchored in it."""

    segments: list[Segment] = field(default_factory=list)
    mark: Change = ""  # the paragraph mark itself was inserted or deleted with change tracking on
    comments: list[str] = field(default_factory=list)  # ids of comments that start (or are referenced) here
    notes: list[tuple[str, str]] = field(default_factory=list)  # ("footnote" | "endnote", id)
    style: str = ""  # the paragraph style's id (``IGQuestion``), as written in the file

    def current(self) -> str:
        """The text as it now stands (insertions in, deletions out, hidden text included)."""
        return "".join(s.text for s in self.segments if s.change != "del")

    def original(self) -> str:
        """The text before the tracked changes (deletions in, insertions out)."""
        return "".join(s.text for s in self.segments if s.change != "ins")

    def text_of(self, change: Change) -> str:
        """The inserted (``"ins"``) or deleted (``"del"``) text only."""
        return "".join(s.text for s in self.segments if s.change == change)

    @property
    def changed(self) -> bool:
        """Whether the paragraph holds a tracked change."""
        return bool(self.mark) or any(s.change for s in self.segments if s.text)

    @property
    def hidden(self) -> bool:
        """Whether the paragraph holds hidden (``w:vanish``) text."""
        return any(s.hidden and s.text.strip() for s in self.segments)


def _on(element: etree._Element | None) -> bool:
    if element is None:
        return False
    return (element.get(w("val")) or "true").lower() not in _OFF


def _run_hidden(run: etree._Element) -> bool:
    props = run.find(w("rPr"))
    return props is not None and _on(props.find(w("vanish")))


def _mark_change(paragraph: etree._Element) -> Change:
    props = paragraph.find(w("pPr"))
    run_props = props.find(w("rPr")) if props is not None else None
    if run_props is None:
        return ""
    if run_props.find(w("ins")) is not None or run_props.find(w("moveTo")) is not None:
        return "ins"
    if run_props.find(w("del")) is not None or run_props.find(w("moveFrom")) is not None:
        return "del"
    return ""


class _Walker:
    """Collects the segments of one paragraph."""

    def __init__(self) -> None:
        self.line = Line()
        self.fields: list[bool] = []  # per open complex field: True while in its instruction part

    def add(self, text: str, change: Change, hidden: bool) -> None:
        if not text:
            return
        if any(self.fields):
            return
        last = self.line.segments[-1] if self.line.segments else None
        if last is not None and last.change == change and last.hidden == hidden:
            last.text += text
        else:
            self.line.segments.append(Segment(text, change, hidden))

    def walk(self, element: etree._Element, change: Change, hidden: bool) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP or tag == w("p"):
                continue  # comments, processing instructions, properties; a nested paragraph is its own line
            if tag in _INSERTED:
                self.walk(child, "ins", hidden)
            elif tag in _DELETED:
                self.walk(child, "del", hidden)
            elif tag == w("r"):
                self.walk(child, change, hidden or _run_hidden(child))
            elif tag in (w("t"), w("delText"), _MATH_T):
                self.add(child.text or "", change, hidden)
            elif tag in (w("tab"), w("ptab")):
                self.add("\t", change, hidden)
            elif tag in _LINE_BREAKS:
                self.add("\n", change, hidden)
            elif tag == w("noBreakHyphen"):
                self.add("-", change, hidden)
            elif tag == w("sym"):
                self.add(_symbol(child), change, hidden)
            elif tag == w("fldChar"):
                self._field_char(child)
            elif tag in (w("commentRangeStart"), w("commentReference")):
                comment = child.get(w("id"))
                if comment is not None and comment not in self.line.comments:
                    self.line.comments.append(comment)
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                note = child.get(w("id"))
                if note is not None:
                    kind = "footnote" if tag == w("footnoteReference") else "endnote"
                    self.line.notes.append((kind, note))
            else:
                self.walk(child, change, hidden)

    def _field_char(self, element: etree._Element) -> None:
        kind = element.get(w("fldCharType"))
        if kind == "begin":
            self.fields.append(True)
        elif kind == "separate" and self.fields:
            self.fields[-1] = False
        elif kind == "end" and self.fields:
            self.fields.pop()


def _symbol(element: etree._Element) -> str:
    code = element.get(w("char")) or ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= value <= 0xF0FF:  # symbol fonts map their glyphs into the private use area
        value -= 0xF000
    return chr(value) if 0x20 <= value < 0x110000 and not 0xD800 <= value < 0xE000 else ""


# A paragraph holding none of these is read in one pass (the common case, and most of the time of reading
# a long report): its text is the text of its w:t elements. Anything else takes the full walk.
_SPECIAL = etree.XPath(
    " | ".join(
        f".//{name}"
        for name in (
            "w:ins",
            "w:del",
            "w:moveTo",
            "w:moveFrom",
            "w:delText",
            "w:fldChar",
            "w:instrText",
            "w:delInstrText",
            "w:fldSimple",
            "w:vanish",
            "w:tab",
            "w:ptab",
            "w:br",
            "w:cr",
            "w:sym",
            "w:noBreakHyphen",
            "w:commentRangeStart",
            "w:commentReference",
            "w:footnoteReference",
            "w:endnoteReference",
            "w:txbxContent",
            "w:sdt",
            "mc:AlternateContent",
            "m:t",
        )
    ),
    namespaces={**NS, "m": "http://schemas.openxmlformats.org/officeDocument/2006/math"},
)


def special_paragraphs(root: etree._Element) -> set[etree._Element]:
    """The paragraphs under ``root`` that need the full walk (one XPath over the whole tree)."""
    found: set[etree._Element] = set()
    result = _SPECIAL(root)
    for element in result if isinstance(result, list) else []:
        if not isinstance(element, etree._Element):
            continue
        paragraph = next((a for a in element.iterancestors(w("p"))), None)
        if paragraph is not None:
            found.add(paragraph)
    return found


def _plain_text(paragraph: etree._Element, special: set[etree._Element] | None) -> str | None:
    if special is None:
        if _SPECIAL(paragraph):
            return None
    elif paragraph in special:
        return None
    return "".join(t.text or "" for t in paragraph.iter(w("t")))


def read_paragraph(paragraph: etree._Element, special: set[etree._Element] | None = None) -> Line:
    """The segments of one ``w:p`` (a text box inside it is read as paragraphs of its own).

    Args:
        paragraph: the ``w:p`` element.
        special: the paragraphs of the document that need the full walk (``special_paragraphs``);
            None: find out for this paragraph alone.
    """
    walker = _Walker()
    plain = _plain_text(paragraph, special)
    if plain is not None:
        walker.add(plain, "", False)
    else:
        walker.walk(paragraph, "", False)
    walker.line.mark = _mark_change(paragraph)
    props = paragraph.find(w("pPr"))
    style = props.find(w("pStyle")) if props is not None else None
    walker.line.style = (style.get(w("val")) or "") if style is not None else ""
    return walker.line


def paragraphs_in(element: etree._Element) -> Iterator[etree._Element]:
    """Every ``w:p`` under ``element`` in document order, text boxes included, fallback copies skipped."""
    for paragraph in element.iter(w("p")):
        if any(ancestor.tag == _MC_FALLBACK for ancestor in paragraph.iterancestors()):
            continue
        yield paragraph


def read_block(element: etree._Element, special: set[etree._Element] | None = None) -> list[Line]:
    """The paragraphs of a cell, a comment or any other container, in order."""
    return [read_paragraph(p, special) for p in paragraphs_in(element)]


def _split(lines: list[str]) -> list[str]:
    return [piece for line in lines for piece in line.replace("\v", "\n").split("\n")]


def current_lines(block: list[Line]) -> list[str]:
    """The block's text as it now stands, one string per line (a deleted paragraph mark joins lines)."""
    return _joined(block, "del", lambda line: line.current())


def original_lines(block: list[Line]) -> list[str]:
    """The block's text before the tracked changes (an inserted paragraph mark joins lines)."""
    return _joined(block, "ins", lambda line: line.original())


def _joined(block: list[Line], merging: Change, text: Callable[[Line], str]) -> list[str]:
    out: list[str] = []
    carry = ""
    for line in block:
        value = carry + text(line)
        if line.mark == merging:
            carry = value
            continue
        carry = ""
        out.append(value)
    if carry:
        out.append(carry)
    return _split(out)


def has_hidden(block: list[Line]) -> bool:
    """Whether any paragraph of the block holds hidden text."""
    return any(line.hidden for line in block)
