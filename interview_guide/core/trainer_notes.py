"""Trainer notes on an entry: setting the note and its tags, and finding the annotated entries.

A trainer note is teaching material about how a question was asked (in a practice hearing or the
demo). It is kept in the case file with the entry, is never part of the hearing report, and says
nothing about the applicant's credibility.
"""

from __future__ import annotations

from collections.abc import Iterable

from interview_guide.core.hearing import Hearing
from interview_guide.core.sanitize import clean_text
from interview_guide.core.trainer_tags import TrainerTag, ordered_tags


def set_trainer_note(hearing: Hearing, number: int, text: str) -> bool:
    """Set the trainer note of entry ``number`` (cleaned of control characters).

    Returns:
        Whether the note changed.

    Raises:
        KeyError: no such entry.
    """
    entry = hearing.entry(number)
    text = clean_text(text)
    if entry.trainer_note == text:
        return False
    entry.trainer_note = text
    return True


def set_trainer_tags(hearing: Hearing, number: int, tags: Iterable[TrainerTag | str]) -> bool:
    """Set the tags of entry ``number``'s trainer note.

    Returns:
        Whether the tags changed.

    Raises:
        KeyError: no such entry.
        ValueError: a value that is not a tag.
    """
    entry = hearing.entry(number)
    ordered = ordered_tags(tags)
    if entry.trainer_tags == ordered:
        return False
    entry.trainer_tags = ordered
    return True


def annotated_entries(hearing: Hearing) -> list[int]:
    """The numbers of the entries that carry a trainer note or a tag, in order."""
    return [e.number for e in hearing.entries if e.trainer_note.strip() or e.trainer_tags]
