"""Input the officer did not mean is ignored, and every dialog works from the keyboard.

One filter on the application, so that it covers every widget, also in dialogs, table cells and Qt's
own dialogs:

- **The wheel** changes no drop-down, spin box or date-time field unless it has the keyboard focus.
  Scrolling a page used to set "Medisch advies" and "Levensfase" in the reference frame as the
  pointer passed over them. A wheel event over such a widget without focus goes to the scroll area
  around it (the page scrolls instead), and these widgets no longer take the focus from the wheel.
- **Dialogs**: Ctrl+Return accepts (also from a multi-line note, where Return makes a new line), and
  Return in a one-line field accepts even when the OK button became enabled only after the dialog
  was shown (Qt then has no default button); Tab leaves a multi-line field instead of typing a tab.
- **The window's own shortcuts win over a text field's Unix key bindings**: on X11, Qt binds Ctrl+E in
  a line or text field to "end of line", so Ctrl+E (own question) never reached the window while the
  cursor was in a field of the main window (seen in a real window; the offscreen platform has no such
  binding). In dialogs the field keeps its binding.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from interview_guide.ui.accessibility import fill_in

# QAbstractSpinBox includes the date and time edits. Not QAbstractSlider: scroll bars never have the
# focus and must keep scrolling.
GUARDED = (QComboBox, QAbstractSpinBox)
_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ACCEPT_ROLES = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
)


class InputGuard(QObject):
    """The application's event filter (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Redirect unmeant wheel turns; accept dialogs from the keyboard."""
        # Every event of the application passes here (thousands at start-up): compare the kind by
        # identity with members looked up once, and leave the rest at once.
        kind = event.type()
        if kind is _POLISH:
            if isinstance(watched, QWidget):
                _polish(watched)
        elif kind is _WHEEL:
            if isinstance(watched, GUARDED) and not watched.hasFocus():
                assert isinstance(event, QWheelEvent)
                _scroll_instead(watched, event)
                return True
        elif kind is _KEY_PRESS:
            if isinstance(watched, QWidget):
                assert isinstance(event, QKeyEvent)
                return _dialog_key(watched, event)
        elif kind is _SHORTCUT_OVERRIDE and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            if _window_shortcut(watched, event):
                event.ignore()  # not claimed by the field: the window's shortcut runs
                return True
        return False


_POLISH = QEvent.Type.Polish
_WHEEL = QEvent.Type.Wheel
_KEY_PRESS = QEvent.Type.KeyPress
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride


# Window shortcuts that X11 key bindings of text fields would otherwise swallow.
_WINDOW_KEYS = {(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)}


def _window_shortcut(widget: QWidget, event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if (Qt.Key(event.key()), modifiers) not in _WINDOW_KEYS:
        return False
    if not isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox | QComboBox):
        return False
    return not isinstance(widget.window(), QDialog)


def _polish(widget: QWidget) -> None:
    fill_in(widget)  # an accessible description for what has none (ui/accessibility.py)
    if isinstance(widget, GUARDED):
        # WheelFocus (the default of these widgets) would give them the focus on the first turn.
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(widget.window(), QDialog):
        widget.setTabChangesFocus(True)  # Tab moves on to the next field of the dialog


def _dialog_key(widget: QWidget, event: QKeyEvent) -> bool:
    if event.key() not in _RETURN:
        return False
    dialog = widget.window()
    if not isinstance(dialog, QDialog):
        return False
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if ctrl:
        button = accept_button(dialog)
        if button is not None:
            button.click()
            return True
        return False
    if isinstance(widget, QLineEdit) and widget.window() is dialog and _default_button(dialog) is None:
        button = accept_button(dialog)
        if button is not None:
            button.click()
            return True
    return False


def _default_button(dialog: QDialog) -> QPushButton | None:
    for button in dialog.findChildren(QPushButton):
        if button.isDefault() and button.isVisible() and button.isEnabled():
            return button
    return None


def accept_button(dialog: QDialog) -> QAbstractButton | None:
    """The enabled button that accepts ``dialog``: its default button, else the first accepting button
    of its button box (OK, Yes); None when there is none or it is disabled."""
    default = _default_button(dialog)
    if default is not None:
        return default
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in _ACCEPT_ROLES and button.isVisible() and button.isEnabled():
                return button
    return None


def _scroll_instead(widget: QWidget, event: QWheelEvent) -> None:
    # Sent on explicitly: Qt propagates only wheel events that come from the window system.
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        viewport = parent.viewport()
        moved = QWheelEvent(
            QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint())),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QApplication.sendEvent(viewport, moved)
    event.accept()


def install_input_guard(app: QApplication) -> InputGuard:
    """Install the guard on ``app`` (once); returns it (kept alive by its parent, the app)."""
    existing = app.findChild(InputGuard)
    if existing is not None:
        return existing
    guard = InputGuard(app)
    app.installEventFilter(guard)
    return guard
