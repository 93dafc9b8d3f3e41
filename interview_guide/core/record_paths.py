"""Names of the parts of the hearing record, as the autosave journal addresses them.

An edit is announced for persistence as a *record path*: a top-level field of :class:`Hearing`
(``"case"``, ``"sittings"``...) whose whole value changed, or ``"<list field>/N"`` (N from 1) for one
item of a list (``"entries/3"``, ``"audit_trail/7"``). ``storage.ops`` replays exactly these paths;
a test checks that :class:`RecordField` names every field it knows and nothing else.
"""

from __future__ import annotations

from enum import StrEnum


class RecordField(StrEnum):
    """A top-level field of the hearing record (every one but its schema version)."""

    CASE = "case"
    SITTINGS = "sittings"
    REFERENCE_FRAME = "reference_frame"
    ENTRIES = "entries"
    COURSE_REMARKS = "course_remarks"
    CONSULTATION_NOTE = "consultation_note"
    STATEMENTS = "statements"
    MATERIAL = "material"
    MATERIAL_REFUSALS = "material_refusals"
    EXPERT_REPORTS = "expert_reports"
    CORRECTIONS = "corrections"
    AUDIT_TRAIL = "audit_trail"
    FINALISED_AT = "finalised_at"


# The fields that hold lists, whose items can be addressed one by one.
LIST_FIELDS = frozenset(
    {
        RecordField.SITTINGS,
        RecordField.ENTRIES,
        RecordField.STATEMENTS,
        RecordField.MATERIAL,
        RecordField.MATERIAL_REFUSALS,
        RecordField.EXPERT_REPORTS,
        RecordField.CORRECTIONS,
        RecordField.AUDIT_TRAIL,
    }
)


def item_path(field: RecordField, number: int) -> str:
    """The path of item ``number`` (from 1) of a list field, e.g. ``"entries/3"``.

    Raises:
        ValueError: ``field`` is not a list, or ``number`` is below 1.
    """
    if field not in LIST_FIELDS or number < 1:
        raise ValueError(f"no item path for {field}/{number}")
    return f"{field.value}/{number}"


def entry_path(number: int) -> str:
    """The path of entry ``number``."""
    return item_path(RecordField.ENTRIES, number)
