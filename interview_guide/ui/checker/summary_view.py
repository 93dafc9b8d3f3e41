"""QuestionQualityView: the review page's summary of the checker's findings over the whole hearing."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QGroupBox, QLabel, QMenu, QVBoxLayout, QWidget

from interview_guide.core.checks.record_rules import RecordFinding, RecordKind, RecordReview, review_record
from interview_guide.core.question_check import Category
from interview_guide.core.question_summary import HearingChecker, QuestionSummary
from interview_guide.core.record_paths import RecordField
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.checker.names import category_name, record_kind_name
from interview_guide.ui.controller import EntryPart, HearingController
from interview_guide.ui.while_shown import WhileShown

OVERRIDES = "overrides"  # the link of the overrides, beside the category values
RECORD = "record:"  # the links of the record-aware findings: "record:" + the kind's value
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
        # What the record says: loaded words used first, rejected words, closed before open, repeats.
        self.record_line = QLabel()
        self.record_line.setObjectName("qualityRecord")
        self.record_line.setWordWrap(True)
        self.record_line.setTextFormat(Qt.TextFormat.RichText)
        self.record_line.linkActivated.connect(self.list_entries)
        layout.addWidget(self.record_line)
        # Experiences told without any question on what they meant to the applicant.
        self.meaning_line = QLabel()
        self.meaning_line.setObjectName("qualityMeaning")
        self.meaning_line.setWordWrap(True)
        self.meaning_line.setTextFormat(Qt.TextFormat.RichText)
        self.meaning_line.linkActivated.connect(lambda key: self.entry_requested.emit(int(key)))
        layout.addWidget(self.meaning_line)
        self.record: RecordReview | None = None
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
        shown = WhileShown(self, self.refresh)
        shown.follow(controller.entry_added, lambda _number: self._timer.start())
        shown.follow(controller.entry_changed, self._on_entry_changed)
        shown.follow(controller.section_changed, self._on_section_changed)

    def _on_entry_changed(self, _number: int, part: EntryPart) -> None:
        # Answers count too: an experience told without a question on its meaning is shown here.
        if part in (EntryPart.QUESTION, EntryPart.OVERRIDE, EntryPart.ANSWER, EntryPart.ANSWERED):
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
        self._show_record(review_record(hearing, self.lang))

    def _show_record(self, record: RecordReview) -> None:
        self.record = record
        counts = self.record_counts()
        links = []
        for kind in RecordKind:
            if kind in counts:
                name = record_kind_name(kind)
                text = fmt(self.tr("%1: %2"), name[:1].upper() + name[1:], counts[kind])
                links.append(f'<a href="{RECORD}{kind.value}">{html.escape(text)}</a>')
        lead = html.escape(self.tr("In this hearing:"))
        self.record_line.setText(f"{lead} {' &nbsp;·&nbsp; '.join(links)}" if links else "")
        self.record_line.setVisible(bool(links))
        numbers = sorted(record.unexplored)
        if numbers:
            lead = html.escape(self.tr("Experience told, meaning not asked (entry):"))
            items = " ".join(
                f'<a href="{n}" title="{html.escape(record.unexplored[n].message)}">{n}</a>' for n in numbers
            )
            self.meaning_line.setText(f"{lead} {items}")
        else:
            self.meaning_line.setText("")
        self.meaning_line.setVisible(bool(numbers))

    def record_counts(self) -> dict[RecordKind, int]:
        """How many questions have each kind of record-aware finding (and how many experiences were
        told without a question on their meaning)."""
        if self.record is None:
            return {}
        counts: dict[RecordKind, int] = {}
        for found in self.record.by_entry.values():
            for kind in {f.kind for f in found}:
                counts[kind] = counts.get(kind, 0) + 1
        if self.record.unexplored:
            counts[RecordKind.MEANING_NOT_ASKED] = len(self.record.unexplored)
        return counts

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
            key: a category value, ``OVERRIDES``, or ``RECORD`` and a record-aware kind.
            popup: whether to show the menu at the mouse (tests read it without showing it).

        Returns:
            The menu, with one action per entry (its data is the entry number).
        """
        self.menu.clear()
        summary = self.summary
        if summary is None:
            return self.menu
        if key.startswith(RECORD):
            self._list_record(RecordKind(key[len(RECORD) :]))
        elif key == OVERRIDES:
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

    def _list_record(self, kind: RecordKind) -> None:
        record, summary = self.record, self.summary
        if record is None or summary is None:
            return
        found: dict[int, tuple[RecordFinding, ...]]
        if kind is RecordKind.MEANING_NOT_ASKED:
            found = {n: (f,) for n, f in record.unexplored.items()}
        else:
            found = {n: fs for n, fs in record.by_entry.items() if any(f.kind is kind for f in fs)}
        for number, findings in sorted(found.items()):
            check = summary.entries.get(number)
            text = check.question_text if check is not None else ""
            message = next(f.message for f in findings if f.kind is kind)
            self._add_entry(fmt(self.tr("%1 · %2"), number, _short(text)), number, message)

    def _add_entry(self, label: str, number: int, tip: str) -> None:
        action = self.menu.addAction(label)
        action.setData(number)
        action.setToolTip(f"<p>{html.escape(tip)}</p>" if tip else "")
        action.triggered.connect(lambda _=False, n=number: self.entry_requested.emit(n))
