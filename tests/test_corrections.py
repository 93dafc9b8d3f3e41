"""Counsel's corrections and additions read back from a returned report (report/corrections.py, CLI)."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from counsel_edits import (
    add_content_control,
    comment_on,
    delete_tracked,
    duplicate_row_before,
    hide,
    insert_tracked,
    replace_in_paragraph_tracked,
)
from docx import Document
from docx.document import Document as DocxDocument
from docx.table import _Row
from report_helpers import additions_box, entries_table, entry_rows, export_kept, place_tables
from test_report_data import FARSI, minutes, rich_hearing
from test_report_libreoffice import need, soffice_convert

from interview_guide.cli import main
from interview_guide.core import editing
from interview_guide.core.errors import ReportError
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import Hearing
from interview_guide.core.statements import CorrectionSource, CorrectionType
from interview_guide.report.corrections import import_corrections, read_report, respond
from interview_guide.report.docx_report import export_report
from interview_guide.storage import KdfParams, is_encrypted, load_case, save_case

FARSI_CORRECTION = "[vertaalfout] من گفتم «همجنس‌گرا»، نه «گی»."
ADDITION = [
    "Eerste alinea van de aanvulling.",
    "Tweede alinea: de aanvrager was toen 17 jaar.",
    "Derde alinea.",
]
BEFORE_DEADLINE = dt.datetime(2026, 3, 4, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
AFTER_DEADLINE = dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def rows(doc: DocxDocument, lang: str = "nl") -> list[_Row]:
    """The entry rows of the questions-and-answers table (index 0 is entry 1)."""
    return entry_rows(entries_table(doc, lang))  # type: ignore[arg-type]


def counsel_fills_in(source: Path, target: Path, lang: str = "nl") -> None:
    """What counsel does in Word: a Farsi correction at entry 2, a remark at 6, additions in the box."""
    doc = Document(str(source))
    entries = rows(doc, lang)
    entries[1].cells[3].paragraphs[0].text = FARSI_CORRECTION
    cell = entries[5].cells[3]
    cell.paragraphs[0].text = "[translation error] 'Assen', niet 'Groningen'."
    cell.add_paragraph("Graag aanpassen in de beslissing.")
    box_cell = additions_box(doc, lang).rows[1].cells[0]  # type: ignore[arg-type]
    box_cell.paragraphs[0].text = ADDITION[0]
    for line in ADDITION[1:]:
        box_cell.add_paragraph(line)
    box_cell.add_paragraph("")
    box_cell.add_paragraph("5: [verloop] De pauze kwam te laat.")
    box_cell.add_paragraph("")
    box_cell.add_paragraph("[tolk] vraag 1: De tolk sprak Dari in plaats van Farsi.")
    box_cell.add_paragraph("")
    box_cell.add_paragraph("14:30 uur: toen begon de tweede zitting te laat.")
    doc.save(str(target))


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Hearing, Path]:
    """A hearing and the report exported from it (the case keeps the version)."""
    hearing = rich_hearing()
    out = tmp_path / "exported.docx"
    export_kept(hearing, out, "nl")
    return hearing, out


@pytest.fixture
def returned(exported: tuple[Hearing, Path], tmp_path: Path) -> tuple[Hearing, Path]:
    """A hearing and counsel's filled-in report of it."""
    hearing, out = exported
    filled = tmp_path / "returned.docx"
    counsel_fills_in(out, filled)
    return hearing, filled


def edited(source: Path, target: Path, change: object) -> Path:
    doc = Document(str(source))
    change(doc)  # type: ignore[operator]
    doc.save(str(target))
    return target


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
        # A clock time is not a reference to question 14.
        (
            6,
            None,
            CorrectionType.ADDITION,
            CorrectionSource.ADDITIONS,
            "14:30 uur: toen begon de tweede zitting te laat.",
        ),
    ]
    assert result.added == hearing.corrections and result.already_present == 0 and result.complete
    assert result.lines() == []
    for item in hearing.corrections:
        assert item.submitted_by == "counsel" and item.received_at == BEFORE_DEADLINE
        assert item.within_deadline and item.report_fingerprint == print_before
        assert item.deadline == dt.datetime(2026, 3, 4, 23, 59, tzinfo=BEFORE_DEADLINE.tzinfo)
    # A separate layer: the entries and the fingerprint do not change.
    assert [e.model_dump() for e in hearing.entries] == entries_before
    assert fingerprint(hearing) == print_before
    # Kept in the case file as one object per item, entry_number null for a general item.
    data = json.loads(hearing.model_dump_json())["corrections"]
    assert data[2]["entry_number"] is None and data[2]["text"] == "\n".join(ADDITION)
    assert data[0]["replaces"] is None and data[0]["withdrawn_at"] is None


def test_importing_the_same_report_twice_adds_nothing(returned: tuple[Hearing, Path]) -> None:
    hearing, filled = returned
    import_corrections(hearing, filled, received_at=BEFORE_DEADLINE)
    again = import_corrections(hearing, filled, received_at=AFTER_DEADLINE)
    assert again.added == [] and again.already_present == 6
    assert len(hearing.corrections) == 6


def test_late_items_are_imported_and_flagged(returned: tuple[Hearing, Path]) -> None:
    hearing, filled = returned
    import_corrections(hearing, filled, received_at=AFTER_DEADLINE, submitted_by="mr. A. Jansen")
    assert len(hearing.corrections) == 6
    assert all(not c.within_deadline and c.submitted_by == "mr. A. Jansen" for c in hearing.corrections)


def test_an_edited_entry_is_named_and_the_others_are_imported(
    returned: tuple[Hearing, Path], tmp_path: Path
) -> None:
    hearing, filled = returned

    def change(doc: DocxDocument) -> None:
        entries = rows(doc)
        entries[2].cells[2].paragraphs[1].text = "Bell form feed escape null end (edited)"
        entries[2].cells[3].paragraphs[0].text = "Correctie bij het veranderde antwoord."
        entries[6].cells[1].paragraphs[-1].text = "Wilt u nog iets anders toevoegen?"

    result = import_corrections(
        hearing, edited(filled, tmp_path / "e.docx", change), received_at=BEFORE_DEADLINE
    )
    assert not result.complete
    assert [p.line("nl") for p in result.not_imported] == [
        "vraag 3: de tekst van het antwoord wijkt af van het verstuurde rapport",
        "vraag 7: de tekst van de vraag wijkt af van het verstuurde rapport",
    ]
    assert [c.entry_number for c in hearing.corrections] == [2, 6, None, 5, 1, None]
    assert "Correctie bij het veranderde antwoord." not in [c.text for c in hearing.corrections]


def test_meaning_preserving_normalisation_only(exported: tuple[Hearing, Path], tmp_path: Path) -> None:
    hearing, out = exported

    def harmless(doc: DocxDocument) -> None:
        entries = rows(doc)
        first = entries[0].cells[2].paragraphs[0]
        first.text = first.text.replace(" ", "  ").replace("van", "van\u00a0")  # double spaces, NBSP
        entries[5].cells[2].paragraphs[0].text = unicodedata.normalize(
            "NFD", entries[5].cells[2].paragraphs[0].text
        )  # decomposed letters: the same text in NFC
        answer = entries[1].cells[2]
        lines = [p.text for p in answer.paragraphs[:2]]
        answer.paragraphs[0].text = lines[0] + "\n" + lines[1]  # a line break (w:br, what Word pastes for \v)
        answer.paragraphs[1].text = ""
        for n in (1, 2, 6):
            entries[n - 1].cells[3].paragraphs[0].text = f"Correctie {n}."

    result = import_corrections(
        hearing, edited(out, tmp_path / "h.docx", harmless), received_at=BEFORE_DEADLINE
    )
    assert result.complete and [c.entry_number for c in result.added] == [1, 2, 6]

    for n, (old, new) in enumerate([("mannen", "mamnen"), ("2019", "2018"), (".", ",")], start=1):

        def change(doc: DocxDocument, old: str = old, new: str = new, n: int = n) -> None:
            cell = rows(doc)[n - 1].cells[2] if n != 2 else rows(doc)[1].cells[2]
            paragraph = next(p for p in cell.paragraphs if old in p.text)
            paragraph.text = paragraph.text.replace(old, new, 1)
            rows(doc)[n - 1].cells[3].paragraphs[0].text = f"Nieuwe correctie {n}."

        result = import_corrections(
            hearing, edited(out, tmp_path / f"c{n}.docx", change), received_at=BEFORE_DEADLINE
        )
        assert [p.entry for p in result.not_imported] == [n if n != 3 else 3], (old, new)


def test_tracked_changes_comments_and_wrappers_are_read(
    exported: tuple[Hearing, Path], tmp_path: Path
) -> None:
    hearing, out = exported

    def counsel(doc: DocxDocument) -> None:
        entries = rows(doc)
        insert_tracked(entries[0].cells[3].paragraphs[0], "Tracked correction at one.")
        insert_tracked(entries[1].cells[3].paragraphs[0], "Link words", "hyperlink")
        insert_tracked(entries[2].cells[3].paragraphs[0], "Control words", "sdt")
        insert_tracked(entries[4].cells[3].paragraphs[0], "Tagged words", "smartTag")
        insert_tracked(entries[5].cells[3].paragraphs[0], "Simple field result", "fldSimple")
        insert_tracked(entries[6].cells[3].paragraphs[0], "Field result", "field")
        add_content_control(entries[3].cells[3], "Block control words")
        comment_on(doc, entries[5].cells[2].paragraphs[0], "Comment on the answer of six.")
        comment_on(doc, doc.paragraphs[0], "A general comment on the title.")
        # A tracked change in a recorded answer: a proposal, never the record.
        replace_in_paragraph_tracked(entries[0].cells[2].paragraphs[0], "mannen", "vrouwen")

    before = [e.answer_text for e in hearing.entries]
    result = import_corrections(
        hearing, edited(out, tmp_path / "t.docx", counsel), received_at=BEFORE_DEADLINE
    )
    got = {(c.entry_number, c.source, c.text) for c in result.added}
    assert got >= {
        (1, CorrectionSource.ENTRY_CELL, "Tracked correction at one."),
        (2, CorrectionSource.ENTRY_CELL, "Link words"),
        (3, CorrectionSource.ENTRY_CELL, "Control words"),
        (4, CorrectionSource.ENTRY_CELL, "Block control words"),
        (5, CorrectionSource.ENTRY_CELL, "Tagged words"),
        (6, CorrectionSource.ENTRY_CELL, "Simple field result"),
        (7, CorrectionSource.ENTRY_CELL, "Field result"),
        (6, CorrectionSource.COMMENT, "Comment on the answer of six."),
    }
    assert "instruction words" not in " ".join(c.text for c in result.added)
    general = [c for c in result.added if c.source == CorrectionSource.COMMENT and c.entry_number is None]
    assert [c.text for c in general] == ["A general comment on the title."]
    proposal = next(c for c in result.added if c.source == CorrectionSource.TRACKED_CHANGE)
    assert proposal.entry_number == 1
    assert "“mannen”" in proposal.text and "“vrouwen”" in proposal.text and "voorstel" in proposal.text
    assert [e.answer_text for e in hearing.entries] == before and result.complete


def test_tracked_deletion_withdraws_and_a_revised_cell_replaces(
    returned: tuple[Hearing, Path], tmp_path: Path
) -> None:
    hearing, filled = returned
    import_corrections(hearing, filled, received_at=BEFORE_DEADLINE)

    def revise(doc: DocxDocument) -> None:
        entries = rows(doc)
        delete_tracked(entries[1].cells[3].paragraphs[0])  # withdraws item 1
        entries[5].cells[3].paragraphs[1].text = "Graag aanpassen, ook in het voornemen."  # revises item 2

    result = import_corrections(
        hearing, edited(filled, tmp_path / "r.docx", revise), received_at=AFTER_DEADLINE
    )
    assert result.withdrawn == [1]
    assert hearing.corrections[0].withdrawn_at == AFTER_DEADLINE
    new = result.added[0]
    assert (new.entry_number, new.replaces) == (6, 2)
    assert new.text.endswith("ook in het voornemen.")
    assert len(result.added) == 1 and result.already_present == 4


def test_hidden_text_duplicates_and_moved_rows_are_named(
    exported: tuple[Hearing, Path], tmp_path: Path
) -> None:
    hearing, out = exported

    def forge(doc: DocxDocument) -> None:
        entries = rows(doc)
        hide(entries[0].cells[2].paragraphs[0])  # the real answer hidden...
        add_content_control(entries[0].cells[2], "Ik houd van vrouwen.")  # ...beside a forged one
        duplicate_row_before(entries[2]._tr, {"Tags": "Labels"})  # an altered copy before the original
        entries[4]._tr.getparent().remove(entries[4]._tr)
        entries[5]._tr.addprevious(entries[4]._tr)  # row 5 put back after row 6... moved
        entries[6]._tr.addnext(entries[4]._tr)
        for n in (1, 2, 3, 5, 6, 7):
            entries[n - 1].cells[3].paragraphs[0].text = f"Correctie {n}."

    result = import_corrections(hearing, edited(out, tmp_path / "f.docx", forge), received_at=BEFORE_DEADLINE)
    lines = [p.line("nl") for p in result.not_imported]
    assert "vraag 1: de rij bevat verborgen tekst" in lines
    assert "vraag 3: de rij staat er meer dan eens in" in lines
    assert "vraag 5: de rij is verplaatst" in lines
    assert sorted(c.entry_number for c in result.added) == [2, 6, 7]


def test_edits_outside_the_table_are_listed_by_place(exported: tuple[Hearing, Path], tmp_path: Path) -> None:
    hearing, out = exported

    def outside(doc: DocxDocument) -> None:
        case_table = place_tables(doc, "nl")[0]
        nationality = next(r for r in case_table.rows if r.cells[0].text == "Nationaliteit")
        nationality.cells[1].paragraphs[0].text = "Afghaanse"
        dialect = next(r for r in case_table.rows if r.cells[0].text == "Dialect")
        dialect.cells[2].paragraphs[0].text = "Het dialect is Shirazi, niet Teherans."
        intro = next(p for p in doc.paragraphs if p.text.startswith("De vragen en antwoorden staan"))
        intro.text = "De antwoorden zijn letterlijk wat de aanvrager zei."
        rows(doc)[0].cells[3].paragraphs[0].text = "Correctie 1."

    result = import_corrections(
        hearing, edited(out, tmp_path / "o.docx", outside), received_at=BEFORE_DEADLINE
    )
    assert [p.line("nl") for p in result.not_imported] == [
        "Gegevens van de zaak, Nationaliteit: de vastgelegde tekst wijkt af van het verstuurde rapport"
    ]
    notes = [p.line("nl") for p in result.notes]
    assert any(
        n.startswith("Vragen en antwoorden: tekst buiten de tabellen is veranderd: “De antwoorden zijn")
        for n in notes
    )
    by_place = {(c.entry_number, c.place, c.source): c.text for c in result.added}
    assert by_place[(None, "Gegevens van de zaak, Dialect", CorrectionSource.PLACE_CELL)] == (
        "Het dialect is Shirazi, niet Teherans."
    )
    assert by_place[(1, "", CorrectionSource.ENTRY_CELL)] == "Correctie 1."


def test_a_return_on_an_earlier_version_imports_against_it(
    returned: tuple[Hearing, Path], tmp_path: Path
) -> None:
    hearing, filled = returned
    editing.set_answer(hearing, 6, "Ik ga naar een groep in Assen.", minutes(24 * 60 + 200))
    export_kept(hearing, tmp_path / "v2.docx", "nl", sent_on=dt.date(2026, 3, 5))
    assert [v.number for v in hearing.exported_versions] == [1, 2]
    result = import_corrections(hearing, filled, received_at=BEFORE_DEADLINE)
    assert result.version is not None and result.version.number == 1
    assert result.complete and len(result.added) == 6
    assert result.changed_since == [6]
    assert "vraag 6: na versie 1 (waarop dit rapport is gemaakt) in het dossier gewijzigd" in "\n".join(
        result.lines()
    )
    # The deadline is that of version 1 (sent 3 March), not of version 2.
    assert all(
        c.deadline == dt.datetime(2026, 3, 4, 23, 59, tzinfo=BEFORE_DEADLINE.tzinfo) for c in result.added
    )


def test_a_report_exported_before_versions_were_kept_still_imports(tmp_path: Path) -> None:
    old = Path(__file__).parent / "data" / "report_before_versions.docx"
    hearing = rich_hearing()
    result = import_corrections(hearing, old, received_at=BEFORE_DEADLINE)
    assert result.version is None and result.complete
    assert [(c.entry_number, c.text) for c in result.added] == [(2, "Oude correctie bij vraag 2.")]


def test_a_report_of_another_case_is_refused(returned: tuple[Hearing, Path]) -> None:
    _, filled = returned
    other = rich_hearing()
    other.case.v_number = "5555555555"
    with pytest.raises(
        ReportError, match=r"belongs to another case \(V-number 1234567890; this case has 5555555555\)"
    ):
        import_corrections(other, filled)
    stranger = rich_hearing()  # the same data, but it never exported this report
    editing.set_answer(stranger, 7, "Nee. Toch nog iets.", minutes(24 * 60 + 60))
    with pytest.raises(ReportError, match=r"a version of the report this case does not know"):
        import_corrections(stranger, filled)
    assert other.corrections == [] and stranger.corrections == []


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
    result = import_corrections(hearing, resaved, received_at=BEFORE_DEADLINE)
    assert result.complete, result.lines()
    assert [c.entry_number for c in hearing.corrections] == [2, 6, None, 5, 1, None]
    assert hearing.corrections[0].text == "من گفتم «همجنس‌گرا»، نه «گی»."
    assert hearing.corrections[2].text == "\n".join(ADDITION)


def test_english_report_and_markers(tmp_path: Path) -> None:
    hearing = rich_hearing()
    exported = tmp_path / "en.docx"
    export_kept(hearing, exported, "en")
    doc = Document(str(exported))
    rows(doc, "en")[0].cells[3].paragraphs[0].text = "[misunderstanding] " + FARSI
    additions_box(doc, "en").rows[1].cells[0].paragraphs[
        0
    ].text = "question 4: [addition] The family knows since 2020."
    rows(doc, "en")[2].cells[2].paragraphs[0].text = "changed"
    doc.save(str(exported))
    result = import_corrections(hearing, exported)
    got = [(c.entry_number, c.type, c.text) for c in hearing.corrections]
    assert got == [
        (1, CorrectionType.MISUNDERSTANDING, FARSI),
        (4, CorrectionType.ADDITION, "The family knows since 2020."),
    ]
    assert [p.line("en") for p in result.not_imported] == [
        "entry 3: the answer text differs from the report as sent"
    ]


def test_final_report_annex_numbers_items_stably(returned: tuple[Hearing, Path], tmp_path: Path) -> None:
    hearing, filled = returned
    import_corrections(hearing, filled, received_at=BEFORE_DEADLINE)
    final = tmp_path / "final.docx"
    with pytest.raises(
        ReportError, match=r"not finalised yet.*6 correction\(s\) or addition\(s\) without a response"
    ):
        export_report(hearing, final, "nl", final=True)
    for item in hearing.corrections:
        respond(hearing, item.number, f"Reactie op {item.number}.")
    respond(hearing, 1, "Overgenomen: de vertaling is aangepast.")
    hearing.finalised_at = dt.datetime(2026, 3, 6, 10, 0, tzinfo=dt.UTC)
    export_report(hearing, final, "nl", final=True)
    doc = Document(str(final))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "1. vertaalfout, bij vraag 2" in text
    assert "3. aanvulling, algemeen, bij geen vraag" in text
    assert "5. klacht over de tolk, bij vraag 1" in text
    assert "Voor de gemachtigde" not in text and "Aanvullingen" not in [
        t.rows[0].cells[0].text for t in doc.tables
    ]
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "Overgenomen: de vertaling is aangepast." in cells and "(nog geen reactie)" not in cells
    assert "gemachtigde" in cells and "counsel" not in cells  # "Ingediend door" in the report's language
    # No empty columns: no corrections column anywhere in the final version.
    assert "Correcties en aanvullingen" not in {t.rows[0].cells[-1].text for t in doc.tables}
    with pytest.raises(ReportError, match="final version of the report; it has no place for corrections"):
        import_corrections(hearing, final)


def test_cli_import_names_each_entry_and_exits_2(
    returned: tuple[Hearing, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hearing, filled = returned
    case = tmp_path / "case.igcase"
    save_case(hearing, case)
    args = ["import-corrections", str(case), str(filled), "--received-at", "2026-03-05T09:00"]
    assert main([*args, "--submitted-by", "mr. A. Jansen"]) == 0
    assert "6 item(s) imported, 6 after the deadline" in capsys.readouterr().out
    saved = load_case(case)
    assert len(saved.corrections) == 6 and not is_encrypted(case)
    assert json.loads(case.read_text(encoding="utf-8"))["corrections"][0]["submitted_by"] == "mr. A. Jansen"
    assert main(args) == 0
    assert "0 item(s) imported; 6 already present" in capsys.readouterr().out
    doc = Document(str(filled))
    rows(doc)[3].cells[2].paragraphs[0].text = "changed"
    rows(doc)[4].cells[3].paragraphs[0].text = "Nieuwe correctie bij 5."
    rows(doc)[6].cells[1].paragraphs[-1].text = "changed too"
    doc.save(str(filled))
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "vraag 4: de tekst van het antwoord wijkt af van het verstuurde rapport",
        "vraag 7: de tekst van de vraag wijkt af van het verstuurde rapport",
    ]
    assert "1 item(s) imported" in captured.out and "2 not imported" in captured.out
    assert [c.text for c in load_case(case).corrections][-1] == "Nieuwe correctie bij 5."


def test_cli_help_states_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import-corrections", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "2 when any was not" in text and "'vraag 9: ...' / 'entry 9: ...'" in text


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
    assert len(load_case(case, "correct horse battery").corrections) == 6


def test_when_the_case_is_open_in_the_app_the_command_line_changes_nothing(
    returned: tuple[Hearing, Path], tmp_path: Path
) -> None:
    import subprocess
    import sys

    from test_case_lock import Holder

    hearing, filled = returned
    case = tmp_path / "V1234567890.igcase"
    save_case(hearing, case)
    before = case.read_bytes()
    holder = Holder(case)
    try:
        for args in (
            ["import-corrections", str(case), str(filled)],
            ["export", str(case), "-o", str(tmp_path / "again.docx")],
        ):
            done = subprocess.run(
                [sys.executable, "-m", "interview_guide", *args],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=120,
            )
            lines = done.stderr.splitlines()
            assert done.returncode == 2 and len(lines) == 1, done.stderr
            assert "is open in Interview Guide on" in lines[0] and "close it there first" in lines[0]
        assert case.read_bytes() == before and not (tmp_path / "again.docx").exists()
    finally:
        holder.kill()
