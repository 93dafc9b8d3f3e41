"""Every menu can be worked with Alt and one letter: no two items of one menu share their underlined
letter, in Dutch or English (a shared letter only cycles between the items; found in a mock workshop,
where Alt+T, Z opened "Zwakkere versie..." instead of the presenter's zoom)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from interview_guide.app import build_window, create_context
from interview_guide.core.text import Lang
from interview_guide.demo import build_demo_case
from interview_guide.i18n import install_translators
from interview_guide.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The underlined letter of a menu text (``&&`` is a literal ampersand), lower case."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(actions: list[QAction]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for action in actions:
        letter = mnemonic(action.text())
        if action.isSeparator() or not action.isVisible() or letter is None:
            continue
        by_letter.setdefault(letter, []).append(action.text())
    return [f"{letter}: {texts}" for letter, texts in by_letter.items() if len(texts) > 1]


def menus(menu: QMenu, path: str) -> Iterator[tuple[str, QMenu]]:
    yield path, menu
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menus(sub, f"{path} > {action.text()}")


@pytest.fixture(params=["nl", "en"])
def hearing_window(
    request: pytest.FixtureRequest, qapp: QApplication, data_dir: Path
) -> Iterator[MainWindow]:
    lang: Lang = request.param
    context = create_context(lang)
    window = build_window(context)
    window.show()
    context.controller.load(build_demo_case("both", lang), path=None, demo=True)  # every command enabled
    yield window
    window.set_close_guard(lambda: True)
    window.close()
    context.autosave.stop(keep_session=False)
    install_translators(qapp, "en")


def test_no_two_items_of_a_menu_share_their_letter(hearing_window: MainWindow) -> None:
    bar = hearing_window.menuBar()
    problems = [f"menu bar: {clash}" for clash in clashes(bar.actions())]
    for top in bar.actions():
        sub = top.menu()
        assert isinstance(sub, QMenu)
        for path, menu in menus(sub, top.text()):
            problems += [f"{path}: {clash}" for clash in clashes(menu.actions())]
    assert problems == []


def test_the_check_sees_a_shared_letter() -> None:
    assert mnemonic("Voor&beelden…") == "b"
    assert mnemonic("Save && close") is None
    assert clashes([QAction("Oefengehoor &bespreken…"), QAction("Voor&beelden…")]) != []
    assert clashes([QAction("Oefengehoor &bespreken…"), QAction("Voorbeelde&n…")]) == []
