"""Switching the UI language in place: every fixed text of a widget tree is put into the new language.

Qt sends ``LanguageChange`` to every widget when a translator is installed, but a widget that set its
texts with ``tr()`` once does not know which source text it showed. This module looks each shown text
up in the Dutch translations (``i18n.dutch_messages``): Dutch -> its English source, English -> its
Dutch translation, preferring the translation context of the widget's own class or of a parent's.
Texts built from values (``fmt``, counts) are not in the table; their owners re-make them when the
main window says the language changed, and the wizard's pages are rebuilt (they also show bank text
and enum labels in the UI language).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from interview_guide.core.text import Lang
from interview_guide.i18n import dutch_messages

# shown text in a language -> [(context, the same text in the other language)]
Table = dict[str, list[tuple[str, str]]]


@cache
def _tables() -> dict[Lang, Table]:
    to_english: Table = {}
    to_dutch: Table = {}
    for context, source, dutch in dutch_messages():
        to_english.setdefault(dutch, []).append((context, source))
        to_dutch.setdefault(source, []).append((context, dutch))
    return {"en": to_english, "nl": to_dutch}  # keyed by the language switched to


def _contexts(obj: QObject) -> list[str]:
    names: list[str] = []
    current: QObject | None = obj
    while current is not None:
        names += [cls.__name__ for cls in type(current).__mro__[:3]]
        current = current.parent()
    return names


def translated(text: str, new: Lang, owner: QObject) -> str | None:
    """``text`` in the language ``new``, or None when it is not a fixed UI text (or already is)."""
    if not text:
        return None
    candidates = _tables()[new].get(text)
    if not candidates:
        return None
    if len({other for _, other in candidates}) > 1:
        contexts = _contexts(owner)
        for context in contexts:
            for candidate_context, other in candidates:
                if candidate_context == context:
                    return other
    return candidates[0][1]


def _swap(get: Callable[[], str], put: Callable[[str], None], new: Lang, owner: QObject) -> None:
    text = get()
    other = translated(text, new, owner)
    if other is not None and other != text:
        put(other)


def retranslate_tree(root: QWidget, new: Lang, skip: Iterable[QWidget] = ()) -> None:
    """Put every fixed text in ``root`` and its descendants (and their actions) into ``new``.

    Args:
        root: the top of the tree (the main window).
        new: the language switched to.
        skip: subtrees rebuilt by their owner instead (the wizard).
    """
    skipped = list(skip)

    def wanted(widget: QWidget) -> bool:
        return not any(widget is s or s.isAncestorOf(widget) for s in skipped)

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not wanted(widget):
            continue
        _swap(widget.toolTip, widget.setToolTip, new, widget)
        _swap(widget.statusTip, widget.setStatusTip, new, widget)
        _swap(widget.accessibleName, widget.setAccessibleName, new, widget)
        _swap(widget.accessibleDescription, widget.setAccessibleDescription, new, widget)
        if isinstance(widget, QLabel | QAbstractButton):
            _swap(widget.text, widget.setText, new, widget)
        if isinstance(widget, QGroupBox):
            _swap(widget.title, widget.setTitle, new, widget)
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            _swap(widget.placeholderText, widget.setPlaceholderText, new, widget)
        if isinstance(widget, QMenu):
            _swap(widget.title, widget.setTitle, new, widget)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                other = translated(widget.itemText(index), new, widget)
                if other is not None:
                    widget.setItemText(index, other)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                other = translated(item.text(), new, widget)
                if other is not None:
                    item.setText(other)
    for action in root.findChildren(QAction):
        owner = action.parent() or root
        _swap(action.text, action.setText, new, owner)
        _swap(action.toolTip, action.setToolTip, new, owner)
