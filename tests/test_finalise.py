"""Finalising checks and the statement edits behind the statements page (Qt-free)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from interview_guide.core import editing
from interview_guide.core.errors import RecordRuleError
from interview_guide.core.finalise import finalise_problems
from interview_guide.core.statement_edits import (
    format_entry_numbers,
    parse_entry_numbers,
    remove_material,
    remove_statement,
)
from interview_guide.core.statements import ContentCategory, Correction, MaterialKind
from interview_guide.demo import build_demo_case

NOW = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("", []), ("3, 7, 12", [3, 7, 12]), ("12 3;3", [3, 12]), ("3 - 5, 9", [3, 4, 5, 9]), ("4–5", [4, 5])],
)
def test_entry_numbers_are_parsed(text: str, numbers: list[int]) -> None:
    assert parse_entry_numbers(text, 12) == numbers


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("13", "There is no entry 13 (the hearing has 12 entries)."),
        ("0", "There is no entry 0"),
        ("5-3", "is not a valid range"),
        ("vraag 3", "“vraag” is not an entry number"),
    ],
)
def test_bad_entry_numbers_are_refused(text: str, message: str) -> None:
    with pytest.raises(RecordRuleError, match=re.escape(message)):
        parse_entry_numbers(text, 12)


def test_entry_numbers_round_trip() -> None:
    assert format_entry_numbers(parse_entry_numbers("12, 3", 12)) == "3, 12"


def test_removal_renumbers_and_keeps_refusals() -> None:
    hearing = build_demo_case("lgbti", "en")
    editing.add_statement(hearing, author_name="Second")
    editing.add_statement(hearing, author_name="Third")
    remove_statement(hearing, 2)
    assert [(s.number, s.author_name) for s in hearing.statements] == [
        (1, "Parisa R. (fictional)"),
        (2, "Third"),
    ]
    with pytest.raises(RecordRuleError):
        editing.add_material(hearing, MaterialKind.VIDEO, "", ContentCategory.SEXUALLY_EXPLICIT, NOW)
    remove_material(hearing, 1)
    assert hearing.material == [] and len(hearing.material_refusals) == 1
    with pytest.raises(KeyError):
        remove_statement(hearing, 5)


def test_finalise_problems() -> None:
    hearing = build_demo_case("lgbti", "en")
    assert finalise_problems(hearing, "en") == []
    editing.add_statement(hearing, author_name="Pastor J.")
    hearing.corrections.append(Correction(number=1, text="An addition.", received_at=NOW))
    editing.open_break(hearing, NOW)
    hearing.case.officer_name = ""
    assert finalise_problems(hearing, "en") == [
        "Still to fill in: officer",
        "Statement 2 (Pastor J.): record how it was weighed, or why it does not change the assessment.",
        "Correction or addition 1 has no response yet.",
        "A break is still running.",
    ]
    assert finalise_problems(hearing, "nl")[1].startswith("Verklaring 2 (Pastor J.): leg vast")
