"""Typing an answer updates the answer editor, the entry's row in the list and the autosave indicator,
and no other widget (issue 10, point 12): a guard against keystrokes that wake the whole window.

Every paint of the window is watched while 500 characters are typed with real key events. A widget
painting only where an allowed widget is (its background under the editor, say) is fine; a widget
painting anywhere else was updated by the typing, and fails the test by name.
"""

from __future__ import annotations

from gui_helpers import go_to_theme
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.ui.main_window import MainWindow

TEXT = (
    "Ik ben in Shiraz opgegroeid bij mijn grootmoeder; zij leerde mij lezen en zwijgen. "
    "Op de universiteit ontmoette ik Negar, in de bibliotheek, tussen de boeken van Forough. "
)


class PaintLog(QObject):
    """Records, per widget, the region it painted (in window coordinates)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.painted: dict[QWidget, QRegion] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent)
        if painted and isinstance(watched, QWidget) and isinstance(event, QPaintEvent):
            if watched.window() is self.window:
                region = event.region().translated(watched.mapTo(self.window, watched.rect().topLeft()))
                self.painted[watched] = self.painted.get(watched, QRegion()) + region
        return False


def window_rect(widget: QWidget, window: QWidget, rect: QRect | None = None) -> QRect:
    local = rect if rect is not None else widget.rect()
    return local.translated(widget.mapTo(window, local.topLeft()) - local.topLeft())


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_typing_500_characters_updates_only_the_editor_its_row_and_the_autosave_label(
    demo_window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    window = demo_window
    page = go_to_theme(window, "life-now")
    card = page.cards[page.card_order[-1]]
    card.ask_button.click()
    number = page.panel.number
    editor = page.panel.answer_edit
    editor.setFocus()
    settle()
    entries = page.entries
    row = entries.numbers().index(number)

    log = PaintLog(window)
    QApplication.instance().installEventFilter(log)  # type: ignore[union-attr]
    try:
        text = (TEXT * 4)[:500]
        for start in range(0, 500, 50):
            qtbot.keyClicks(editor, text[start : start + 50])
            settle()
        qtbot.waitUntil(lambda: not context.autosave.pending(), timeout=10_000)
        settle()
    finally:
        QApplication.instance().removeEventFilter(log)  # type: ignore[union-attr]

    assert context.controller.require().entry(number).answer_text == text
    # Where the typing may show: the editor, the entry's row, the autosave label.
    allowed = QRegion(window_rect(editor, window))
    row_rect = entries.visualRect(entries.model().index(row, 0))
    allowed += QRegion(window_rect(entries.viewport(), window, row_rect))
    allowed += QRegion(window_rect(window.save_label, window))
    updated = sorted(
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__} "
        f"{getattr(widget.parent(), 'objectName', str)()!r} at {(region - allowed).boundingRect()}"
        for widget, region in log.painted.items()
        if not (region - allowed).isEmpty()
    )
    assert updated == [], f"typing an answer updated {updated}"
    assert editor in log.painted or any(editor.isAncestorOf(w) for w in log.painted)  # the check saw paints
    assert any(w is entries.viewport() for w in log.painted)  # and the row did change
