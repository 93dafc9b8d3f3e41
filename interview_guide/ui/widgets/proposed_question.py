"""Asking is deliberate: a key press on an Ask button only proposes the question; a second press asks.

A click with the mouse asks at once (a click is aimed). Space or Return on a focused Ask button,
which a stray key or a focus moved by Tab can cause, instead shows the question in a
:class:`ProposedQuestion` bar: Return (or the same key again) asks it, Escape drops it. Ctrl+F works
the same way for the bank's next follow-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from interview_guide.ui.style import PROPOSED, shade

_ACTIVATING_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select}


class KeyActivation(QObject):
    """Turns the keyboard activation of a button into a ``proposed`` signal; clicks stay clicks."""

    proposed = Signal()

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button)
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow Space/Return on the button and propose instead (the release too: no click)."""
        if not isinstance(event, QKeyEvent) or event.key() not in _ACTIVATING_KEYS:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Return and the like are the window's shortcuts
        if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self.proposed.emit()
        return event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class ProposedQuestion(QFrame):
    """The question about to be asked, with Ask (Return) and Cancel (Escape)."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposedQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        shade(self, PROPOSED)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setObjectName("proposedText")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.ask_button = QPushButton(self.tr("Ask (Return)"))
        self.ask_button.setObjectName("confirmAskButton")
        self.ask_button.setAccessibleName(self.tr("Ask the proposed question"))
        self.ask_button.setAutoDefault(True)
        self.ask_button.clicked.connect(self.confirmed)
        row.addWidget(self.ask_button, 0, Qt.AlignmentFlag.AlignTop)
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.setObjectName("cancelAskButton")
        cancel.clicked.connect(self.cancelled)
        row.addWidget(cancel, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def propose(self, question: str) -> None:
        """Show ``question`` and put the focus on Ask, so that Return asks it."""
        self.text.setText(self.tr("Ask now: %1").replace("%1", question))
        self.setVisible(True)
        self.ask_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return asks (wherever the focus is in the bar), Escape drops the question."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirmed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
