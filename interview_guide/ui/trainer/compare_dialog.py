"""CompareDialog: two hearings side by side, lined up by theme, with the differences in the checker's
findings and in answer length.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.bank import QuestionBank
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.training.compare import Comparison, ThemeComparison, ThemeSide, compare_hearings
from interview_guide.training.practice_review import PracticeReview
from interview_guide.training.wording import theme_titles
from interview_guide.ui.checker.names import category_name
from interview_guide.ui.presenting import shown
from interview_guide.ui.trainer.remote_keys import RemoteKeys
from interview_guide.ui.trainer.timeline_strip import FILLS, kind_of


def _words(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


class CompareDialog(QDialog):
    """A table: a row per theme, the left hearing's questions, the right one's, and what differs."""

    def __init__(
        self,
        lang: Lang,
        left: Hearing,
        right: Hearing,
        titles: tuple[str, str],
        banks: Sequence[QuestionBank],
        parent: QWidget | None = None,
    ) -> None:
        """Compare ``left`` with ``right``.

        Args:
            lang: the UI language.
            left: the first hearing (the weaker one, in a workshop).
            right: the second hearing.
            titles: what to call them, in the column headers.
            banks: the banks the hearings use (theme titles, coverage).
            parent: the main window.
        """
        super().__init__(parent)
        self.lang: Lang = lang
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare two hearings"))
        self.setModal(False)
        self.comparison: Comparison = compare_hearings(left, right, banks, lang)
        self.theme_titles = theme_titles(banks, lang)
        layout = QVBoxLayout(self)
        self.totals = QLabel()
        self.totals.setObjectName("compareTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("compareTable")
        self.table.setHorizontalHeaderLabels([self.tr("Theme and what differs"), titles[0], titles[1]])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._fill(titles)
        self.row = 0
        self.remote = RemoteKeys(self, lambda: self.step(1), lambda: self.step(-1))
        self.remote.install()
        self.resize(1100, 680)

    def step(self, delta: int) -> None:
        """Scroll to the next (or previous) theme (what a presenter remote's page keys do)."""
        self.row = min(max(self.row + delta, 0), max(self.table.rowCount() - 1, 0))
        item = self.table.cellWidget(self.row, 0)
        if item is not None:
            self.table.scrollTo(
                self.table.model().index(self.row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _totals(self, review: PracticeReview) -> str:
        return fmt(
            self.tr(
                "%1 questions, %2 open, %3 closed, %4 flagged; mean answer %5 words after open, %6 after "
                "closed"
            ),
            len(review.questions),
            review.open,
            review.closed,
            len(review.flagged),
            _words(review.mean_answer_words("open")),
            _words(review.mean_answer_words("closed")),
        )

    def _fill(self, titles: tuple[str, str]) -> None:
        comparison = self.comparison
        self.totals.setText(
            f"<b>{html.escape(titles[0])}:</b> {html.escape(self._totals(comparison.left))}<br>"
            f"<b>{html.escape(titles[1])}:</b> {html.escape(self._totals(comparison.right))}"
        )
        self.table.setRowCount(len(comparison.themes))
        for row, theme in enumerate(comparison.themes):
            self.table.setCellWidget(
                row, 0, self._label(self._difference_html(theme), f"compareTheme-{theme.theme_id}")
            )
            self.table.setCellWidget(
                row, 1, self._label(self._side_html(theme.left), f"compareLeft-{theme.theme_id}")
            )
            self.table.setCellWidget(
                row, 2, self._label(self._side_html(theme.right), f"compareRight-{theme.theme_id}")
            )
        self.table.resizeRowsToContents()

    @staticmethod
    def _label(text: str, object_name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setContentsMargins(6, 4, 6, 4)
        return label

    def _difference_html(self, theme: ThemeComparison) -> str:
        lines = [f"<b>{html.escape(self.theme_titles.get(theme.theme_id, theme.theme_id))}</b>"]
        for category, (left, right) in theme.finding_difference().items():
            lines.append(html.escape(fmt(self.tr("%1: %2 vs %3"), category_name(category), left, right)))
        lines.append(
            html.escape(
                fmt(
                    self.tr("mean answer: %1 vs %2 words"),
                    _words(theme.left.mean_words),
                    _words(theme.right.mean_words),
                )
            )
        )
        if theme.left.count != theme.right.count:
            lines.append(
                html.escape(fmt(self.tr("questions: %1 vs %2"), theme.left.count, theme.right.count))
            )
        return "<br>".join(lines)

    def _side_html(self, side: ThemeSide) -> str:
        if not side.questions:
            return "<i>" + html.escape(self.tr("(not asked)")) + "</i>"
        lines = []
        for question in side.questions:
            colour = FILLS[kind_of(question)].name()
            mark = "↳ " if question.follow_up else ""
            words = fmt(self.tr("%1 words"), question.answer_words)
            text = html.escape(shown(question.text))  # names hidden while presenting
            lines.append(
                f'<span style="background:{colour}">&nbsp;{question.number}&nbsp;</span> {mark}'
                f'{text} <span style="color:#595959">({html.escape(words)})</span>'
            )
        return "<br>".join(lines)
