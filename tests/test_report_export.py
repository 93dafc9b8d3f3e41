"""The exported Word report, reopened with python-docx: every entry in order, RTL, sanitising, fingerprint."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from report_helpers import SENT, additions_box, divider_texts, entries_table, entry_rows
from test_report_data import CONTROL, FARSI, HEBREW, HOSTILE, big_hearing, rich_hearing

from interview_guide.cli import main
from interview_guide.core.errors import ReportError
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.report.bidi import base_direction, dominant_direction, has_rtl
from interview_guide.report.docx_report import default_template, export_report
from interview_guide.storage import save_case

NO_ANSWER = {"nl": "(geen antwoord vastgelegd)", "en": "(no answer recorded)"}


def export(hearing: Hearing, tmp_path: Path, lang: Lang = "nl", **kwargs: object) -> DocxDocument:
    """Export (sent to counsel on 3 March 2026) and reopen."""
    out = tmp_path / f"report_{lang}.docx"
    kwargs.setdefault("sent_on", SENT)
    export_report(hearing, out, lang, **kwargs)  # type: ignore[arg-type]
    return Document(str(out))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_entry_is_present_in_order_with_its_number(tmp_path: Path, lang: Lang) -> None:
    hearing = rich_hearing()
    doc = export(hearing, tmp_path, lang)
    table = entries_table(doc, lang)
    assert len(table.columns) == 4
    assert table._tbl.getparent().tag == qn("w:body"), "the entries table sits at body level"
    assert not table._tbl.findall(".//" + qn("w:tbl")), "no nested tables"
    rows = entry_rows(table)
    assert [row.cells[0].text for row in rows] == [str(e.number) for e in hearing.entries]
    for row, entry in zip(rows, hearing.entries, strict=True):
        assert row.cells[0].text.isdigit()
        question = [p.text for p in row.cells[1].paragraphs]
        assert entry.question_text in question
        answer = [p.text for p in row.cells[2].paragraphs]
        if entry.answer_text and entry.number != 3:
            lines = entry.answer_text.split("\n")
            assert answer[: len(lines)] == lines, "each line of an answer is its own paragraph"
        counsel = row.cells[3]
        assert counsel.text == "" and len(counsel.paragraphs) == 1
        assert not counsel._tc.findall(".//" + qn("w:sdt")) and not counsel._tc.findall(
            ".//" + qn("w:fldChar")
        )
    empty = next(e for e in hearing.entries if not e.answer_text)
    assert rows[empty.number - 1].cells[2].text == NO_ANSWER[lang]


def test_headings_markers_and_notes_in_the_table(tmp_path: Path) -> None:
    hearing = rich_hearing()
    table = entries_table(export(hearing, tmp_path, "en"), "en")
    rows = entry_rows(table)
    first = [p.text for p in rows[0].cells[1].paragraphs]
    assert first[0] == "09:31", "the time the question was asked comes first in the question cell"
    assert "Follow-up to question 1" in rows[1].cells[1].text
    assert "The officer's own question" in rows[2].cells[1].text
    assert "Clarifies the answer to question 1" in rows[4].cells[1].text
    assert "Interpreter problem raised at 09:36" in rows[1].cells[1].text, "marks go in the question cell"
    assert [p.text for p in rows[1].cells[2].paragraphs] == hearing.entries[1].answer_text.split("\n")
    # Sittings and breaks are rows of their own, between the entries where they happened.
    assert divider_texts(table) == [
        "Sitting 1 — Monday 2 March 2026, start 09:30",
        "Break 10:20–10:35: medisch advies",
        "End of sitting 1 at 11:30",
        "Sitting 2 — Tuesday 3 March 2026, start 10:00",
        "End of sitting 2 at 11:30",
    ]
    order = [row.cells[0].text[:5] for row in table.rows[1:]]
    assert order == ["Sitti", "1", "2", "3", "4", "Break", "5", "End o", "Sitti", "6", "7", "End o"]
    for row in table.rows[1:]:
        cells = row._tr.findall(qn("w:tc"))
        assert len(cells) == 4 or (len(cells) == 2 and cells[0].find(".//" + qn("w:gridSpan")) is not None)
        assert len(table.columns) == 4
    # A theme heading where the theme changes, and only there.
    themes = [e.theme_id for e in hearing.entries]
    changes = [i for i, theme in enumerate(themes) if i == 0 or themes[i - 1] != theme]
    styled = [
        i for i, row in enumerate(rows) if any(p.style.name == "IG Theme" for p in row.cells[1].paragraphs)
    ]
    assert styled == changes


def test_right_to_left_paragraphs_are_flagged(tmp_path: Path) -> None:
    doc = export(rich_hearing(), tmp_path)
    seen_rtl_paragraph = seen_mixed = False
    for paragraph in doc.element.body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        if not has_rtl(text):
            continue
        ppr = paragraph.find(qn("w:pPr"))
        bidi = ppr is not None and ppr.find(qn("w:bidi")) is not None
        assert bidi == (dominant_direction(text) == "rtl"), text
        seen_rtl_paragraph |= bidi
        seen_mixed |= not bidi
        for run in paragraph.iter(qn("w:r")):
            run_text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            rpr = run.find(qn("w:rPr"))
            rtl = rpr is not None and rpr.find(qn("w:rtl")) is not None
            if has_rtl(run_text):
                assert rtl, run_text
            elif base_direction(run_text) == "ltr":
                assert not rtl, run_text
    assert seen_rtl_paragraph and seen_mixed
    texts = [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    assert FARSI in texts and HEBREW in texts


def test_control_characters_are_dropped_and_markup_is_verbatim(tmp_path: Path) -> None:
    hearing = rich_hearing()
    hostile = next(e for e in hearing.entries if HOSTILE in e.answer_text)
    # Bypass editing.set_answer (which cleans) so the report's own sanitising is tested too.
    hostile.answer_text = HOSTILE + "\n" + CONTROL
    hearing.case.applicant_name = "Name <with> & {{ tags }} \x01"
    doc = export(hearing, tmp_path)
    row = entry_rows(entries_table(doc, "nl"))[hostile.number - 1]
    assert [p.text for p in row.cells[2].paragraphs] == [HOSTILE, "Bell form feed escape null end"]
    xml = doc.element.xml
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", xml)
    names = [
        row.cells[1].text
        for t in doc.tables
        for row in t.rows
        if row.cells[0].text == "Naam van de aanvrager"
    ]
    assert names == ["Name <with> & {{ tags }}"]


def test_fingerprint_and_v_number_in_the_footer(tmp_path: Path) -> None:
    hearing = rich_hearing()
    doc = export(hearing, tmp_path)
    footer = "\n".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert re.findall(r"\b[0-9a-f]{64}\b", footer) == [fingerprint(hearing)]
    assert "1234567890" in footer
    instructions = [f.text for f in doc.sections[0].footer._element.iter(qn("w:instrText"))]
    assert [i.strip() for i in instructions] == ["PAGE", "NUMPAGES"]


def test_header_holds_case_data_sittings_and_requests(tmp_path: Path) -> None:
    doc = export(rich_hearing(), tmp_path, "en")
    pairs = {
        row.cells[0].text: row.cells[1].text for t in doc.tables for row in t.rows if len(row.cells) >= 2
    }
    assert pairs["Request about the officer's gender"] == "asked for a woman; honoured: yes"
    assert pairs["Request about the interpreter's gender"] == "asked for a man; honoured: no"
    assert pairs["Interpreter's register status"] == "in the register of sworn interpreters (Wbtv)"
    assert pairs["How the interpreter took part"] == "by video"
    assert pairs["Language of the interview"] == "Farsi" and pairs["Dialect"] == "Teherans"
    assert (
        pairs["Others present (role)"]
        == "mr. A. Jansen, counsel (observer)\nL. Bakker, Dutch Council for Refugees"
    )
    every: dict[str, list[str]] = {}
    for table in doc.tables:
        for row in table.rows:
            if len(row.cells) >= 2:
                every.setdefault(row.cells[0].text, []).append(row.cells[1].text)
    assert every["Breaks"] == ["10:20–10:35: medisch advies", "none"]
    assert every["Start and end"] == ["09:30–11:30", "10:00–11:30"]
    assert every["Date"][:2] == ["Monday 2 March 2026", "Tuesday 3 March 2026"]
    assert pairs["Role"] == "church leader or pastor"
    assert pairs["Nature"] == "statement from own observation (not an expert report)"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "material of an intimate nature was offered and refused; not retained." in text
    assert "never stored" not in doc.element.xml
    assert "sent to counsel on Tuesday 3 March 2026" in text
    assert "no later than Wednesday 4 March 2026 at 23:59" in text  # the day after it was sent
    assert additions_box(doc, "en").rows[1].cells[0].text == ""


def test_counsel_objection_notice_on_the_first_page(tmp_path: Path) -> None:
    hearing = rich_hearing()
    assert "bezwaar" not in "\n".join(p.text for p in export(hearing, tmp_path).paragraphs[:4])
    hearing.case.applicant_objects_to_counsel_report = True
    first = [p.text for p in export(hearing, tmp_path).paragraphs[:4]]
    assert any("bezwaar gemaakt tegen toezending van dit rapport aan de gemachtigde" in t for t in first)


def test_unknown_variable_in_a_template_fails_clearly(tmp_path: Path) -> None:
    custom = tmp_path / "custom.docx"
    doc = Document(str(default_template("nl")))
    doc.add_paragraph("{{ applicant_shoe_size }}")
    doc.save(str(custom))
    with pytest.raises(
        ReportError, match=r"custom\.docx: uses \{\{ applicant_shoe_size \}\}, which the report"
    ):
        export_report(rich_hearing(), tmp_path / "out.docx", "nl", custom)
    doc = Document(str(default_template("nl")))
    doc.add_paragraph("{{ case.shoe_size }}")
    doc.save(str(custom))
    with pytest.raises(ReportError, match="shoe_size"):
        export_report(rich_hearing(), tmp_path / "out.docx", "nl", custom)
    assert not (tmp_path / "out.docx").exists()


def test_a_template_must_print_the_fingerprint(tmp_path: Path) -> None:
    custom = tmp_path / "nofp.docx"
    doc = Document(str(default_template("en")))
    for paragraph in doc.sections[0].footer.paragraphs:
        for run in paragraph.runs:
            run.text = run.text.replace("{{ fingerprint }}", "")
    doc.save(str(custom))
    with pytest.raises(ReportError, match=r"never prints \{\{ fingerprint \}\}"):
        export_report(rich_hearing(), tmp_path / "out.docx", "en", custom)


def test_long_answers_and_many_entries(tmp_path: Path) -> None:
    hearing = big_hearing(entries=120, long_entry=60)
    rows = entry_rows(entries_table(export(hearing, tmp_path), "nl"))
    assert len(rows) == 120
    long_row = rows[59].cells[2]
    assert len(long_row.paragraphs) == 100
    assert rows[119].cells[2].paragraphs[-1].text == "LAATSTE ANTWOORD"


def test_cli_export_replaces_the_file_and_reports_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hearing = rich_hearing()
    case = tmp_path / "case.igcase"
    save_case(hearing, case)
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")
    assert main(["export", str(case), "-o", str(out), "--lang", "en"]) == 0
    assert fingerprint(hearing) in capsys.readouterr().out
    assert entries_table(Document(str(out)), "en")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.docx")] == []
    assert main(["export", str(case), "-o", str(tmp_path / "missing" / "x.docx")]) == 2
    assert "the folder does not exist" in capsys.readouterr().err
    (tmp_path / ".~lock.out.docx#").write_text("someone,host")
    before = out.read_bytes()
    assert main(["export", str(case), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is open in Word or LibreOffice" in err and err.count("\n") == 1
    assert out.read_bytes() == before


def test_cli_export_with_a_custom_template_and_final(tmp_path: Path) -> None:
    hearing = rich_hearing()
    hearing.finalised_at = dt.datetime(2026, 3, 5, 12, 0, tzinfo=dt.UTC)
    case = tmp_path / "case.igcase"
    save_case(hearing, case)
    template = tmp_path / "mine.docx"
    shutil.copy(default_template("en"), template)
    out = tmp_path / "final.docx"
    assert (
        main(["export", str(case), "-o", str(out), "--template", str(template), "--lang", "en", "--final"])
        == 0
    )
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Annex" in text and "Final version" in text


def test_progress_is_reported(tmp_path: Path) -> None:
    steps: list[float] = []
    export_report(rich_hearing(), tmp_path / "p.docx", "nl", progress=lambda done, _: steps.append(done))
    assert steps[0] == 0.0 and steps[-1] == 1.0 and steps == sorted(steps)


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown report language"):
        export_report(rich_hearing(), tmp_path / "x.docx", "de")  # type: ignore[arg-type]


@pytest.mark.parametrize("claim", ["lgbti", "conversion", "both"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_demo_case_exports_completely(tmp_path: Path, claim: str, lang: Lang) -> None:
    from interview_guide.demo import build_demo_case

    hearing = build_demo_case(claim, lang)
    doc = export(hearing, tmp_path, lang)
    rows = entry_rows(entries_table(doc, lang))
    assert [row.cells[0].text for row in rows] == [str(e.number) for e in hearing.entries]
    for row, entry in zip(rows, hearing.entries, strict=True):
        answer = [p.text for p in row.cells[2].paragraphs]
        lines = entry.answer_text.strip("\n").split("\n") if entry.answer_text.strip() else [NO_ANSWER[lang]]
        assert answer[: len(lines)] == [line.rstrip() for line in lines]
        assert entry.question_text.split("\n")[0] in [p.text for p in row.cells[1].paragraphs]
    footer = "\n".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert fingerprint(hearing) in footer
