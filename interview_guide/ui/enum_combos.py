"""Combo boxes filled with the record's enumerated values, worded in the UI language (core/labels.py)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QComboBox

from interview_guide.core.labels import choices
from interview_guide.core.text import Lang


def fill_combo(
    combo: QComboBox,
    enum_type: type[StrEnum],
    lang: Lang,
    current: StrEnum | None = None,
    include: set[StrEnum] | None = None,
) -> None:
    """Fill ``combo`` with the values of ``enum_type`` (item data: the value) and select ``current``."""
    combo.clear()
    for value, text in choices(enum_type, lang, include=include):
        combo.addItem(text, value.value)
    if current is not None:
        select(combo, current)


def let_shrink(combo: QComboBox, characters: int = 12) -> None:
    """Let ``combo`` be narrower than its longest choice on a small screen (a form row grows it back
    where there is room; the list that drops down always shows every choice whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def select(combo: QComboBox, value: StrEnum | str) -> None:
    """Select the item whose data is ``value`` (without emitting a change when it already is)."""
    index = combo.findData(str(value))
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)
