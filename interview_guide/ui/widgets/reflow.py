"""ReflowScroll: blocks in two columns where the width allows, else in one; scrolls only up and down.

Used by the case and frame pages: at a normal font on a laptop they stand side by side as before;
in presenter mode's large type on a 1280-pixel projector they stack instead of scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QProxyStyle,
    QScrollArea,
    QStyle,
    QStyleOption,
    QTabBar,
    QWidget,
)

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
    """A row of buttons (or drop-downs) that stands in a column when the row does not fit its width
    (presenter mode's large type); at a normal size it is an ordinary row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty row: add its widgets with ``add`` and ``add_stretch``."""
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget`` at the end of the row (``stretch``: its share of spare width in a row)."""
        self.box.addWidget(widget, stretch)

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


def vertical_scroll(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that scrolls only up and down (it takes the area's width;
    a form taller than the room, as in presenter mode's large type, scrolls instead of squeezing)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class RoomyTabScroll(QProxyStyle):
    """A tab bar's style whose scroll arrows (shown when the tab titles do not fit) are as wide as a
    button at the bar's font: Qt's styles draw them 16 pixels wide however large the type, too small
    to hit on a projector at 200 %."""

    def __init__(self, bar: QTabBar) -> None:
        """Give ``bar`` this style (the bar owns it)."""
        super().__init__(bar.style().name())
        self.setParent(bar)
        bar.setStyle(self)

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        """The scroll button's width follows the font; every other metric is the base style's."""
        size = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarScrollButtonWidth and widget is not None:
            return max(size, widget.fontMetrics().height() + 6)
        return size


class FieldsUnderLabels(QObject):
    """Puts every field of a form under its label when a field beside its label would get less than
    its minimum width.

    QFormLayout's WrapLongRows wraps a row only when its own label is long: a short label shares the
    label column of the longest unwrapped one, and its field can then be squeezed (a drop-down 189
    pixels wide where it needs 194, in presenter mode's large type)."""

    def __init__(self, holder: QWidget, form: QFormLayout) -> None:
        """Watch ``holder`` (the widget whose layout is ``form``) as it is resized."""
        super().__init__(holder)
        self.form = form
        self.wrapped_below = 0  # the holder's width at which every row was wrapped (0: not wrapped)
        holder.installEventFilter(self)

    def _squeezed(self) -> bool:
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if field is not None and field.isVisible() and field.width() < field.minimumSizeHint().width():
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the form has been laid out at a new width (the layout sees the resize first)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QWidget):
            width = watched.width()
            if not self.wrapped_below and self._squeezed():
                self.wrapped_below = width + 1
                self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            elif self.wrapped_below and width > self.wrapped_below:
                self.wrapped_below = 0
                self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return False
