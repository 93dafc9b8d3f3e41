"""When corrections and additions to the report are due, by procedure track, with overridable defaults.

Defaults follow the Aliens Act Implementation Guidelines (Vc C1/2.3, older snapshot; verify against the
current text): the general procedure and its extension give until the next day, the extended procedure
two weeks, and in immigration detention the report comes with the notice of intent and one deadline
applies to both. The rules change, so the data folder's ``deadlines.yaml`` and the command line can
override every track (see ``storage/settings_files.py``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from interview_guide.core.hearing import Hearing, ProcedureTrack


class DeadlineKind(StrEnum):
    DAYS_AFTER_HEARING = "days-after-hearing"  # calendar days after the last sitting
    WITH_NOTICE_OF_INTENT = "with-notice-of-intent"  # together with the response to the voornemen


class DeadlineRule(BaseModel):
    """How the deadline of one procedure track is set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: DeadlineKind = DeadlineKind.DAYS_AFTER_HEARING
    days: int = Field(default=1, ge=0, le=366, description="calendar days after the last sitting")
    time: dt.time = Field(default=dt.time(23, 59), description="time of day on the last day")

    @field_validator("time", mode="before")
    @classmethod
    def _time_as_text(cls, value: object) -> object:
        # pydantic would read a number as seconds after midnight: a silent, wrong deadline.
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError("give the time as text, e.g. '17:00'")
        return value


DEFAULT_RULES: dict[ProcedureTrack, DeadlineRule] = {
    ProcedureTrack.GENERAL: DeadlineRule(days=1),
    ProcedureTrack.GENERAL_EXTENDED: DeadlineRule(days=1),
    ProcedureTrack.EXTENDED: DeadlineRule(days=14),
    ProcedureTrack.DETENTION: DeadlineRule(kind=DeadlineKind.WITH_NOTICE_OF_INTENT, days=0),
}


class DeadlineSettings(BaseModel):
    """The deadline rule of every procedure track; tracks not given keep their default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: dict[ProcedureTrack, DeadlineRule] = Field(default_factory=lambda: dict(DEFAULT_RULES))

    def rule(self, track: ProcedureTrack) -> DeadlineRule:
        """The rule of ``track`` (the default when not configured)."""
        return self.rules.get(track, DEFAULT_RULES[track])

    def merged(self, overrides: dict[ProcedureTrack, DeadlineRule]) -> DeadlineSettings:
        """These settings with some tracks' rules replaced."""
        return DeadlineSettings(rules={**self.rules, **overrides})


class Deadline(BaseModel):
    """The deadline of one hearing's report: a moment, or "with the notice of intent" (``due`` is None)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    track: ProcedureTrack
    kind: DeadlineKind
    due: dt.datetime | None = None
    explicit: bool = False  # set by hand (command line or GUI) instead of by the rule


def _timezone(hearing: Hearing) -> dt.tzinfo:
    for entry in hearing.entries:
        if entry.asked_at.tzinfo is not None:
            return entry.asked_at.tzinfo
    local = dt.datetime.now().astimezone().tzinfo
    return local if local is not None else dt.UTC


def compute_deadline(hearing: Hearing, settings: DeadlineSettings | None = None) -> Deadline:
    """The deadline for corrections and additions to this hearing's report.

    Counted in calendar days from the date of the last sitting, ending at the rule's time of day, in
    the time zone the hearing was recorded in.
    """
    track = hearing.case.procedure_track
    rule = (settings or DeadlineSettings()).rule(track)
    if rule.kind == DeadlineKind.WITH_NOTICE_OF_INTENT:
        return Deadline(track=track, kind=rule.kind)
    last_day = hearing.sittings[-1].date + dt.timedelta(days=rule.days)
    due = dt.datetime.combine(last_day, rule.time, tzinfo=_timezone(hearing))
    return Deadline(track=track, kind=rule.kind, due=due)


def explicit_deadline(hearing: Hearing, due: dt.datetime) -> Deadline:
    """A deadline set by hand; a naive ``due`` is taken in the hearing's time zone."""
    if due.tzinfo is None:
        due = due.replace(tzinfo=_timezone(hearing))
    return Deadline(
        track=hearing.case.procedure_track, kind=DeadlineKind.DAYS_AFTER_HEARING, due=due, explicit=True
    )


def within_deadline(deadline: Deadline, received_at: dt.datetime) -> bool:
    """Whether something received at ``received_at`` met the deadline (always True without a date)."""
    if deadline.due is None:
        return True
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=deadline.due.tzinfo)
    return received_at <= deadline.due
