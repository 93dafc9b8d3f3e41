"""WhileShown: connections that hold only while a widget is on screen.

A view that is off screen need not follow the record: it reads it anew when it comes back. So an
edit elsewhere (a keystroke in an answer) wakes only what the officer can see. Hiding the whole
window (minimising it) is not "off screen" here: nothing changes the record meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QWidget


class WhileShown(QObject):
    """Follows signals for ``widget`` while it is shown, and calls ``on_shown`` each time it comes back."""

    def __init__(self, widget: QWidget, on_shown: Callable[[], None] | None = None) -> None:
        super().__init__(widget)
        self._on_shown = on_shown
        self._follows: list[tuple[SignalInstance, Callable[..., Any]]] = []
        self._following = False
        widget.installEventFilter(self)

    def follow(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        """Connect ``slot`` to ``signal`` whenever the widget is shown."""
        self._follows.append((signal, slot))
        if self._following:
            signal.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Connect on show, disconnect on hide (not for the window being minimised and restored)."""
        kind = event.type()
        if kind == QEvent.Type.Show and not event.spontaneous() and not self._following:
            self._following = True
            for signal, slot in self._follows:
                signal.connect(slot)
            if self._on_shown is not None:
                self._on_shown()
        elif kind == QEvent.Type.Hide and not event.spontaneous() and self._following:
            self._following = False
            for signal, slot in self._follows:
                signal.disconnect(slot)
        return False
