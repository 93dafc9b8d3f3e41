"""Counsel's corrections and additions read back from a returned report (report/corrections.py, CLI)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.table import Table
from test_report_data import FARSI, rich_hearing
from test_report_libreoffice import need, soffice_convert

from interview_guide.cli import main
from interview_guide.core import editing
from interview_guide.core.errors import ReportError
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import Hearing
from interview_guide.core.statements import CorrectionSource, CorrectionType
from interview_guide.report.corrections import import_corrections, read_report, respond
from interview_guide.report.docx_report import export_report
from interview_guide.report.markers import ADDITIONS_HEADINGS, ENTRY_COLUMN_HEADINGS
from interview_guide.storage import KdfParams, is_encrypted, load_case, save_case

FARSI_CORRECTION = "[vertaalfout] من گفتم «همجنس‌گرا»، نه «گی»."
ADDITION = [
    "Eerste alinea van de aanvulling.",
    "Tweede alinea: de aanvrager was toen 17 jaar.",
    "Derde alinea.",
]
BEFORE_DEADLINE = dt.datetime(2026, 3, 4, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
AFTER_DEADLINE = dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def tables(doc: DocxDocument, lang: str = "nl") -> tuple[Table, Table]:
    """The entries table and the Additions box."""
    entries = next(t for t in doc.tables if t.rows[0].cells[-1].text == ENTRY_COLUMN_HEADINGS[lang])  # type: ignore[index]
    box = next(t for t in doc.tables if t.rows[0].cells[0].text == ADDITIONS_HEADINGS[lang])  # type: ignore[index]
    return entries, box


def counsel_fills_in(source: Path, target: Path, lang: str = "nl") -> None:
    """What counsel does in Word: a Farsi correction at entry 2, a remark at 6, additions in the box."""
    doc = Document(str(source))
    entries, box = tables(doc, lang)
    entries.rows[2].cells[3].paragraphs[0].text = FARSI_CORRECTION
    cell = entries.rows[6].cells[3]
    cell.paragraphs[0].text = "[translation error] 'Assen', niet 'Groningen'."
    cell.add_paragraph("Graag aanpassen in de beslissing.")
    box_cell = box.rows[1].cells[0]
    box_cell.paragraphs[0].text = ADDITION[0]
    for line in ADDITION[1:]:
        box_cell.add_paragraph(line)
    box_cell.add_paragraph("")
    box_cell.add_paragraph("5: [verloop] De pauze kwam te laat.")
    box_cell.add_paragraph("")
    box_cell.add_paragraph("[tolk] vraag 1: De tolk sprak Dari in plaats van Farsi.")
    doc.save(str(target))


@pytest.fixture
def returned(tmp_path: Path) -> tuple[Hearing, Path]:
    """A hearing and counsel's filled-in report of it."""
    hearing = rich_hearing()
    exported = tmp_path / "exported.docx"
    export_report(hearing, exported, "nl")
    filled = tmp_path / "returned.docx"
    counsel_fills_in(exported, filled)
    return hearing, filled


def test_import_reads_cells_and_additions(returned: tuple[Hearing, Path]) -> None:
    hearing, filled = returned
    entries_before = [e.model_dump() for e in hearing.entries]
    print_before = fingerprint(hearing)
    result = import_corrections(hearing, filled, received_at=BEFORE_DEADLINE)
    got = [(c.number, c.entry_number, c.type, c.source, c.text) for c in hearing.corrections]
    assert got == [
        (1, 2, CorrectionType.TRANSLATION_ERROR, CorrectionSource.ENTRY_CELL, "من گفتم «همجنس‌گرا»، نه «گی»."),
        (
            2,
            6,
            CorrectionType.TRANSLATION_ERROR,
            CorrectionSource.ENTRY_CELL,
            "'Assen', niet 'Groningen'.\nGraag aanpassen in de beslissing.",
        ),
        (3, None, CorrectionType.ADDITION, CorrectionSource.ADDITIONS, "\n".join(ADDITION)),
        (4, 5, CorrectionType.COURSE_REMARK, CorrectionSource.ADDITIONS, "De pauze kwam te laat."),
        (
            5,
            1,
            CorrectionType.INTERPRETER_COMPLAINT,
            CorrectionSource.ADDITIONS,
            "De tolk sprak Dari in plaats van Farsi.",
        ),
    ]
    assert result.added == hearing.corrections and result.already_present == 0
    for item in hearing.corrections:
        assert item.submitted_by == "counsel" and item.received_at == BEFORE_DEADLINE
        assert item.within_deadline and item.report_fingerprint == print_before
        assert item.deadline == dt.datetime(2026, 3, 4, 23, 59, tzinfo=BEFORE_DEADLINE.tzinfo)
    # A separate layer: the entries and the fingerprint do not change.
    assert [e.model_dump() for e in hearing.entries] == entries_before
    assert fingerprint(hearing) == print_before


def test_importing_the_same_report_twice_adds_nothing(returned: tuple[Hearing, Path]) -> None:
    hearing, filled = returned
    import_corrections(hearing, filled, received_at=BEFORE_DEADLINE)
    again = import_corrections(hearing, filled, received_at=AFTER_DEADLINE)
    assert again.added == [] and again.already_present == 5
    assert len(hearing.corrections) == 5


def test_late_items_are_imported_and_flagged(returned: tuple[Hearing, Path]) -> None:
    hearing, filled = returned
    import_corrections(hearing, filled, received_at=AFTER_DEADLINE, submitted_by="mr. A. Jansen")
    assert len(hearing.corrections) == 5
    assert all(not c.within_deadline and c.submitted_by == "mr. A. Jansen" for c in hearing.corrections)


def test_an_edited_answer_is_refused_naming_the_entry(returned: tuple[Hearing, Path], tmp_path: Path) -> None:
    hearing, filled = returned
    doc = Document(str(filled))
    entries, _ = tables(doc)
    entries.rows[3].cells[2].paragraphs[1].text = "Bell form feed escape null end (edited)"
    entries.rows[7].cells[1].paragraphs[0].text = "Wilt u nog iets anders toevoegen?"
    edited = tmp_path / "edited.docx"
    doc.save(str(edited))
    with pytest.raises(ReportError, match=r"text of entries 3, 7 differs from the record; nothing imported"):
        import_corrections(hearing, edited)
    assert hearing.corrections == []


def test_a_report_of_another_case_is_refused(returned: tuple[Hearing, Path], tmp_path: Path) -> None:
    _, filled = returned
    other = rich_hearing()
    other.case.v_number = "5555555555"
    with pytest.raises(
        ReportError, match=r"belongs to another case \(V-number 1234567890; this case has 5555555555\)"
    ):
        import_corrections(other, filled)
    changed = rich_hearing()
    editing.set_answer(changed, 7, "Nee. Toch nog iets.", dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.UTC))
    with pytest.raises(
        ReportError, match=r"another version of this record .*; entry 7 differs; nothing imported"
    ):
        import_corrections(changed, filled)
    assert other.corrections == [] and changed.corrections == []


def test_not_a_report(tmp_path: Path) -> None:
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(ReportError, match="not a Word document"):
        read_report(junk)
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    with pytest.raises(ReportError, match="no questions-and-answers table"):
        read_report(plain)


def test_a_report_saved_again_by_libreoffice_still_imports(
    returned: tuple[Hearing, Path], tmp_path: Path
) -> None:
    need("soffice")
    hearing, filled = returned
    resaved = soffice_convert(filled, "docx:MS Word 2007 XML", tmp_path / "lo", tmp_path / "lo-profile")
    import_corrections(hearing, resaved, received_at=BEFORE_DEADLINE)
    assert [c.entry_number for c in hearing.corrections] == [2, 6, None, 5, 1]
    assert hearing.corrections[0].text == "من گفتم «همجنس‌گرا»، نه «گی»."
    assert hearing.corrections[2].text == "\n".join(ADDITION)


def test_english_report_and_markers(tmp_path: Path) -> None:
    hearing = rich_hearing()
    exported = tmp_path / "en.docx"
    export_report(hearing, exported, "en")
    doc = Document(str(exported))
    entries, box = tables(doc, "en")
    entries.rows[1].cells[3].paragraphs[0].text = "[misunderstanding] " + FARSI
    box.rows[1].cells[0].paragraphs[0].text = "question 4: [addition] The family knows since 2020."
    doc.save(str(exported))
    import_corrections(hearing, exported)
    got = [(c.entry_number, c.type, c.text) for c in hearing.corrections]
    assert got == [
        (1, CorrectionType.MISUNDERSTANDING, FARSI),
        (4, CorrectionType.ADDITION, "The family knows since 2020."),
    ]


def test_final_report_annex_numbers_items_stably(returned: tuple[Hearing, Path], tmp_path: Path) -> None:
    hearing, filled = returned
    import_corrections(hearing, filled, received_at=BEFORE_DEADLINE)
    respond(hearing, 1, "Overgenomen: de vertaling is aangepast.")
    final = tmp_path / "final.docx"
    export_report(hearing, final, "nl", final=True)
    text = "\n".join(p.text for p in Document(str(final)).paragraphs)
    assert "1. vertaalfout, bij vraag 2" in text
    assert "3. aanvulling, algemeen, bij geen vraag" in text
    assert "5. klacht over de tolk, bij vraag 1" in text
    cells = [c.text for t in Document(str(final)).tables for row in t.rows for c in row.cells]
    assert "Overgenomen: de vertaling is aangepast." in cells and "(nog geen reactie)" in cells
    # The final report is still a report of the same record: it imports (its counsel column is empty).
    assert import_corrections(hearing, final).added == []
    assert len(hearing.corrections) == 5


def test_cli_import_updates_the_case_in_place(
    returned: tuple[Hearing, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hearing, filled = returned
    case = tmp_path / "case.igcase"
    save_case(hearing, case)
    args = ["import-corrections", str(case), str(filled), "--received-at", "2026-03-05T09:00"]
    assert main([*args, "--submitted-by", "mr. A. Jansen"]) == 0
    assert "5 item(s) imported, 5 after the deadline" in capsys.readouterr().out
    saved = load_case(case)
    assert len(saved.corrections) == 5 and not is_encrypted(case)
    assert json.loads(case.read_text(encoding="utf-8"))["corrections"][0]["submitted_by"] == "mr. A. Jansen"
    assert main(args) == 0
    assert "0 item(s) imported; 5 already present" in capsys.readouterr().out
    before = case.read_bytes()
    doc = Document(str(filled))
    tables(doc)[0].rows[4].cells[2].paragraphs[0].text = "changed"
    doc.save(str(filled))
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "text of entry 4 differs from the record" in err and err.count("\n") == 1
    assert case.read_bytes() == before


def test_cli_import_keeps_an_encrypted_case_encrypted(
    returned: tuple[Hearing, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hearing, filled = returned
    case = tmp_path / "secret.igcase"
    save_case(
        hearing, case, "correct horse battery", kdf=KdfParams.argon2id(memory_kib=8, iterations=1, lanes=1)
    )
    monkeypatch.setenv("INTERVIEW_GUIDE_PASSPHRASE", "correct horse battery")
    assert main(["import-corrections", str(case), str(filled)]) == 0
    assert is_encrypted(case)
    assert len(load_case(case, "correct horse battery").corrections) == 5
