"""RemoteKeys: the keys a presenter remote sends (PgDn, PgUp, Right, Left, Space, Esc) step forward and
back through a dialog's items and never close it or reach a focused button or drop-down.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

FORWARD = frozenset({Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down})
BACK = frozenset({Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up})
# Sent by remotes to start or end a slide show, or to black the screen: harmless here.
SWALLOWED = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_F5, Qt.Key.Key_B, Qt.Key.Key_Period})
# Keys a text box needs for itself (typing a space, moving the cursor).
_TEXT_KEYS = frozenset(
    {
        Qt.Key.Key_Right,
        Qt.Key.Key_Left,
        Qt.Key.Key_Space,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_B,
        Qt.Key.Key_Period,
    }
)


def _is_text(widget: QObject) -> bool:
    return isinstance(widget, QPlainTextEdit | QTextEdit | QLineEdit | QAbstractSpinBox)


class RemoteKeys(QObject):
    """An event filter on a dialog and all its children (call ``install`` after the dialog is built)."""

    def __init__(self, dialog: QWidget, forward: Callable[[], object], back: Callable[[], object]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.forward = forward
        self.back = back

    def install(self) -> None:
        """Filter the key presses of the dialog and of every widget in it."""
        self.dialog.installEventFilter(self)
        for child in self.dialog.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Turn remote keys into forward/back; keep typing keys for text boxes."""
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if _is_text(watched) and key in _TEXT_KEYS:
            return False
        if key not in FORWARD | BACK | SWALLOWED:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no shortcut of the window may take it
            return True
        if key in FORWARD:
            self.forward()
        elif key in BACK:
            self.back()
        return True
