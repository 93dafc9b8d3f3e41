"""The tags a trainer puts on a question, with their wording in Dutch and English.

A trainer note is teaching material about how a question was asked (in a practice hearing or the
demo). It is kept in the case file with the entry, is never part of the hearing report, and says
nothing about the applicant's credibility.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from interview_guide.core.text import Lang


class TrainerTag(StrEnum):
    """What a trainer's note is about (a note may carry several tags)."""

    GOOD_PRACTICE = "good-practice"
    MISSED_FOLLOW_UP = "missed-follow-up"
    LEADING = "leading"
    CLOSED = "closed"
    REFERENCE_FRAME = "reference-frame"
    STEREOTYPE = "stereotype"
    AWARENESS_PROCESS = "awareness-process"
    KNOWLEDGE_QUIZ = "knowledge-quiz"
    INTERPRETER = "interpreter"
    TONE = "tone"


TAG_LABELS: dict[TrainerTag, tuple[str, str]] = {
    TrainerTag.GOOD_PRACTICE: ("goede praktijk", "good practice"),
    TrainerTag.MISSED_FOLLOW_UP: ("gemiste doorvraag", "missed follow-up"),
    TrainerTag.LEADING: ("sturend", "leading"),
    TrainerTag.CLOSED: ("gesloten vraag", "closed question"),
    TrainerTag.REFERENCE_FRAME: ("referentiekader", "reference frame"),
    TrainerTag.STEREOTYPE: ("stereotype", "stereotype"),
    TrainerTag.AWARENESS_PROCESS: ("bewustwordingsproces", "awareness process"),
    TrainerTag.KNOWLEDGE_QUIZ: ("kennisvraag als toets", "knowledge quiz"),
    TrainerTag.INTERPRETER: ("tolk", "interpreter"),
    TrainerTag.TONE: ("toon en bejegening", "tone and manner"),
}


def tag_label(tag: TrainerTag, lang: Lang) -> str:
    """The wording of ``tag`` in ``lang``."""
    nl, en = TAG_LABELS[tag]
    return nl if lang == "nl" else en


def ordered_tags(tags: Iterable[TrainerTag | str]) -> list[TrainerTag]:
    """``tags`` without repeats, in the order of :class:`TrainerTag`.

    Raises:
        ValueError: a value that is not a tag.
    """
    wanted = {TrainerTag(tag) for tag in tags}
    return [tag for tag in TrainerTag if tag in wanted]
