"""QuestionCard: one bank question with its follow-ups, guidance and frame hints (collapsible)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.bank import Question
from interview_guide.core.text import Lang, LocalizedText
from interview_guide.ui.presenting import button_text
from interview_guide.ui.style import ASKED, HINT, shade, tint
from interview_guide.ui.widgets.proposed_question import KeyActivation


def _label(text: str, object_name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class QuestionCard(QFrame):
    """A card for one open question; the officer asks it, or one of its follow-ups, with a click."""

    ask_requested = Signal(str)  # question id: Ask was clicked
    follow_up_requested = Signal(str, str)  # question id, follow-up id: its Ask was clicked
    # Space or Return on a focused Ask only proposes the question (see widgets/proposed_question.py).
    ask_proposed = Signal(str, str)  # question id, follow-up id ("" for the question itself)

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self._hint_labels: list[QLabel] = []
        self.setObjectName(f"card-{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("asked", False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        self.text_label = _label(question.text.get(lang), "questionText")
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.text_label.setFont(font)
        top.addWidget(self.text_label, 1)
        self.ask_button = QPushButton(self.tr("Ask"))
        self.ask_button.setObjectName("askButton")
        self.ask_button.setToolTip(self.tr("Log this question as asked, with the time"))
        self.ask_button.clicked.connect(lambda: self.ask_requested.emit(self.question.id))
        KeyActivation(self.ask_button).proposed.connect(lambda: self.ask_proposed.emit(self.question.id, ""))
        top.addWidget(self.ask_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        # What the bank's conditions did to this question for this applicant (required, moved...).
        self.condition_note = _label("", "conditionNote")
        tint(self.condition_note, HINT)
        self.condition_note.setVisible(False)
        layout.addWidget(self.condition_note)

        status = QHBoxLayout()
        self.details_button = QToolButton()
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setText(self.tr("Follow-ups and guidance"))
        self.details_button.toggled.connect(self.set_details_visible)
        status.addWidget(self.details_button)
        status.addStretch(1)
        self.asked_label = QLabel()
        self.asked_label.setObjectName("askedLabel")
        status.addWidget(self.asked_label)
        layout.addLayout(status)

        self.details = QWidget()
        self.details.setObjectName("details")
        details = QVBoxLayout(self.details)
        self._details_layout = details
        details.setContentsMargins(18, 0, 0, 0)
        for follow_up in question.follow_ups:
            row = QHBoxLayout()
            row.addWidget(_label("↳ " + follow_up.text.get(lang), f"followUp-{follow_up.id}"), 1)
            button = QPushButton(self.tr("Ask follow-up"))
            button.setObjectName(f"askFollowUp-{follow_up.id}")
            button.clicked.connect(
                lambda _=False, fid=follow_up.id: self.follow_up_requested.emit(self.question.id, fid)
            )
            KeyActivation(button).proposed.connect(partial(self.ask_proposed.emit, question.id, follow_up.id))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            details.addLayout(row)
        if question.guidance is not None:
            details.addWidget(_label(self.tr("Guidance: ") + question.guidance.get(lang), "guidance"))
        layout.addWidget(self.details)
        self.details.setVisible(False)

    def set_hints(self, hints: list[LocalizedText]) -> None:
        """Show the reference-frame hints that apply to this applicant for this question."""
        layout = self._details_layout
        for old in self._hint_labels:
            layout.removeWidget(old)
            old.deleteLater()
        self._hint_labels = [_label("◆ " + hint.get(self.lang), "frameHint") for hint in hints]
        for label in self._hint_labels:
            tint(label, HINT)
        for label in self._hint_labels:
            layout.addWidget(label)
        self.details_button.setText(
            button_text(
                self.tr("Follow-ups, guidance and hints for this applicant")
                if hints
                else self.tr("Follow-ups and guidance")
            )
        )

    def set_condition_note(self, text: str) -> None:
        """Say under the question what the bank's conditions did to it (empty: nothing)."""
        if self.condition_note.text() != text:
            self.condition_note.setText(text)
        self.condition_note.setVisible(bool(text))

    def set_details_visible(self, visible: bool) -> None:
        """Show or hide the follow-ups, guidance and hints."""
        if self.details_button.isChecked() != visible:
            self.details_button.setChecked(visible)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow)
        self.details.setVisible(visible)

    def set_asked_count(self, count: int) -> None:
        """Show how often this question was asked in the hearing."""
        self.asked_label.setText(
            self.tr("asked ✓") if count == 1 else self.tr("asked %n×", "", count) if count else ""
        )
        if bool(self.property("asked")) != (count > 0):
            self.setProperty("asked", count > 0)
            shade(self, ASKED if count else None)
