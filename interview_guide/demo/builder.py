"""Turn a scripted demo hearing (steps with bilingual answers) into a Hearing record through core/editing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, NamedTuple

from interview_guide.core import editing
from interview_guide.core.bank import QuestionBank
from interview_guide.core.hearing import CommunicationIssueKind, Hearing, Interpreter
from interview_guide.core.text import Lang
from interview_guide.storage.bank_files import BankSet


class Bi(NamedTuple):
    """A demo text in Dutch and English."""

    nl: str
    en: str

    def get(self, lang: Lang) -> str:
        """Return the text in ``lang``."""
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class Ask:
    """One question and its answer.

    A bank question names ``bank`` and ``question`` (and ``follow_up`` for a bank follow-up prompt);
    its text is taken from the bank in the hearing's language. An own question of the officer has
    ``own`` text and no bank.
    """

    theme: str
    answer: Bi
    minutes: float
    bank: str | None = None
    question: str | None = None
    follow_up: str | None = None
    own: Bi | None = None
    label: str = ""
    after: str = ""  # label of the entry this one follows up
    clarifies: str = ""  # label of the entry whose answer this one clarifies
    issue: Bi | None = None  # an interpreter problem raised at this entry
    trainer_note: Bi | None = None
    unanswered: bool = False  # the answer was never logged: shows as "(no answer recorded)"


@dataclass(frozen=True)
class Pause:
    """A break in the current sitting."""

    minutes: float
    reason: Bi


@dataclass(frozen=True)
class NextSitting:
    """The hearing continues on another day, with another interpreter."""

    interpreter: Interpreter
    start: dt.time
    days_later: int = 1
    drop_attendee_roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Wait:
    """Time passes without an entry (the officer reads, the applicant looks something up...)."""

    minutes: float


Step = Ask | Pause | NextSitting | Wait
_GAP = dt.timedelta(seconds=40)  # between an answer and the next question


def _minutes(value: float) -> dt.timedelta:
    return dt.timedelta(seconds=round(value * 60))


def question_text(banks: BankSet, ask: Ask, lang: Lang) -> str:
    """The question as asked: the bank text in ``lang``, or the officer's own wording.

    Raises:
        KeyError: the bank, question or follow-up does not exist.
    """
    if ask.bank is None:
        if ask.own is None:
            raise KeyError("an own question needs its text")
        return ask.own.get(lang)
    bank: QuestionBank = banks.by_id(ask.bank)
    _, question = bank.question(ask.question or "")
    if ask.follow_up is None:
        return question.text.get(lang)
    for follow_up in question.follow_ups:
        if follow_up.id == ask.follow_up:
            return follow_up.text.get(lang)
    raise KeyError(f"{ask.bank}/{ask.question}/{ask.follow_up}")


def _next_day(day: dt.date, days: int) -> dt.date:
    """The date ``days`` working days after ``day`` (weekends are skipped)."""
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


class Timeline:
    """Plays steps onto a hearing, keeping a clock; returns entry numbers by label."""

    def __init__(self, hearing: Hearing, banks: BankSet, lang: Lang, start: dt.datetime) -> None:
        self.hearing = hearing
        self.banks = banks
        self.lang: Lang = lang
        self.clock = start
        self.labels: dict[str, int] = {}

    def play(self, steps: list[Step]) -> None:
        """Apply ``steps`` in order."""
        for step in steps:
            if isinstance(step, Ask):
                self._ask(step)
            elif isinstance(step, Pause):
                editing.open_break(self.hearing, self.clock, step.reason.get(self.lang))
                self.clock += _minutes(step.minutes)
                editing.close_break(self.hearing, self.clock)
            elif isinstance(step, NextSitting):
                self._next_sitting(step)
            else:
                self.clock += _minutes(step.minutes)

    def close_sitting(self) -> None:
        """Note the end time of the current sitting."""
        editing.current_sitting(self.hearing).end = self.clock.time().replace(second=0, microsecond=0)

    def _ask(self, ask: Ask) -> None:
        entry = editing.add_entry(
            self.hearing,
            ask.theme,
            question_text(self.banks, ask, self.lang),
            self.clock,
            bank_id=ask.bank,
            question_id=ask.question,
            follow_up_id=ask.follow_up,
            follow_up_of=self.labels[ask.after] if ask.after else None,
            clarifies=self.labels[ask.clarifies] if ask.clarifies else None,
        )
        if ask.label:
            if ask.label in self.labels:
                raise ValueError(f"demo label {ask.label!r} used twice")
            self.labels[ask.label] = entry.number
        took = _minutes(ask.minutes)
        if ask.issue is not None:
            note = ask.issue.get(self.lang)
            at = self.clock + took / 2
            editing.log_communication_issue(
                self.hearing, entry.number, at, CommunicationIssueKind.INTERPRETER, note
            )
        self.clock += took
        if not ask.unanswered:
            editing.set_answer(self.hearing, entry.number, ask.answer.get(self.lang), self.clock)
            editing.log_answer(self.hearing, entry.number, self.clock)
        if ask.trainer_note is not None:
            entry.trainer_note = ask.trainer_note.get(self.lang)
        self.clock += _GAP

    def _next_sitting(self, step: NextSitting) -> None:
        self.close_sitting()
        day = _next_day(self.clock.date(), step.days_later)
        self.clock = dt.datetime.combine(day, step.start, tzinfo=self.clock.tzinfo)
        sitting = editing.new_sitting(self.hearing, day, start=step.start, interpreter=step.interpreter)
        sitting.attendees = [a for a in sitting.attendees if a.role.value not in step.drop_attendee_roles]


ClaimName = Literal["lgbti", "conversion", "both"]
