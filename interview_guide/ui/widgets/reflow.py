"""ReflowScroll: blocks in two columns where the width allows, else in one; scrolls only up and down.

Used by the case and frame pages: at a normal font on a laptop they stand side by side as before;
in presenter mode's large type on a 1280-pixel projector they stack instead of scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QScrollArea, QWidget

_COLUMNS = 2


class ReflowScroll(QScrollArea):
    """A vertical scroll area laying out ``blocks`` row by row in two columns, or in one column when
    two would not fit its width."""

    def __init__(self, blocks: list[QWidget], parent: QWidget | None = None) -> None:
        """Lay out ``blocks`` (in reading order: left, right, left, right, ...)."""
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocks = blocks
        self.columns = 0
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self._place(_COLUMNS)
        self.setWidget(inner)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for block in self.blocks:
            self.grid.removeWidget(block)
        for index, block in enumerate(self.blocks):
            # beside a taller block, the fields stay together at the top
            self.grid.addWidget(block, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(self.grid.rowCount(), 1)  # spare height below the last row

    def _width_of(self, columns: int) -> int:
        """The width the blocks need in ``columns`` columns of equal width (equal stretch)."""
        margins = self.grid.contentsMargins()
        widest = max((block.minimumSizeHint().width() for block in self.blocks), default=0)
        spacing = self.grid.horizontalSpacing() * (columns - 1)
        return widest * columns + spacing + margins.left() + margins.right()

    def reflow(self) -> None:
        """Two columns if they fit the visible width (with room for the vertical scroll bar, which
        the taller one column would bring anyway), else one."""
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        fits = self._width_of(_COLUMNS) <= room
        self._place(_COLUMNS if fits else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Reflow for the new width."""
        super().resizeEvent(event)
        self.reflow()

    def minimumSizeHint(self) -> QSize:
        """As wide as one column needs, with the vertical scroll bar and the frame."""
        hint = super().minimumSizeHint()
        width = self._width_of(1) + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(width, hint.height())


class WrapRow(QWidget):
    """A row of buttons that stands in a column when the row does not fit its width (presenter mode's
    large type); at a normal size it is an ordinary row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty row: add its widgets with ``add`` and ``add_stretch``."""
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget) -> None:
        """Add ``widget`` at the end of the row."""
        self.box.addWidget(widget)

    def add_stretch(self) -> None:
        """Add room that pushes what follows to the right end of the row."""
        self.box.addStretch(1)

    def _widgets(self) -> list[QWidget]:
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        return [
            w for item in items if item is not None and (w := item.widget()) is not None and not w.isHidden()
        ]

    def _row_width(self) -> int:
        widgets = self._widgets()
        spacing = max(self.box.spacing(), 0) * max(len(widgets) - 1, 0)
        return sum(w.minimumSizeHint().width() for w in widgets) + spacing

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest widget; as high as its current direction needs."""
        hint = super().minimumSizeHint()
        width = max((w.minimumSizeHint().width() for w in self._widgets()), default=0)
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A row where it fits, else a column."""
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self._row_width() <= event.size().width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != direction:
            self.box.setDirection(direction)
