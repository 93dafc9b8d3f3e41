"""No value changes unless the officer meant it: the wheel, dates typed as dd-mm-jjjj, Tab out of a date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QScrollArea, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context
from interview_guide.core.hearing import ClaimType
from interview_guide.core.partial_date import PartialDate
from interview_guide.core.reference_frame import LifePhase, YesNoUnknown
from interview_guide.ui.main_window import MainWindow


@pytest.fixture
def context(qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:
    context = create_context("en")
    yield context
    context.autosave.stop(keep_session=False)


@pytest.fixture
def window(context: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    window = build_window(context)
    window.resize(1366, 705)
    window.show()
    qtbot.waitExposed(window)
    context.controller.new_hearing([ClaimType.LGBTI])
    yield window
    window.set_close_guard(lambda: True)
    window.close()
    window.deleteLater()


def wheel(widget: QWidget, steps: int = -3) -> None:
    """Turn the mouse wheel over the middle of ``widget`` (negative: towards the officer, scrolling down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def show_page(window: MainWindow, name: str) -> QWidget:
    assert window.wizard is not None
    page = next(p for p in window.wizard.pages() if p.objectName() == name)
    window.wizard.go_to_page(page)
    return page


def test_the_wheel_scrolls_the_reference_frame_and_changes_nothing(
    window: MainWindow, context: AppContext
) -> None:
    page = show_page(window, "framePage")
    scroll = page.findChild(QScrollArea)
    assert scroll is not None and scroll.verticalScrollBar().maximum() > 0
    frame = context.controller.require().reference_frame
    before = frame.model_copy(deep=True)
    combos = [w for w in page.findChildren(QComboBox) if w.isVisible()]
    spins = [w for w in page.findChildren(QSpinBox) if w.isVisible()]
    assert combos and spins
    for widget in [
        page.findChild(QComboBox, "frame-life_phase"),
        page.findChild(QComboBox, "frame-medical_advice"),
    ]:
        assert widget is not None
        start = scroll.verticalScrollBar().value()
        wheel(widget)
        assert scroll.verticalScrollBar().value() > start, "the page scrolls instead"
    focused = QApplication.focusWidget()
    if focused is not None:  # the page put the cursor in its first field; the wheel goes over the others
        focused.clearFocus()
    for widget in [*combos, *spins]:
        wheel(widget, -1)
        wheel(widget, 1)
        assert not widget.hasFocus(), "the wheel does not take the focus"
    assert frame == before
    assert (frame.life_phase, frame.medical_advice) == (LifePhase.UNKNOWN, YesNoUnknown.UNKNOWN)


def test_a_focused_drop_down_still_takes_the_wheel(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    page = show_page(window, "framePage")
    combo = page.findChild(QComboBox, "frame-medical_advice")
    assert combo is not None
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before = combo.currentIndex()
    wheel(combo, -1)
    assert combo.currentIndex() != before  # the officer chose to: the field has the focus
    assert context.controller.require().reference_frame.medical_advice != YesNoUnknown.UNKNOWN


@pytest.mark.parametrize(
    ("typed", "expected", "shown"),
    [
        ("12-03-1996", PartialDate(1996, 3, 12), "12-03-1996"),
        ("1-3-1996", PartialDate(1996, 3, 1), "01-03-1996"),
        ("00-03-1996", PartialDate(1996, 3), "00-03-1996"),
        ("03-1996", PartialDate(1996, 3), "00-03-1996"),
        ("1996", PartialDate(1996), "00-00-1996"),
        ("onbekend", None, "onbekend"),
    ],
)
def test_the_birth_date_is_typed_and_may_be_partly_known(
    window: MainWindow,
    context: AppContext,
    qtbot: QtBot,
    typed: str,
    expected: PartialDate | None,
    shown: str,
) -> None:
    page = show_page(window, "casePage")
    birth = page.findChild(QLineEdit, "dateOfBirth")
    assert birth is not None
    context.controller.set_case_field("date_of_birth", PartialDate(1980, 1, 1))
    page.initializePage()
    assert birth.text() == "01-01-1980"
    birth.setFocus()
    qtbot.waitUntil(birth.hasFocus)
    birth.selectAll()
    qtbot.keyClicks(birth, typed)
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    assert not birth.hasFocus(), "Tab leaves the field"
    assert context.controller.require().case.date_of_birth == expected
    assert birth.text() == shown


def test_what_is_not_a_date_stays_as_typed_with_a_message(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    page = show_page(window, "casePage")
    birth = page.findChild(QLineEdit, "dateOfBirth")
    assert birth is not None
    birth.setFocus()
    qtbot.keyClicks(birth, "12-03-1996")
    birth.selectAll()
    qtbot.keyClicks(birth, "31-02-1996")
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    assert birth.text() == "31-02-1996"  # nothing typed disappears
    assert context.controller.require().case.date_of_birth == PartialDate(1996, 3, 12)  # nor is it written
    messages = [m for m in page.findChildren(QLabel, "fieldMessage") if m.isVisible()]
    assert [m.text() for m in messages] == ["Not a date: type it as dd-mm-yyyy, for example 02-03-2026."]
    birth.setFocus()
    birth.selectAll()
    qtbot.keyClicks(birth, "29-02-1996")
    assert context.controller.require().case.date_of_birth == PartialDate(1996, 2, 29)
    assert not any(m.isVisible() for m in page.findChildren(QLabel, "fieldMessage"))


def test_tab_from_the_sitting_date_into_the_location_changes_no_date(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    """The officer's report: tabbing past the sitting date and typing the place changed the date."""
    page = show_page(window, "casePage")
    day = page.findChild(QLineEdit, "sittingDate")
    assert day is not None
    day.setFocus()
    qtbot.waitUntil(day.hasFocus)
    day.selectAll()
    qtbot.keyClicks(day, "02-03-2026")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    location = page.findChild(QLineEdit, "sittingLocation")
    assert location is not None and location.hasFocus()
    qtbot.keyClicks(location, "Zevenaar 2")
    qtbot.keyClick(location, Qt.Key.Key_Tab)
    start = page.findChild(QLineEdit, "sittingStart")
    assert start is not None and start.hasFocus()
    qtbot.keyClicks(start, "9.30")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    sitting = context.controller.require().sittings[0]
    assert (sitting.date.isoformat(), sitting.location) == ("2026-03-02", "Zevenaar 2")
    assert sitting.start is not None and sitting.start.strftime("%H:%M") == "09:30"
    assert start.text() == "09:30"
    # An empty sitting date is refused (a sitting has a date) and the record keeps the old one.
    day.setFocus()
    day.selectAll()
    qtbot.keyClick(day, Qt.Key.Key_Delete)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert context.controller.require().sittings[0].date.isoformat() == "2026-03-02"
    assert any(
        m.isVisible() and "date is needed" in m.text() for m in page.findChildren(QLabel, "fieldMessage")
    )
