"""Right-to-left detection and run splitting (report/bidi.py)."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn

from interview_guide.report.bidi import direction_segments, dominant_direction, flag_rtl, has_rtl


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("من در تهران زندگی می‌کردم.", "rtl"),
        ("שלום, אני מדבר עברית.", "rtl"),
        ("كنت أذهب إلى الكنيسة سراً.", "rtl"),
        ("In mijn taal zeggen we: من در تهران زندگی می‌کردم.", "ltr"),
        ("همجنس‌گرا (hamjensgara): haar eigen woord, zo noemt zij zichzelf.", "ltr"),
        ("او گفت: «ما در سال 2019 به Istanbul رفتیم.»", "rtl"),
        ("2019 — 12:30", None),
    ],
)
def test_paragraph_direction(text: str, direction: str | None) -> None:
    assert dominant_direction(text) == direction


def test_segments_keep_every_character_and_put_neutrals_sensibly() -> None:
    text = "In mijn taal zeggen we: من در تهران زندگی. En verder"
    segments = direction_segments(text)
    assert "".join(piece for piece, _ in segments) == text
    assert segments == [
        ("In mijn taal zeggen we: ", False),
        ("من در تهران زندگی", True),
        (". En verder", False),
    ]
    rtl = direction_segments("او گفت: «ما در سال 2019 به Istanbul رفتیم.»", True)
    assert [piece for piece, is_rtl in rtl if not is_rtl] == ["Istanbul"]


def test_flag_rtl_sets_paragraph_and_run_flags_in_schema_order() -> None:
    doc = Document()
    farsi = doc.add_paragraph("من در تهران زندگی می‌کردم (Tehran).", style="List Bullet")
    mixed = doc.add_paragraph("Zij zei ")
    mixed.add_run("دلم برات تنگ شده").bold = True
    plain = doc.add_paragraph("Nothing to do here.")
    assert flag_rtl(doc.element.body) == 2
    ppr = farsi._p.pPr
    assert ppr is not None and ppr.find(qn("w:bidi")) is not None
    children = [child.tag for child in ppr]
    assert children.index(qn("w:pStyle")) < children.index(qn("w:bidi"))
    assert mixed._p.pPr is None or mixed._p.pPr.find(qn("w:bidi")) is None
    flagged = [
        run.text for run in mixed.runs if run._r.rPr is not None and run._r.rPr.find(qn("w:rtl")) is not None
    ]
    assert flagged == ["دلم برات تنگ شده"]
    bold = mixed.runs[-1]._r.rPr
    assert bold is not None and [c.tag for c in bold].index(qn("w:b")) < [c.tag for c in bold].index(
        qn("w:rtl")
    )
    assert farsi.text == "من در تهران زندگی می‌کردم (Tehran)." and not has_rtl(plain.text)
    latin = [r for r in farsi.runs if r.text == "Tehran"]
    assert latin and (latin[0]._r.rPr is None or latin[0]._r.rPr.find(qn("w:rtl")) is None)
