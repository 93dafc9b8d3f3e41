"""Accessibility: every interactive widget has a translated, human-readable accessible name and a
description; the text follows a larger system font without clipping; colour is never the only signal."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import close_without_asking, go_to_theme
from layout_checks import describe as where
from layout_checks import layout_problems
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context
from interview_guide.core.hearing import ClaimType
from interview_guide.core.text import Lang
from interview_guide.demo import build_demo_case
from interview_guide.i18n import dutch_messages, install_translators
from interview_guide.ui.accessibility import INTERACTIVE, label_of
from interview_guide.ui.main_window import MainWindow

# vNumber, frame_origin, frame-origin_country; not a word with a hyphen ("non-binair")
IDENTIFIER = re.compile(r"^[a-z]+([A-Z][a-z0-9]*)+$|^[a-z0-9-]*_[a-z0-9_-]*$")


@pytest.fixture
def context(qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:
    context = create_context("nl")
    yield context
    context.autosave.stop(keep_session=False)
    install_translators(qapp, "en")


def open_window(
    context: AppContext, qtbot: QtBot, lang: Lang, size: tuple[int, int] = (1366, 705)
) -> MainWindow:
    context.settings.ui_lang = lang
    window = build_window(context)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def interactive(window: MainWindow) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside a drop-down or spin box: the outer widget is announced
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not widget.isEnabled():
            continue
        found.append(widget)
    return found


def name_of(widget: QWidget) -> str:
    """What a screen reader announces the widget as: its accessible name, its label, its text."""
    iface = QAccessible.queryAccessibleInterface(widget)
    spoken = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (widget.accessibleName() or label_of(widget) or spoken).replace("&", "").strip()


def description_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    spoken = iface.text(QAccessible.Text.Description) if iface is not None else ""
    return (widget.accessibleDescription() or widget.toolTip() or spoken).strip()


def accessibility_problems(window: MainWindow, english_only: set[str]) -> list[str]:
    problems = []
    for widget in interactive(window):
        name, description = name_of(widget), description_of(widget)
        if not name:
            problems.append(f"no name: {where(widget)}")
        elif name == widget.objectName() or IDENTIFIER.match(name):
            problems.append(f"an identifier as name ({name!r}): {where(widget)}")
        elif name in english_only:
            problems.append(f"an English name in the Dutch UI ({name!r}): {where(widget)}")
        if not description:
            problems.append(f"no description: {where(widget)}")
        elif description in english_only:
            problems.append(f"an English description in the Dutch UI ({description!r}): {where(widget)}")
    return problems


def every_page(window: MainWindow) -> Iterator[str]:
    wizard = window.wizard
    assert wizard is not None
    for page_id in wizard.pageIds():
        wizard.go_to(page_id)
        QApplication.processEvents()
        yield wizard.page(page_id).objectName()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_interactive_widget_has_a_name_and_a_description(
    context: AppContext, qtbot: QtBot, lang: Lang
) -> None:
    # English source texts that mean something else in Dutch: shown in the Dutch UI they are untranslated.
    english_only = (
        {source for _, source, dutch in dutch_messages() if dutch != source} if lang == "nl" else set()
    )
    english_only -= {dutch for _, _, dutch in dutch_messages()}
    window = open_window(context, qtbot, lang)
    try:
        problems = [f"start: {p}" for p in accessibility_problems(window, english_only)]
        context.controller.load(build_demo_case("both", lang), path=None, demo=True)
        for page in every_page(window):
            problems += [f"{page}: {p}" for p in accessibility_problems(window, english_only)]
        assert problems == [], "\n".join(sorted(set(problems)))
    finally:
        close_without_asking(window)


@pytest.mark.parametrize(
    ("scale", "size", "lang"),
    [(1.5, (1920, 1080), "nl"), (1.5, (1920, 1080), "en"), (1.25, (1366, 705), "nl")],
)
def test_a_larger_system_font_clips_nothing(
    context: AppContext, qtbot: QtBot, scale: float, size: tuple[int, int], lang: Lang
) -> None:
    normal = QApplication.font()
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * scale)
    QApplication.setFont(larger)
    try:
        window = open_window(context, qtbot, lang, size)
        try:
            context.controller.load(build_demo_case("both", lang), path=None, demo=True)
            problems = []
            for page in every_page(window):
                problems += [f"{page}: {p}" for p in layout_problems(window)]
            assert (window.width(), window.height()) == size
            assert problems == [], "\n".join(problems)
            page = go_to_theme(window, "self-description")
            assert page.panel.answer_edit.font().pointSizeF() > normal.pointSizeF() * scale  # 1.15x the base
        finally:
            close_without_asking(window)
    finally:
        QApplication.setFont(normal)


def test_colour_is_never_the_only_signal(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(context, qtbot, "nl")
    try:
        context.controller.new_hearing([ClaimType.LGBTI])
        assert window.wizard is not None
        case_page = window.wizard.hearing_pages.case
        window.wizard.go_to_page(case_page)
        v_number = case_page.findChild(QLineEdit, "vNumber")
        assert v_number is not None
        qtbot.keyClicks(v_number, "12ab")  # refused: the red frame comes with words
        assert v_number.property("invalid")
        messages = [m.text() for m in case_page.findChildren(QLabel, "fieldMessage") if m.isVisible()]
        assert messages and all(m.strip() for m in messages)
        # A question asked: the card is tinted, and says so.
        page = go_to_theme(window, "self-description")
        page.take_focus()
        ask = page.focusWidget()  # the next Ask (the offscreen window need not be the active one)
        assert ask is not None and ask.objectName() == "askButton"
        qtbot.keyClick(ask, Qt.Key.Key_Return)  # proposes it
        assert page.proposed.isVisible()
        qtbot.keyClick(page.proposed.ask_button, Qt.Key.Key_Return)  # asks it
        card = next(c for c in page.cards.values() if c.property("asked"))
        assert card.asked_label.text().startswith("gesteld")
        # Autosave failing: a red label, with the words, and the offer to save elsewhere in words.
        context.autosave.failed.emit("de schijf is vol")
        assert "MISLUKT" in window.save_label.text().upper() or "FAILED" in window.save_label.text().upper()
        offer = window.findChild(QMessageBox, "autosaveFailed")
        assert offer is not None and offer.isVisible() and "de schijf is vol" in offer.text()
    finally:
        close_without_asking(window)
