"""Composition root: builds the QApplication, settings, banks, controller and window, and runs them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from interview_guide.core.errors import BankError
from interview_guide.core.resume import resume_point
from interview_guide.core.text import Lang
from interview_guide.i18n import install_translators
from interview_guide.storage.admin_folder import admin_template_files, load_effective_banks
from interview_guide.storage.app_settings import AppSettings, load_settings, save_settings
from interview_guide.storage.atomic import WriteError
from interview_guide.storage.bank_files import BankSet
from interview_guide.ui.autosave import AutosaveService
from interview_guide.ui.autosave_status import AutosaveStatus
from interview_guide.ui.checker.feature import CheckerFeature
from interview_guide.ui.controller import Clock, HearingController, local_now
from interview_guide.ui.entries_model import EntriesModel
from interview_guide.ui.export_actions import ExportActions
from interview_guide.ui.file_actions import FileActions
from interview_guide.ui.finalise_actions import FinaliseActions
from interview_guide.ui.fonts import register_fonts
from interview_guide.ui.input_guard import install_input_guard
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.hearing_pages import build_hearing_pages
from interview_guide.ui.recovery import offer_recovery
from interview_guide.ui.window_geometry import GeometryKeeper, place_window
from interview_guide.ui.wizard import HearingWizard

APP_NAME = "Interview Guide"
T = TypeVar("T")


@dataclass
class AppContext:
    """Everything the running app is made of (tests build one without calling run_app)."""

    app: QApplication
    settings: AppSettings
    banks: BankSet
    controller: HearingController
    entries: EntriesModel
    autosave: AutosaveService
    window: MainWindow | None = None
    extras: list[object] = field(default_factory=list)
    settings_warning: str | None = None  # the settings file was damaged: defaults are in use
    admin_warnings: list[str] = field(default_factory=list)  # admin-folder files not used, and why

    def feature(self, kind: type[T]) -> T:
        """The feature object of ``kind`` installed on the current window.

        Raises:
            LookupError: no such feature is installed.
        """
        for extra in self.extras:
            if isinstance(extra, kind):
                return extra
        raise LookupError(kind.__name__)


# Features that add menus, panels and behaviour to a newly built window, in order. Each takes the
# context and the window and returns the object that keeps its state (kept in context.extras).
Feature = Callable[["AppContext", MainWindow], object]
FEATURES: list[Feature] = [
    lambda context, window: FileActions(window, context.settings),
    lambda context, window: ExportActions(window, context.settings),
    lambda context, window: AutosaveStatus(window, context.autosave, context.feature(FileActions).save_as),
    lambda context, window: CheckerFeature(window),
    lambda context, window: GeometryKeeper(window, context.settings),
    lambda context, window: FinaliseActions(window, lambda: context.extras),
]


def make_wizard(controller: HearingController, entries: EntriesModel, lang: Lang) -> HearingWizard:
    """The wizard with every page for the hearing in the controller."""
    return HearingWizard(build_hearing_pages(controller, entries, lang))


def build_window(context: AppContext) -> MainWindow:
    """(Re)build the main window in the language of the settings; the controller keeps the record."""
    lang = context.settings.ui_lang
    install_translators(context.app, lang)
    old = context.window
    window = MainWindow(
        context.controller,
        context.settings,
        lang,
        lambda: make_wizard(context.controller, context.entries, context.settings.ui_lang),
    )
    context.extras = []
    for feature in FEATURES:  # one by one: a feature may use the ones installed before it
        context.extras.append(feature(context, window))
    window.language_requested.connect(lambda code: switch_language(context, code))
    context.window = window
    if old is not None:
        window.show()  # before the old one closes, or the app would quit with its last window
        old.may_close = lambda: True  # type: ignore[attr-defined]
        old.close()
        old.deleteLater()
    if context.controller.hearing is not None:
        window.show_hearing()
    return window


def switch_language(context: AppContext, lang: str) -> None:
    """Remember the new UI language and switch to it in place.

    Installing the translators makes Qt send ``LanguageChange`` to every widget; the main window then
    retranslates itself (``MainWindow.retranslate``): same window, size, page, entry and indicators.
    """
    if lang == context.settings.ui_lang or lang not in ("nl", "en"):
        return
    context.settings.ui_lang = lang  # type: ignore[assignment]
    try:
        save_settings(context.settings)
        problem = None
    except WriteError as exc:
        problem = str(exc)  # the language still changes for this session
    install_translators(context.app, context.settings.ui_lang)
    if problem and context.window is not None:
        context.window.statusBar().showMessage(problem, 15000)


def create_context(lang: Lang | None = None, clock: Clock = local_now) -> AppContext:
    """Build the app's parts (without showing anything).

    Args:
        lang: the UI language (default: the one in the settings).
        clock: where the record's times come from (tests pass a clock they move by hand).

    Raises:
        BankError: the shipped question banks are broken.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    install_input_guard(app)
    register_fonts()
    settings, warning = load_settings()
    if lang is not None:
        settings.ui_lang = lang
    effective = load_effective_banks()  # the shipped banks, with the admin folder's sound ones over them
    banks = effective.banks
    admin_warnings = list(effective.warnings)
    if admin_template_files():
        from interview_guide.report.admin_templates import admin_template_warnings

        admin_warnings += admin_template_warnings()
    controller = HearingController(banks, clock)
    entries = EntriesModel(controller)
    autosave = AutosaveService(controller)
    app.aboutToQuit.connect(lambda: finish_autosave(controller, autosave))
    return AppContext(
        app=app,
        settings=settings,
        banks=banks,
        controller=controller,
        entries=entries,
        autosave=autosave,
        settings_warning=warning,
        admin_warnings=admin_warnings,
    )


def show_admin_warnings(window: MainWindow, warnings: list[str], dialog: bool = True) -> None:
    """Say which files of the admin folder are not used (the shipped ones are): on stderr for the IT
    department, in the status bar, and in a dialog that does not block the window."""
    for warning in warnings:
        print(f"interview-guide: warning: {warning}", file=sys.stderr)
    lead = QCoreApplication.translate(
        "AdminFolder", "Some files of the admin folder are broken; the shipped ones are used instead."
    )
    window.statusBar().showMessage(lead, 30000)
    if not dialog:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, lead, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("adminWarnings")
    box.setInformativeText(QCoreApplication.translate("AdminFolder", "Please tell your IT department."))
    box.setDetailedText("\n\n".join(warnings))
    box.setModal(False)
    box.show()


def finish_autosave(controller: HearingController, autosave: AutosaveService) -> None:
    """On quit: keep the autosave for recovery if the case file lacks changes, else remove it."""
    if controller.dirty:
        autosave.flush()
    autosave.stop(keep_session=controller.dirty)


def prepare_every_page(window: MainWindow) -> None:
    """Fill every page of the wizard from the record, as a user going to it would get it.

    The pages are all built with the wizard; this runs what visiting each one runs
    (``refresh``) without painting pages that are not on screen.
    """
    wizard = window.wizard
    if wizard is None:
        return
    for page in wizard.hearing_pages.in_order():
        page.refresh()


def restore_unfinished(
    context: AppContext, window: MainWindow, open_case: Callable[[Path], bool] | None = None
) -> bool:
    """Offer the unfinished hearings; after a restore, go back to the entry that was being typed.

    Args:
        context: the app.
        window: the main window.
        open_case: opens a case file (when the case file is newer than the autosave and chosen).

    Returns:
        Whether a hearing was restored or opened.
    """
    restored = offer_recovery(context.controller, context.autosave, window, open_case=open_case)
    hearing = context.controller.hearing
    if restored and hearing is not None and window.wizard is not None:
        window.wizard.resume_at(resume_point(hearing))
    return restored


def run_app(case: Path | None = None, demo: bool = False, quit_when_shown: bool = False) -> int:
    """Start the GUI; returns the exit status."""
    try:
        context = create_context()
    except BankError as exc:
        QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, APP_NAME, "The question banks are damaged:\n" + "\n".join(exc.problems))
        return 2
    window = build_window(context)
    files = context.feature(FileActions)
    place_window(window, context.settings)
    window.show()
    if context.settings_warning:
        window.statusBar().showMessage(context.settings_warning, 15000)
    if context.admin_warnings:
        show_admin_warnings(window, context.admin_warnings, dialog=not quit_when_shown)
    # Never a dialog with --quit-when-shown (a start-up check): no recovery question, no passphrase.
    restored = False if quit_when_shown else restore_unfinished(context, window, files.open_path)
    if demo and not restored:
        from interview_guide.demo import build_demo_case

        context.controller.load(build_demo_case("lgbti", context.settings.ui_lang), path=None, demo=True)
    elif case is not None and not restored and not quit_when_shown:
        files.open_path(case)
    if quit_when_shown:
        prepare_every_page(window)
        QTimer.singleShot(0, context.app.quit)
        window.may_close = lambda: True  # type: ignore[attr-defined]
    return context.app.exec()
