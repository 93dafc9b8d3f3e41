"""PracticePanel: a trainee types questions and sees, as they type, what is wrong and how to ask better;
the questions kept are listed and can be exported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.hearing import ClaimType
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.training.practice_history import PracticeAttempt, attempt_of, summary_line
from interview_guide.training.scenarios import SCENARIOS, get_scenario
from interview_guide.ui.domain_messages import describe
from interview_guide.ui.widgets.checker_badge import CheckerBadge

WORD_FILTER = "Word (*.docx)"
_NOT_OK = QColor("#a4262c")


class PracticePanel(QDialog):
    """A non-modal window to try questions against the checker, outside any hearing."""

    def __init__(
        self,
        ui_lang: Lang,
        claim_types: Sequence[str] = (),
        parent: QWidget | None = None,
        history: list[PracticeAttempt] | None = None,
    ) -> None:
        """A practice panel.

        Args:
            ui_lang: the language of the findings' messages.
            claim_types: the claims to start with (those of the open hearing), as values.
            parent: the main window.
            history: the attempts kept so far (the list is extended in place, so it outlives the panel).
        """
        super().__init__(parent)
        self.ui_lang: Lang = ui_lang
        self.history: list[PracticeAttempt] = history if history is not None else []
        self.setObjectName("practicePanel")
        self.setWindowTitle(self.tr("Practice questions"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type a question as you would ask it in a hearing. The checker shows what is wrong with "
                "it, why, and how to ask it better. Keep a question (Ctrl+Return) to list it below; the "
                "list can be exported. Nothing here is part of a hearing."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.question = QPlainTextEdit()
        self.question.setObjectName("practiceQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(self.tr("e.g. Did you know as a child that you were different?"))
        self.question.setFixedHeight(self.question.fontMetrics().lineSpacing() * 3 + 14)
        layout.addWidget(self.question)

        form = QFormLayout()
        self.preset = QComboBox()
        self.preset.setObjectName("practicePreset")
        self.preset.addItem(self.tr("No reference frame"), "")
        for scenario in SCENARIOS:
            self.preset.addItem(scenario.title.get(ui_lang), scenario.id)
        self.preset.setToolTip(
            self.tr("Check the question against the reference frame of a scenario's applicant")
        )
        form.addRow(self.tr("Applicant:"), self.preset)
        self.claim = QComboBox()
        self.claim.setObjectName("practiceClaim")
        self.claim.addItem(self.tr("LGBTI"), "lgbti")
        self.claim.addItem(self.tr("Religious conversion"), "conversion")
        self.claim.addItem(self.tr("Both"), "both")
        wanted = set(claim_types)
        start = "both" if len(wanted) > 1 else (next(iter(wanted)) if wanted else "lgbti")
        self.claim.setCurrentIndex(max(self.claim.findData(start), 0))
        form.addRow(self.tr("Claim:"), self.claim)
        self.language = QComboBox()
        self.language.setObjectName("practiceLanguage")
        self.language.addItem(self.tr("Detect automatically"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Language of the question:"), self.language)
        layout.addLayout(form)

        self.badge = CheckerBadge(ui_lang, self._context, expanded=True, reasons_height=120)
        self.badge.setObjectName("practiceBadge")
        self.badge.wording_chosen.connect(self._use_wording)
        layout.addWidget(self.badge)

        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep this question"))
        self.keep_button.setObjectName("practiceKeep")
        self.keep_button.setShortcut("Ctrl+Return")
        self.keep_button.setToolTip(
            self.tr("Add the question and the checker's verdict to the list (Ctrl+Return)")
        )
        self.keep_button.clicked.connect(self.keep)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("Export the list…"))
        self.export_button.setObjectName("practiceExport")
        self.export_button.clicked.connect(lambda: self.export())
        row.addWidget(self.export_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)
        self.list_label = QLabel()
        layout.addWidget(self.list_label)
        self.list = QListWidget()
        self.list.setObjectName("practiceHistory")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._reuse)
        self.list.itemDoubleClicked.connect(self._reuse)
        layout.addWidget(self.list, 1)

        self.question.textChanged.connect(lambda: self.badge.set_text(self.question.toPlainText()))
        self.language.currentIndexChanged.connect(self._recheck)
        self.claim.currentIndexChanged.connect(self._recheck)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.setFocusProxy(self.question)
        self._fill_list()
        self.resize(680, 640)

    def showEvent(self, event: QShowEvent) -> None:
        """The cursor starts in the question box (typing never lands in a drop-down)."""
        super().showEvent(event)
        self.question.setFocus()

    def frame(self) -> ReferenceFrame | None:
        """The reference frame of the chosen preset, if any."""
        scenario_id = self.preset.currentData()
        return get_scenario(scenario_id).frame(self.ui_lang) if scenario_id else None

    def _context(self) -> tuple[Sequence[ClaimType], ReferenceFrame | None]:
        value = self.claim.currentData()
        claims = [ClaimType.LGBTI, ClaimType.CONVERSION] if value == "both" else [ClaimType(value)]
        return claims, self.frame()

    def _preset_chosen(self) -> None:
        scenario_id = self.preset.currentData()
        if scenario_id:
            claims = get_scenario(scenario_id).claims
            value = "both" if len(claims) > 1 else claims[0].value
            self.claim.setCurrentIndex(self.claim.findData(value))
        self._recheck()

    def _recheck(self) -> None:
        code = self.language.currentData()
        self.badge.question_lang = code if code in ("nl", "en") else None
        self.badge.set_text(self.question.toPlainText())

    def _use_wording(self, text: str) -> None:
        self.question.setPlainText(text)
        self.question.moveCursor(self.question.textCursor().MoveOperation.End)
        self.question.setFocus()

    # -- the list of attempts ----------------------------------------------------------------------

    def keep(self) -> PracticeAttempt | None:
        """Check the question now and add it with the verdict to the list; returns the attempt."""
        text = self.question.toPlainText().strip()
        if not text:
            self.question.setFocus()
            return None
        self.badge.check_now(text)
        preset = self.preset.currentText() if self.preset.currentData() else ""
        attempt = attempt_of(text, self.badge.findings, preset, dt.datetime.now().astimezone())
        self.history.append(attempt)
        self._add_item(attempt)
        self._count()
        self.question.selectAll()
        self.question.setFocus()
        return attempt

    def _fill_list(self) -> None:
        self.list.clear()
        for attempt in self.history:
            self._add_item(attempt)
        self._count()

    def _add_item(self, attempt: PracticeAttempt) -> None:
        item = QListWidgetItem(summary_line(attempt, self.ui_lang))
        item.setData(Qt.ItemDataRole.UserRole, attempt.text)
        if not attempt.ok:
            item.setForeground(QBrush(_NOT_OK))
        self.list.addItem(item)
        self.list.scrollToItem(item)

    def _count(self) -> None:
        self.list_label.setText(fmt(self.tr("Questions kept: %1"), len(self.history)))
        self.export_button.setEnabled(bool(self.history))

    def _reuse(self, item: QListWidgetItem) -> None:
        self._use_wording(str(item.data(Qt.ItemDataRole.UserRole)))

    def export(self, path: Path | None = None) -> Path | None:
        """Write the list to a Word file (asks where when ``path`` is None)."""
        if not self.history:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the questions practised"),
                str(Path.home() / self.tr("practice.docx")),
                WORD_FILTER,
            )
            if not name:
                return None
            path = Path(name)
        from interview_guide.report.practice_history_sheet import export_history

        try:
            export_history(self.history, self.ui_lang, path)
        except InterviewGuideError as exc:
            QMessageBox.critical(self, self.tr("List not written"), describe(exc))
            return None
        return path
