"""OpeningDialog: record the standard opening explanation as it was read out (the report prints it)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from interview_guide.core.opening import placeholders
from interview_guide.i18n import fmt


class OpeningDialog(QDialog):
    """An editable text, prefilled with the bank's explanation and the names the record knows."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingDialog")
        self.setWindowTitle(self.tr("The explanation as read out"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Correct the text so that it says what you read out at the start of the hearing; the report "
                "prints it as recorded here, and counsel can correct it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("openingEdit")
        layout.addWidget(self.editor, 1)
        self.missing = QLabel()
        self.missing.setObjectName("openingPlaceholders")
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        left = placeholders(self.editor.toPlainText())
        self.missing.setText(fmt(self.tr("Fill in or remove: %1"), ", ".join(left)) if left else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not left and bool(self.editor.toPlainText().strip()))

    def text(self) -> str:
        """The text as edited."""
        return self.editor.toPlainText()
