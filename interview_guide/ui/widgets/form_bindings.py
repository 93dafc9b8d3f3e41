"""Bindings between form widgets and fields of the record: read on refresh, write on every edit.

A binding reads its value from the record through ``get`` and writes through ``put`` (a controller
method that returns None or a refusal message). A refused value stays visible in the widget with
the message beside it, so nothing typed disappears.
"""

from __future__ import annotations

import datetime as dt
from abc import abstractmethod
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from interview_guide.core.text import Lang
from interview_guide.ui.enum_combos import fill_combo, let_shrink, select
from interview_guide.ui.presenting import mask_editor
from interview_guide.ui.style import MESSAGE, mark_invalid, tint
from interview_guide.ui.widgets.date_field import DateField, TimeField

Getter = Callable[[], Any]
Putter = Callable[[Any], str | None]
W = TypeVar("W", bound=QWidget)


class Binding(Generic[W]):
    """One widget bound to one field."""

    def __init__(self, widget: W, get: Getter, put: Putter, message: QLabel | None = None) -> None:
        self.widget = widget
        self.get = get
        self.put = put
        self.message = message
        self.loading = False
        self.base_tip = widget.toolTip()  # how to fill the field in; a refusal shows instead while it lasts

    def refresh(self) -> None:
        """Show the record's value."""
        self.loading = True
        try:
            self.show(self.get())
            if isinstance(self.widget, QLineEdit | QPlainTextEdit):
                mask_editor(self.widget)  # personal data hidden while presenting (read-only then)
        finally:
            self.loading = False
        self.set_message(None)

    @abstractmethod
    def show(self, value: Any) -> None:
        """Put ``value`` into the widget."""

    def write(self, value: Any) -> None:
        """Send an edited value to the record; show a refusal next to the field."""
        if self.loading:
            return
        self.set_message(self.put(value))

    def set_message(self, text: str | None) -> None:
        """Show or clear the inline message, and mark the widget."""
        mark_invalid(self.widget, bool(text))
        tip = text or self.base_tip
        if self.widget.toolTip() != tip:
            self.widget.setToolTip(tip)
        if self.message is not None:
            self.message.setText(text or "")
            self.message.setVisible(bool(text))


class LineBinding(Binding[QLineEdit]):
    def __init__(self, widget: QLineEdit, get: Getter, put: Putter, message: QLabel | None = None) -> None:
        super().__init__(widget, get, put, message)
        widget.textEdited.connect(self.write)

    def show(self, value: Any) -> None:
        if self.widget.text() != (value or ""):
            self.widget.setText(value or "")


class TextBinding(Binding[QPlainTextEdit]):
    def __init__(
        self, widget: QPlainTextEdit, get: Getter, put: Putter, message: QLabel | None = None
    ) -> None:
        super().__init__(widget, get, put, message)
        widget.textChanged.connect(lambda: self.write(widget.toPlainText()))

    def show(self, value: Any) -> None:
        if self.widget.toPlainText() != (value or ""):
            self.widget.setPlainText(value or "")


class EnumBinding(Binding[QComboBox]):
    def __init__(
        self, widget: QComboBox, enum_type: type[StrEnum], lang: Lang, get: Getter, put: Putter
    ) -> None:
        super().__init__(widget, get, put)
        self.enum_type = enum_type
        fill_combo(widget, enum_type, lang)
        widget.currentIndexChanged.connect(lambda _: self.write(enum_type(widget.currentData())))

    def show(self, value: Any) -> None:
        select(self.widget, value)


class CheckBinding(Binding[QCheckBox]):
    def __init__(self, widget: QCheckBox, get: Getter, put: Putter) -> None:
        super().__init__(widget, get, put)
        widget.toggled.connect(self.write)

    def show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class OptionalBoolBinding(Binding[QComboBox]):
    """A combo for True / False / None ("not applicable" or "not yet known")."""

    def __init__(self, widget: QComboBox, labels: tuple[str, str, str], get: Getter, put: Putter) -> None:
        super().__init__(widget, get, put)
        for text, data in zip(labels, ("", "yes", "no"), strict=True):
            widget.addItem(text, data)
        widget.currentIndexChanged.connect(
            lambda _: self.write({"": None, "yes": True, "no": False}[widget.currentData()])
        )

    def show(self, value: Any) -> None:
        select(self.widget, {None: "", True: "yes", False: "no"}[value])


class DateBinding(Binding[DateField]):
    """A date typed as dd-mm-jjjj (see ``DateField``); a birth date may be partly known.

    A typed value is written as soon as it is a date; text that is not (yet) a date is never written,
    and when the officer leaves the field it stays as typed with a message saying what is wrong.
    A full date is written as ``datetime.date``, a partial one (``partial`` fields) as ``PartialDate``.
    """

    def __init__(self, widget: DateField, get: Getter, put: Putter, message: QLabel | None = None) -> None:
        super().__init__(widget, get, put, message)
        self.field = widget
        widget.textEdited.connect(self._edited)
        widget.editingFinished.connect(self._finished)

    def _edited(self, _text: str) -> None:
        if self.field.problem() is None:
            self.write(self.field.value() if self.field.partial else self.field.date())
        elif self.field.property("invalid"):
            self.set_message(None)  # being corrected: the message returns if it is still wrong on leaving

    def _finished(self) -> None:
        problem = self.field.problem()
        if problem is not None:
            self.set_message(problem)
        elif not self.field.property("invalid"):
            self.field.normalise()  # "1-3-1996" reads back as 01-03-1996

    def show(self, value: Any) -> None:
        self.field.set_value(value)


class TimeBinding(Binding[TimeField]):
    """A time of day typed as uu:mm (see ``TimeField``); empty means unknown."""

    def __init__(self, widget: TimeField, get: Getter, put: Putter, message: QLabel | None = None) -> None:
        super().__init__(widget, get, put, message)
        self.field = widget
        widget.textEdited.connect(self._edited)
        widget.editingFinished.connect(self._finished)

    def _edited(self, _text: str) -> None:
        if self.field.problem() is None:
            self.write(self.field.value())
        elif self.field.property("invalid"):
            self.set_message(None)

    def _finished(self) -> None:
        problem = self.field.problem()
        if problem is not None:
            self.set_message(problem)
        elif not self.field.property("invalid"):
            self.field.normalise()

    def show(self, value: Any) -> None:
        self.field.set_value(value if isinstance(value, dt.time) else None)


class IntBinding(Binding[QSpinBox]):
    """A small count that may be unknown (-1 shows the special text)."""

    def __init__(self, widget: QSpinBox, unknown_text: str, maximum: int, get: Getter, put: Putter) -> None:
        super().__init__(widget, get, put)
        widget.setRange(-1, maximum)
        widget.setSpecialValueText(unknown_text)
        widget.valueChanged.connect(lambda value: self.write(None if value < 0 else value))

    def show(self, value: Any) -> None:
        self.widget.setValue(-1 if value is None else int(value))


def message_label() -> QLabel:
    """An inline message under a field (hidden while empty)."""
    label = QLabel()
    label.setObjectName("fieldMessage")
    tint(label, MESSAGE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def add_remove_row(
    add_text: str, add_name: str, on_add: Callable[[], None], remove_text: str, on_remove: Callable[[], None]
) -> QHBoxLayout:
    """The "Add …" and "Remove selected" buttons under an editable table."""
    row = QHBoxLayout()
    add = QPushButton(add_text)
    add.setObjectName(add_name)
    add.clicked.connect(on_add)
    remove = QPushButton(remove_text)
    remove.clicked.connect(on_remove)
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    return row


def add_line(
    form: QFormLayout,
    bindings: list[Binding[Any]],
    caption: str,
    name: str,
    get: Getter,
    put: Putter,
    with_message: bool = False,
) -> QLineEdit:
    """A bound one-line field as a form row (with an inline message row under it if asked)."""
    edit = QLineEdit()
    edit.setObjectName(name)
    form.addRow(caption, edit)
    message = None
    if with_message:
        message = message_label()
        form.addRow("", message)
    bindings.append(LineBinding(edit, get, put, message))
    return edit


def add_enum(
    form: QFormLayout,
    bindings: list[Binding[Any]],
    caption: str,
    name: str,
    enum_type: type[StrEnum],
    lang: Lang,
    get: Getter,
    put: Putter,
) -> QComboBox:
    """A bound combo box of an enumerated field as a form row."""
    combo = QComboBox()
    combo.setObjectName(name)
    let_shrink(combo)  # a form row gives it the width there is
    form.addRow(caption, combo)
    bindings.append(EnumBinding(combo, enum_type, lang, get, put))
    return combo
