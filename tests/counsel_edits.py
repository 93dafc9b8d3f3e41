"""What counsel's word processor writes into a report, built with python-docx and raw WordprocessingML.

Tracked insertions (``w:ins``) and deletions (``w:del``), alone or inside a hyperlink, a content
control, a smart tag or a field; hidden text; comments. Used by the import tests.
"""

from __future__ import annotations

import copy

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import _Cell
from docx.text.paragraph import Paragraph

_CHANGE = 'w:id="{id}" w:author="mr. A. Jansen" w:date="2026-03-04T10:00:00Z"'
_ids = iter(range(9000, 99999))


def _attrs() -> str:
    return _CHANGE.format(id=next(_ids))


def _run(text: str, hidden: bool = False) -> str:
    props = "<w:rPr><w:vanish/></w:rPr>" if hidden else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{_escape(text)}</w:t></w:r>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrapped_insertion(text: str, wrapper: str = "") -> str:
    """``<w:ins>`` holding ``text``, optionally inside a hyperlink, content control, smart tag or field."""
    ins = f"<w:ins {_attrs()}>{_run(text)}</w:ins>"
    if wrapper == "hyperlink":
        return f'<w:hyperlink w:anchor="_Toc1" w:history="1">{ins}</w:hyperlink>'
    if wrapper == "sdt":
        alias = '<w:sdtPr><w:alias w:val="Correctie"/></w:sdtPr>'
        return f"<w:sdt>{alias}<w:sdtContent>{ins}</w:sdtContent></w:sdt>"
    if wrapper == "smartTag":
        uri = "urn:schemas-microsoft-com:office:smarttags"
        return f'<w:smartTag w:uri="{uri}" w:element="place">{ins}</w:smartTag>'
    if wrapper == "fldSimple":
        return f'<w:fldSimple w:instr=" QUOTE &quot;x&quot; ">{ins}</w:fldSimple>'
    if wrapper == "field":
        return (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> QUOTE "instruction words" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{ins}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    return ins


def append_xml(paragraph: Paragraph, xml: str) -> None:
    """Append runs (or wrappers of runs) given as WordprocessingML to a paragraph."""
    fragment = parse_xml(f"<w:p {nsdecls('w')}>{xml}</w:p>")
    for child in list(fragment):
        paragraph._p.append(child)


def insert_tracked(paragraph: Paragraph, text: str, wrapper: str = "") -> None:
    """Type ``text`` at the end of a paragraph with Track Changes on."""
    append_xml(paragraph, wrapped_insertion(text, wrapper))


def delete_tracked(paragraph: Paragraph) -> None:
    """Strike every run of a paragraph with Track Changes on (``w:t`` becomes ``w:delText``)."""
    runs = [r for r in paragraph._p if r.tag == qn("w:r")]
    if not runs:
        return
    deletion = parse_xml(f"<w:del {nsdecls('w')} {_attrs()}/>")
    runs[0].addprevious(deletion)
    for run in runs:
        for t in run.findall(qn("w:t")):
            t.tag = qn("w:delText")
        deletion.append(run)


def replace_in_paragraph_tracked(paragraph: Paragraph, old: str, new: str) -> None:
    """Strike ``old`` in a one-run paragraph and insert ``new`` after it, with Track Changes on."""
    text = paragraph.text
    start = text.index(old)
    for run in list(paragraph._p.findall(qn("w:r"))):
        paragraph._p.remove(run)
    append_xml(
        paragraph,
        _run(text[:start])
        + f'<w:del {_attrs()}><w:r><w:delText xml:space="preserve">{_escape(old)}</w:delText></w:r></w:del>'
        + f"<w:ins {_attrs()}>{_run(new)}</w:ins>"
        + _run(text[start + len(old) :]),
    )


def hide(paragraph: Paragraph) -> None:
    """Make every run of a paragraph hidden text (``w:vanish``)."""
    for run in paragraph.runs:
        run.font.hidden = True


def add_content_control(cell: _Cell, text: str) -> None:
    """A block-level content control holding a paragraph of ``text`` at the end of a cell."""
    cell._tc.append(
        parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>'
            f"<w:p>{_run(text)}</w:p></w:sdtContent></w:sdt>"
        )
    )


def comment_on(doc: DocxDocument, paragraph: Paragraph, text: str) -> None:
    """A Word comment anchored on a paragraph's runs (adds a run when the paragraph has none)."""
    runs = paragraph.runs or [paragraph.add_run(" ")]
    doc.add_comment(runs, text=text, author="mr. A. Jansen", initials="AJ")


def duplicate_row_before(row_element: object, text_changes: dict[str, str]) -> None:
    """Put an altered copy of a table row before the original (the forgery the old check missed)."""
    clone = copy.deepcopy(row_element)
    for t in clone.iter(qn("w:t")):  # type: ignore[attr-defined]
        for old, new in text_changes.items():
            if t.text and old in t.text:
                t.text = t.text.replace(old, new)
    row_element.addprevious(clone)  # type: ignore[attr-defined]
