"""Conditions in question banks: what in the case or the reference frame makes a theme or question show,
hide, become required or optional, move, or give way to another.

The syntax, as written in a bank file (``docs/bank-conditions.md`` has worked examples):

A **condition** (``when:``) tests the record. Its forms::

    {field: conversion_route, values: [passive, mixed]}   # a reference-frame field has one of the values
    {field: sogiesc, values: [transgender]}               # a list field (sogiesc) contains one of them
    {field: own_terms, filled: true}                      # a field is filled in (false: left empty/unknown)
    {field: prior_applications, min: 1}                   # a number is at least min (and/or at most max)
    {case: subsequent_application, values: ["yes"]}       # a field of the case data (yes/no for a check box)
    {all: [<condition>, <condition>, ...]}                # every one holds
    {any: [<condition>, <condition>, ...]}                # at least one holds
    {not: <condition>}                                    # it does not hold

Field names and values are those of the record (``ReferenceFrame`` and ``CaseData``); an unknown field
or value is an error that names the bank file and the path of the condition. ``unknown`` never
counts as filled; a number that is unknown matches no ``min``/``max``.

A theme or question carries a list of **conditions**, each an ``effect`` with its ``when``::

    conditions:
      - effect: hide                   # hide | show | require | optional | move | replace
        when: {field: conversion_route, values: [passive]}
        because: {nl: passieve route, en: passive route}    # optional: shown to the officer

- ``show``: the item is there only when (one of) its show conditions holds (a module).
- ``hide``: the item is left out when the condition holds; a hidden item stays hidden even when a
  show condition holds too.
- ``require``: an optional theme becomes required, or a question must be asked (coverage warns when
  it was not).
- ``optional``: a required theme becomes optional (themes only). When both hold, required wins.
- ``move``: the item moves, with ``to: first`` or ``to: last``, or ``before: <id>`` / ``after: <id>``
  (a theme among the themes of its bank, a question within its theme).
- ``replace``: the item gives way to another of its bank (a theme) or its theme (a question), named
  by ``with: <id>``; that one then takes this one's place. An item named by ``with`` appears only in
  place of another and has no conditions of its own.

``because`` is what the officer sees ("Overgeslagen: passieve route"); without it the condition is
described from the field and value labels. Hints (``hints: [{when: <condition>, text: ...}]``)
take the same conditions.
"""

from __future__ import annotations

import typing
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from interview_guide.core.hearing import CaseData
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import LocalizedText

_FROZEN = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Effect(StrEnum):
    SHOW = "show"
    HIDE = "hide"
    REQUIRE = "require"
    OPTIONAL = "optional"
    MOVE = "move"
    REPLACE = "replace"


class Subject(typing.NamedTuple):
    """What conditions are tested against: the applicant's reference frame and the case data."""

    frame: ReferenceFrame
    case: CaseData


def _list_item_type(annotation: Any) -> Any:
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return item
    return None


def _number_field(annotation: Any) -> bool:
    args = set(typing.get_args(annotation)) or {annotation}
    return int in args and bool not in args


def value_names(model: type[BaseModel], field: str) -> list[str] | None:
    """The values a condition may name for ``model.field``, or None when it takes no list of values.

    Enumerated fields take their members, lists of an enumeration (``sogiesc``, ``claim_types``)
    the members of that enumeration, check boxes ``yes`` and ``no``.

    Raises:
        KeyError: ``model`` has no such field.
    """
    if field not in model.model_fields:
        raise KeyError(field)
    annotation = model.model_fields[field].annotation
    item = _list_item_type(annotation)
    for candidate in (annotation, item):
        if isinstance(candidate, type) and issubclass(candidate, StrEnum):
            return [member.value for member in candidate]
    if annotation is bool:
        return ["yes", "no"]
    return None


def is_number_field(model: type[BaseModel], field: str) -> bool:
    """Whether ``model.field`` holds a whole number (``min``/``max`` conditions apply)."""
    return _number_field(model.model_fields[field].annotation)


def _value(subject: Subject, model: str, field: str) -> Any:
    return getattr(subject.frame if model == "field" else subject.case, field)


def _as_names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    return [str(value)]


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, StrEnum):
        return value.value != "unknown"
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple):
        return bool(value)
    if isinstance(value, bool):
        return value
    return True


class Condition(BaseModel):
    """One test on the record: a field and what it must be, or ``all``/``any``/``not`` of conditions."""

    model_config = _FROZEN

    field: str | None = None
    case: str | None = None
    values: list[str] | None = Field(default=None, min_length=1)
    filled: bool | None = None
    min: int | None = None
    max: int | None = None
    all: list[Condition] | None = Field(default=None, min_length=1)
    any: list[Condition] | None = Field(default=None, min_length=1)
    not_: Condition | None = Field(default=None, alias="not")

    @field_validator("values", mode="before")
    @classmethod
    def _yes_no(cls, value: Any) -> Any:
        # YAML reads an unquoted yes/no/true/false as a boolean: take it as the check-box value.
        if isinstance(value, list):
            return ["yes" if v is True else "no" if v is False else str(v) for v in value]
        return value

    @model_validator(mode="after")
    def _one_form(self) -> Self:
        forms = [
            name
            for name, value in (
                ("field", self.field),
                ("case", self.case),
                ("all", self.all),
                ("any", self.any),
                ("not", self.not_),
            )
            if value is not None
        ]
        if len(forms) != 1:
            raise ValueError(
                "a condition has exactly one of field, case, all, any or not"
                + (f" (this one has {', '.join(forms)})" if forms else "")
            )
        tests = [name for name in ("values", "filled") if getattr(self, name) is not None]
        if self.min is not None or self.max is not None:
            tests.append("min/max")
        if self.field is None and self.case is None:
            if tests:
                raise ValueError(f"{', '.join(tests)} belong to a field or case condition")
            return self
        if len(tests) != 1:
            raise ValueError("a field or case condition has exactly one of values, filled, or min/max")
        self._check_field()
        return self

    def _check_field(self) -> None:
        model: type[BaseModel] = ReferenceFrame if self.field is not None else CaseData
        what = "reference-frame field" if self.field is not None else "case field"
        name = self.field if self.field is not None else self.case
        assert name is not None
        if name not in model.model_fields:
            raise ValueError(f"unknown {what} {name!r}")
        allowed = value_names(model, name)
        if self.values is not None:
            if allowed is None:
                raise ValueError(
                    f"{what} {name!r} takes no list of values (use filled: true, or min/max for a number)"
                )
            unknown = [value for value in self.values if value not in allowed]
            if unknown:
                raise ValueError(
                    f"unknown value(s) {', '.join(unknown)} for {what} {name!r}; "
                    f"allowed: {', '.join(allowed)}"
                )
        if (self.min is not None or self.max is not None) and not is_number_field(model, name):
            raise ValueError(f"{what} {name!r} is not a number: min and max do not apply")

    def holds(self, subject: Subject) -> bool:
        """Whether the record meets this condition."""
        if self.all is not None:
            return all(c.holds(subject) for c in self.all)
        if self.any is not None:
            return any(c.holds(subject) for c in self.any)
        if self.not_ is not None:
            return not self.not_.holds(subject)
        kind, name = ("field", self.field) if self.field is not None else ("case", self.case or "")
        value = _value(subject, kind, name)
        if self.values is not None:
            return any(item in self.values for item in _as_names(value))
        if self.filled is not None:
            return _filled(value) == self.filled
        if value is None:
            return False
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)

    def fields(self) -> set[str]:
        """The reference-frame fields this condition reads (``case.<name>`` for case fields)."""
        if self.field is not None:
            return {self.field}
        if self.case is not None:
            return {f"case.{self.case}"}
        parts = self.all or self.any or ([self.not_] if self.not_ is not None else [])
        return set().union(*(part.fields() for part in parts))


class Rule(BaseModel):
    """One condition of a theme or question: an effect, when it applies, and why (for the officer)."""

    model_config = _FROZEN

    effect: Effect
    when: Condition
    because: LocalizedText | None = None
    to: typing.Literal["first", "last"] | None = None
    before: str | None = None
    after: str | None = None
    with_: str | None = Field(default=None, alias="with")

    @model_validator(mode="after")
    def _arguments(self) -> Self:
        places = [name for name in ("to", "before", "after") if getattr(self, name) is not None]
        if self.effect == Effect.MOVE:
            if len(places) != 1:
                raise ValueError("a move names exactly one of to (first or last), before or after")
        elif places:
            raise ValueError(f"{', '.join(places)} belong to a move, not to {self.effect.value}")
        if self.effect == Effect.REPLACE and self.with_ is None:
            raise ValueError("a replace names the theme or question that takes the place (with: <id>)")
        if self.effect != Effect.REPLACE and self.with_ is not None:
            raise ValueError(f"with belongs to a replace, not to {self.effect.value}")
        return self

    def target(self) -> str | None:
        """The id a move or replace refers to (None for first, last and the other effects)."""
        return self.with_ or self.before or self.after


def check_rules(rules: list[Rule], own_id: str, ids: list[str], what: str, *, theme: bool) -> list[str]:
    """Problems of one item's rules that need its siblings: targets that do not exist, and effects
    that do not apply to this kind of item.

    Args:
        rules: the item's conditions.
        own_id: the item's id.
        ids: the ids of its siblings (themes of the bank, or questions of the theme), itself included.
        what: "theme" or "question", for the messages.
        theme: whether the item is a theme.

    Returns:
        One message per problem (the caller adds the path).
    """
    problems: list[str] = []
    for index, rule in enumerate(rules):
        target = rule.target()
        if rule.effect == Effect.OPTIONAL and not theme:
            problems.append(f"[{index}]: a question is optional unless required; optional applies to themes")
        if target is not None and target not in ids:
            problems.append(
                f"[{index}]: no {what} {target!r} here to {rule.effect.value} {_preposition(rule)}"
            )
        elif target == own_id:
            problems.append(f"[{index}]: a {what} cannot {rule.effect.value} {_preposition(rule)} itself")
    return problems


def _preposition(rule: Rule) -> str:
    if rule.effect == Effect.REPLACE:
        return "with"
    return "before" if rule.before is not None else "after"


__all__ = ["Condition", "Effect", "Rule", "Subject", "check_rules", "value_names"]
