"""Question banks as strictly validated, frozen data: themes, open questions, follow-ups and hints."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from interview_guide.core.conditions import Condition, Effect, Rule, Subject, check_rules
from interview_guide.core.text import LocalizedText

_FROZEN = ConfigDict(extra="forbid", frozen=True)

# Ids are short, lowercase and stable: they are stored in case files.
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
VERSION_PATTERN = r"^\d+\.\d+(\.\d+)?$"
MIN_QUESTIONS_PER_THEME = 6
MIN_FOLLOW_UPS_PER_QUESTION = 2
# The conversion test has three pillars (seed letter); the common bank frames every hearing.
CONVERSION_PILLARS = ("motives-and-process", "knowledge", "activities")
COMMON_THEMES = ("opening", "closing")


class BankClaimType(StrEnum):
    COMMON = "common"
    LGBTI = "lgbti"
    CONVERSION = "conversion"


# The old name of a condition on the reference frame (hints used only these).
FrameCondition = Condition


class FrameHint(BaseModel):
    """Advice for the officer that applies when the applicant's reference frame matches ``when``."""

    model_config = _FROZEN

    when: Condition
    text: LocalizedText


class FollowUp(BaseModel):
    """A follow-up prompt: asked after the main question, logged as its own linked entry."""

    model_config = _FROZEN

    id: str = Field(pattern=ID_PATTERN)
    text: LocalizedText


class Question(BaseModel):
    """One open question: a single question, with its follow-ups, guidance and frame hints."""

    model_config = _FROZEN

    id: str = Field(pattern=ID_PATTERN)
    text: LocalizedText
    follow_ups: list[FollowUp] = Field(min_length=MIN_FOLLOW_UPS_PER_QUESTION)
    guidance: LocalizedText | None = None
    hints: list[FrameHint] = Field(default_factory=list)
    conditions: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_follow_up_ids(self) -> Self:
        _require_unique(
            [(f"follow_ups[{i}].id", f.id) for i, f in enumerate(self.follow_ups)], "follow-up id"
        )
        return self


class Theme(BaseModel):
    """A theme (or, for converts, a pillar) of the hearing: one wizard page."""

    model_config = _FROZEN

    id: str = Field(pattern=ID_PATTERN)
    title: LocalizedText
    purpose: LocalizedText
    guidance: LocalizedText
    pillar: bool = False
    optional: bool = False
    script: list[LocalizedText] = Field(default_factory=list)
    hints: list[FrameHint] = Field(default_factory=list)
    conditions: list[Rule] = Field(default_factory=list)
    questions: list[Question] = Field(min_length=MIN_QUESTIONS_PER_THEME)

    @model_validator(mode="after")
    def _unique_question_ids(self) -> Self:
        _require_unique([(f"questions[{i}].id", q.id) for i, q in enumerate(self.questions)], "question id")
        return self

    @model_validator(mode="after")
    def _question_conditions(self) -> Self:
        ids = [q.id for q in self.questions]
        problems: list[str] = []
        for i, question in enumerate(self.questions):
            problems += [
                f"questions[{i}].conditions{line}"
                for line in check_rules(question.conditions, question.id, ids, "question", theme=False)
            ]
        problems += _replacement_problems([(q.id, q.conditions) for q in self.questions], "questions")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def replacements(self) -> set[str]:
        """The ids of the questions that appear only in place of another (named by ``with``)."""
        return {r.with_ for q in self.questions for r in q.conditions if r.with_ is not None}


class ChangelogEntry(BaseModel):
    """What changed in one version of a bank.

    Ids that went away are named here, never their text: old case files keep the question as it was
    asked, and an id that once meant one question must never come back meaning another.
    """

    model_config = _FROZEN

    version: str = Field(pattern=VERSION_PATTERN)
    summary: LocalizedText
    removed_themes: list[str] = Field(default_factory=list)
    removed_questions: list[str] = Field(default_factory=list)
    # "question-id/follow-up-id" of a follow-up that went away while its question stayed or went.
    removed_follow_ups: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _well_formed_ids(self) -> Self:
        single = re.compile(ID_PATTERN)
        for name in ("removed_themes", "removed_questions"):
            for i, value in enumerate(getattr(self, name)):
                if not single.match(value):
                    raise ValueError(f"{name}[{i}]: {value!r} is not an id")
        for i, value in enumerate(self.removed_follow_ups):
            parts = value.split("/")
            if len(parts) != 2 or not all(single.match(part) for part in parts):
                raise ValueError(f"removed_follow_ups[{i}]: {value!r} is not question-id/follow-up-id")
        return self


class QuestionBank(BaseModel):
    """A whole bank: its id, version, claim type and themes."""

    model_config = _FROZEN

    id: str = Field(pattern=ID_PATTERN)
    version: str = Field(pattern=VERSION_PATTERN)
    claim_type: BankClaimType
    title: LocalizedText
    description: LocalizedText
    themes: list[Theme] = Field(min_length=1)
    # Newest first; when present, the newest entry is the bank's own version.
    changelog: list[ChangelogEntry] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> Self:
        _require_unique([(f"themes[{i}].id", t.id) for i, t in enumerate(self.themes)], "theme id")
        _require_unique(
            [
                (f"themes[{i}].questions[{j}].id", q.id)
                for i, t in enumerate(self.themes)
                for j, q in enumerate(t.questions)
            ],
            "question id",
        )
        return self

    @model_validator(mode="after")
    def _changelog_matches(self) -> Self:
        if not self.changelog:
            return self
        if self.changelog[0].version != self.version:
            raise ValueError(
                f"the newest changelog entry is version {self.changelog[0].version}, "
                f"but the bank is version {self.version}"
            )
        _require_unique(
            [(f"changelog[{i}].version", c.version) for i, c in enumerate(self.changelog)], "version"
        )
        themes = {t.id for t in self.themes}
        follow_ups = {q.id: {f.id for f in q.follow_ups} for t in self.themes for q in t.questions}
        reused: list[str] = []
        for i, entry in enumerate(self.changelog):
            reused += [f"changelog[{i}]: theme {v!r}" for v in entry.removed_themes if v in themes]
            reused += [f"changelog[{i}]: question {v!r}" for v in entry.removed_questions if v in follow_ups]
            for value in entry.removed_follow_ups:
                question_id, follow_up_id = value.split("/")
                if follow_up_id in follow_ups.get(question_id, set()):
                    reused.append(f"changelog[{i}]: follow-up {value!r}")
        if reused:
            raise ValueError(
                "removed ids are still in use (an id that went away never comes back): " + "; ".join(reused)
            )
        return self

    @model_validator(mode="after")
    def _theme_conditions(self) -> Self:
        ids = [t.id for t in self.themes]
        problems: list[str] = []
        for i, theme in enumerate(self.themes):
            if theme.id in COMMON_THEMES and self.claim_type == BankClaimType.COMMON and theme.conditions:
                problems.append(
                    f"themes[{i}].conditions: the {theme.id} is always part of the hearing and has no "
                    "conditions (its questions may have them)"
                )
            problems += [
                f"themes[{i}].conditions{line}"
                for line in check_rules(theme.conditions, theme.id, ids, "theme", theme=True)
            ]
        problems += _replacement_problems([(t.id, t.conditions) for t in self.themes], "themes")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def replacements(self) -> set[str]:
        """The ids of the themes that appear only in place of another (named by ``with``)."""
        return {r.with_ for t in self.themes for r in t.conditions if r.with_ is not None}

    @model_validator(mode="after")
    def _required_themes(self) -> Self:
        theme_ids = {t.id: t for t in self.themes}
        if self.claim_type == BankClaimType.CONVERSION:
            missing = [p for p in CONVERSION_PILLARS if p not in theme_ids]
            if missing:
                raise ValueError(f"a conversion bank needs the pillar themes {', '.join(missing)}")
            not_pillars = [p for p in CONVERSION_PILLARS if not theme_ids[p].pillar]
            if not_pillars:
                raise ValueError(f"themes {', '.join(not_pillars)} must be marked pillar: true")
        if self.claim_type == BankClaimType.COMMON:
            missing = [t for t in COMMON_THEMES if t not in theme_ids]
            if missing:
                raise ValueError(f"the common bank needs the themes {', '.join(missing)}")
        return self

    @property
    def languages(self) -> list[str]:
        """The languages every text of this bank is written in."""
        return sorted(LocalizedText.model_fields)

    def theme(self, theme_id: str) -> Theme:
        """Return the theme with ``theme_id``.

        Raises:
            KeyError: no such theme.
        """
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def question(self, question_id: str) -> tuple[Theme, Question]:
        """Return the theme and question with ``question_id``.

        Raises:
            KeyError: no such question.
        """
        for theme in self.themes:
            for question in theme.questions:
                if question.id == question_id:
                    return theme, question
        raise KeyError(question_id)


def _require_unique(ids: list[tuple[str, str]], what: str) -> None:
    """Raise ValueError naming every id that occurs twice, with the paths where it occurs."""
    places: dict[str, list[str]] = {}
    for path, value in ids:
        places.setdefault(value, []).append(path)
    duplicates = [f"{value!r} at {' and '.join(paths)}" for value, paths in places.items() if len(paths) > 1]
    if duplicates:
        raise ValueError(f"duplicate {what}: {'; '.join(duplicates)}")


def _replacement_problems(items: list[tuple[str, list[Rule]]], where: str) -> list[str]:
    """An item named by ``with`` appears only in place of one other, and has no conditions of its own."""
    named: dict[str, int] = {}
    for _, rules in items:
        for rule in rules:
            if rule.with_ is not None:
                named[rule.with_] = named.get(rule.with_, 0) + 1
    problems: list[str] = []
    for index, (item_id, rules) in enumerate(items):
        if named.get(item_id, 0) > 1:
            problems.append(f"{where}[{index}]: {item_id!r} is named by with: more than once")
        if item_id in named and rules:
            problems.append(
                f"{where}[{index}].conditions: {item_id!r} takes the place of another (with:) and so has "
                "no conditions of its own"
            )
    return problems


def matching_hints(hints: list[FrameHint], subject: Subject) -> list[LocalizedText]:
    """The hints whose condition this applicant's case and reference frame meet."""
    return [hint.text for hint in hints if hint.when.holds(subject)]


__all__ = [
    "BankClaimType",
    "Effect",
    "FollowUp",
    "FrameCondition",
    "FrameHint",
    "Question",
    "QuestionBank",
    "Rule",
    "Theme",
    "matching_hints",
]
