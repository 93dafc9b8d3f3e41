"""No value changes unless the officer meant it: drop-downs, spin boxes and date-time fields ignore the
mouse wheel unless they have the keyboard focus.

Scrolling a page with the wheel used to set "Medisch advies" and "Levensfase" in the reference frame
as the pointer passed over their drop-downs. One filter on the application covers every such widget,
also in dialogs and table cells: a wheel event over one without focus goes to the scroll area around
it (the page scrolls instead), and these widgets no longer take the focus from the wheel itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

# QAbstractSpinBox includes the date and time edits. Not QAbstractSlider: scroll bars never have the
# focus and must keep scrolling.
GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """The application's event filter that keeps the wheel from changing unfocused values."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pass a wheel event over an unfocused value widget on to its parent."""
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, GUARDED) and not watched.hasFocus():
                assert isinstance(event, QWheelEvent)
                _scroll_instead(watched, event)
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            # WheelFocus (the default of these widgets) would give them the focus on the first turn.
            if isinstance(watched, QWidget) and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


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


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` (once); returns it (kept alive by its parent, the app)."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
