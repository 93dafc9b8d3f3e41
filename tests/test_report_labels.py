"""Every enumerated value in the record has Dutch and English wording (core/labels.py)."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from interview_guide.core import deadlines, hearing, reference_frame, statements
from interview_guide.core.labels import FRAME_FIELD_LABELS, choices, enum_types, field_label, label
from interview_guide.core.reference_frame import ReferenceFrame

RECORD_ENUMS = [
    obj
    for module in (hearing, reference_frame, statements, deadlines)
    for _, obj in inspect.getmembers(module, inspect.isclass)
    if issubclass(obj, StrEnum) and obj is not StrEnum and obj.__module__ == module.__name__
]


@pytest.mark.parametrize("enum_type", RECORD_ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_wording_in_both_languages(enum_type: type[StrEnum]) -> None:
    assert enum_type in enum_types()
    for member in enum_type:
        nl, en = label(member, "nl"), label(member, "en")
        assert nl.strip() and en.strip(), member


def test_choices_for_a_combo_box() -> None:
    options = choices(hearing.ProcedureTrack, "nl")
    assert [value for value, _ in options] == list(hearing.ProcedureTrack)
    assert options[0] == (hearing.ProcedureTrack.GENERAL, "algemene asielprocedure (AA)")
    only = choices(statements.ContentCategory, "en", include={statements.ContentCategory.DAILY_LIFE})
    assert only == [(statements.ContentCategory.DAILY_LIFE, "daily life")]


def test_every_reference_frame_field_has_a_label() -> None:
    assert set(FRAME_FIELD_LABELS) == set(ReferenceFrame.model_fields)
    assert field_label("literacy", "en") == "Literacy"
