"""The hearing as this applicant's case and reference frame shape it: which themes and questions are there,
in what order, which are required, and why.

The wizard, the theme pages, coverage and the balance view all read this one plan, so they follow the
same bank conditions (``core/conditions.py``). Nothing here judges the applicant: the plan only says
what to ask and in what order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from interview_guide.core.bank import COMMON_THEMES, BankClaimType, Question, QuestionBank, Theme
from interview_guide.core.condition_text import reason
from interview_guide.core.conditions import Effect, Rule, Subject
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import LocalizedText


@dataclass(frozen=True)
class Because:
    """A condition that applied to a theme or question, and what it did."""

    effect: Effect
    text: LocalizedText
    met: bool = True  # False: a show condition that did not hold (the item is left out)
    other: str = ""  # replace: the id of the item that took this one's place (or that this one replaces)


@dataclass(frozen=True)
class QuestionPlan:
    """One question of a theme for this applicant."""

    question: Question
    shown: bool
    required: bool
    in_place_of: Question | None  # the question this one replaces
    because: tuple[Because, ...]

    def skip_reason(self) -> Because | None:
        """Why the question is left out (None when it is shown)."""
        return None if self.shown else _skip_reason(self.because)


@dataclass(frozen=True)
class ThemePlan:
    """One theme (a wizard page) for this applicant."""

    bank: QuestionBank
    theme: Theme
    shown: bool
    required: bool
    in_place_of: Theme | None
    because: tuple[Because, ...]
    questions: tuple[QuestionPlan, ...]  # in the order to ask them; left-out ones where they would be

    @property
    def shown_questions(self) -> list[QuestionPlan]:
        """The questions to ask, in order."""
        return [q for q in self.questions if q.shown]

    @property
    def skipped_questions(self) -> list[QuestionPlan]:
        """The questions left out for this applicant (alternatives that replace nothing are not listed)."""
        return [q for q in self.questions if not q.shown]

    def skip_reason(self) -> Because | None:
        """Why the theme is left out (None when it is shown)."""
        return None if self.shown else _skip_reason(self.because)


def _skip_reason(because: tuple[Because, ...]) -> Because | None:
    for effect in (Effect.HIDE, Effect.REPLACE, Effect.SHOW):
        for item in because:
            if item.effect == effect and (item.met or effect == Effect.SHOW):
                return item
    return None


T = TypeVar("T", Theme, Question)


@dataclass
class _Placed(Generic[T]):
    item: T
    shown: bool
    required: bool
    in_place_of: T | None
    because: list[Because]


def _place(
    items: Sequence[T],
    replacements: set[str],
    subject: Subject,
    default_required: Callable[[T], bool],
) -> list[_Placed[T]]:
    """Apply the conditions of sibling items: visibility, replacement, requirement, then moves."""
    by_id = {item.id: item for item in items}
    placed: list[_Placed[T]] = []
    for item in items:
        if item.id in replacements:
            continue
        applied: list[Rule] = [rule for rule in item.conditions if rule.when.holds(subject)]
        because = [Because(rule.effect, reason(rule), other=rule.with_ or "") for rule in applied]
        shows = [rule for rule in item.conditions if rule.effect == Effect.SHOW]
        shown = (not shows or any(r.effect == Effect.SHOW for r in applied)) and not any(
            r.effect == Effect.HIDE for r in applied
        )
        if shows and not any(r.effect == Effect.SHOW for r in applied):
            because += [Because(Effect.SHOW, reason(rule), met=False) for rule in shows]
        required = default_required(item)
        if any(r.effect == Effect.OPTIONAL for r in applied):
            required = False
        if any(r.effect == Effect.REQUIRE for r in applied):
            required = True
        replace = next((r for r in applied if r.effect == Effect.REPLACE), None)
        if shown and replace is not None and replace.with_ is not None:
            placed.append(_Placed(item, False, required, None, because))
            substitute = by_id[replace.with_]
            placed.append(
                _Placed(
                    substitute,
                    True,
                    required,
                    item,
                    # It takes over why the replaced item is required, moved or optional.
                    [Because(Effect.REPLACE, reason(replace), other=item.id)]
                    + [b for b in because if b.effect in (Effect.REQUIRE, Effect.OPTIONAL, Effect.MOVE)],
                )
            )
        else:
            placed.append(_Placed(item, shown, required, None, because))
    for item in items:
        if item.id in replacements:
            continue
        move = next((r for r in item.conditions if r.effect == Effect.MOVE and r.when.holds(subject)), None)
        if move is None:
            continue
        # The moved item is this one, or whatever took its place.
        current = next(
            p
            for p in placed
            if p.item.id == item.id or (p.in_place_of and p.in_place_of.id == item.id and p.shown)
        )
        if not current.shown:
            continue
        placed.remove(current)
        if move.to == "first":
            placed.insert(0, current)
        elif move.to == "last":
            placed.append(current)
        else:
            anchor_id = move.before or move.after
            anchor = next(
                (
                    i
                    for i, p in enumerate(placed)
                    if p.item.id == anchor_id or (p.in_place_of and p.in_place_of.id == anchor_id)
                ),
                None,
            )
            index = len(placed) if anchor is None else anchor + (1 if move.after else 0)
            placed.insert(index, current)
    return placed


def plan_theme(bank: QuestionBank, theme: Theme, subject: Subject) -> tuple[QuestionPlan, ...]:
    """The questions of one theme for this applicant, in order."""
    placed = _place(theme.questions, theme.replacements(), subject, lambda _: False)
    return tuple(
        QuestionPlan(p.item, p.shown, p.required, p.in_place_of, tuple(p.because))
        for p in placed
    )


def _bank_themes(bank: QuestionBank, subject: Subject, skip: tuple[str, ...] = ()) -> list[ThemePlan]:
    themes = [t for t in bank.themes if t.id not in skip]
    placed = _place(themes, bank.replacements(), subject, lambda t: not t.optional)
    return [
        ThemePlan(
            bank=bank,
            theme=p.item,
            shown=p.shown,
            required=p.required,
            in_place_of=p.in_place_of,
            because=tuple(p.because),
            questions=plan_theme(bank, p.item, subject),
        )
        for p in placed
    ]


def plan_hearing(banks: Sequence[QuestionBank], subject: Subject) -> list[ThemePlan]:
    """Every theme of the hearing in wizard order, left-out ones included (``shown`` is False).

    The common bank's opening comes first and its closing last; its other themes (modules such as a
    subsequent application) follow the opening; then the themes of each claim bank in the order given.

    Args:
        banks: the banks of the hearing (the common bank and the claim banks).
        subject: the case and reference frame.
    """
    common = [b for b in banks if b.claim_type == BankClaimType.COMMON]
    claims = [b for b in banks if b.claim_type != BankClaimType.COMMON]
    plans: list[ThemePlan] = []
    closing: list[ThemePlan] = []
    for bank in common:
        for theme_id in COMMON_THEMES:
            theme = bank.theme(theme_id)
            plan = ThemePlan(bank, theme, True, False, None, (), plan_theme(bank, theme, subject))
            (plans if theme_id == "opening" else closing).append(plan)
    for bank in common:
        plans += _bank_themes(bank, subject, skip=COMMON_THEMES)
    for bank in claims:
        plans += _bank_themes(bank, subject)
    return plans + closing


def condition_fields(banks: Sequence[QuestionBank]) -> frozenset[str]:
    """Every field the theme and question conditions of ``banks`` read (``case.<name>`` for the case)."""
    fields: set[str] = set()
    for bank in banks:
        for theme in bank.themes:
            for rule in [*theme.conditions, *(r for q in theme.questions for r in q.conditions)]:
                fields |= rule.when.fields()
    return frozenset(fields)


def plan_inputs(fields: frozenset[str], subject: Subject) -> tuple[object, ...]:
    """What the plan depends on: the values of ``fields`` (text only as filled in or not).

    Two subjects with the same inputs get the same plan, so a view can skip working it out again
    while the officer types in a field no condition reads (or types on in one it reads as filled).
    """
    values: list[object] = []
    for name in sorted(fields):
        model, _, field = name.rpartition(".")
        value = getattr(subject.case if model == "case" else subject.frame, field)
        if isinstance(value, str) and not hasattr(value, "value"):
            value = bool(value.strip())
        elif isinstance(value, list):
            value = tuple(str(item) for item in value)
        values.append(value)
    return tuple(values)


def subject_of(hearing: Hearing) -> Subject:
    """What the conditions are tested against in ``hearing``."""
    return Subject(hearing.reference_frame, hearing.case)
