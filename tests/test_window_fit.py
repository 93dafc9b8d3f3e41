"""The window fits a laptop screen: every page at 1280x720, 1366x705 and 1920x1080 without sideways
scrolling or clipped text; it opens fitted to the available screen and remembers where it was."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from layout_checks import layout_problems
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context
from interview_guide.core.text import Lang
from interview_guide.demo import build_demo_case
from interview_guide.i18n import install_translators
from interview_guide.ui.main_window import MainWindow

DRIVER = Path(__file__).parent / "drivers" / "window_app.py"
SIZES = [(1280, 720), (1366, 705), (1920, 1080)]


@pytest.fixture
def context(qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:
    context = create_context("nl")
    yield context
    context.autosave.stop(keep_session=False)
    install_translators(qapp, "en")  # the translators are the application's: leave English behind


def open_window(context: AppContext, lang: Lang, qtbot: QtBot) -> MainWindow:
    context.settings.ui_lang = lang
    window = build_window(context)
    window.show()
    qtbot.waitExposed(window)
    context.controller.load(build_demo_case("both", lang), path=None, demo=True)
    return window


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_page_fits_without_sideways_scrolling_or_clipping(
    context: AppContext, qtbot: QtBot, lang: Lang, width: int, height: int
) -> None:
    window = open_window(context, lang, qtbot)
    try:
        window.resize(width, height)
        assert (window.width(), window.height()) == (width, height), "the window cannot be made this small"
        wizard = window.wizard
        assert wizard is not None
        problems: list[str] = []
        for page_id in wizard.pageIds():
            wizard.go_to(page_id)
            QApplication.processEvents()
            for theme_page in [window.current_theme_page()]:
                if theme_page is not None:  # the guidance open as well: it must not widen the column
                    theme_page.set_guidance_visible(True)
                    QApplication.processEvents()
            name = wizard.page(page_id).objectName()
            problems += [f"{name}: {problem}" for problem in layout_problems(window)]
            assert wizard.button(QWizard.WizardButton.CustomButton2).isVisible()  # Next
        assert window.statusBar().isVisible() and window.save_label.isVisible()
        assert problems == [], "\n".join(problems)
    finally:
        window.set_close_guard(lambda: True)
        window.close()


def test_the_window_is_small_enough_for_a_maximised_window_on_a_laptop(
    context: AppContext, qtbot: QtBot
) -> None:
    window = open_window(context, "nl", qtbot)
    try:
        for page_id in window.wizard.pageIds():  # type: ignore[union-attr]
            window.wizard.go_to(page_id)  # type: ignore[union-attr]
            hint = window.minimumSizeHint()
            # 1366x705 is what is left of a 768-pixel screen under a taskbar; less a title bar.
            assert hint.width() <= 1280 and hint.height() <= 705 - 40, (
                window.wizard.currentPage().objectName()
            )  # type: ignore[union-attr]
    finally:
        window.set_close_guard(lambda: True)
        window.close()


def run_window(screen: str, data_dir: Path, move_to: str | None = None) -> dict[str, list[int]]:
    """Open the window in its own process on a screen of ``screen`` pixels; optionally move it."""
    env = {**os.environ, "INTERVIEW_GUIDE_DATA_DIR": str(data_dir)}
    args = [sys.executable, str(DRIVER), screen, *([move_to] if move_to else [])]
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return {
        line.split()[0]: [int(n) for n in line.split()[1:]]
        for line in result.stdout.splitlines()
        if line.split() and line.split()[0] in ("SCREEN", "WINDOW", "CLIENT", "MINIMUM")
    }


@pytest.mark.parametrize("screen", ["1280x720", "1366x705", "1920x1080"])
def test_the_first_start_fills_the_available_screen(data_dir: Path, screen: str) -> None:
    seen = run_window(screen, data_dir)
    assert seen["WINDOW"] == [*seen["SCREEN"], 1]  # maximised on the area without the taskbar


def test_the_window_comes_back_where_the_officer_left_it(data_dir: Path) -> None:
    # Smaller than the screen, not maximised, and no smaller than the window may be (its minimum width
    # is the start screen's, 1144 px since the Training column joined it).
    first = run_window("1366x705", data_dir, move_to="100,50,1200,600")
    assert first["MINIMUM"][0] <= 1200 and first["MINIMUM"][1] <= 600, first["MINIMUM"]
    seen = run_window("1366x705", data_dir)
    assert seen["CLIENT"] == [100, 50, 1200, 600] and seen["WINDOW"][4] == 0  # not maximised


def test_a_window_left_larger_than_this_screen_is_fitted_onto_it(data_dir: Path) -> None:
    run_window("1366x705", data_dir, move_to="60,5,1300,700")
    seen = run_window("1280x720", data_dir)
    left, top, width, height, _ = seen["WINDOW"]
    s_left, s_top, s_width, s_height = seen["SCREEN"]
    assert s_left <= left and left + width <= s_left + s_width
    assert s_top <= top and top + height <= s_top + s_height
