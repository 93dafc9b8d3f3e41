"""Counsel's tool in the GUI: "Review a report (counsel)": read-only report, per-entry editor, save.

Also the officer's side of the report: the opening explanation recorded as read out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)
from pytestqt.qtbot import QtBot
from report_helpers import export_kept

from interview_guide.app import AppContext, create_context
from interview_guide.cli import main
from interview_guide.core.statements import CorrectionSource
from interview_guide.demo import build_demo_case
from interview_guide.report.corrections import import_corrections
from interview_guide.ui.counsel.review_window import CounselReview
from interview_guide.ui.main_window import MainWindow


@pytest.fixture
def context(qapp: object, data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    """The app in Dutch (counsel's tool is checked in the language of the report)."""
    context = create_context("nl", clock=clock)
    yield context
    context.autosave.stop(keep_session=False)


def open_from(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_counsel_reviews_fills_in_and_saves_without_the_case(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hearing = build_demo_case("lgbti", "nl")
    report = tmp_path / "rapport.docx"
    export_kept(hearing, report, "nl", sent_on=dt.date(2026, 3, 3))
    open_from(monkeypatch, report)
    button = window.start.findChild(QPushButton, "counselButton")
    assert button.text() == "Rapport nakijken (gemachtigde)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    review = context.features.counsel.review if context.features else None
    assert isinstance(review, CounselReview) and review.isVisible()

    entries = review.findChild(QListWidget, "counselEntryList")
    assert entries.count() == len(hearing.entries)
    checks = [review.check_list.item(i).text() for i in range(review.check_list.count())]
    assert checks[0] == "De vastgelegde tekst is onveranderd."
    findings = [review.findings_list.item(i).text() for i in range(review.findings_list.count())]
    assert any(f.startswith("vraag 12: [warn] Gesloten vraag") for f in findings)
    assert review.view.isReadOnly() and hearing.entries[11].question_text in review.view.toPlainText()

    # Counsel types a correction at entry 3 and an addition, then saves the filled report.
    entries.setCurrentRow(2)
    editor = review.findChild(QPlainTextEdit, "counselCorrectionEdit")
    qtbot.keyClicks(editor, "[vertaalfout] Zij zei Assen, niet Groningen.")
    qtbot.keyClicks(
        review.findChild(QPlainTextEdit, "counselAdditionsEdit"), "12: Zij wist het al op school."
    )
    entries.setCurrentRow(4)
    assert editor.toPlainText() == ""
    entries.setCurrentRow(2)
    assert editor.toPlainText() == "[vertaalfout] Zij zei Assen, niet Groningen."
    filled = tmp_path / "rapport-ingevuld.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(filled), "")))
    qtbot.mouseClick(review.findChild(QPushButton, "counselSaveButton"), Qt.MouseButton.LeftButton)
    assert filled.is_file() and review.path == filled
    checks = [review.check_list.item(i).text() for i in range(review.check_list.count())]
    assert "  vraag 3 [vertaalfout]: Zij zei Assen, niet Groningen." in checks
    assert "  vraag 12 [aanvulling]: Zij wist het al op school." in checks
    window.grab().save(str(tmp_path / "start.png"))
    review.grab().save(str(tmp_path / "counsel.png"))

    # The filled report is intact for check-report and imports into the case.
    assert main(["check-report", str(filled)]) == 0
    result = import_corrections(hearing, filled)
    assert result.complete
    assert [(c.entry_number, c.source, c.text) for c in result.added] == [
        (3, CorrectionSource.ENTRY_CELL, "Zij zei Assen, niet Groningen."),
        (12, CorrectionSource.ADDITIONS, "Zij wist het al op school."),
    ]


def test_a_file_that_is_no_report_gives_one_dialog(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"PK no zip")
    errors: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, title, text, *a: errors.append(text))
    )
    open_from(monkeypatch, junk)
    window.commands["counsel-review"].trigger()
    assert len(errors) == 1 and "not a Word document" in errors[0]
    review = context.features.counsel.review if context.features else None
    assert review is not None and review.path is None


def test_the_opening_explanation_is_recorded_as_read(
    window: MainWindow, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui_helpers import jump

    from interview_guide.ui.opening_dialog import OpeningDialog

    hearing = build_demo_case("lgbti", "nl")
    hearing.opening_statement = ""
    context.controller.load(hearing, path=None, demo=True)
    jump(window, "Opening")
    page = window.wizard.currentPage()  # type: ignore[union-attr]
    seen: list[str] = []

    def answer(dialog: OpeningDialog) -> int:
        text = dialog.text()
        seen.append(text)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.isEnabled(), "every placeholder was filled from the record"
        dialog.editor.setPlainText(text.replace("[naam]", "X") + "\n[Naam] luistert mee.")
        assert not ok.isEnabled() and "[Naam]" in dialog.missing.text()
        dialog.editor.setPlainText(text + "\nDe tolk stelt zich voor.")
        return int(OpeningDialog.DialogCode.Accepted)

    monkeypatch.setattr(OpeningDialog, "exec", answer)
    qtbot.mouseClick(page.findChild(QToolButton, "recordOpeningButton"), Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Mijn naam is J. van Dijk (fictief).")
    assert context.controller.require().opening_statement.endswith("De tolk stelt zich voor.")
