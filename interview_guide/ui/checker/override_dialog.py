"""OverrideDialog: asking a question the checker blocks needs a reason, which goes into the record."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from interview_guide.core.question_check import Finding


class OverrideDialog(QDialog):
    """Explains why a question is blocked and asks the officer for the reason to ask it anyway."""

    def __init__(self, question: str, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("The checker blocks this question"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("You are about to ask:")))
        asked = QLabel(f"<i>{html.escape(question)}</i>")
        asked.setObjectName("overrideQuestion")
        asked.setWordWrap(True)
        asked.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(asked)
        # Each message starts with what is wrong ("Sexual detail: ...") and names the basis.
        reasons = QLabel("<br><br>".join(html.escape(f.message) for f in findings))
        reasons.setObjectName("overrideReasons")
        reasons.setWordWrap(True)
        reasons.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(reasons)
        better = next((f.suggestion for f in findings if f.suggestion), None)
        if better:
            lead = html.escape(self.tr("Consider instead:"))
            suggestion = QLabel(f"<b>{lead}</b> <i>{html.escape(better)}</i>")
            suggestion.setTextFormat(Qt.TextFormat.RichText)
            suggestion.setWordWrap(True)
            layout.addWidget(suggestion)
        layout.addWidget(
            QLabel(
                self.tr("To ask it anyway, give the reason. It is logged with the question in the record:")
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("e.g. the applicant raised this herself and asked to explain it")
        )
        self.reason.setMaximumHeight(90)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox()
        self.ask_button = self.buttons.addButton(
            self.tr("Ask it and log the reason"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ask_button.setObjectName("overrideAskButton")
        cancel = self.buttons.addButton(self.tr("Do not ask it"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def reason_text(self) -> str:
        """The reason as typed, trimmed."""
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        self.ask_button.setEnabled(bool(self.reason_text()))

    @classmethod
    def ask(cls, question: str, findings: Sequence[Finding], parent: QWidget | None) -> str | None:
        """The officer's reason for asking the blocked question, or None to not ask it.

        Args:
            question: the question as typed.
            findings: the block findings.
            parent: the widget the dialog belongs to.

        Returns:
            A non-empty reason, or None when the officer chose not to ask.
        """
        dialog = cls(question, findings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason_text() or None
