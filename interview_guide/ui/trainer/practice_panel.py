"""PracticePanel: a trainee types questions and sees, as they type, what is wrong and how to ask better."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.hearing import ClaimType
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import Lang
from interview_guide.ui.widgets.checker_badge import CheckerBadge


class PracticePanel(QDialog):
    """A non-modal window to try questions against the checker, outside any hearing."""

    def __init__(self, ui_lang: Lang, claim_types: Sequence[str] = (), parent: QWidget | None = None) -> None:
        """A practice panel.

        Args:
            ui_lang: the language of the findings' messages.
            claim_types: the claims to start with (those of the open hearing), as values.
            parent: the main window.
        """
        super().__init__(parent)
        self.setObjectName("practicePanel")
        self.setWindowTitle(self.tr("Practice questions"))
        self.setModal(False)
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type a question as you would ask it in a hearing. The checker shows what is wrong with "
                "it, why, and how to ask it better. Nothing typed here is recorded."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("practiceLanguage")
        self.language.addItem(self.tr("Detect automatically"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Language of the question:"), self.language)
        self.claim = QComboBox()
        self.claim.setObjectName("practiceClaim")
        self.claim.addItem(self.tr("LGBTI"), "lgbti")
        self.claim.addItem(self.tr("Religious conversion"), "conversion")
        self.claim.addItem(self.tr("Both"), "both")
        wanted = set(claim_types)
        start = "both" if len(wanted) > 1 else (next(iter(wanted)) if wanted else "lgbti")
        self.claim.setCurrentIndex(max(self.claim.findData(start), 0))
        form.addRow(self.tr("Claim:"), self.claim)
        layout.addLayout(form)

        self.question = QPlainTextEdit()
        self.question.setObjectName("practiceQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(self.tr("e.g. Did you know as a child that you were different?"))
        self.question.setMaximumHeight(90)
        layout.addWidget(self.question)

        self.badge = CheckerBadge(ui_lang, self._context, expanded=True)
        self.badge.setObjectName("practiceBadge")
        self.badge.wording_chosen.connect(self._use_wording)
        layout.addWidget(self.badge)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

        self.question.textChanged.connect(lambda: self.badge.set_text(self.question.toPlainText()))
        self.language.currentIndexChanged.connect(self._recheck)
        self.claim.currentIndexChanged.connect(self._recheck)

    def _context(self) -> tuple[Sequence[ClaimType], ReferenceFrame | None]:
        value = self.claim.currentData()
        claims = [ClaimType.LGBTI, ClaimType.CONVERSION] if value == "both" else [ClaimType(value)]
        return claims, None

    def _recheck(self) -> None:
        code = self.language.currentData()
        self.badge.question_lang = code if code in ("nl", "en") else None
        self.badge.set_text(self.question.toPlainText())

    def _use_wording(self, text: str) -> None:
        self.question.setPlainText(text)
        self.question.moveCursor(self.question.textCursor().MoveOperation.End)
        self.question.setFocus()
