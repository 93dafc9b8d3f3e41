"""A status-bar message is readable: the sitting clock does not come back under it when the font changes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_guide.ui.main_window import MainWindow


def test_a_message_keeps_the_clock_hidden_through_a_font_change(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    """Presenter mode changes the font and says so in the status bar: both used to be drawn at once."""
    window = demo_window
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bool(window.clock_label.text()))
    assert window.clock_label.isVisible()
    font = QApplication.font()
    before = font.pointSizeF()
    try:
        bar.showMessage("Presenter mode: 150 %, names hidden.", 0)
        assert not window.clock_label.isVisible()
        font.setPointSizeF(before * 1.5)
        QApplication.setFont(font)  # as presenter mode does; the status bar lays itself out again
        for _ in range(5):
            qtbot.wait(20)
            assert not window.clock_label.isVisible(), "the clock shows under the message"
        bar.clearMessage()
        qtbot.waitUntil(window.clock_label.isVisible)  # and it comes back when the message goes
    finally:
        font.setPointSizeF(before)
        QApplication.setFont(font)
