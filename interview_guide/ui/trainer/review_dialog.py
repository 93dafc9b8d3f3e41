"""ReviewDialog: Training > Review practice hearing: the figures, a timeline, notes, better wordings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.bank import QuestionBank
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.core.trainer_tags import tag_label
from interview_guide.i18n import fmt
from interview_guide.training.practice_review import PracticeReview, review_practice
from interview_guide.training.wording import theme_titles
from interview_guide.ui.checker.names import category_name
from interview_guide.ui.presenting import shown
from interview_guide.ui.trainer.timeline_strip import FILLS, TimelineStrip


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _fill(table: QTableWidget, rows: list[list[object]], numbers: list[int] | None = None) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(shown(str(value)))  # names hidden while presenting
            if numbers is not None:
                item.setData(Qt.ItemDataRole.UserRole, numbers[row])
            table.setItem(row, column, item)
    table.resizeRowsToContents()


class ReviewDialog(QDialog):
    """The review of the hearing in the controller; double-click a row or click a box to open the entry."""

    entry_requested = Signal(int)
    export_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = lang
        self.review: PracticeReview | None = None
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review of the practice hearing"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        figures = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        names = (
            ("questions", self.tr("Questions")),
            ("open", self.tr("Open")),
            ("closed", self.tr("Closed")),
            ("share", self.tr("Share of open questions")),
            ("follow_ups", self.tr("Follow-ups")),
            ("depth", self.tr("Longest chain of follow-ups")),
            ("after_open", self.tr("Mean answer after an open question")),
            ("after_closed", self.tr("Mean answer after a closed question")),
        )
        for index, (key, title) in enumerate(names):
            value = QLabel()
            value.setObjectName(f"reviewFigure-{key}")
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            figures.addWidget(QLabel(title + ":"), index // 2, (index % 2) * 2)
            figures.addWidget(value, index // 2, (index % 2) * 2 + 1)
            self.figures[key] = value
        figures.setColumnStretch(1, 1)
        figures.setColumnStretch(3, 1)
        layout.addLayout(figures)

        layout.addWidget(QLabel(self.tr("Timeline (click a question to open it):")))
        self.timeline = TimelineStrip()
        self.timeline.entry_clicked.connect(self.entry_requested)
        layout.addWidget(self.timeline)
        legend = QLabel(
            "  ".join(
                f'<span style="background:{FILLS[key].name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}'
                for key, text in (
                    ("open", self.tr("open")),
                    ("closed", self.tr("closed")),
                    ("flagged", self.tr("warning or block")),
                )
            )
            + "  ↳ "
            + self.tr("follow-up")
        )
        legend.setObjectName("reviewLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(legend)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.categories = _table(
            "reviewCategories", [self.tr("Checker category (hints included)"), self.tr("Questions")]
        )
        self.themes = _table(
            "reviewThemes", [self.tr("Theme"), self.tr("Questions"), self.tr("Words"), self.tr("Remark")]
        )
        self.notes = _table(
            "reviewNotes", ["#", self.tr("Question"), self.tr("About"), self.tr("Trainer's note")]
        )
        self.better = _table("reviewBetter", ["#", self.tr("Asked"), self.tr("Found"), self.tr("Better")])
        self.tabs.addTab(self.categories, self.tr("Checker"))
        self.tabs.addTab(self.themes, self.tr("Themes and pillars"))
        self.tabs.addTab(self.notes, self.tr("Trainer's notes"))
        self.tabs.addTab(self.better, self.tr("Better wordings"))
        for table in (self.notes, self.better):
            table.cellDoubleClicked.connect(lambda row, _column, t=table: self._open_row(t, row))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export feedback sheet…"))
        self.export_button.setObjectName("reviewExport")
        self.export_button.clicked.connect(self.export_requested)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def show_review(self, hearing: Hearing, banks: Sequence[QuestionBank]) -> PracticeReview:
        """Review ``hearing`` and show the result."""
        review = review_practice(hearing, banks, self.lang)
        self.review = review
        titles = theme_titles(banks, self.lang)
        words = self.tr("%1 words")
        after_open, after_closed = review.mean_answer_words("open"), review.mean_answer_words("closed")
        values = {
            "questions": str(len(review.questions)),
            "open": str(review.open),
            "closed": str(review.closed),
            "share": f"{review.open_share * 100:.0f} %",
            "follow_ups": str(review.follow_ups),
            "depth": str(review.max_depth),
            "after_open": "–" if after_open is None else fmt(words, f"{after_open:.0f}"),
            "after_closed": "–" if after_closed is None else fmt(words, f"{after_closed:.0f}"),
        }
        for key, value in values.items():
            self.figures[key].setText(value)
        self.timeline.set_questions(list(review.questions))
        _fill(self.categories, [[category_name(c), n] for c, n in review.by_category().items()])
        remarks = {"skipped": self.tr("not covered"), "dominates": self.tr("takes a disproportionate share")}
        theme_rows: list[list[object]] = []
        for item in review.coverage:
            title = titles.get(item.theme_id, item.theme_id) + (self.tr(" (pillar)") if item.pillar else "")
            remark = remarks[item.problem.value] if item.problem else ""
            theme_rows.append([title, item.questions, item.words, remark])
        _fill(self.themes, theme_rows)
        annotated = review.annotated
        _fill(
            self.notes,
            [
                [q.number, q.text, ", ".join(tag_label(t, self.lang) for t in q.tags), q.note]
                for q in annotated
            ],
            [q.number for q in annotated],
        )
        flagged = review.flagged
        _fill(
            self.better,
            [
                [
                    q.number,
                    q.text,
                    ", ".join(category_name(c) for c in q.categories),
                    q.better.text if q.better else "",
                ]
                for q in flagged
            ],
            [q.number for q in flagged],
        )
        self.tabs.setTabText(2, fmt(self.tr("Trainer's notes (%1)"), len(annotated)))
        self.tabs.setTabText(3, fmt(self.tr("Better wordings (%1)"), len(flagged)))
        return review

    def _open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.entry_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
