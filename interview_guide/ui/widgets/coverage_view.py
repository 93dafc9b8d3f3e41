"""CoverageView: per theme or pillar, questions asked and words said, with balance warnings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.bank import QuestionBank
from interview_guide.core.coverage import BalanceProblem, ThemeCoverage, coverage, missing_questions
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt


class CoverageView(QWidget):
    """A small table: theme, questions, words, share of the answers, and a warning if any."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("coverageView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("coverageTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Theme or pillar"), self.tr("Questions"), self.tr("Words"), self.tr("Share")]
        )
        self.table.verticalHeader().setVisible(False)
        # The theme column takes the width there is (titles wrap); the figures fit their contents.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, header.fontMetrics().horizontalAdvance(self.tr("Share")) + 40)
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        self.warnings = QLabel()
        self.warnings.setObjectName("balanceWarnings")
        self.warnings.setWordWrap(True)
        layout.addWidget(self.warnings)
        self.items: list[ThemeCoverage] = []

    def refresh(self, hearing: Hearing, banks: list[QuestionBank]) -> None:
        """Recompute and show the figures."""
        self.items = coverage(hearing, banks)
        titles = {t.id: t.title.get(self.lang) for b in banks for t in b.themes}
        self.table.setRowCount(len(self.items))
        warnings: list[str] = []
        for row, item in enumerate(self.items):
            title = titles[item.theme_id]
            name = (self.tr("Pillar: ") + title) if item.pillar else title
            if item.problem is not None:
                name = "⚠ " + name
            if item.optional:  # for this applicant: the bank's conditions applied
                name += self.tr(" (optional)")
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(str(item.questions)))
            self.table.setItem(row, 2, QTableWidgetItem(str(item.words)))
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round(item.share * 100))
            self.table.setCellWidget(row, 3, bar)
            if item.problem == BalanceProblem.SKIPPED:
                what = (
                    self.tr("Pillar %1 was not discussed: the three pillars are weighed together.")
                    if item.pillar
                    else self.tr("Theme %1 was not discussed.")
                )
                warnings.append(fmt(what, title))
                if item.required_because is not None:
                    warnings[-1] += " " + fmt(
                        self.tr("It is required for this applicant: %1."),
                        item.required_because.get(self.lang),
                    )
            elif item.problem == BalanceProblem.DOMINATES:
                warnings.append(
                    fmt(
                        self.tr(
                            "Theme %1 holds %2% of all answers: no single aspect may weigh out of proportion."
                        ),
                        title,
                        round(item.share * 100),
                    )
                )
        for missing in missing_questions(hearing, banks):
            because = missing.because.get(self.lang) if missing.because is not None else ""
            warnings.append(
                fmt(
                    self.tr("Not asked, though required for this applicant (%1): %2"),
                    because,
                    missing.text.get(self.lang),
                )
            )
        self.table.resizeRowsToContents()
        self.warnings.setText(
            "\n".join("⚠ " + w for w in warnings)
            if warnings
            else self.tr("Every theme was discussed and none dominates.")
        )
