"""The reference frame as label/value rows for the report: filled-in dimensions only, in form order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from enum import StrEnum

from interview_guide.core.labels import field_label, label
from interview_guide.core.reference_frame import (
    CONVERSION_ONLY_FIELDS,
    LGBTI_ONLY_FIELDS,
    ReferenceFrame,
    Relationship,
)
from interview_guide.core.sanitize import clean_line, clean_text
from interview_guide.core.text import Lang
from interview_guide.report.formatting import count_text, date_text
from interview_guide.report.phrases import phrase

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _relationship(item: Relationship, lang: Lang) -> str:
    parts = [clean_line(p) for p in (item.name, item.period, item.place) if p.strip()]
    if item.partner_in_nl.value != "unknown":
        parts.append(phrase("partner_in_nl", lang, value=label(item.partner_in_nl, lang)))
    text = ", ".join(parts) or "—"
    if item.notes.strip():  # a sentence of its own, not run on after the last comma
        text += ". " + clean_line(item.notes)
    return text


def _value_lines(value: object, lang: Lang) -> list[str]:
    if value is None:
        return []
    if isinstance(value, StrEnum):
        return [] if value.value == "unknown" else [label(value, lang)]
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [count_text(value, lang)]
    if isinstance(value, str):
        if _ISO_DATE.match(value.strip()):  # one date format in the whole report
            try:
                return [date_text(dt.date.fromisoformat(value.strip()), lang)]
            except ValueError:
                pass
        lines = [line.rstrip() for line in clean_text(value).split("\n")]
        return [line for line in lines if line.strip()]
    if isinstance(value, list):
        if not value:
            return []
        if all(isinstance(item, StrEnum) for item in value):
            return [", ".join(label(item, lang) for item in value)]
        return [_relationship(item, lang) for item in value if isinstance(item, Relationship)]
    return [clean_line(str(value))]


def frame_rows(
    frame: ReferenceFrame, lang: Lang, lgbti: bool, conversion: bool
) -> Iterator[tuple[str, list[str]]]:
    """Yield (label, lines) for every filled-in dimension that applies to the claim types."""
    for name in ReferenceFrame.model_fields:
        if name in LGBTI_ONLY_FIELDS and not lgbti:
            continue
        if name in CONVERSION_ONLY_FIELDS and not conversion:
            continue
        lines = _value_lines(getattr(frame, name), lang)
        if lines:
            yield field_label(name, lang), lines
