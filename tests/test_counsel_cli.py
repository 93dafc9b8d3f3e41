"""Counsel's commands on the demo report, without the case file: check-report and review-questions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from counsel_edits import comment_on, delete_tracked, insert_tracked
from docx import Document
from report_helpers import entries_table, entry_rows

from interview_guide.cli import main
from interview_guide.demo import build_demo_case
from interview_guide.report.docx_report import export_report


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Dutch demo report as the IND sends it (the case file stays with the IND)."""
    path = tmp_path_factory.mktemp("counsel") / "rapport.docx"
    export_report(build_demo_case("lgbti", "nl"), path, "nl", sent_on=dt.date(2026, 3, 3))
    return path


def test_check_report_on_an_intact_report(demo_report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-report", str(demo_report)]) == 0
    out = capsys.readouterr().out.splitlines()
    entries = len(build_demo_case("lgbti", "nl").entries)
    assert out[0].endswith(
        f"de vastgelegde tekst is onveranderd ({entries} vragen; vingerafdruk " + out[0].split()[-1]
    )
    assert "Wat de IND zal inlezen (0):" in out


def test_check_report_names_each_changed_entry_and_lists_what_lands_where(
    demo_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = Document(str(demo_report))
    rows = entry_rows(entries_table(doc, "nl"))
    rows[3].cells[2].paragraphs[0].text = "Een ander antwoord."
    rows[8].cells[1].paragraphs[-1].text = "Een andere vraag?"
    insert_tracked(rows[4].cells[3].paragraphs[0], "[vertaalfout] Bijgehouden correctie.")
    insert_tracked(rows[5].cells[2].paragraphs[0], " (en nog iets)")
    comment_on(doc, rows[6].cells[2].paragraphs[0], "Opmerking bij het antwoord.")
    rows[7].cells[3].paragraphs[0].text = "Eerder ingediend."
    delete_tracked(rows[7].cells[3].paragraphs[0])
    changed = tmp_path / "changed.docx"
    doc.save(str(changed))
    assert main(["check-report", str(changed)]) == 2
    out = capsys.readouterr().out
    assert "vraag 4: de tekst van het antwoord wijkt af van het verstuurde rapport" in out.splitlines()
    assert "vraag 9: de tekst van de vraag wijkt af van het verstuurde rapport" in out.splitlines()
    assert "  vraag 6: voorstel tot correctie: + “(en nog iets)”" in out
    assert "  vraag 7: opmerking: “Opmerking bij het antwoord.”" in out
    assert "  vraag 8: trekt eerdere tekst in: “Eerder ingediend.”" in out
    assert "  vraag 5 [vertaalfout]: Bijgehouden correctie." in out


def test_check_report_without_an_embedded_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = Path(__file__).parent / "data" / "report_before_versions.docx"
    assert main(["check-report", str(old)]) == 2
    assert "bevat geen kopie van de vastgelegde tekst" in capsys.readouterr().out


def test_review_questions_json(demo_report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review-questions", str(demo_report), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    hearing = build_demo_case("lgbti", "nl")
    assert [item["entry"] for item in payload] == [e.number for e in hearing.entries]
    assert [item["question"] for item in payload] == [e.question_text for e in hearing.entries]
    twelve = payload[11]["findings"]
    assert twelve and twelve[0]["category"] == "closed-yes-no" and twelve[0]["severity"] == "warn"
    assert set(twelve[0]) == {"category", "severity", "message", "basis"}
    assert "Kamerbrief" in twelve[0]["message"] and twelve[0]["basis"].startswith("closed.")


def test_review_questions_text_in_the_report_language(
    demo_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review-questions", str(demo_report)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("vraag 12: [warn] Gesloten vraag") for line in lines)
    assert lines[-1].endswith(f"van {len(build_demo_case('lgbti', 'nl').entries)} vragen met een bevinding")
    english = tmp_path / "en.docx"
    export_report(build_demo_case("lgbti", "en"), english, "en", sent_on=dt.date(2026, 3, 3))
    assert main(["review-questions", str(english)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("entry 12: [warn] Closed question") for line in lines)
