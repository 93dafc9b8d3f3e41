"""Presenter mode at 150 % and 200 % on a 1280x720 projector: every page of the demo with both claims,
shown in turn, without sideways scrolling, clipped text or parts out of reach (issue 17's Done when)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from layout_checks import layout_problems
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context
from interview_guide.core.presenting import DEFAULT_ZOOM
from interview_guide.core.text import Lang
from interview_guide.demo import build_demo_case
from interview_guide.i18n import install_translators
from interview_guide.ui.presenting import presenting, set_page_list_shown, set_presenting

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def context(qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:
    size = QApplication.font().pointSizeF()
    context = create_context("nl")
    yield context
    context.autosave.stop(keep_session=False)
    install_translators(qapp, "en")  # the translators are the application's: leave English behind
    set_presenting(False, DEFAULT_ZOOM)  # presenter mode is app-wide: leave the font as it was
    set_page_list_shown(True)
    font = QApplication.font()
    font.setPointSizeF(size)
    QApplication.setFont(font)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _settle(window: QWidget, passes: int = 10) -> None:
    """Let the window's layouts settle: a change (a page shown, a new font) re-lays out one level of
    nested layouts per pass of the event loop, and a single pass caught pages half laid out (labels
    squeezed for one frame, a status bar not yet as high as its new font) that a person never sees."""
    before: list[tuple[int, int, int, int]] = []
    for _ in range(passes):
        QApplication.processEvents()
        now = [w.geometry().getRect() for w in window.findChildren(QWidget) if w.isVisible()]
        if now == before:
            return
        before = now


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("zoom", [150, 200])
def test_presenter_mode_fits_every_page_on_a_1280_by_720_projector(
    context: AppContext, qtbot: QtBot, zoom: int, lang: Lang
) -> None:
    context.settings.ui_lang = lang
    window = build_window(context)
    window.show()
    qtbot.waitExposed(window)
    try:
        context.controller.load(build_demo_case("both", lang), path=None, demo=True)
        window.commands[f"presenter-zoom-{zoom}"].trigger()
        window.commands["presenter-mode"].trigger()
        assert presenting()
        window.resize(1280, 720)
        wizard = window.wizard
        assert wizard is not None
        problems: list[str] = []
        for page_id in wizard.pageIds():
            wizard.go_to(page_id)
            _settle(window)
            theme_page = window.current_theme_page()
            if theme_page is not None:  # the guidance open as well: it must not widen the column
                theme_page.set_guidance_visible(True)
                _settle(window)
            name = wizard.page(page_id).objectName()
            assert (window.width(), window.height()) == (1280, 720), f"{name}: the window grew"
            problems += [f"{name}: {problem}" for problem in layout_problems(window)]
            assert wizard.button(QWizard.WizardButton.CustomButton2).isVisible()  # Next
        assert len(wizard.pageIds()) >= 25  # every page of the demo with both claims was shown
        assert problems == [], "\n".join(problems)
    finally:
        window.set_close_guard(lambda: True)
        window.close()
