"""CheckerFeature: the live question checker on every theme page, the override of blocked questions,
the review page's question-quality summary, and the Training menu.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from interview_guide.core.hearing import ClaimType
from interview_guide.core.question_check import Severity, check_question
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import Lang
from interview_guide.ui.checker.override_dialog import OverrideDialog
from interview_guide.ui.checker.summary_view import QuestionQualityView
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.review_page import ReviewPage
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.trainer.mode import TrainerMode
from interview_guide.ui.widgets.checker_badge import CheckerBadge
from interview_guide.ui.widgets.entry_panel import EntryPanel


class CheckerFeature(QObject):
    """Installs the question checker in a main window (see ``app.FEATURES``)."""

    @property
    def lang(self) -> Lang:
        """The UI language now (it changes with a language switch)."""
        return self.window.lang

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.badges: dict[str, CheckerBadge] = {}  # by theme id
        self.quality: QuestionQualityView | None = None
        self.review: ReviewPage | None = None
        self.controller.own_question_guard = self.guard
        window.wizard_built.connect(self._on_wizard_built)  # first: the badge sits right under the question
        self.trainer = TrainerMode(window, self.context)

    def context(self) -> tuple[Sequence[ClaimType], ReferenceFrame | None]:
        """The claim types and reference frame of the open hearing, for the checker."""
        hearing = self.controller.hearing
        if hearing is None:
            return (), None
        return hearing.case.claim_types, hearing.reference_frame

    # -- the wizard's pages ------------------------------------------------------------------------

    def _on_wizard_built(self) -> None:
        wizard = self.window.wizard
        if wizard is None:
            return
        pages = wizard.hearing_pages
        self.badges = {page.theme.id: self._add_badge(page) for page in pages.themes}
        self._add_summary(pages.review)
        wizard.currentIdChanged.connect(self._on_page_changed)

    def _add_badge(self, page: ThemePage) -> CheckerBadge:
        badge = CheckerBadge(self.lang, self.context, reasons_height=96)
        page.panel.badge_slot.addWidget(badge)
        page.panel.draft_changed.connect(badge.set_text)
        badge.wording_chosen.connect(lambda text, panel=page.panel: self._use_wording(panel, text))
        return badge

    @staticmethod
    def _use_wording(panel: EntryPanel, text: str) -> None:
        if panel.number != 0:
            return
        panel.question_edit.setPlainText(text)
        panel.question_edit.moveCursor(panel.question_edit.textCursor().MoveOperation.End)
        panel.question_edit.setFocus()

    def _add_summary(self, page: ReviewPage) -> None:
        view = QuestionQualityView(self.controller, self.lang)
        page.add_side_widget(view, 2)
        view.entry_requested.connect(page.editor.show_entry)
        self.quality = view
        self.review = page

    def _on_page_changed(self, _page_id: int) -> None:
        wizard = self.window.wizard
        if wizard is not None and self.quality is not None and wizard.currentPage() is self.review:
            self.quality.refresh()

    # -- asking a blocked question -----------------------------------------------------------------

    def guard(self, text: str, widget: Any) -> tuple[list[str], str] | None:
        """Called before an own question is logged: a block finding needs the officer's reason.

        Args:
            text: the question as typed.
            widget: the panel asking (the dialog's parent).

        Returns:
            None when the officer chose not to ask; otherwise the overridden block categories and the
            reason (``([], "")`` when nothing blocks the question; warnings never block).
        """
        claim_types, frame = self.context()
        findings = check_question(text, claim_types=claim_types, frame=frame, ui_lang=self.lang)
        blocks = [f for f in findings if f.severity is Severity.BLOCK]
        if not blocks:
            return [], ""
        parent = widget if isinstance(widget, QWidget) else self.window
        reason = OverrideDialog.ask(text, blocks, parent)
        if reason is None or not reason.strip():
            self.window.statusBar().showMessage(
                self.tr("Not asked: the checker blocks this question. Rephrase it, or give a reason."), 8000
            )
            return None
        return [f.category.value for f in blocks], reason.strip()
