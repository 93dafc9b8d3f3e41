"""Question banks as strictly validated, frozen data: themes, open questions, follow-ups and hints."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from interview_guide.core.reference_frame import ReferenceFrame, field_matches, field_value_names
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


class FrameCondition(BaseModel):
    """A condition on the reference frame: ``field`` takes one of ``values``."""

    model_config = _FROZEN

    field: str
    values: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_field_and_values(self) -> Self:
        try:
            allowed = field_value_names(self.field)
        except KeyError:
            raise ValueError(f"unknown reference-frame field {self.field!r}") from None
        if allowed is None:
            raise ValueError(f"reference-frame field {self.field!r} is free text and cannot be a condition")
        unknown = [value for value in self.values if value not in allowed]
        if unknown:
            raise ValueError(
                f"unknown value(s) {', '.join(unknown)} for {self.field}; allowed: {', '.join(allowed)}"
            )
        return self


class FrameHint(BaseModel):
    """Advice for the officer that applies when the applicant's reference frame matches ``when``."""

    model_config = _FROZEN

    when: FrameCondition
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
    questions: list[Question] = Field(min_length=MIN_QUESTIONS_PER_THEME)

    @model_validator(mode="after")
    def _unique_question_ids(self) -> Self:
        _require_unique([(f"questions[{i}].id", q.id) for i, q in enumerate(self.questions)], "question id")
        return self


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


def matching_hints(hints: list[FrameHint], frame: ReferenceFrame) -> list[LocalizedText]:
    """The hints whose condition this applicant's reference frame meets."""
    return [hint.text for hint in hints if field_matches(frame, hint.when.field, hint.when.values)]
