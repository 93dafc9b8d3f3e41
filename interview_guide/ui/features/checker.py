"""CheckerFeature: the live question checker on every theme page, the override of blocked questions,
and the review page's question-quality summary.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from interview_guide.core.checks.hits import Severity
from interview_guide.core.hearing import ClaimType
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import Lang
from interview_guide.ui.checker.override_dialog import OverrideDialog
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.review_page import ReviewPage
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.widgets.checker_badge import CheckerBadge
from interview_guide.ui.widgets.entry_panel import EntryPanel
from interview_guide.ui.wizard import HearingWizard

# The checker's rules, the record rules and the lemmatiser take about a second to import and compile:
# they are imported when first used (a question checked, the review page built), not at start-up.
if TYPE_CHECKING:
    from interview_guide.core.checks.record_rules import RecordFinding
    from interview_guide.ui.checker.summary_view import QuestionQualityView


class CheckerFeature(QObject):
    """The question checker in a main window; ``guard`` is handed to the pages that ask own questions."""

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
        # The checker's rules compile when it is imported and the lemmatiser loads its dictionaries on
        # first use (together one to two seconds): both in the background once the window is up, so
        # that neither the first theme page nor the first question typed waits for them.
        QTimer.singleShot(500, self._warm_up)

    @staticmethod
    def _warm_up() -> None:
        threading.Thread(target=load_checker, name="question-checker", daemon=True).start()

    def context(self) -> tuple[Sequence[ClaimType], ReferenceFrame | None]:
        """The claim types and reference frame of the open hearing, for the checker."""
        hearing = self.controller.hearing
        if hearing is None:
            return (), None
        return hearing.case.claim_types, hearing.reference_frame

    # -- the wizard's pages ------------------------------------------------------------------------

    def attach(self, wizard: HearingWizard) -> None:
        """Add a badge under the own question of every theme page, and the summary to the review page."""
        pages = wizard.hearing_pages
        self.badges = {}
        for page in pages.themes:  # each when its page is first built
            page.when_built(partial(self._add_badge, page))
        pages.review.when_built(partial(self._add_summary, pages.review))

    def record_check(self, text: str, theme_id: str | None = None) -> list[RecordFinding]:
        """What the hearing so far says about asking ``text`` now (loaded word first, rejected word ...)."""
        hearing = self.controller.hearing
        if hearing is None:
            return []
        from interview_guide.core.checks.record_rules import check_in_record

        return check_in_record(hearing, text, theme_id=theme_id, ui_lang=self.lang)

    def _add_badge(self, page: ThemePage) -> None:
        theme_id = page.theme.id
        badge = CheckerBadge(
            self.lang,
            self.context,
            reasons_height=96,
            record=lambda text: self.record_check(text, theme_id),
        )
        page.panel.badge_slot.addWidget(badge)
        page.panel.draft_changed.connect(badge.set_text)
        badge.wording_chosen.connect(lambda text, panel=page.panel: self._use_wording(panel, text))
        self.badges[theme_id] = badge

    @staticmethod
    def _use_wording(panel: EntryPanel, text: str) -> None:
        if panel.number != 0:
            return
        panel.question_edit.setPlainText(text)
        panel.question_edit.moveCursor(panel.question_edit.textCursor().MoveOperation.End)
        panel.question_edit.setFocus()

    def _add_summary(self, page: ReviewPage) -> None:
        from interview_guide.ui.checker.summary_view import QuestionQualityView

        view = QuestionQualityView(self.controller, self.lang)  # it sums up whenever it is shown
        page.add_side_widget(view, 2)
        view.entry_requested.connect(page.editor.show_entry)
        self.quality = view

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
        from interview_guide.core.question_check import check_question

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


def load_checker() -> None:
    """Import the question checker and the record rules and load the lemmatiser (off the UI thread).

    The modules are Qt-free and import each other without a cycle, so an import the UI thread starts
    meanwhile waits for this one instead of running twice.
    """
    for module in ("interview_guide.core.checks.record_rules", "interview_guide.core.question_check"):
        importlib.import_module(module)
    from interview_guide.core.checks.normalise import warm_up

    warm_up()
