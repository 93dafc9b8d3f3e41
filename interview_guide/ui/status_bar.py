"""A status-bar label that stays hidden while a temporary message shows.

QStatusBar hides its normal (not permanent) widgets while a message from ``showMessage`` is shown, but
when it lays itself out again (a change of font: presenter mode's zoom) it adds them to a new layout,
and Qt then shows them again: the message and the sitting clock were drawn over each other, both
unreadable, for the five seconds of the message.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar


class StatusLabel(QLabel):
    """A label for the normal area of a status bar: never shown over a temporary message."""

    def setVisible(self, visible: bool) -> None:
        """Refuse to be shown while the status bar shows a message (QStatusBar shows it again itself
        when the message goes)."""
        bar = self.parentWidget()
        if visible and isinstance(bar, QStatusBar) and bar.currentMessage():
            return
        super().setVisible(visible)
