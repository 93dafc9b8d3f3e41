"""TimelineStrip: the questions of a hearing as a row of boxes coloured by kind (open, closed, flagged)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from interview_guide.training.practice_review import ReviewedQuestion
from interview_guide.ui.presenting import shown

# The same colours as the feedback sheet (report/feedback_sheet.py).
FILLS = {"open": QColor("#b7e1cd"), "closed": QColor("#fce8b2"), "flagged": QColor("#f4c7c3")}
_BORDER = QColor("#6b6b6b")
_TEXT = QColor("#1b1b1b")
_CELL = 26  # width of one box at zoom 100 %
_ROW = 24


def kind_of(question: ReviewedQuestion) -> str:
    """The colour key of a question: "flagged" when the checker warns or blocks, else open or closed."""
    return "flagged" if question.flagged else question.kind


class TimelineStrip(QWidget):
    """Boxes in question order that wrap to the width; a click on a box names its entry."""

    entry_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewTimeline")
        self.questions: list[ReviewedQuestion] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_questions(self, questions: list[ReviewedQuestion]) -> None:
        """Show ``questions`` in order."""
        self.questions = list(questions)
        self.updateGeometry()
        self.update()

    def _cell(self) -> QSize:
        metrics = self.fontMetrics()
        width = max(_CELL, metrics.horizontalAdvance("↳000") + 6)
        return QSize(width, max(_ROW, metrics.height() + 8))

    def _per_row(self, width: int) -> int:
        return max(width // self._cell().width(), 1)

    def hasHeightForWidth(self) -> bool:
        """The strip wraps: its height follows its width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """As many rows as the boxes need at ``width``."""
        rows = max((len(self.questions) + self._per_row(width) - 1) // self._per_row(width), 1)
        return rows * self._cell().height() + 2

    def sizeHint(self) -> QSize:
        """Room for one row of twenty boxes."""
        return QSize(self._cell().width() * 20, self.heightForWidth(self._cell().width() * 20))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for any window."""
        return QSize(self._cell().width() * 4, self._cell().height())

    def box(self, index: int) -> QRect:
        """The rectangle of the ``index``-th question."""
        cell = self._cell()
        per_row = self._per_row(self.width())
        return QRect(
            (index % per_row) * cell.width(), (index // per_row) * cell.height(), cell.width(), cell.height()
        )

    def index_at(self, point: QPoint) -> int | None:
        """The index of the question under ``point``, if any."""
        for index in range(len(self.questions)):
            if self.box(index).contains(point):
                return index
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the boxes with the entry numbers (↳ for a follow-up)."""
        painter = QPainter(self)
        for index, question in enumerate(self.questions):
            rect = self.box(index).adjusted(1, 1, -1, -1)
            painter.fillRect(rect, FILLS[kind_of(question)])
            painter.setPen(_BORDER)
            painter.drawRect(rect)
            painter.setPen(_TEXT)
            mark = "↳" if question.follow_up else ""
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{mark}{question.number}")
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Show the question under the mouse."""
        index = self.index_at(event.position().toPoint())
        if index is None:
            QToolTip.hideText()
            return
        question = self.questions[index]
        tip = f"{question.number}. {shown(question.text)}"  # names hidden while presenting
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click names the entry of the box."""
        index = self.index_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.entry_clicked.emit(self.questions[index].number)
