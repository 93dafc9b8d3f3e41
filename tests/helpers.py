"""Helpers shared by the tests (Qt-free): a clock the test moves by hand."""

from __future__ import annotations

import datetime as dt

CET = dt.timezone(dt.timedelta(hours=1))
T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=CET)


class FakeClock:
    """A clock the test moves forward by hand (starts at ``T0``, or at ``start``)."""

    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        """Move the clock forward."""
        self.now += dt.timedelta(minutes=minutes)
