"""Edits to statements, material and expert reports beyond ``editing.py``: entry references and removal.

Entry references are typed as text ("3, 7, 12" or "3-5") and checked against the entries that exist.
Removing an item renumbers the rest 1, 2, 3, ... so that numbers stay as the report prints them; the
neutral refusal lines of intimate material are never removed.
"""

from __future__ import annotations

import re
from typing import Any

from interview_guide.core.errors import RecordRuleError
from interview_guide.core.hearing import Hearing
from interview_guide.core.messages import MessageId

_RANGE = re.compile(r"^(\d{1,6})-(\d{1,6})$")
_MAX_RANGE = 500


def parse_entry_numbers(text: str, entries: int) -> list[int]:
    """The entry numbers in ``text`` ("3, 7, 12", "3-5", spaces or semicolons), sorted, without repeats.

    Args:
        text: what the officer typed.
        entries: how many entries the hearing has (valid numbers are 1..entries).

    Raises:
        RecordRuleError: something that is not a number or range, or a number with no entry.
    """
    numbers: set[int] = set()
    compact = re.sub(r"\s*[-–]\s*", "-", text.strip())
    for part in re.split(r"[,;\s]+", compact):
        if not part:
            continue
        if part.isdigit():
            low = high = int(part)
        elif (match := _RANGE.match(part)) is not None:
            low, high = int(match.group(1)), int(match.group(2))
            if low > high or high - low > _MAX_RANGE:
                raise RecordRuleError(MessageId.NOT_A_RANGE, part)
        else:
            raise RecordRuleError(MessageId.NOT_AN_ENTRY_NUMBER, part)
        missing = [n for n in (low, high) if not 1 <= n <= entries]
        if missing:
            raise RecordRuleError(MessageId.NO_SUCH_ENTRY, missing[0], entries)
        numbers.update(range(low, high + 1))
    return sorted(numbers)


def format_entry_numbers(numbers: list[int]) -> str:
    """Entry numbers as the officer types them: ``3, 7, 12``."""
    return ", ".join(str(n) for n in numbers)


def _remove_numbered(items: list[Any], number: int) -> None:
    # The lists hold different models, each with a ``number`` field counted from 1.
    for index, item in enumerate(items):
        if item.number == number:
            del items[index]
            for later in items[index:]:
                later.number -= 1
            return
    raise KeyError(number)


def remove_statement(hearing: Hearing, number: int) -> None:
    """Remove third-party statement ``number`` (added by mistake) and renumber the rest.

    Raises:
        KeyError: no statement with that number.
    """
    _remove_numbered(hearing.statements, number)


def remove_material(hearing: Hearing, number: int) -> None:
    """Remove submitted material ``number`` (recorded by mistake) and renumber the rest.

    Raises:
        KeyError: no material with that number.
    """
    _remove_numbered(hearing.material, number)


def remove_expert_report(hearing: Hearing, number: int) -> None:
    """Remove expert report ``number`` (recorded by mistake) and renumber the rest.

    Raises:
        KeyError: no expert report with that number.
    """
    _remove_numbered(hearing.expert_reports, number)
