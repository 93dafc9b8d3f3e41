"""The round trip through the GUI on the demo case: export, counsel fills in, import, respond, final."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table
from gui_helpers import jump
from helpers import CET, FakeClock
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.statements import CorrectionSource, CorrectionType
from interview_guide.report.markers import ADDITIONS_HEADINGS, ENTRY_COLUMN_HEADINGS
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.corrections_page import CorrectionsPage

FARSI = "[translation error] من گفتم «همجنس‌گرا»، نه «لزبین»."
ADDITION = [
    "The applicant wishes to add that she met Negar again in Istanbul in 2024.",
    "They stayed in contact by video calls until she travelled on.",
    "Negar's sister knows about the relationship.",
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 3, 4, 10, 0, tzinfo=CET))  # the day after the demo's last sitting


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def open_from(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def export_through_gui(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """File › Export the hearing report, accepting the one-time sensitive-data notice."""
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    )
    save_to(monkeypatch, path)
    window.commands["export"].trigger()
    assert path.is_file()


def entry_table(doc: object) -> Table:
    return next(t for t in doc.tables if t.rows[0].cells[-1].text == ENTRY_COLUMN_HEADINGS["en"])  # type: ignore[attr-defined]


def counsel_fills_in(source: Path, target: Path, changed_answer: int | None = None) -> None:
    """What counsel does in Word: a Farsi correction at entry 12 and a multi-paragraph addition."""
    doc = Document(str(source))
    rows = entry_table(doc).rows
    rows[12].cells[-1].paragraphs[0].text = FARSI
    box = next(t for t in doc.tables if t.rows[0].cells[0].text == ADDITIONS_HEADINGS["en"])
    cell = box.rows[1].cells[0]
    cell.paragraphs[0].text = ADDITION[0]
    for line in ADDITION[1:]:
        cell.add_paragraph(line)
    if changed_answer is not None:
        rows[changed_answer].cells[2].paragraphs[0].text = "An answer counsel rewrote."
    doc.save(str(target))


def corrections_page(window: MainWindow) -> CorrectionsPage:
    jump(window, "Corrections and additions")
    assert window.wizard is not None
    page = window.wizard.currentPage()
    assert isinstance(page, CorrectionsPage)
    return page


def test_round_trip_on_the_demo_case(
    window: MainWindow,
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hearing = context.controller.require()
    entries_before = [e.model_dump() for e in hearing.entries]
    exported, returned, final = tmp_path / "report.docx", tmp_path / "returned.docx", tmp_path / "final.docx"
    export_through_gui(window, monkeypatch, exported)
    counsel_fills_in(exported, returned)

    page = corrections_page(window)
    assert page.findChild(QLabel, "deadlineLabel").text().endswith("04-03-2026 23:59")
    open_from(monkeypatch, returned)
    qtbot.mouseClick(page.findChild(QPushButton, "importCorrectionsButton"), Qt.MouseButton.LeftButton)

    got = [(c.number, c.entry_number, c.type, c.source, c.text) for c in hearing.corrections]
    assert got == [
        (1, 12, CorrectionType.TRANSLATION_ERROR, CorrectionSource.ENTRY_CELL, FARSI.split("] ", 1)[1]),
        (2, None, CorrectionType.ADDITION, CorrectionSource.ADDITIONS, "\n".join(ADDITION)),
    ]
    for item in hearing.corrections:
        assert item.submitted_by == "counsel" and item.within_deadline
        assert item.received_at == context.controller.clock()
    assert [e.model_dump() for e in hearing.entries] == entries_before
    assert page.findChild(QLabel, "importResult").text() == "2 added, 0 already present."

    # The page lists both; the first is shown with entry 12's question and answer beside it.
    table = page.findChild(QTableWidget, "correctionsTable")
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (0, 1, 2, 4, 6)] == [
        "1",
        "12",
        "translation error",
        "counsel",
        "on time",
    ]
    assert "همجنس‌گرا" in table.item(0, 3).text()
    assert table.item(1, 1).text() == "general"
    view = page.findChild(QTextBrowser, "entryView").toPlainText()
    assert hearing.entries[11].question_text in view and hearing.entries[11].answer_text in view

    # The officer responds to each item.
    response = page.findChild(QPlainTextEdit, "responseEdit")
    qtbot.keyClicks(response, "Noted; the word is taken as the applicant's own.")
    table.selectRow(1)
    assert "General" in page.findChild(QTextBrowser, "entryView").toPlainText()
    assert response.toPlainText() == ""
    qtbot.keyClicks(response, "Addressed in the decision, section 3.")
    assert [c.response for c in hearing.corrections] == [
        "Noted; the word is taken as the applicant's own.",
        "Addressed in the decision, section 3.",
    ]
    assert [table.item(row, 7).text() for row in (0, 1)] == ["yes", "yes"]
    assert table.item(0, 7).toolTip() == "Noted; the word is taken as the applicant's own."

    # Importing the same report again adds nothing.
    qtbot.mouseClick(page.findChild(QPushButton, "importCorrectionsButton"), Qt.MouseButton.LeftButton)
    assert len(hearing.corrections) == 2
    assert page.findChild(QLabel, "importResult").text() == "0 added, 2 already present."

    # The final report holds the annex with both items and the responses.
    save_to(monkeypatch, final)
    qtbot.mouseClick(page.findChild(QPushButton, "exportFinalButton"), Qt.MouseButton.LeftButton)
    doc = Document(str(final))
    text = "\n".join(
        [p.text for p in doc.paragraphs]
        + [cell.text for t in doc.tables for row in t.rows for cell in row.cells]
    )
    assert "من گفتم «همجنس‌گرا»، نه «لزبین»." in text
    assert all(line in text for line in ADDITION)
    assert "Noted; the word is taken as the applicant's own." in text
    assert "Addressed in the decision, section 3." in text


def test_late_items_are_flagged(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported, returned = tmp_path / "report.docx", tmp_path / "returned.docx"
    export_through_gui(window, monkeypatch, exported)
    counsel_fills_in(exported, returned)
    page = corrections_page(window)
    page.findChild(QDateTimeEdit, "receivedAt").setDateTime(QDateTime(dt.datetime(2026, 3, 5, 9, 0)))
    page.submitted_by.setText("mr. A. Jansen")
    open_from(monkeypatch, returned)
    jump(window, "Review")
    window.commands["import-corrections"].trigger()  # File › Import corrections… goes to the page
    assert window.wizard is not None and window.wizard.currentPage() is page
    hearing = context.controller.require()
    assert [(c.within_deadline, c.submitted_by) for c in hearing.corrections] == [
        (False, "mr. A. Jansen"),
        (False, "mr. A. Jansen"),
    ]
    assert hearing.corrections[0].received_at == dt.datetime(2026, 3, 5, 9, 0, tzinfo=CET)
    assert page.findChild(QTableWidget, "correctionsTable").item(0, 6).text() == "LATE"
    assert "2 received after the deadline" in page.findChild(QLabel, "importResult").text()


def test_a_report_with_an_edited_answer_is_refused(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported, returned = tmp_path / "report.docx", tmp_path / "returned.docx"
    export_through_gui(window, monkeypatch, exported)
    counsel_fills_in(exported, returned, changed_answer=7)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, title, text, *a: errors.append((title, text)))
    )
    page = corrections_page(window)
    open_from(monkeypatch, returned)
    qtbot.mouseClick(page.findChild(QPushButton, "importCorrectionsButton"), Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "Corrections not imported"
    assert "entry 7 differs" in text and "nothing imported" in text
    assert context.controller.require().corrections == []
    assert page.findChild(QTableWidget, "correctionsTable").rowCount() == 0
    assert page.findChild(QLabel, "importResult").text() == "Nothing was imported."
