"""EntryPanel: the question as asked and the answer as typed, for one entry at a time.

In draft mode (no entry shown) the officer types an own question and asks it; once asked, the
answer is typed in a large plain-text editor and every keystroke goes to the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.i18n import fmt
from interview_guide.ui.accessibility import describe
from interview_guide.ui.controller import HearingController
from interview_guide.ui.dates import clock_time
from interview_guide.ui.presenting import mask_editor
from interview_guide.ui.widgets.proposed_question import KeyActivation
from interview_guide.ui.widgets.reflow import WrapRow

# Called before an own question is logged, with its text and the panel asking: returns None to not
# ask it, or the checker categories the officer overrode and the reason given (([], "") when none).
OwnQuestionGuard = Callable[[str, Any], tuple[list[str], str] | None]


class AnswerEditor(QPlainTextEdit):
    """The large plain-text editor for a verbatim answer (no rich text, any script)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerEditor")
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)


class EntryPanel(QWidget):
    """Shows and edits one entry of a theme, or a draft own question."""

    draft_changed = Signal(str)  # the draft own question, for the live checker
    entry_shown = Signal(int)  # an entry is shown for answering or editing
    question_corrected = Signal(int)  # the question text of the entry shown was corrected here
    own_ask_proposed = Signal(str)  # Space or Return on "Ask own question": the draft, to confirm first

    def __init__(
        self,
        controller: HearingController,
        theme_id: str | None,
        guard: OwnQuestionGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """A panel for one theme; with ``theme_id`` None it only edits existing entries (review).

        Args:
            controller: the controller (every edit goes through it).
            theme_id: the theme whose questions are asked here; None: the review page's editor.
            guard: asked before an own question is logged (the question checker); None: no check.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.controller = controller
        self.theme_id = theme_id
        self.guard = guard
        self.number = 0
        self._loading = False
        self.setObjectName("entryPanel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setObjectName("entryHeader")
        self.header.setWordWrap(True)
        bold = self.header.font()
        bold.setBold(True)
        self.header.setFont(bold)
        layout.addWidget(self.header)

        self.question_edit = QPlainTextEdit()
        describe(
            self.question_edit,
            self.tr("Question"),
            self.tr("The question as asked; an own question is typed here and Ctrl+Return asks it."),
        )
        self.question_edit.setObjectName("questionEdit")
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setMaximumHeight(72)
        self.question_edit.textChanged.connect(self._question_typed)
        layout.addWidget(self.question_edit)

        self.badge_slot = QVBoxLayout()  # the live question checker puts its badge here
        layout.addLayout(self.badge_slot)

        row = WrapRow()  # a column in presenter mode's large type, where the row is too wide
        self.follow_up_check = QCheckBox()
        self.follow_up_check.setObjectName("followUpCheck")
        row.add(self.follow_up_check)
        row.add_stretch()
        self.ask_button = QPushButton(self.tr("Ask own question"))
        self.ask_button.setObjectName("askOwnButton")
        self.ask_button.setToolTip(self.tr("Log the question above as asked (Ctrl+Return)"))
        self.ask_button.clicked.connect(self.ask_own)
        KeyActivation(self.ask_button).proposed.connect(lambda: self.own_ask_proposed.emit(self.draft_text()))
        row.add(self.ask_button)
        layout.addWidget(row)

        self.answer_label = QLabel(self.tr("Answer (verbatim)"))
        layout.addWidget(self.answer_label)
        self.answer_edit = AnswerEditor()
        self.answer_label.setBuddy(self.answer_edit)  # a screen reader names the editor by its label
        describe(
            self.answer_edit,
            self.tr("Answer (verbatim)"),
            self.tr("Type the answer as the interpreter gives it; Ctrl+Return logs it and goes on."),
        )
        self.answer_edit.textChanged.connect(self._answer_typed)
        layout.addWidget(self.answer_edit, 1)

        buttons = WrapRow()
        self.log_button = QPushButton(self.tr("Log answer and next question"))
        self.log_button.setObjectName("logAnswerButton")
        self.log_button.setToolTip(
            QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.log_button.clicked.connect(self.log_answer)
        buttons.add(self.log_button)
        self.withdraw_button = QPushButton(self.tr("Withdraw question"))
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.setToolTip(
            self.tr(
                "Asked by mistake? Without an answer the question leaves the record; with one it stays, "
                "marked as withdrawn. The audit trail keeps it either way."
            )
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons.add(self.withdraw_button)
        buttons.add_stretch()
        self.new_button = QPushButton(self.tr("New own question"))
        self.new_button.setObjectName("newOwnButton")
        self.new_button.setToolTip(QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText))
        self.new_button.clicked.connect(lambda: self.start_draft(follow_up=False))
        buttons.add(self.new_button)
        layout.addWidget(buttons)

        # No listener on the controller: the panel is the only editor of what it shows while its page
        # is on screen, and the page shows the entry anew (show_entry) whenever it comes back.
        self.show_draft()

    # -- modes ------------------------------------------------------------------------------

    def last_entry_of_theme(self) -> int:
        """The number of the newest entry of this theme, or 0."""
        hearing = self.controller.hearing
        if hearing is None:
            return 0
        numbers = [e.number for e in hearing.entries if self.theme_id in (None, e.theme_id)]
        return numbers[-1] if numbers else 0

    def show_draft(self, follow_up: bool = False) -> None:
        """Switch to drafting an own question (optionally as a follow-up to the last entry)."""
        self.number = 0
        self._loading = True
        review = self.theme_id is None
        self.header.setText(
            self.tr("Select an entry to edit it") if review else self.tr("Own question (type it, then Ask)")
        )
        self.question_edit.setEnabled(not review)
        self.question_edit.setPlainText("")
        self.question_edit.setPlaceholderText(
            "" if review else self.tr("Type your own question, one question at a time")
        )
        self.answer_edit.setPlainText("")
        self.answer_edit.setEnabled(False)
        self.answer_edit.setPlaceholderText(self.tr("Ask a question first; the answer is typed here."))
        mask_editor(self.question_edit)  # editable again if an entry shown before was masked
        mask_editor(self.answer_edit)
        self._loading = False
        last = self.last_entry_of_theme()
        self.follow_up_check.setVisible(last > 0 and not review)
        self.follow_up_check.setText(self.tr("as a follow-up to entry %1").replace("%1", str(last)))
        self.follow_up_check.setChecked(follow_up and last > 0)
        self.ask_button.setVisible(not review)
        self.new_button.setVisible(not review)
        self.log_button.setEnabled(False)
        self.withdraw_button.setVisible(False)
        self.draft_changed.emit("")

    def start_draft(self, follow_up: bool) -> None:
        """Begin an own question and put the cursor in it."""
        self.show_draft(follow_up)
        self.question_edit.setFocus()

    def show_entry(self, number: int) -> None:
        """Show an entry for answering or editing."""
        hearing = self.controller.require()
        entry = hearing.entry(number)
        self.number = number
        self._loading = True
        self.question_edit.setEnabled(True)
        kind = self.tr("own question") if entry.own_question else self.tr("bank question")
        if entry.follow_up_of:
            kind += ", " + self.tr("follow-up to %1").replace("%1", str(entry.follow_up_of))
        if entry.withdrawn_at is not None:
            kind += ", " + self.tr("withdrawn")
        self.header.setText(fmt(self.tr("Entry %1 (%2), asked %3"), number, kind, clock_time(entry.asked_at)))
        self.question_edit.setPlainText(entry.question_text)
        self.question_edit.setPlaceholderText("")
        self.answer_edit.setEnabled(True)
        self.answer_edit.setPlaceholderText(self.tr("Type the answer as the interpreter gives it"))
        if self.answer_edit.toPlainText() != entry.answer_text:
            self.answer_edit.setPlainText(entry.answer_text)
        mask_editor(self.question_edit)  # personal data hidden while presenting (read-only then)
        mask_editor(self.answer_edit)
        self._loading = False
        self.follow_up_check.setVisible(False)
        self.ask_button.setVisible(False)
        self.log_button.setEnabled(True)
        self.log_button.setText(
            self.tr("Log answer and next question") if entry.answered_at is None else self.tr("Done editing")
        )
        self.withdraw_button.setVisible(entry.withdrawn_at is None)
        self.draft_changed.emit("")
        self.entry_shown.emit(number)

    def focus_answer(self) -> None:
        """Put the cursor at the end of the answer."""
        self.answer_edit.setFocus()
        self.answer_edit.moveCursor(self.answer_edit.textCursor().MoveOperation.End)

    # -- actions ------------------------------------------------------------------------------

    def draft_text(self) -> str:
        """The own question being drafted."""
        return self.question_edit.toPlainText().strip() if self.number == 0 else ""

    def ask_own(self) -> bool:
        """Log the drafted own question as asked; returns whether it was logged."""
        text = self.draft_text()
        if not text:
            self.question_edit.setFocus()
            return False
        assert self.theme_id is not None, "the review panel does not ask questions"
        override: tuple[list[str], str] = ([], "")
        if self.guard is not None:
            decision = self.guard(text, self)
            if decision is None:  # the officer chose not to ask it (e.g. the checker blocks it)
                return False
            override = decision
        follow_up_of = self.last_entry_of_theme() if self.follow_up_check.isChecked() else None
        entry = self.controller.ask(self.theme_id, text, follow_up_of=follow_up_of or None)
        if entry is None:
            return False
        if override[0]:
            self.controller.override_check(entry.number, *override)
        self.show_entry(entry.number)
        self.focus_answer()
        return True

    def withdraw(self) -> None:
        """Withdraw the entry shown (asked by mistake); without an answer it leaves the record."""
        if not self.number:
            return
        number = self.number
        message = self.controller.withdraw(number)
        self.withdraw_button.setToolTip(message or self.withdraw_button.toolTip())
        hearing = self.controller.require()
        if number <= len(hearing.entries):
            self.show_entry(number)  # kept, marked withdrawn
        else:
            self.show_draft()

    def log_answer(self) -> None:
        """Mark the answer as given and go back to drafting."""
        if self.number:
            self.controller.log_answer(self.number)
        self.show_draft()

    # -- typing ----------------------------------------------------------------------------------

    def _question_typed(self) -> None:
        if self._loading:
            return
        text = self.question_edit.toPlainText()
        if self.number == 0:
            self.draft_changed.emit(text)
            return
        message = self.controller.set_question_text(self.number, text)
        self.question_edit.setToolTip(message or "")
        if message is None:
            self.question_corrected.emit(self.number)

    def _answer_typed(self) -> None:
        if self._loading or self.number == 0:
            return
        self.controller.set_answer(self.number, self.answer_edit.toPlainText())
