"""QuestionQualityView: the review page's summary of the checker's findings over the whole hearing."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QGroupBox, QLabel, QMenu, QVBoxLayout, QWidget

from interview_guide.core.question_check import Category
from interview_guide.core.question_summary import HearingChecker, QuestionSummary
from interview_guide.core.record_paths import RecordField
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.checker.names import category_name
from interview_guide.ui.controller import EntryPart, HearingController
from interview_guide.ui.while_shown import WhileShown

OVERRIDES = "overrides"  # the link of the overrides, beside the category values
_SHORT = 70  # characters of a question shown in the menu of entries


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


class QuestionQualityView(QGroupBox):
    """How many closed, leading, ... questions the hearing has; click a kind to list its questions.

    The review column is already full at 1280x800, so the view is compact: the totals in the title,
    the kinds of problem as links on a few lines, and the questions of a kind in a pop-up menu.
    """

    entry_requested = Signal(int)  # the officer chose an entry

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.checker = HearingChecker(lang)
        self.summary: QuestionSummary | None = None
        self.setObjectName("questionQuality")
        self.setTitle(self.tr("Question quality"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        self.categories = QLabel()
        self.categories.setObjectName("qualityCategories")
        self.categories.setWordWrap(True)
        self.categories.setTextFormat(Qt.TextFormat.RichText)
        self.categories.setToolTip(self.tr("Click a kind of problem to list its questions"))
        self.categories.linkActivated.connect(self.list_entries)
        layout.addWidget(self.categories)
        # At worst only the title with the totals shows: the window must not grow past the screen.
        self.setMinimumHeight(self.fontMetrics().height() + 4)
        self.menu = QMenu(self)
        self.menu.setObjectName("qualityEntries")
        self.menu.setToolTipsVisible(True)

        # Correcting questions in the review editor: sum up once the typing pauses. Off screen the view
        # follows nothing; it is brought up to date when the review page is shown.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        shown = WhileShown(self)
        shown.follow(controller.entry_added, lambda _number: self._timer.start())
        shown.follow(controller.entry_changed, self._on_entry_changed)
        shown.follow(controller.section_changed, self._on_section_changed)

    def _on_entry_changed(self, _number: int, part: EntryPart) -> None:
        if part in (EntryPart.QUESTION, EntryPart.OVERRIDE):
            self._timer.start()

    def _on_section_changed(self, section: RecordField) -> None:
        if section in (RecordField.CASE, RecordField.REFERENCE_FRAME):
            self._timer.start()

    def refresh(self) -> None:
        """Check every question of the hearing (re-checking only changed ones) and show the counts."""
        self._timer.stop()
        hearing = self.controller.hearing
        if hearing is None:
            return
        summary = self.checker.summarise(hearing)
        self.summary = summary
        totals = fmt(  # in the text, not the group's title: a title cannot wrap
            self.tr("Question quality: %1 checked, %2 with a warning or block"),
            summary.checked,
            len(summary.flagged),
        )
        if summary.overrides:  # "0 asked anyway" read as if a warned question had not been asked
            totals += "; " + self.tr("%n asked despite a block, with a reason", "", len(summary.overrides))
        links = []
        for category, numbers in summary.by_category.items():
            name = category_name(category)
            text = fmt(
                self.tr("%1: %2 (own: %3)"),
                name[:1].upper() + name[1:],
                len(numbers),
                summary.own_count(category),
            )
            links.append(f'<a href="{category.value}">{html.escape(text)}</a>')
        if summary.overrides:
            text = fmt(self.tr("Blocked but asked, with a reason: %1"), len(summary.overrides))
            links.append(f'<a href="{OVERRIDES}">{html.escape(text)}</a>')
        if not links:
            links.append(html.escape(self.tr("No question has a warning or block.")))
        self.categories.setText(html.escape(totals) + "<br>" + " &nbsp;·&nbsp; ".join(links))

    def counts(self) -> dict[str, int]:
        """The number of questions per kind of problem (category value, or ``OVERRIDES``)."""
        if self.summary is None:
            return {}
        counts = {category.value: len(numbers) for category, numbers in self.summary.by_category.items()}
        if self.summary.overrides:
            counts[OVERRIDES] = len(self.summary.overrides)
        return counts

    def list_entries(self, key: str, popup: bool = True) -> QMenu:
        """List the questions of a kind of problem in a menu; choosing one opens it in the review editor.

        Args:
            key: a category value, or ``OVERRIDES``.
            popup: whether to show the menu at the mouse (tests read it without showing it).

        Returns:
            The menu, with one action per entry (its data is the entry number).
        """
        self.menu.clear()
        summary = self.summary
        if summary is None:
            return self.menu
        if key == OVERRIDES:
            for number in summary.overrides:
                check = summary.entries[number]
                assert check.override is not None
                label = fmt(self.tr("%1 · %2"), number, _short(check.question_text))
                self._add_entry(label, number, fmt(self.tr("Reason: %1"), check.override.reason))
        else:
            category = Category(key)
            for number in summary.by_category.get(category, ()):
                check = summary.entries[number]
                kind = self.tr("own") if check.own_question else self.tr("bank")
                finding = summary.finding(number, category)
                label = fmt(self.tr("%1 · %2 · %3"), number, kind, _short(check.question_text))
                self._add_entry(label, number, finding.message if finding is not None else "")
        if popup and not self.menu.isEmpty():
            self.menu.popup(QCursor.pos())
        return self.menu

    def _add_entry(self, label: str, number: int, tip: str) -> None:
        action = self.menu.addAction(label)
        action.setData(number)
        action.setToolTip(f"<p>{html.escape(tip)}</p>" if tip else "")
        action.triggered.connect(lambda _=False, n=number: self.entry_requested.emit(n))
