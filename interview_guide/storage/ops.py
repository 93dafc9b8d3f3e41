"""Journal ops: one edit of the hearing as a JSON value that replaces a top-level field or one list item.

An op is a dict ``{"seq": int, "at": ISO time, "path": str, "value": JSON}``. ``path`` is either a
top-level field of :class:`Hearing` (``"case"``, ``"course_remarks"``, ``"audit_trail"``...) whose
whole value is replaced, or ``"<list field>/N"`` (``"entries/3"``, ``"audit_trail/7"``; N counts from
1) whose item replaces item N, or is appended when N is one past the end. Ops are whole-value
replacements, so replaying one twice, or one already contained in the snapshot, changes nothing.
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from interview_guide.core.hearing import Hearing

Op = dict[str, Any]

# Every field of the record but its schema version can be replaced by an op.
FIELDS = frozenset(name for name in Hearing.model_fields if name != "schema_version")
LIST_FIELDS = frozenset(
    name for name in FIELDS if typing.get_origin(Hearing.model_fields[name].annotation) is list
)
_OP_KEYS = frozenset({"seq", "at", "path", "value"})


class OpError(ValueError):
    """An op that does not fit the record (unknown path, item number out of range, malformed)."""


def split_path(path: str) -> tuple[str, int | None]:
    """Split ``"entries/3"`` into ``("entries", 3)`` and ``"case"`` into ``("case", None)``.

    Raises:
        OpError: not a valid op path.
    """
    field, slash, number = path.partition("/")
    if field not in FIELDS:
        raise OpError(f"unknown op path {path!r}")
    if not slash:
        return field, None
    if field not in LIST_FIELDS or not number.isdigit() or not number.isascii() or int(number) < 1:
        raise OpError(f"invalid op path {path!r}")
    return field, int(number)


def op_for(hearing: Hearing, path: str, at: dt.datetime | None = None) -> Op:
    """Build the op that records the current value at ``path`` (call it on the thread that owns the model).

    The result has no ``seq`` yet: :meth:`Autosaver.record` gives it one.

    Args:
        hearing: the record, after the edit.
        path: ``"<field>"`` or ``"<list field>/N"``.
        at: when the edit happened (default: now, UTC).

    Raises:
        OpError: the path is unknown, or item N does not exist.
    """
    field, number = split_path(path)
    value: Any
    if number is None:
        value = hearing.model_dump(mode="json", include={field})[field]
    else:
        items: list[BaseModel] = getattr(hearing, field)
        if number > len(items):
            raise OpError(f"{path}: there is no item {number} (the list has {len(items)})")
        value = items[number - 1].model_dump(mode="json")
    moment = at or dt.datetime.now(dt.UTC)
    return {"at": moment.isoformat(), "path": path, "value": value}


def edit_paths(hearing: Hearing, entry_number: int, audit_length_before: int) -> list[str]:
    """The op paths to record after ``set_answer``/``set_question_text`` on one entry.

    The audit trail grows by one event, has its last event updated (coalescing), or loses its last
    event (an edit undone within the coalescing window); only the whole list covers the last case.

    Args:
        hearing: the record, after the edit.
        entry_number: the entry edited.
        audit_length_before: ``len(hearing.audit_trail)`` before the edit.
    """
    paths = [f"entries/{entry_number}"]
    length = len(hearing.audit_trail)
    if length < audit_length_before or length > audit_length_before + 1:
        paths.append("audit_trail")
    elif length > 0:
        paths.append(f"audit_trail/{length}")
    return paths


def check_op(obj: object) -> Op:
    """Check the shape of an op read back from a journal.

    Raises:
        OpError: not an op.
    """
    if not isinstance(obj, dict) or set(obj) != _OP_KEYS:
        raise OpError("not a journal op")
    seq, at, path = obj["seq"], obj["at"], obj["path"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise OpError(f"invalid op seq {seq!r}")
    if not isinstance(at, str) or not isinstance(path, str):
        raise OpError("invalid op time or path")
    split_path(path)
    return obj


def apply_op(raw: dict[str, Any], op: Op) -> None:
    """Apply one op to the JSON form of a hearing (not validated here).

    Raises:
        OpError: the path does not fit ``raw`` (for example entry 9 when there are 7).
    """
    field, number = split_path(op["path"])
    if number is None:
        raw[field] = op["value"]
        return
    items = raw.setdefault(field, [])
    if not isinstance(items, list):
        raise OpError(f"{op['path']}: the record's {field} is not a list")
    if number <= len(items):
        items[number - 1] = op["value"]
    elif number == len(items) + 1:
        items.append(op["value"])
    else:
        raise OpError(f"{op['path']}: item {number} follows no item {number - 1}")


def replay(base: Hearing, ops: Iterable[Op]) -> tuple[Hearing, int, list[str]]:
    """Apply ops in ``seq`` order over ``base`` and validate the result.

    If the result is not a valid record (an op was lost between two others), the longest run of
    ops from the start that gives a valid record is used, and the rest is reported.

    Returns:
        The hearing, how many ops were applied, and warnings (empty when all went in).
    """
    ordered = sorted(ops, key=lambda op: int(op["seq"]))
    usable = len(ordered)
    for count in range(len(ordered), -1, -1):
        if count > usable:
            continue
        raw = base.model_dump(mode="json")
        try:
            for index, op in enumerate(ordered[:count]):
                usable = index  # if this op does not fit, no longer run can be used either
                apply_op(raw, op)
            usable = count
            hearing = Hearing.model_validate(raw)
        except (OpError, ValidationError):
            continue
        warnings = []
        if count < len(ordered):
            warnings.append(
                f"{len(ordered) - count} of {len(ordered)} journal edits could not be applied "
                f"(from edit {ordered[count]['seq']} on); the record is restored up to the edit before"
            )
        return hearing, count, warnings
    raise AssertionError("replaying no op always gives the base record back")
