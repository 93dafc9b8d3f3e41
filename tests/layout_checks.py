"""What a user sees as broken layout, found in a rendered window: sideways scrolling, clipped text, parts
of the window that cannot be reached (off the window and not inside a scroll area)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QScrollArea,
    QWidget,
)


def describe(widget: QWidget) -> str:
    """The widget with its object name, or that of its nearest named parent, and its text."""
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        if current.objectName():
            names.append(current.objectName())
        current = current.parentWidget()
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__} in {'/'.join(reversed(names)) or '?'} {text[:50]!r}"


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` that its parents do not cut off, in window coordinates."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _size(widget: QWidget) -> str:
    return f"{widget.width()}x{widget.height()}"


def layout_problems(window: QWidget) -> list[str]:
    """Everything visible in ``window`` that scrolls sideways, is clipped, or lies out of reach."""
    problems: list[str] = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        if area.horizontalScrollBar().isVisible():
            problems.append(f"horizontal scroll bar: {describe(area)}")
        elif area.horizontalScrollBar().maximum() > 0:
            problems.append(f"cut off at the side (no scroll bar): {describe(area)}")
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if inner is not None and inner.width() > area.viewport().width():
            problems.append(
                f"wider than its scroll area ({inner.width()} > {area.viewport().width()}): {describe(area)}"
            )
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        if label.wordWrap():
            needed_height = label.heightForWidth(label.width())
            if label.height() < needed_height:
                problems.append(f"clipped ({label.height()} < {needed_height} px high): {describe(label)}")
        else:
            hint = label.minimumSizeHint()
            if label.width() < hint.width() or label.height() < hint.height():
                problems.append(
                    f"clipped ({_size(label)} < {hint.width()}x{hint.height()}): {describe(label)}"
                )
    for widget in [*window.findChildren(QAbstractButton), *window.findChildren(QComboBox)]:
        if not widget.isVisible() or widget.parentWidget() is None:
            continue
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1:
            problems.append(
                f"squeezed ({_size(widget)} < {hint.width()}x{hint.height()}): {describe(widget)}"
            )
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or _inside_scroll_area(widget) or widget.isWindow():
            continue
        if not isinstance(widget, QLabel | QAbstractButton | QComboBox) or widget.width() == 0:
            continue
        seen = _visible_rect(widget, window)
        if seen.width() < widget.width() or seen.height() < widget.height():
            problems.append(
                f"out of reach ({seen.width()}x{seen.height()} of {_size(widget)} shown): {describe(widget)}"
            )
    return problems
