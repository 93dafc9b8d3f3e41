"""Crash recovery at start-up: offer each unfinished hearing found in the autosave folder.

The officer sees what would be restored (which case file, how many entries, from when) and chooses
to restore it, discard it, or decide later. An encrypted session needs its passphrase first; its
case file's name is shown only once the passphrase opened it.

Recovery knows its age: the autosave is compared with its case file (fingerprint, then time).
When the case file holds newer work, the officer is told so and the default is to open the case
file and set the autosave aside; restoring it anyway opens it as an unsaved copy, so newer saved
work is never replaced silently. An autosave that cannot be read at all is set aside with a
message, and start-up goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from interview_guide.core.demo_marker import is_demo_case
from interview_guide.core.errors import InterviewGuideError
from interview_guide.i18n import fmt
from interview_guide.storage.recovery import CaseFileState, RecoveredHearing, UnfinishedSession
from interview_guide.ui.autosave_service import AutosaveService
from interview_guide.ui.controller import HearingController
from interview_guide.ui.dates import day_and_time_to_the_second
from interview_guide.ui.domain_messages import describe as describe_error
from interview_guide.ui.passphrase_dialog import unlock

RESTORE, DISCARD, LATER, OPEN_CASE = "restore", "discard", "later", "open-case"
log = logging.getLogger(__name__)


class RecoveryDialog(QDialog):
    """Restore, discard or keep for later one unfinished hearing."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Unfinished hearing found"))
        self.choice = LATER
        layout = QVBoxLayout(self)
        text = QLabel(description)
        text.setObjectName("recoveryDescription")
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        restore = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        discard = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        restore.setDefault(True)
        restore.clicked.connect(lambda: self._choose(RESTORE))
        discard.clicked.connect(lambda: self._choose(DISCARD))
        later.clicked.connect(lambda: self._choose(LATER))
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != LATER else self.reject()

    @classmethod
    def ask(cls, description: str, parent: QWidget | None) -> str:
        """``"restore"``, ``"discard"`` or ``"later"``."""
        dialog = cls(description, parent)
        dialog.exec()
        return dialog.choice


class NewerCaseFileDialog(QDialog):
    """The case file is newer than the autosave: open it (the default), restore a copy, or decide later."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newerCaseFileDialog")
        self.setWindowTitle(self.tr("The case file is newer than the autosave"))
        self.choice = LATER
        layout = QVBoxLayout(self)
        text = QLabel(description)
        text.setObjectName("newerCaseFileDescription")
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        open_case = buttons.addButton(self.tr("Open the case file"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore = buttons.addButton(
            self.tr("Restore the autosave as a copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        open_case.setObjectName("openCaseFile")
        open_case.setDefault(True)
        open_case.setFocus()
        open_case.clicked.connect(lambda: self._choose(OPEN_CASE))
        restore.clicked.connect(lambda: self._choose(RESTORE))
        later.clicked.connect(lambda: self._choose(LATER))
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != LATER else self.reject()

    @classmethod
    def ask(cls, description: str, parent: QWidget | None) -> str:
        """``"open-case"`` (the default), ``"restore"`` (as an unsaved copy) or ``"later"``."""
        dialog = cls(description, parent)
        dialog.exec()
        return dialog.choice


def _when(moment: object) -> str:
    return day_and_time_to_the_second(moment) if isinstance(moment, dt.datetime) else "?"


def describe(info: object, entries: int | None, last_question: str | None, demo: bool = False) -> str:
    """What the recovery dialog says about one session (``demo``: it holds the demo hearing)."""
    case_file = getattr(info, "case_file", None)
    saved = getattr(info, "last_saved_at", None)
    encrypted = getattr(info, "encrypted", False)
    lines = [
        QCoreApplication.translate(
            "RecoveryDialog", "Interview Guide was not closed normally. A hearing was autosaved:"
        ),
        "",
    ]
    if case_file:
        lines.append(fmt(QCoreApplication.translate("RecoveryDialog", "Case file: %1"), case_file))
    elif encrypted:
        lines.append(
            QCoreApplication.translate(
                "RecoveryDialog", "Case file: shown once the passphrase opened the autosave"
            )
        )
    elif demo:
        lines.append(QCoreApplication.translate("RecoveryDialog", "Case file: none (the demo hearing)"))
    else:
        lines.append(QCoreApplication.translate("RecoveryDialog", "Case file: none yet (a new hearing)"))
    if saved is not None:
        lines.append(fmt(QCoreApplication.translate("RecoveryDialog", "Last autosaved: %1"), _when(saved)))
    if entries is not None:
        lines.append(
            fmt(QCoreApplication.translate("RecoveryDialog", "Entries (questions and answers): %1"), entries)
        )
    if last_question:
        lines.append(
            fmt(QCoreApplication.translate("RecoveryDialog", "Last question: %1"), last_question[:160])
        )
    if encrypted:
        lines.append(
            QCoreApplication.translate(
                "RecoveryDialog", "The autosave is encrypted: restoring asks for the passphrase of the case."
            )
        )
    lines += [
        "",
        QCoreApplication.translate(
            "RecoveryDialog",
            "Restore it to continue where you were. Nothing is deleted unless you choose Discard.",
        ),
    ]
    return "\n".join(lines)


def describe_newer(state: CaseFileState, autosaved: object) -> str:
    """What the dialog says when the case file holds newer work than the autosave."""
    lines = [
        QCoreApplication.translate(
            "RecoveryDialog", "The case file was saved after this autosave was made: it holds newer work."
        ),
        "",
        fmt(QCoreApplication.translate("RecoveryDialog", "Case file: %1"), state.path),
        fmt(QCoreApplication.translate("RecoveryDialog", "Case file saved: %1"), _when(state.saved_at)),
        fmt(QCoreApplication.translate("RecoveryDialog", "Last autosaved: %1"), _when(autosaved)),
        "",
        QCoreApplication.translate(
            "RecoveryDialog",
            "Open the case file to go on with the newer work; the autosave is set aside (kept for 14 days) "
            "and not offered again. Restoring the autosave opens it as an unsaved copy, so it never "
            "replaces the case file.",
        ),
    ]
    return "\n".join(lines)


def _set_aside(session: UnfinishedSession, parent: QWidget | None, problem: str) -> None:
    """Set an autosave aside after telling the officer why; start-up goes on either way."""
    try:
        where: object = session.set_aside()
    except InterviewGuideError as exc:
        session.release()
        where = exc
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("RecoveryDialog", "Unfinished hearing found"),
        fmt(
            QCoreApplication.translate(
                "RecoveryDialog", "%1\n\nThe autosave was set aside and is not offered again: %2"
            ),
            problem,
            where,
        ),
    )


def _preview(session: UnfinishedSession, parent: QWidget | None) -> RecoveredHearing | bool | None:
    """The restored record of a plain session (to show), None for an encrypted one, False if unreadable."""
    if session.info.encrypted:
        return None
    try:
        return session.recover()
    except InterviewGuideError as exc:
        _set_aside(session, parent, describe_error(exc))
    except Exception as exc:  # a poisoned autosave must never stop the app from starting
        log.exception("recovery of %s failed", session.info.folder)
        _set_aside(
            session,
            parent,
            fmt(
                QCoreApplication.translate("RecoveryDialog", "The autosave cannot be read (%1)."),
                type(exc).__name__,
            ),
        )
    return False


def _unlock(session: UnfinishedSession, parent: QWidget | None) -> RecoveredHearing | None:
    name = QCoreApplication.translate("RecoveryDialog", "the unfinished hearing")
    try:
        return unlock(name, lambda secret: session.recover(passphrase=secret), parent)
    except InterviewGuideError as exc:
        _set_aside(session, parent, describe_error(exc))
    except Exception as exc:
        log.exception("recovery of %s failed", session.info.folder)
        _set_aside(
            session,
            parent,
            fmt(
                QCoreApplication.translate("RecoveryDialog", "The autosave cannot be read (%1)."),
                type(exc).__name__,
            ),
        )
    return None


def offer_recovery(
    controller: HearingController,
    service: AutosaveService,
    parent: QWidget | None,
    open_case: Callable[[Path], bool] | None = None,
) -> bool:
    """Offer every unfinished hearing; returns whether one was opened (restored, or its newer case file).

    Args:
        controller: gets the restored hearing.
        service: the autosave service (the restored hearing is autosaved anew before the old session goes).
        parent: the window the dialogs belong to.
        open_case: opens a case file as File > Open does (asks a passphrase if needed); used when the
            case file is newer than the autosave.
    """
    from interview_guide.storage import find_unfinished

    sessions = find_unfinished()
    for index, session in enumerate(sessions):
        opened = _offer_one(session, controller, service, parent, open_case)
        if opened:
            for other in sessions[index + 1 :]:
                other.release()
            return True
    return False


def _offer_one(
    session: UnfinishedSession,
    controller: HearingController,
    service: AutosaveService,
    parent: QWidget | None,
    open_case: Callable[[Path], bool] | None,
) -> bool:
    info = session.info
    preview = _preview(session, parent)
    if preview is False:
        return False
    recovered = preview if isinstance(preview, RecoveredHearing) else None
    state = session.compare(recovered.case_file) if recovered is not None else None
    if state is not None and state.newer:
        return _offer_newer(session, recovered, state, controller, service, parent, open_case)
    last = recovered.hearing.entries[-1].question_text if recovered and recovered.hearing.entries else None
    demo = recovered is not None and is_demo_case(recovered.hearing)
    choice = RecoveryDialog.ask(describe(info, recovered.entries if recovered else None, last, demo), parent)
    if choice == DISCARD:
        session.discard()
        return False
    if choice == LATER:
        session.release()
        return False
    if recovered is None:
        recovered = _unlock(session, parent)
        if recovered is None:
            session.release()
            return False
        state = session.compare(recovered.case_file)
        if state.newer:
            return _offer_newer(session, recovered, state, controller, service, parent, open_case)
    _restore(session, recovered, recovered.case_file or info.case_file, controller, service, parent)
    return True


def _offer_newer(
    session: UnfinishedSession,
    recovered: RecoveredHearing | None,
    state: CaseFileState,
    controller: HearingController,
    service: AutosaveService,
    parent: QWidget | None,
    open_case: Callable[[Path], bool] | None,
) -> bool:
    choice = NewerCaseFileDialog.ask(describe_newer(state, session.info.last_saved_at), parent)
    if choice == LATER or recovered is None:
        session.release()
        return False
    if choice == RESTORE:
        _restore(session, recovered, None, controller, service, parent)  # a copy: "save as" asks where
        return True
    try:
        session.set_aside()
    except InterviewGuideError:
        session.release()  # offered again next time; the case file opens all the same
    if state.path is None:
        return False
    if open_case is not None:
        return open_case(state.path)
    from interview_guide.storage import open_case_file

    try:
        loaded = open_case_file(state.path, key=recovered.key)
    except InterviewGuideError as exc:
        controller.report_error(
            QCoreApplication.translate("RecoveryDialog", "The case file cannot be opened"), exc
        )
        return False
    controller.load(loaded.hearing, state.path, key=loaded.key)
    return True


def _restore(
    session: UnfinishedSession,
    recovered: RecoveredHearing,
    case_file: Path | None,
    controller: HearingController,
    service: AutosaveService,
    parent: QWidget | None,
) -> None:
    demo = case_file is None and is_demo_case(recovered.hearing)
    controller.load(recovered.hearing, case_file, demo=demo, key=recovered.key)
    controller.mark_unsaved()  # the restored text is not in the case file yet
    if service.flush():
        session.discard()
    else:
        session.release()
    if recovered.warnings:
        title = (
            QCoreApplication.translate(
                "RecoveryDialog", "Restored: the autosave was changed by something other than Interview Guide"
            )
            if recovered.tampered
            else QCoreApplication.translate("RecoveryDialog", "Restored with warnings")
        )
        QMessageBox.warning(parent, title, "\n".join(recovered.warnings))
