"""Composition root: builds the QApplication, settings, banks, controller and window, and runs them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from interview_guide.core.errors import BankError
from interview_guide.core.text import Lang
from interview_guide.i18n import install_translators
from interview_guide.storage.app_settings import AppSettings, load_settings, save_settings
from interview_guide.storage.atomic import WriteError
from interview_guide.storage.bank_files import BankSet, load_banks
from interview_guide.ui.checker.feature import CheckerFeature
from interview_guide.ui.controller import HearingController
from interview_guide.ui.export_actions import ExportActions
from interview_guide.ui.file_actions import FileActions
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.case_page import CasePage
from interview_guide.ui.pages.frame_page import ReferenceFramePage
from interview_guide.ui.pages.review_page import ReviewPage
from interview_guide.ui.wizard import HearingWizard, PageFactory

APP_NAME = "Interview Guide"


@dataclass
class AppContext:
    """Everything the running app is made of (tests build one without calling run_app)."""

    app: QApplication
    settings: AppSettings
    banks: BankSet
    controller: HearingController
    window: MainWindow | None = None
    extras: list[object] = field(default_factory=list)


# The wizard's pages around the theme pages (which come from the banks), in order.
PAGES_BEFORE_THEMES: list[PageFactory] = [CasePage, ReferenceFramePage]
PAGES_AFTER_THEMES: list[PageFactory] = [ReviewPage]

# Features that add menus, panels and behaviour to a newly built window, in order. Each takes the
# context and the window and returns the object that keeps its state (kept in context.extras).
Feature = Callable[["AppContext", MainWindow], object]
FEATURES: list[Feature] = [
    lambda context, window: FileActions(window, context.settings),
    lambda context, window: ExportActions(window, context.settings),
    lambda context, window: CheckerFeature(window),
]


def make_wizard(controller: HearingController, lang: Lang) -> HearingWizard:
    """The wizard with every page for the hearing in the controller."""
    return HearingWizard(controller, lang, PAGES_BEFORE_THEMES, PAGES_AFTER_THEMES)


def build_window(context: AppContext) -> MainWindow:
    """(Re)build the main window in the language of the settings; the controller keeps the record."""
    lang = context.settings.ui_lang
    install_translators(context.app, lang)
    old = context.window
    window = MainWindow(
        context.controller, context.settings, lang, lambda: make_wizard(context.controller, lang)
    )
    context.extras = [feature(context, window) for feature in FEATURES]
    window.language_requested.connect(lambda code: switch_language(context, code))
    context.window = window
    if old is not None:
        old.may_close = lambda: True  # type: ignore[attr-defined]
        old.close()
        old.deleteLater()
    if context.controller.hearing is not None:
        window.show_hearing()
    return window


def switch_language(context: AppContext, lang: str) -> None:
    """Remember the new UI language and rebuild the window in it."""
    if lang == context.settings.ui_lang or lang not in ("nl", "en"):
        return
    context.settings.ui_lang = lang  # type: ignore[assignment]
    try:
        save_settings(context.settings)
    except WriteError:
        pass  # the language still changes for this session; the status bar says why it is not kept
    window = build_window(context)
    window.show()


def create_context(lang: Lang | None = None) -> AppContext:
    """Build the app's parts (without showing anything).

    Raises:
        BankError: the shipped question banks are broken.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    settings, _warning = load_settings()
    if lang is not None:
        settings.ui_lang = lang
    banks = load_banks()
    controller = HearingController(banks)
    return AppContext(app=app, settings=settings, banks=banks, controller=controller)


def visit_every_page(window: MainWindow) -> None:
    """Show every page of the wizard once, as a user stepping through would get it."""
    wizard = window.wizard
    if wizard is None:
        return
    for page_id in wizard.pageIds():
        wizard.go_to(page_id)
        QApplication.processEvents()
    wizard.go_to(wizard.pageIds()[0])


def run_app(case: Path | None = None, demo: bool = False, quit_when_shown: bool = False) -> int:
    """Start the GUI; returns the exit status."""
    try:
        context = create_context()
    except BankError as exc:
        QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, APP_NAME, "The question banks are damaged:\n" + "\n".join(exc.problems))
        return 2
    window = build_window(context)
    files: FileActions = context.extras[0]  # type: ignore[assignment]
    if demo:
        from interview_guide.demo import build_demo_case

        context.controller.load(build_demo_case("lgbti", context.settings.ui_lang), path=None, demo=True)
    elif case is not None and not quit_when_shown:
        files.open_path(case)
    window.show()
    if quit_when_shown:
        visit_every_page(window)
        QTimer.singleShot(0, context.app.quit)
        window.may_close = lambda: True  # type: ignore[attr-defined]
    return context.app.exec()
