"""Crash recovery at start-up: offer each unfinished hearing found in the autosave folder.

The officer sees what would be restored (which case file, how many entries, from when) and chooses
to restore it, discard it, or decide later. An encrypted session needs its passphrase first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from interview_guide.core.demo_marker import is_demo_case
from interview_guide.core.errors import InterviewGuideError
from interview_guide.i18n import fmt
from interview_guide.ui.autosave import AutosaveService
from interview_guide.ui.controller import HearingController
from interview_guide.ui.passphrase_dialog import unlock

RESTORE, DISCARD, LATER = "restore", "discard", "later"


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


def describe(info: object, entries: int | None, last_question: str | None, demo: bool = False) -> str:
    """What the recovery dialog says about one session (``demo``: it holds the demo hearing)."""
    case_file = getattr(info, "case_file", None)
    saved = getattr(info, "last_saved_at", None)
    lines = [
        QCoreApplication.translate(
            "RecoveryDialog", "Interview Guide was not closed normally. A hearing was autosaved:"
        ),
        "",
    ]
    lines.append(
        fmt(QCoreApplication.translate("RecoveryDialog", "Case file: %1"), case_file)
        if case_file
        else QCoreApplication.translate("RecoveryDialog", "Case file: none (the demo hearing)")
        if demo
        else QCoreApplication.translate("RecoveryDialog", "Case file: none yet (a new hearing)")
    )
    if saved is not None:
        lines.append(
            fmt(
                QCoreApplication.translate("RecoveryDialog", "Last autosaved: %1"),
                saved.strftime("%d-%m-%Y %H:%M:%S"),
            )
        )
    if entries is not None:
        lines.append(
            fmt(QCoreApplication.translate("RecoveryDialog", "Entries (questions and answers): %1"), entries)
        )
    if last_question:
        lines.append(
            fmt(QCoreApplication.translate("RecoveryDialog", "Last question: %1"), last_question[:160])
        )
    if getattr(info, "encrypted", False):
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


def offer_recovery(controller: HearingController, service: AutosaveService, parent: QWidget | None) -> bool:
    """Offer every unfinished hearing; returns whether one was restored (it is then open)."""
    from interview_guide.storage import find_unfinished

    sessions = find_unfinished()
    for index, session in enumerate(sessions):
        info = session.info
        preview = None
        if not info.encrypted:
            try:
                preview = session.recover()
            except InterviewGuideError as exc:
                QMessageBox.critical(
                    parent, QCoreApplication.translate("RecoveryDialog", "Unfinished hearing found"), str(exc)
                )
                session.release()
                continue
        last = preview.hearing.entries[-1].question_text if preview and preview.hearing.entries else None
        demo = preview is not None and is_demo_case(preview.hearing)
        choice = RecoveryDialog.ask(describe(info, preview.entries if preview else None, last, demo), parent)
        if choice == DISCARD:
            session.discard()
            continue
        if choice == LATER:
            session.release()
            continue
        try:
            recovered = preview or unlock(
                info.case_file.name
                if info.case_file
                else QCoreApplication.translate("RecoveryDialog", "the unsaved hearing"),
                lambda secret, s=session: s.recover(passphrase=secret),
                parent,
            )
        except InterviewGuideError as exc:
            QMessageBox.critical(
                parent, QCoreApplication.translate("RecoveryDialog", "Unfinished hearing found"), str(exc)
            )
            recovered = None
        if recovered is None:
            session.release()
            continue
        demo = info.case_file is None and is_demo_case(recovered.hearing)
        controller.load(recovered.hearing, info.case_file, demo=demo, key=recovered.key)
        controller.mark_unsaved()  # the restored text is not in the case file yet
        if service.flush():
            session.discard()
        else:
            session.release()
        for other in sessions[index + 1 :]:
            other.release()
        if recovered.warnings:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("RecoveryDialog", "Restored with warnings"),
                "\n".join(recovered.warnings),
            )
        return True
    return False
