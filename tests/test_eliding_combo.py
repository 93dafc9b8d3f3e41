"""The start screen's scenario drop-down at 1280 px: a title too long for it is shortened with "…",
never cut off mid-word, and the list that opens shows every title whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.widgets.eliding_combo import ElidingComboBox

# The offscreen platform cannot raise a popup or grab the keyboard for it; the list still opens.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def test_a_long_title_is_shortened_with_an_ellipsis_and_shown_whole_in_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1280, 720)
    window.go_start()
    QApplication.processEvents()
    combo = window.start.scenario_combo
    assert isinstance(combo, ElidingComboBox)
    titles = [combo.itemText(i) for i in range(combo.count())]
    longest = max(range(combo.count()), key=lambda i: combo.fontMetrics().horizontalAdvance(titles[i]))
    combo.setCurrentIndex(longest)
    shown = combo.shown_text()
    assert shown != titles[longest] and shown.endswith("…")  # too long for the drop-down at 1280 px
    assert titles[longest].startswith(shown.removesuffix("…").rstrip())
    assert combo.toolTip() == titles[longest]  # the whole title on hover
    short = min(range(combo.count()), key=lambda i: len(titles[i]))
    combo.setCurrentIndex(short)
    assert combo.shown_text() == titles[short]  # a title that fits is drawn whole
    combo.showPopup()
    try:
        view = combo.view()
        qtbot.waitUntil(view.isVisible)
        needed = max(view.sizeHintForColumn(0), combo.fontMetrics().horizontalAdvance(titles[longest]))
        assert view.viewport().width() >= needed  # the list shows the longest title whole
    finally:
        combo.hidePopup()
