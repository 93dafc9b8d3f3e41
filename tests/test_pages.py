"""Every page on its own: it can be built alone, it shows the record, and it changes the record only
through the controller (each change journalled as the autosave would write it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_guide.core.hearing import Hearing
from interview_guide.core.statements import Correction
from interview_guide.demo import build_demo_case
from interview_guide.storage.bank_files import load_banks
from interview_guide.storage.ops import apply_op, op_for
from interview_guide.ui.controller import HearingController
from interview_guide.ui.entries_model import EntriesModel
from interview_guide.ui.pages.case_page import CasePage
from interview_guide.ui.pages.corrections_page import CorrectionsPage
from interview_guide.ui.pages.frame_page import ReferenceFramePage
from interview_guide.ui.pages.hearing_pages import build_theme_pages
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.pages.review_page import ReviewPage
from interview_guide.ui.pages.statements_page import StatementsPage
from interview_guide.ui.pages.theme_page import ThemePage

PageMaker = Callable[[HearingController, EntriesModel], RecordPage]


class RecordWatch:
    """Fails when the record changes other than inside a call of a public controller method.

    Every public method of the controller is wrapped: the record must be as the last call left it
    when the next call starts, and when the test checks (after each thing it does on a page). Every
    ``record_changed`` path is also applied, as the autosave journal would, to a copy of the record
    as it was at the start; at the end the copy must equal the record.
    """

    def __init__(self, controller: HearingController, monkeypatch: pytest.MonkeyPatch) -> None:
        self.controller = controller
        self.depth = 0
        self.calls: list[str] = []
        self.known = self._dump()
        self.journal = self._dump()
        controller.record_changed.connect(self._journal)
        for name in dir(HearingController):
            attribute = getattr(HearingController, name)
            if name.startswith("_") or not callable(attribute) or name in ("require", "tr"):
                continue
            if name in dir(QWidget) or name in ("blockSignals", "connect", "disconnect"):
                continue
            if type(attribute).__name__ == "Signal":
                continue
            monkeypatch.setattr(controller, name, self._wrap(name, getattr(controller, name)))

    def _dump(self) -> dict[str, Any]:
        return self.controller.require().model_dump(mode="json")

    def _journal(self, path: str) -> None:
        apply_op(self.journal, op_for(self.controller.require(), path))

    def _wrap(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if self.depth == 0:
                self.check(f"before {name}()")
                self.calls.append(name)
            self.depth += 1
            try:
                return method(*args, **kwargs)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self.known = self._dump()

        return call

    def check(self, when: str = "") -> None:
        """The record is as the controller's last call left it."""
        assert self._dump() == self.known, f"the record was changed outside the controller ({when})"

    def check_journal(self) -> None:
        """Replaying every announced path gives the record (nothing changed unannounced)."""
        assert Hearing.model_validate(self.journal) == self.controller.require()


@pytest.fixture
def controller(qapp: QApplication) -> HearingController:
    now = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)
    hearing = build_demo_case("both", "en")
    hearing.corrections.append(Correction(number=1, entry_number=3, text="It was 2017.", received_at=now))
    controller = HearingController(load_banks(), clock=lambda: now)
    controller.load(hearing, path=None, demo=True)
    return controller


@pytest.fixture
def entries(controller: HearingController) -> EntriesModel:
    return EntriesModel(controller)


def first_theme_page(controller: HearingController, entries: EntriesModel) -> ThemePage:
    return next(p for p in build_theme_pages(controller, entries, "en") if p.entry_view.rowCount() > 2)


PAGES: dict[str, PageMaker] = {
    "case": lambda c, e: CasePage(c, "en"),
    "frame": lambda c, e: ReferenceFramePage(c, "en"),
    "theme": first_theme_page,
    "statements": lambda c, e: StatementsPage(c, "en"),
    "review": lambda c, e: ReviewPage(c, e, "en"),
    "corrections": lambda c, e: CorrectionsPage(c, "en"),
}


@pytest.fixture(params=sorted(PAGES))
def page(
    request: pytest.FixtureRequest, controller: HearingController, entries: EntriesModel, qtbot: QtBot
) -> Iterator[RecordPage]:
    page = PAGES[request.param](controller, entries)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()  # a page reads the record when it is shown
    qtbot.waitExposed(page)
    yield page


def test_a_page_built_alone_shows_the_record(page: RecordPage, controller: HearingController) -> None:
    hearing = controller.require()
    if isinstance(page, CasePage):
        assert page.v_number.text() == hearing.case.v_number != ""
        assert page.attendees.rowCount() == len(hearing.sittings[-1].attendees) or page.sitting == 1
    elif isinstance(page, ReferenceFramePage):
        edit = page.findChild(QLineEdit, "frame-origin_country")
        assert edit is not None and edit.text() == hearing.reference_frame.origin_country != ""
    elif isinstance(page, ThemePage):
        expected = [e.number for e in hearing.entries if e.theme_id == page.theme.id]
        assert page.entries.numbers() == expected
        asked = [card for card in page.cards.values() if card.property("asked")]
        assert asked
    elif isinstance(page, StatementsPage):
        assert page.statement_list.count() == len(hearing.statements) > 0
    elif isinstance(page, ReviewPage):
        assert page.entries.numbers() == [e.number for e in hearing.entries]
        assert page.coverage.table.rowCount() > 0
    elif isinstance(page, CorrectionsPage):
        assert page.table.rowCount() == len(hearing.corrections)
    else:
        raise AssertionError(f"no check for {type(page).__name__}")


def editable(page: QWidget, kind: type[QWidget]) -> list[Any]:
    """The enabled, visible widgets of ``kind`` on ``page`` that the officer can change."""
    found = []
    for widget in page.findChildren(kind):
        if not widget.isVisibleTo(page) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox) and widget.isReadOnly():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or an editable combo
        found.append(widget)
    return found


def test_a_page_changes_the_record_only_through_the_controller(
    page: RecordPage, controller: HearingController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A refusal (intimate material, a psychological test) explains itself in a message box: accept it.
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    watch = RecordWatch(controller, monkeypatch)
    before = controller.require().model_dump(mode="json")

    for name in ("addAttendee", "addRelationship", "addStatement"):
        button = page.findChild(QPushButton, name)
        if button is not None and button.isVisibleTo(page):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            watch.check(f"after clicking {name}")
    if isinstance(page, ThemePage):  # answer an entry as the officer does: click it, type
        number = page.entries.numbers()[0]
        page.panel.show_entry(number)
    if isinstance(page, ReviewPage):
        page.editor.show_entry(3)
    if isinstance(page, CorrectionsPage) and page.table.rowCount():
        page.table.selectRow(0)

    for edit in editable(page, QLineEdit):
        edit.setFocus()
        edit.end(False)
        qtbot.keyClicks(edit, "7")
        watch.check(f"after typing in {edit.objectName()}")
    for text in editable(page, QPlainTextEdit):
        text.setFocus()
        text.moveCursor(text.textCursor().MoveOperation.End)
        qtbot.keyClicks(text, " x")
        watch.check(f"after typing in {text.objectName()}")
    for check in editable(page, QCheckBox):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
        watch.check(f"after clicking {check.text()}")
    for spin in editable(page, QSpinBox):
        spin.stepUp()
        watch.check(f"after stepping {spin.objectName()}")
    for day in editable(page, QDateEdit):
        day.setDate(QDate(2021, 6, 1))
        watch.check(f"after setting {day.objectName()}")
    for time in editable(page, QTimeEdit):
        time.setTime(QTime(11, 15))
        watch.check(f"after setting {time.objectName()}")
    for combo in editable(page, QComboBox):
        if combo.count() > 1 and combo.objectName() != "sittingChoice":
            combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
            watch.check(f"after choosing in {combo.objectName()}")
    for table in editable(page, QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText(item.text() + " (edited)")
                    watch.check(f"after editing {table.objectName()} {row},{column}")

    watch.check("at the end")
    watch.check_journal()
    assert controller.require().model_dump(mode="json") != before, "the test changed nothing on the page"
    assert watch.calls, "no edit went through the controller"
