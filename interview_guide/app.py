"""Composition root: builds the QApplication, settings, banks, controller and window, and runs them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from interview_guide.core.errors import BankError
from interview_guide.core.resume import resume_point
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.i18n import fmt, install_translators
from interview_guide.storage.admin_folder import admin_template_files, load_effective_banks
from interview_guide.storage.app_settings import AppSettings, load_settings, save_settings
from interview_guide.storage.atomic import WriteError
from interview_guide.storage.bank_files import BankSet
from interview_guide.ui.autosave_service import AutosaveService
from interview_guide.ui.controller import Clock, HearingController, local_now
from interview_guide.ui.counsel.feature import CounselFeature
from interview_guide.ui.entries_model import EntriesModel
from interview_guide.ui.features.autosave_status import AutosaveStatus
from interview_guide.ui.features.checker import CheckerFeature
from interview_guide.ui.features.export import ExportActions
from interview_guide.ui.features.finalise import FinaliseActions
from interview_guide.ui.features.training import TrainerMode
from interview_guide.ui.file_actions import FileActions
from interview_guide.ui.fonts import register_fonts
from interview_guide.ui.input_guard import install_input_guard
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.hearing_pages import build_hearing_pages
from interview_guide.ui.recovery_dialog import offer_recovery
from interview_guide.ui.window_geometry import GeometryKeeper, place_window
from interview_guide.ui.wizard import HearingWizard

APP_NAME = "Interview Guide"


@dataclass
class WindowFeatures:
    """What a main window is given beyond its own menus, each built once per window, in this order."""

    files: FileActions  # open, save, the unsaved-changes guard, the start screen's buttons
    export: ExportActions  # the Word report
    autosave_status: AutosaveStatus  # the autosave label; "save elsewhere" when autosave fails
    checker: CheckerFeature  # the live question checker, its override dialog and summary
    training: TrainerMode  # the Training menu and the trainer's annotations
    finalise: FinaliseActions  # corrections import, finalising, the final report
    counsel: CounselFeature  # "Review a report (counsel)": counsel's tool, needs no case file
    geometry: GeometryKeeper  # remembers the window's size, position and state

    def attach(self, wizard: HearingWizard) -> None:
        """Add what each feature puts on the pages of a newly built wizard (order = place on a page)."""
        self.checker.attach(wizard)  # the badge sits right under the own question
        self.training.attach(wizard)
        self.export.attach(wizard)
        self.finalise.attach(wizard)
        self.autosave_status.attach(wizard)


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
    features: WindowFeatures | None = None  # those of ``window``
    settings_warning: str | None = None  # the settings file was damaged: defaults are in use
    admin_warnings: list[str] = field(default_factory=list)  # admin-folder files not used, and why


def install_features(context: AppContext, window: MainWindow) -> WindowFeatures:
    """Build the features of a new main window and wire them to it and to each other."""
    files = FileActions(window, context.settings)
    window.set_close_guard(files.may_close)
    export = ExportActions(window, context.settings)
    checker = CheckerFeature(window)
    return WindowFeatures(
        files=files,
        export=export,
        autosave_status=AutosaveStatus(window, context.autosave, files.save_as),
        checker=checker,
        training=TrainerMode(window, checker.context, files.may_replace),
        finalise=FinaliseActions(window, export),
        counsel=CounselFeature(window),
        geometry=GeometryKeeper(window, context.settings),
    )


def build_wizard(context: AppContext, features: WindowFeatures) -> HearingWizard:
    """The wizard with every page for the hearing in the controller, with the features added.

    Built in the language of the settings at the time (a language switch rebuilds it in place).
    """
    lang = context.settings.ui_lang
    pages = build_hearing_pages(context.controller, context.entries, lang, features.checker.guard)
    wizard = HearingWizard(pages)
    features.attach(wizard)
    return wizard


def build_window(context: AppContext) -> MainWindow:
    """(Re)build the main window in the language of the settings; the controller keeps the record."""
    lang = context.settings.ui_lang
    missing = install_translators(context.app, lang)
    old = context.window
    window = MainWindow(context.controller, context.settings, lang)
    features = install_features(context, window)
    window.language_requested.connect(lambda code: switch_language(context, code))
    context.window, context.features = window, features
    if old is not None:
        window.show()  # before the old one closes, or the app would quit with its last window
        old.set_close_guard(lambda: True)
        old.close()
        old.deleteLater()
    window.set_wizard_factory(lambda: build_wizard(context, features))  # shows an open hearing
    if missing:  # the app still works, partly in English: say why
        text = QCoreApplication.translate("App", "Translation files missing (%1): some texts are in English.")
        window.statusBar().showMessage(fmt(text, ", ".join(missing)), 15000)
    return window


def switch_language(context: AppContext, code: str) -> None:
    """Remember the new UI language and switch to it in place.

    Installing the translators makes Qt send ``LanguageChange`` to every widget; the main window then
    retranslates itself (``MainWindow.retranslate``): same window, size, page, entry and indicators.
    """
    lang = next((known for known in LANGUAGES if known == code), None)
    if lang is None or lang == context.settings.ui_lang:
        return
    context.settings.ui_lang = lang
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
        app = QApplication.instance() or QApplication(sys.argv[:1])
        install_translators(app, load_settings()[0].ui_lang)
        damaged = QCoreApplication.translate("App", "The question banks are damaged:")
        QMessageBox.critical(None, APP_NAME, damaged + "\n" + "\n".join(exc.problems))
        return 2
    window = build_window(context)
    assert context.features is not None
    files = context.features.files
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
    if quit_when_shown:  # pages are built when first shown: as a user starting up would get it
        QTimer.singleShot(0, context.app.quit)
        window.set_close_guard(lambda: True)
    return context.app.exec()
