"""Dates and times as the UI shows them (dd-mm-yyyy, 24-hour clock), and between Python and Qt."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime

DATE_FORMAT = "dd-MM-yyyy"  # the display format of a date field (Qt's notation)
DATE_TIME_FORMAT = "dd-MM-yyyy HH:mm"


def day(value: dt.date) -> str:
    """A date as the officer reads it: 02-03-2026."""
    return value.strftime("%d-%m-%Y")


def day_and_time(value: dt.datetime) -> str:
    """A moment to the minute: 02-03-2026 09:30."""
    return value.strftime("%d-%m-%Y %H:%M")


def day_and_time_to_the_second(value: dt.datetime) -> str:
    """A moment to the second: 02-03-2026 09:30:12."""
    return value.strftime("%d-%m-%Y %H:%M:%S")


def clock_time(value: dt.datetime | dt.time) -> str:
    """The time of day: 09:30."""
    return value.strftime("%H:%M")


def to_qdate(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    """A (valid) QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


def from_qtime(value: QTime) -> dt.time:
    """A (valid) QTime as a Python time, to the second."""
    return dt.time(value.hour(), value.minute(), value.second())


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """A Python datetime as a local QDateTime with the same wall-clock time (the zone is dropped)."""
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """A QDateTime's wall-clock time as a naive Python datetime."""
    return dt.datetime.combine(from_qdate(value.date()), from_qtime(value.time()))
