"""Keep the status bar's own widgets hidden while a temporary message shows.

QStatusBar hides its normal (not permanent) widgets while a message from ``showMessage`` is shown, but
when it lays itself out again (a change of font: presenter mode's zoom) it adds them to a new layout,
and Qt then shows them again: the message and the sitting clock were drawn over each other, both
unreadable, for the five seconds of the message.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget


class MessageCoversWidgets(QObject):
    """Hides a status bar's normal widget again when Qt shows it while a message is on."""

    def __init__(self, bar: QStatusBar, widgets: Iterable[QWidget]) -> None:
        super().__init__(bar)
        self.bar = bar
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a widget shown under a message: hide it again once the show is done."""
        if event.type() is _SHOW and isinstance(watched, QWidget) and self.bar.currentMessage():
            QTimer.singleShot(0, watched, lambda: self._cover(watched))
        return False

    def _cover(self, widget: QWidget) -> None:
        if self.bar.currentMessage() and widget.isVisible():
            widget.hide()
            # as QStatusBar hides it: not hidden "explicitly", so it shows again when the message goes
            widget.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)


_SHOW = QEvent.Type.Show
