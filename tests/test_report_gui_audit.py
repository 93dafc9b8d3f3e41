"""File › Export the report with the audit trail… (ui/export_actions.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from helpers import CET, FakeClock
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_report_data import minutes

from interview_guide.app import AppContext
from interview_guide.core import editing
from interview_guide.demo import build_demo_case
from interview_guide.ui.main_window import MainWindow

HEADING = "Annex C   All changes after recording (audit trail)"
CHANGES = "Annex A   Changes after the interview"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 3, 4, 10, 0, tzinfo=CET))


def export_with(window: MainWindow, monkeypatch: pytest.MonkeyPatch, key: str, path: Path) -> None:
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.commands[key].trigger()
    assert path.is_file()


def test_file_menu_exports_the_report_with_the_audit_trail(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.commands["export-audit-trail"]
    actions = window.file_menu.actions()
    assert actions.index(action) < actions.index(window.commands["quit"])
    assert actions.index(window.commands["export"]) < actions.index(action)
    assert action.text() == "Export the report with the a&udit trail…"
    assert not action.isEnabled()

    hearing = build_demo_case("lgbti", "en")
    first = next(e for e in hearing.entries if e.answered_at is not None)
    editing.set_answer(hearing, first.number, "A NEW ANSWER AFTER RECORDING", minutes(60 * 24 * 3))
    context.controller.load(hearing, path=None, demo=True)
    assert action.isEnabled()

    with_trail, plain = tmp_path / "audit.docx", tmp_path / "plain.docx"
    export_with(window, monkeypatch, "export-audit-trail", with_trail)
    texts = [p.text for p in Document(str(with_trail)).paragraphs]
    assert HEADING in texts
    cells = [c.text for t in Document(str(with_trail)).tables for row in t.rows for c in row.cells]
    assert "A NEW ANSWER AFTER RECORDING" in cells
    export_with(window, monkeypatch, "export", plain)
    texts = [p.text for p in Document(str(plain)).paragraphs]
    assert HEADING not in texts
    # A change after the hearing is always in annex A, and marked at its entry.
    assert CHANGES in texts and f"1. Answer changed, at question {first.number}" in texts
    cells = [c.text for t in Document(str(plain)).tables for row in t.rows for c in row.cells]
    mark = "Answer changed after the hearing, on 5 March 2026"
    assert any(mark in cell for cell in cells)
