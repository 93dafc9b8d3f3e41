"""Date and time fields typed as text: dd-mm-jjjj and uu:mm.

A QDateEdit walks day, month and year on Tab and changes its value on the mouse wheel; these fields
are plain line edits: Tab leaves them, the wheel scrolls the page, and what is typed stays visible
until it is a date (see ``core/partial_date.py`` for the forms that are read).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from interview_guide.core.partial_date import DateTextError, PartialDate, parse_typed_date, parse_typed_time


class DateField(QLineEdit):
    """A date typed as dd-mm-jjjj.

    Args:
        optional: an empty field means the date is unknown (else a date is needed).
        partial: the day, or day and month, may be unknown too: 00-03-1996, 03-1996, 00-00-1996, 1996
            (a date of birth, as IND records write it); implies ``optional``.
    """

    def __init__(self, optional: bool = False, partial: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partial = partial
        self.optional = optional or partial
        self.setMaxLength(24)
        if partial:
            self.setPlaceholderText(self.tr("dd-mm-yyyy (00 when unknown)"))
            hint = self.tr(
                "Type the date as dd-mm-yyyy. Partly known: 00-mm-yyyy or 00-00-yyyy. Unknown: leave empty."
            )
        elif self.optional:
            self.setPlaceholderText(self.tr("dd-mm-yyyy"))
            hint = self.tr("Type the date as dd-mm-yyyy. Unknown: leave empty.")
        else:
            self.setPlaceholderText(self.tr("dd-mm-yyyy"))
            hint = self.tr("Type the date as dd-mm-yyyy.")
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)

    def minimumSizeHint(self) -> QSize:
        """Wide enough for a whole date at the current font (in presenter mode's large type a narrow
        field showed only "-2026")."""
        hint = super().minimumSizeHint()
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        text = QSize(
            self.fontMetrics().horizontalAdvance("00-00-0000 ") + self.textMargins().left(), hint.height()
        )
        needed = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text, self)
        return QSize(max(hint.width(), needed.width()), hint.height())

    def value(self) -> PartialDate | None:
        """The date typed (None: empty or unknown, only when ``optional``).

        Raises:
            DateTextError: the text is not a date (or is empty when a date is needed).
        """
        if self.optional and not self.partial and parse_typed_date(self.text(), partial=True) is None:
            return None
        return parse_typed_date(self.text(), partial=self.partial)

    def date(self) -> dt.date | None:
        """The full date typed, or None (unknown, or only partly known).

        Raises:
            DateTextError: the text is not a date.
        """
        value = self.value()
        return value.as_date() if value is not None else None

    def problem(self) -> str | None:
        """What is wrong with the text, in the UI language; None when it is a date."""
        try:
            self.value()
        except DateTextError:
            if not self.text().strip():
                return self.tr("A date is needed (dd-mm-yyyy).")
            return self.tr("Not a date: type it as dd-mm-yyyy, for example 02-03-2026.")
        return None

    def normalise(self) -> None:
        """Rewrite a date typed another way (1-3-1996, 03-1996) as the IND writes it (01-03-1996,
        00-03-1996); an unknown date keeps its text ("onbekend" or empty)."""
        value = self.value()
        if value is not None and self.text() != value.typed():
            self.setText(value.typed())

    def set_value(self, value: PartialDate | dt.date | None) -> None:
        """Show ``value`` (empty when None) unless the field already says the same."""
        if isinstance(value, dt.date):
            value = PartialDate.of(value)
        try:
            if self.value() == value:
                return
        except DateTextError:
            pass
        self.setText(value.typed() if value is not None else "")


class TimeField(QLineEdit):
    """A time of day typed as uu:mm; empty means unknown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(8)
        self.setPlaceholderText(self.tr("hh:mm"))
        hint = self.tr("Type the time as hh:mm. Unknown: leave empty.")
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)

    def value(self) -> dt.time | None:
        """The time typed (None: empty).

        Raises:
            DateTextError: the text is not a time of day.
        """
        return parse_typed_time(self.text())

    def problem(self) -> str | None:
        """What is wrong with the text, in the UI language; None when it is a time."""
        try:
            self.value()
        except DateTextError:
            return self.tr("Not a time: type it as hh:mm, for example 09:30.")
        return None

    def normalise(self) -> None:
        """Rewrite a time typed another way (9.30) as hh:mm (09:30)."""
        value = self.value()
        if value is not None and self.text() != f"{value.hour:02d}:{value.minute:02d}":
            self.setText(f"{value.hour:02d}:{value.minute:02d}")

    def set_value(self, value: dt.time | None) -> None:
        """Show ``value`` (empty when None) unless the field already says the same."""
        try:
            if self.value() == value:
                return
        except DateTextError:
            pass
        self.setText(f"{value.hour:02d}:{value.minute:02d}" if value is not None else "")
