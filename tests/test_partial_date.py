"""Dates typed as dd-mm-jjjj; a date of birth that is partly known: model, case file, migration, report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_guide.core.deadlines import compute_deadline
from interview_guide.core.hearing import SCHEMA_VERSION, Hearing
from interview_guide.core.partial_date import (
    DateTextError,
    PartialDate,
    parse_typed_date,
    parse_typed_time,
)
from interview_guide.report.context import build_context
from interview_guide.storage import load_case, save_case


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12-03-1996", PartialDate(1996, 3, 12)),
        ("12.3.1996", PartialDate(1996, 3, 12)),
        ("1/3/1996", PartialDate(1996, 3, 1)),
        ("12031996", PartialDate(1996, 3, 12)),
        (" 12 - 03 - 1996 ", PartialDate(1996, 3, 12)),
        ("00-03-1996", PartialDate(1996, 3)),
        ("03-1996", PartialDate(1996, 3)),
        ("00-00-1996", PartialDate(1996)),
        ("1996", PartialDate(1996)),
        ("", None),
        ("00-00-0000", None),
        ("Onbekend", None),
        ("unknown", None),
    ],
)
def test_a_birth_date_is_typed_as_ind_records_write_it(typed: str, expected: PartialDate | None) -> None:
    assert parse_typed_date(typed, partial=True) == expected


@pytest.mark.parametrize(
    "typed",
    ["31-02-1996", "12-13-1996", "12-03-96", "12-03-199", "1996-03-12x", "twaalf maart", "12-00-1996"],
)
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(DateTextError):
        parse_typed_date(typed, partial=True)


@pytest.mark.parametrize("typed", ["1996", "03-1996", "00-03-1996", "", "onbekend"])
def test_a_sitting_date_needs_day_month_and_year(typed: str) -> None:
    with pytest.raises(DateTextError):
        parse_typed_date(typed)
    assert parse_typed_date("02-03-2026") == PartialDate(2026, 3, 2)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("09:30", dt.time(9, 30)),
        ("9.30", dt.time(9, 30)),
        ("0930", dt.time(9, 30)),
        ("14", dt.time(14)),
        ("", None),
    ],
)
def test_times_are_typed_as_hh_mm(typed: str, expected: dt.time | None) -> None:
    assert parse_typed_time(typed) == expected


@pytest.mark.parametrize("typed", ["25:00", "9:60", "930", "half tien"])
def test_what_is_not_a_time_is_refused(typed: str) -> None:
    with pytest.raises(DateTextError):
        parse_typed_time(typed)


@given(st.dates(dt.date(1850, 1, 1), dt.date(2200, 12, 31)), st.integers(0, 2))
def test_every_date_survives_typing_and_the_case_file(day: dt.date, unknown_parts: int) -> None:
    value = PartialDate(
        day.year, day.month if unknown_parts < 2 else None, day.day if unknown_parts < 1 else None
    )
    assert parse_typed_date(value.typed(), partial=True) == value
    assert PartialDate.from_iso(value.iso()) == value
    assert (value.as_date() == day) is (unknown_parts == 0)


def test_a_day_without_a_month_is_not_a_date() -> None:
    with pytest.raises(ValueError, match="a day without a month"):
        PartialDate(1996, None, 12)


def test_partial_birth_date_round_trips_through_the_case_file(small_hearing: Hearing, tmp_path: Path) -> None:
    small_hearing.case.date_of_birth = PartialDate(1996, 3)
    target = tmp_path / "case.igcase"
    save_case(small_hearing, target)
    assert json.loads(target.read_text(encoding="utf-8"))["case"]["date_of_birth"] == "1996-03"
    assert load_case(target).case.date_of_birth == PartialDate(1996, 3)


@pytest.mark.parametrize("version", [1, 2, 3])
def test_older_case_files_migrate_with_their_full_birth_date(
    small_hearing: Hearing, tmp_path: Path, version: int
) -> None:
    raw = json.loads(small_hearing.model_dump_json())
    raw["schema_version"] = version
    raw["case"]["date_of_birth"] = "1994-05-12"
    old = tmp_path / "old.igcase"
    old.write_text(json.dumps(raw), encoding="utf-8")
    hearing = load_case(old)
    assert hearing.schema_version == SCHEMA_VERSION
    assert hearing.case.date_of_birth == PartialDate(1994, 5, 12)
    raw["case"]["date_of_birth"] = None
    old.write_text(json.dumps(raw), encoding="utf-8")
    assert load_case(old).case.date_of_birth is None


def test_a_full_birth_date_is_written_as_before(small_hearing: Hearing) -> None:
    # The case file form of a full date did not change, so a report's fingerprint still matches.
    small_hearing.case.date_of_birth = dt.date(1994, 5, 12)  # type: ignore[assignment]
    assert json.loads(small_hearing.model_dump_json())["case"]["date_of_birth"] == "1994-05-12"


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (PartialDate(1996, 3, 12), "12 maart 1996", "12 March 1996"),
        (PartialDate(1996, 3), "maart 1996", "March 1996"),
        (PartialDate(1996), "1996", "1996"),
        (None, "onbekend", "unknown"),
    ],
)
def test_the_report_shows_as_much_of_the_birth_date_as_is_known(
    small_hearing: Hearing, value: PartialDate | None, nl: str, en: str
) -> None:
    small_hearing.case.date_of_birth = value
    deadline = compute_deadline(small_hearing)
    assert build_context(small_hearing, "nl", deadline).case.date_of_birth == nl
    assert build_context(small_hearing, "en", deadline).case.date_of_birth == en
