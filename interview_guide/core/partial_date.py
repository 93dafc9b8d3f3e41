"""Dates as an officer types them (dd-mm-jjjj); dates known only by year, or by month and year.

IND records write a partly known date of birth with zeros for what is unknown: ``00-03-1996`` (March
1996), ``00-00-1996`` (1996), ``00-00-0000`` (unknown). :class:`PartialDate` holds such a date; in the
case file it is an ISO 8601 date of reduced precision (``1996-03-12``, ``1996-03``, ``1996``), so a
full date reads and writes exactly as a plain date did before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

MIN_YEAR = 1850
MAX_YEAR = 2200
ISO_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_ISO = re.compile(ISO_PATTERN)
# Typed: day, month and year with -, ., / or spaces between them; or eight digits; a missing day or
# month may be left out or written as 0 or 00 (the IND's way).
_TYPED = re.compile(r"^\s*(?:(\d{1,2})\s*[-./ ]\s*)?(?:(\d{1,2})\s*[-./ ]\s*)?(\d{4})\s*$")
_EIGHT_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
_UNKNOWN_WORDS = frozenset({"", "onbekend", "unknown", "?", "00-00-0000", "0-0-0000", "0000"})


class DateTextError(ValueError):
    """Typed text that is not a date in the form dd-mm-jjjj."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date with an unknown day, or an unknown day and month.

    Raises:
        ValueError: a day without a month, a year outside MIN_YEAR..MAX_YEAR, or no such date.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"the year {self.year} is not between {MIN_YEAR} and {MAX_YEAR}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day without a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"there is no month {self.month}")
        if self.day is not None:
            dt.date(self.year, self.month, self.day)  # raises ValueError for 31-02 and the like

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """The full date ``day``."""
        return cls(day.year, day.month, day.day)

    def as_date(self) -> dt.date | None:
        """The full date, or None when the day or month is unknown."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def iso(self) -> str:
        """``1996-03-12``, ``1996-03`` or ``1996``: ISO 8601 of reduced precision (the case file form)."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def typed(self) -> str:
        """``12-03-1996``, ``00-03-1996`` or ``00-00-1996``: how the IND writes it, and how it is typed."""
        return f"{self.day or 0:02d}-{self.month or 0:02d}-{self.year:04d}"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read the case file form.

        Raises:
            ValueError: not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or no such date.
        """
        if not _ISO.match(text):
            raise ValueError(f"{text!r} is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")
        numbers = [int(part) for part in text.split("-")]
        return cls(*numbers)

    # -- pydantic ------------------------------------------------------------------------------

    @classmethod
    def _validate(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            raise ValueError("a date without a time is expected")
        if isinstance(value, dt.date):
            return cls.of(value)
        if isinstance(value, str):
            return cls.from_iso(value)
        raise ValueError("a date of the form YYYY-MM-DD, YYYY-MM or YYYY is expected")

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda value: value.iso(), when_used="always"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": ISO_PATTERN,
            "description": "a date; the day, or day and month, may be left out when unknown",
        }


def parse_typed_date(text: str, *, partial: bool = False) -> PartialDate | None:
    """Read a date as an officer types it: ``12-03-1996``, ``12.3.1996``, ``12031996``.

    With ``partial``, the day or the day and month may be unknown: ``00-03-1996``, ``03-1996``,
    ``1996``; and an empty field, ``00-00-0000`` or "onbekend"/"unknown" mean the date is unknown.

    Returns:
        The date; None for an unknown date (only with ``partial``).

    Raises:
        DateTextError: the text is not such a date (the message says why, in English; a user
            interface shows its own translated text).
    """
    clean = text.strip().lower()
    if partial and clean in _UNKNOWN_WORDS:
        return None
    match = _EIGHT_DIGITS.match(clean) or _TYPED.match(clean)
    if match is None:
        raise DateTextError(f"{text!r} is not a date of the form dd-mm-jjjj")
    first, second, year_text = match.groups()
    if second is None and first is not None and match.re is _TYPED:
        day, month = None, first  # "03-1996": month and year
    else:
        day, month = first, second
    numbers = [int(x) if x is not None and int(x) != 0 else None for x in (day, month)]
    day_number, month_number = numbers
    year = int(year_text)
    if year == 0 and partial and day_number is None and month_number is None:
        return None
    if not partial and (day_number is None or month_number is None):
        raise DateTextError(f"{text!r}: day, month and year are needed")
    try:
        return PartialDate(year, month_number, day_number)
    except ValueError as exc:
        raise DateTextError(f"{text!r}: {exc}") from None


def parse_typed_time(text: str) -> dt.time | None:
    """Read a time of day as typed: ``09:30``, ``9.30``, ``0930``, ``9``; empty means unknown.

    Raises:
        DateTextError: the text is not a time of day.
    """
    clean = text.strip()
    if not clean:
        return None
    match = re.fullmatch(r"(\d{1,2})(?:\s*[:.hu]\s*(\d{2}))?|(\d{2})(\d{2})", clean)
    if match is None:
        raise DateTextError(f"{text!r} is not a time of the form uu:mm")
    hour, minute = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    try:
        return dt.time(int(hour), int(minute or 0))
    except ValueError as exc:
        raise DateTextError(f"{text!r}: {exc}") from None
