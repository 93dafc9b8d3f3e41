"""Right-to-left text in Word: flag paragraphs (w:bidi) and runs (w:rtl) that hold Arabic, Farsi or Hebrew.

python-docx has no API for the paragraph flag (python-openxml/python-docx#349, #1411), so the
elements are inserted here in schema order. A paragraph is right-to-left when most of its strong
characters are (see :func:`dominant_direction`); inside any paragraph, runs are split where the script
direction changes and the right-to-left pieces are flagged ``w:rtl``, so Latin words and digits in a
Farsi answer, or a Farsi word in a Dutch answer, are ordered and shaped correctly.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements and presentation forms.
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_HAS_RTL = re.compile(f"[{_RTL_CHARS}]")

_BIDI_SUCCESSORS = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_RTL_SUCCESSORS = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_P, _R, _T, _PPR, _RPR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:pPr"), qn("w:rPr")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left script character."""
    return _HAS_RTL.search(text) is not None


def _strong(char: str) -> str | None:
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return "rtl"
    if kind == "L":
        return "ltr"
    return None


def base_direction(text: str) -> str | None:
    """``"rtl"`` or ``"ltr"`` after the first strong character of ``text``; None if it has none."""
    for char in text:
        direction = _strong(char)
        if direction is not None:
            return direction
    return None


def dominant_direction(text: str) -> str | None:
    """The paragraph direction of ``text``: ``"rtl"`` only when it starts right-to-left *and* most of
    its strong characters are right-to-left; None without strong characters.

    Unicode's rule P2 looks at the first strong character alone, which turns a Dutch sentence that
    opens with a Farsi word into a right-to-left paragraph; the report is Dutch or English, so mixed
    paragraphs lean left-to-right and only text that is mainly right-to-left is laid out as such.
    """
    first = base_direction(text)
    if first != "rtl":
        return first
    rtl = ltr = 0
    for char in text:
        direction = _strong(char)
        if direction == "rtl":
            rtl += 1
        elif direction == "ltr":
            ltr += 1
    return "rtl" if rtl >= ltr else "ltr"


def direction_segments(text: str, base_rtl: bool = False) -> list[tuple[str, bool]]:
    """Split ``text`` where the script direction changes.

    Neutral characters (spaces, punctuation, digits) between two pieces of the same direction take
    that direction; elsewhere they take the paragraph's direction (``base_rtl``), as in Unicode bidi
    rules N1/N2.

    Returns:
        (piece, is_rtl) pairs that join back to ``text``.
    """
    strong = [_strong(char) for char in text]
    resolved: list[bool] = []
    index, length = 0, len(text)
    while index < length:
        if strong[index] is not None:
            resolved.append(strong[index] == "rtl")
            index += 1
            continue
        end = index
        while end < length and strong[end] is None:
            end += 1
        before = strong[index - 1] if index > 0 else None
        after = strong[end] if end < length else None
        value = before == "rtl" if before is not None and before == after else base_rtl
        resolved.extend([value] * (end - index))
        index = end
    segments: list[tuple[str, bool]] = []
    start = 0
    for position in range(1, length + 1):
        if position == length or resolved[position] != resolved[start]:
            segments.append((text[start:position], resolved[start]))
            start = position
    return segments


def _ensure(parent: BaseOxmlElement, tag: str, successors: Iterable[str]) -> None:
    if parent.find(qn(tag)) is None:
        parent.insert_element_before(parent.makeelement(qn(tag), {}), *successors)


def _ppr(paragraph: BaseOxmlElement) -> BaseOxmlElement:
    ppr = paragraph.find(_PPR)
    if ppr is None:
        ppr = paragraph.makeelement(_PPR, {})
        paragraph.insert(0, ppr)
    return ppr  # type: ignore[no-any-return]  # lxml's find() is untyped; the element is a pPr


def _rpr(run: BaseOxmlElement) -> BaseOxmlElement:
    rpr = run.find(_RPR)
    if rpr is None:
        rpr = run.makeelement(_RPR, {})
        run.insert(0, rpr)
    return rpr  # type: ignore[no-any-return]  # lxml's find() is untyped; the element is an rPr


def _split_run(run: BaseOxmlElement, base_rtl: bool) -> None:
    # Only simple runs (one w:t, optional w:rPr) are split; others are flagged as a whole.
    children = [child for child in run if child.tag != _RPR]
    if len(children) != 1 or children[0].tag != _T:
        if has_rtl("".join(t.text or "" for t in run.iter(_T))):
            _ensure(_rpr(run), "w:rtl", _RTL_SUCCESSORS)
        return
    text = children[0].text or ""
    segments = direction_segments(text, base_rtl)
    if not any(rtl for _, rtl in segments):
        return
    parent = run.getparent()
    position = parent.index(run)
    parent.remove(run)
    for offset, (piece, rtl) in enumerate(segments):
        new = copy.deepcopy(run)
        t = new.find(_T)
        t.text = piece
        t.set(_XML_SPACE, "preserve")
        if rtl:
            _ensure(_rpr(new), "w:rtl", _RTL_SUCCESSORS)
        parent.insert(position + offset, new)


def flag_paragraph(paragraph: BaseOxmlElement) -> bool:
    """Flag one ``w:p`` element; returns whether it holds right-to-left text."""
    text = "".join(t.text or "" for t in paragraph.iter(_T))
    if not has_rtl(text):
        return False
    base_rtl = dominant_direction(text) == "rtl"
    if base_rtl:
        _ensure(_ppr(paragraph), "w:bidi", _BIDI_SUCCESSORS)
    for run in list(paragraph.iter(_R)):
        _split_run(run, base_rtl)
    return True


def flag_rtl(root: BaseOxmlElement) -> int:
    """Flag every paragraph under ``root`` (a document body, header or footer) that holds RTL text.

    Returns:
        The number of paragraphs that hold right-to-left text.
    """
    return sum(flag_paragraph(p) for p in list(root.iter(_P)))
