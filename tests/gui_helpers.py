"""Helpers for the tests that drive the real window: find pages, click rows, close without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.widgets.entry_list import EntryList


def jump(window: MainWindow, title_start: str) -> None:
    """Jump to the page whose side-list title starts with ``title_start``, as a click there does."""
    assert window.wizard is not None
    pages = window.wizard.page_list
    for row in range(pages.count()):
        if pages.item(row).text().startswith(title_start):
            pages.itemClicked.emit(pages.item(row))
            assert window.wizard.currentPage().title().startswith(title_start)
            return
    raise AssertionError(f"no page {title_start!r}")


def theme_page(window: MainWindow, theme_id: str | None = None) -> ThemePage:
    """The theme page on screen (``theme_id`` None), or the page of ``theme_id``."""
    assert window.wizard is not None
    if theme_id is None:
        page = window.current_theme_page()
        assert page is not None, "the page on screen is not a theme page"
        return page
    return next(p for p in window.wizard.theme_pages() if p.theme.id == theme_id)


def go_to_theme(window: MainWindow, theme_id: str) -> ThemePage:
    """Show the page of ``theme_id`` and return it."""
    page = theme_page(window, theme_id)
    assert window.wizard is not None
    window.wizard.go_to_page(page)
    return page


def click_entry(qtbot: QtBot, entries: EntryList, number: int) -> None:
    """Click the row of entry ``number`` in an entry list, with the mouse."""
    row = entries.numbers().index(number)
    entries.scrollTo(entries.model().index(row, 0))
    centre = entries.visualRect(entries.model().index(row, 0)).center()
    qtbot.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def close_without_asking(window: MainWindow) -> None:
    """Close the window; the test decides what is saved, so the unsaved-changes guard is not asked."""
    window.set_close_guard(lambda: True)
    window.close()
