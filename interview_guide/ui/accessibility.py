"""Accessible names and descriptions for every interactive widget (EN 301 549 9.4.1.2 / WCAG 4.1.2).

A screen reader announces a widget by its name (what it is) and its description (how to use it).
Qt already names a button or check box by its text, a field in a form by its label (the label's buddy)
and a widget in a group box by the group's title, and it reads a tool tip as the description. What is
left is filled in here, when Qt polishes a widget (see ``ui/input_guard.py``): a field without a
tool tip gets a translated sentence on how to operate it. Widgets with nothing around them to name
them (the answer editor, the entry lists, tables) are named where they are built, with ``describe``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QTabBar,
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def describe(widget: QWidget, name: str, description: str) -> None:
    """Give ``widget`` the accessible name and description a screen reader reads (translated texts)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def how_to_use(widget: QWidget) -> str:
    """A sentence on how to operate a widget of this kind from the keyboard (in the UI language)."""
    translate = QCoreApplication.translate
    if isinstance(widget, QCheckBox | QRadioButton):
        return translate("Accessibility", "Space switches it on or off.")
    if isinstance(widget, QAbstractButton):
        return translate("Accessibility", "Space or Return presses it.")
    if isinstance(widget, QComboBox):
        return translate("Accessibility", "The arrow keys choose a value; Alt+Down opens the list.")
    if isinstance(widget, QDateTimeEdit):
        return translate(
            "Accessibility", "Type the date and time; the arrow keys change the part the cursor is in."
        )
    if isinstance(widget, QAbstractSpinBox):
        return translate("Accessibility", "Type a number, or change it with the arrow keys.")
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return translate("Accessibility", "Text of several lines; Tab goes on to the next field.")
    if isinstance(widget, QLineEdit):
        return translate("Accessibility", "A line of text.")
    if isinstance(widget, QHeaderView):
        return translate("Accessibility", "The headings of the table; the table itself is read cell by cell.")
    if isinstance(widget, QTabBar):
        return translate("Accessibility", "Ctrl+Tab or the arrow keys go to the next tab.")
    if isinstance(widget, QAbstractItemView):
        return translate(
            "Accessibility", "The arrow keys move through the list; Return opens the one chosen."
        )
    return ""


def label_of(widget: QWidget) -> str:
    """The text a screen reader names ``widget`` by when it has no name of its own: its label in a form
    (the label whose buddy it is), its text, or the title of its group box."""
    parent = widget.parentWidget()
    if parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget and label.text().strip():
                return label.text()
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return widget.text()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title().strip():
            return parent.title()
        parent = parent.parentWidget()
    return ""


def fill_in(widget: QWidget) -> None:
    """Give an interactive widget without a tool tip or description a sentence on how to use it."""
    if not isinstance(widget, INTERACTIVE) or isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
        return
    if isinstance(widget, QHeaderView) and not widget.accessibleName() and not label_of(widget):
        # A table outside a group box: nothing around it names its headings.
        translate = QCoreApplication.translate
        widget.setAccessibleName(
            translate("Accessibility", "Column headings")
            if widget.orientation() == Qt.Orientation.Horizontal
            else translate("Accessibility", "Row headings")
        )
    if not widget.accessibleDescription() and not widget.toolTip():
        hint = how_to_use(widget)
        if hint:
            widget.setAccessibleDescription(hint)
