"""File actions of the main window: open, demo, save, save as, and the unsaved-changes guard.

All reading and writing goes through ``storage``; every failure reaches the officer as one dialog
and loses nothing (the record stays in memory; "save elsewhere" is offered). A case file open here
is locked (:class:`CaseHandle`): another window, instance or command cannot write it, and before
every save the file on disk is checked against the one opened; if another program changed it, the
officer chooses to save a copy or to reload it, and nothing is overwritten silently.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.filenames import case_file_name
from interview_guide.core.hearing import ClaimType, HearingType
from interview_guide.i18n import fmt
from interview_guide.storage import (
    CaseChangedError,
    CaseHandle,
    CaseKey,
    CaseLockedError,
    LoadedCase,
    PassphraseRequiredError,
)
from interview_guide.storage.app_settings import AppSettings, save_settings
from interview_guide.storage.atomic import WriteError
from interview_guide.storage.crypto import is_encrypted_data
from interview_guide.ui.case_dialogs import COPY, RELOAD, ChangedOnDiskDialog, changed_message, show_locked
from interview_guide.ui.controller import HearingController
from interview_guide.ui.domain_messages import describe
from interview_guide.ui.file_places import start_folder
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.passphrase_dialog import NewPassphraseDialog, run_with_progress, unlock

CASE_FILTER = "Interview Guide (*.igcase)"


class FileActions(QObject):
    """Adds the file actions to a main window and implements them."""

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        keep_qt_settings_private()
        self.window = window
        self.controller = window.controller
        self.settings = settings
        menu = window.file_menu
        menu.addAction(
            window.make_command("open", self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog)
        )
        menu.addAction(
            window.make_command(
                "demo", self.tr("Open the &demo hearing"), None, lambda: self.open_demo("lgbti")
            )
        )
        menu.addAction(
            window.make_command("save", self.tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        )
        menu.addAction(
            window.make_command("saveas", self.tr("Save &as…"), QKeySequence.StandardKey.SaveAs, self.save_as)
        )
        menu.addSeparator()
        menu.addSeparator()
        menu.addAction(
            window.make_command("quit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)
        )
        start = window.start
        start.new_requested.connect(self.new_hearing)
        start.open_requested.connect(self.open_dialog)
        start.demo_requested.connect(self.open_demo)
        start.recent_requested.connect(self.open_recent)
        self.controller.saved.connect(lambda _: self._show_mode())
        self.controller.hearing_replaced.connect(self._show_mode)
        self.controller.hearing_replaced.connect(self._follow_path)

    @property
    def handle(self) -> CaseHandle | None:
        """The case file open in the controller: its lock and fingerprint.

        Kept per controller, not per window: a window rebuilt in another language goes on with the
        same lock (two handles in one process would lock each other out).
        """
        return _HANDLES.get(self.controller)

    @handle.setter
    def handle(self, handle: CaseHandle | None) -> None:
        if handle is None:
            _HANDLES.pop(self.controller, None)
        else:
            _HANDLES[self.controller] = handle

    @property
    def parent_widget(self) -> QWidget:
        """The window dialogs belong to."""
        return self.window

    # -- opening -----------------------------------------------------------------------------------

    def new_hearing(self, claims: list[ClaimType], hearing_type: str) -> None:
        """Start a new hearing (after the unsaved-changes guard), encrypted unless chosen otherwise."""
        if not self.may_replace():
            return
        kind = HearingType(hearing_type)
        choice = NewPassphraseDialog.ask(kind == HearingType.TRAINING, self.parent_widget)
        if choice is None:
            return
        self.controller.new_hearing(claims, kind, key=self._derive(choice))

    def _derive(self, choice: tuple[bool, str]) -> CaseKey | None:
        encrypt, passphrase = choice
        if not encrypt:
            return None
        return run_with_progress(  # once per case, off the UI thread; every later save reuses it
            self.parent_widget,
            self.tr("Deriving the key of the new case (slow on purpose)…"),
            lambda: CaseKey.derive(passphrase),
        )

    def _needs_encryption(self) -> bool:
        """A plain record that may not be saved plain: a real hearing (only training and the demo may)."""
        hearing = self.controller.hearing
        return (
            hearing is not None
            and self.controller.key is None
            and not self.controller.demo
            and hearing.case.hearing_type != HearingType.TRAINING
        )

    def _encrypt_before_saving(self) -> bool:
        """Ask a passphrase for a real hearing held in plain (an older file, or a training hearing whose
        type was changed), and go on encrypted: the case file and the autosave from now on."""
        choice = NewPassphraseDialog.ask(False, self.parent_widget)
        if choice is None or not choice[0]:
            return False
        key = self._derive(choice)
        hearing, path = self.controller.require(), self.controller.path
        self.controller.load(hearing, path, key=key)  # the autosave restarts encrypted
        self.controller.mark_unsaved()
        return True

    def open_dialog(self) -> None:
        """Ask for a case file and open it."""
        if not self.may_replace():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open a case file"), str(start_folder(self.settings)), CASE_FILTER
        )
        if name:
            self.open_path(Path(name))

    def open_recent(self, position: int) -> bool:
        """Open a recent case; an encrypted one asks its passphrase first (it unseals the path too)."""
        if not self.may_replace() or not 0 <= position < len(self.settings.recent_cases):
            return False
        recent = self.settings.recent_cases[position]
        if recent.path is not None:
            return self.open_path(Path(recent.path))
        label = (
            fmt(self.tr("the case with V-number %1"), recent.case_number)
            if recent.case_number
            else self.tr("the encrypted case")
        )
        try:
            opened = unlock(label, recent.unlock, self.parent_widget)
        except InterviewGuideError as exc:
            self.controller.report_error(self.tr("The case file cannot be opened"), exc)
            return False
        if opened is None:
            return False
        path, key = opened
        return self.open_path(path, key)

    def open_path(self, path: Path, key: CaseKey | None = None) -> bool:
        """Open a case file; a damaged, foreign or locked file gives a dialog and changes nothing.

        Args:
            path: the case file.
            key: a key already derived for it (from a recent case); asked for only if it does not fit.
        """
        if not self.may_replace():
            return False
        if self.handle is not None and self.handle.same_file(path):
            self._release()  # opened again here: the lock passes to the new handle
        try:
            handle = CaseHandle.open(path)
        except CaseLockedError as exc:
            show_locked(self.parent_widget, exc)
            return False
        except InterviewGuideError as exc:
            self.controller.report_error(self.tr("The case file cannot be opened"), exc)
            return False
        try:
            if is_encrypted_data(handle.data[:16]):
                loaded = self._load_with(handle, key) or unlock(
                    path.name, lambda secret: handle.load(secret), self.parent_widget
                )
            else:
                loaded = handle.load()
        except InterviewGuideError as exc:
            handle.release()
            self.controller.report_error(self.tr("The case file cannot be opened"), exc)
            return False
        if loaded is None:
            handle.release()
            return False
        self._release()
        self.handle = handle
        self.controller.load(loaded.hearing, path, key=loaded.key)
        self._remember(path)
        return True

    def open_demo(self, claim: str) -> None:
        """Open the fictional demo hearing (for trainers and newcomers)."""
        if not self.may_replace():
            return
        from interview_guide.demo import build_demo_case

        self.controller.load(build_demo_case(claim, self.window.lang), path=None, demo=True)

    # -- saving ------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the current case file (or ask where, the first time)."""
        if self.controller.hearing is None:
            return True
        if self.controller.path is None:
            return self.save_as()
        return self.save_to(self.controller.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        if self.controller.hearing is None:
            return True
        # In the folder of the last case file, named after the case number (never the applicant).
        suggested = start_folder(self.settings) / case_file_name(self.controller.require(), self.window.lang)
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save the case file"), str(suggested), CASE_FILTER
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != ".igcase":
            path = path.with_name(path.name + ".igcase")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the case file; on failure the record stays in memory and "save elsewhere" is offered."""
        if self._needs_encryption() and not self._encrypt_before_saving():
            return False
        hearing, key = self.controller.require(), self.controller.key
        try:
            if self.handle is not None and self.handle.same_file(path):
                self.handle.save(hearing, key)
            else:
                handle = CaseHandle.for_saving(path)
                try:
                    handle.save(hearing, key)
                except BaseException:
                    handle.release()
                    raise
                self._release()
                self.handle = handle
        except CaseLockedError as exc:
            show_locked(self.parent_widget, exc)
            return False
        except CaseChangedError as exc:
            return self._changed_on_disk(exc)
        except InterviewGuideError as exc:  # WriteError, or an unreadable file in the way
            answer = QMessageBox.critical(
                self.parent_widget,
                self.tr("The case file was not saved"),
                fmt(
                    self.tr("%1\n\nNothing is lost: the hearing is still open. Save it elsewhere?"),
                    describe(exc),
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            )
            return answer == QMessageBox.StandardButton.Save and self.save_as()
        self.controller.mark_saved(path)
        self._remember(path)
        return True

    @staticmethod
    def _load_with(handle: CaseHandle, key: CaseKey | None) -> LoadedCase | None:
        if key is None:
            return None
        try:
            return handle.load(key=key)
        except PassphraseRequiredError:
            return None  # the key is not this file's (its passphrase was changed): ask for it

    def _changed_on_disk(self, exc: CaseChangedError) -> bool:
        """The case file changed under us: the officer saves a copy or reloads it; nothing is overwritten."""
        choice = ChangedOnDiskDialog.ask(changed_message(exc), self.parent_widget)
        if choice == COPY:
            return self.save_as()
        if choice == RELOAD:
            self.controller.discard_changes()
            self.open_path(exc.path)
        return False

    def _follow_path(self) -> None:
        """Keep the lock in step with the case file of the record (a restored hearing, a new one)."""
        path = self.controller.path
        if path is None:
            self._release()
            return
        if self.handle is not None and self.handle.same_file(path):
            return
        self._release()
        try:
            self.handle = CaseHandle.for_saving(path)  # a restored autosave of this case file
        except CaseLockedError as exc:
            show_locked(self.parent_widget, exc)  # saving asks again; "save as" is always possible
        except InterviewGuideError:
            pass  # an unreadable file in the way: the save says so, with "save elsewhere"

    def _release(self) -> None:
        if self.handle is not None:
            self.handle.release()
            self.handle = None

    def _remember(self, path: Path) -> None:
        hearing = self.controller.hearing
        number = hearing.case.v_number if hearing is not None else ""
        self.settings.remember_case(path, number, self.controller.key)
        try:
            save_settings(self.settings)
        except WriteError as exc:
            self.window.statusBar().showMessage(describe(exc), 8000)

    def _show_mode(self) -> None:
        if self.controller.hearing is None:
            self.window.mode_label.setText("")
        elif self.controller.demo:
            self.window.mode_label.setText(self.tr("Demo hearing (fictional) · not encrypted"))
        elif self.controller.key is not None:
            self.window.mode_label.setText(self.tr("🔒 Encrypted"))
        else:
            self.window.mode_label.setText(self.tr("Not encrypted: for training only"))

    # -- guards ------------------------------------------------------------------------------------

    def may_replace(self) -> bool:
        """Whether the open hearing may be replaced by another (asks when there are unsaved changes)."""
        return self.may_close()

    def may_close(self) -> bool:
        """Ask to save unsaved changes; True when it is fine to close the hearing."""
        if self.controller.hearing is None or not self.controller.dirty:
            return True
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Unsaved changes"),
            self.tr("The hearing has changes that are not in the case file yet. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.controller.discard_changes()
            return True
        return False


_HANDLES: weakref.WeakKeyDictionary[HearingController, CaseHandle] = weakref.WeakKeyDictionary()
_QT_SETTINGS: list[object] = []  # the private folder of Qt's own settings, kept for the process


def keep_qt_settings_private() -> None:
    """Send Qt's own user settings (QFileDialog's history and last folder, with case paths in them)
    to a private temporary folder removed at exit, instead of ~/.config/QtProject.conf.

    The app keeps nothing in QSettings itself; the cost is that file dialogs do not remember the
    last folder between runs.
    """
    if _QT_SETTINGS:
        return
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.TemporaryDirectory(prefix="interview-guide-qt-")
    _QT_SETTINGS.append(folder)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder.name)
