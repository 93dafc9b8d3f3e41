"""Dialogs of one writer per case file: the case is open elsewhere; the case file changed on disk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from interview_guide.i18n import fmt
from interview_guide.storage import CaseChangedError, CaseLockedError
from interview_guide.ui.dates import day_and_time, day_and_time_to_the_second

COPY, RELOAD, CANCEL = "copy", "reload", "cancel"


class ChangedOnDiskDialog(QDialog):
    """The case file on disk is not the one that was opened: save a copy (the default) or reload it."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedOnDiskDialog")
        self.setWindowTitle(self.tr("The case file changed on disk"))
        self.choice = CANCEL
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setObjectName("changedOnDiskText")
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        copy = buttons.addButton(self.tr("Save as a copy…"), QDialogButtonBox.ButtonRole.AcceptRole)
        reload = buttons.addButton(
            self.tr("Reload the case file (drop my changes)"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        copy.setObjectName("saveCopy")
        copy.setDefault(True)
        copy.clicked.connect(lambda: self._choose(COPY))
        reload.clicked.connect(lambda: self._choose(RELOAD))
        cancel.clicked.connect(lambda: self._choose(CANCEL))
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != CANCEL else self.reject()

    @classmethod
    def ask(cls, message: str, parent: QWidget | None) -> str:
        """``"copy"`` (the default), ``"reload"`` or ``"cancel"``."""
        dialog = cls(message, parent)
        dialog.exec()
        return dialog.choice


def changed_message(exc: CaseChangedError) -> str:
    """What the officer reads when the case file changed on disk."""
    name = exc.path.name
    if exc.changed_at is None:
        head = fmt(
            QCoreApplication.translate("ChangedOnDiskDialog", "%1 was moved or deleted since you opened it."),
            name,
        )
    else:
        head = fmt(
            QCoreApplication.translate(
                "ChangedOnDiskDialog", "%1 was changed by another program or window since you opened it (%2)."
            ),
            name,
            day_and_time_to_the_second(exc.changed_at),
        )
    tail = QCoreApplication.translate(
        "ChangedOnDiskDialog",
        "Nothing was written. Save your version as a copy to keep both, or reload the case file and drop "
        "the changes you made here.",
    )
    return f"{head}\n\n{tail}"


def show_locked(parent: QWidget | None, exc: CaseLockedError) -> None:
    """Tell the officer that the case file is open for writing elsewhere, and where."""
    name, holder = exc.case_file.name, exc.holder
    if holder is None:
        where = fmt(
            QCoreApplication.translate(
                "CaseLock", "%1 is open in another Interview Guide window or command."
            ),
            name,
        )
    else:
        where = fmt(
            QCoreApplication.translate("CaseLock", "%1 is open in %2 on %3 (process %4) since %5."),
            name,
            holder.program,
            holder.host or "?",
            holder.pid if holder.pid is not None else "?",
            day_and_time(holder.since) if holder.since is not None else "?",
        )
    advice = QCoreApplication.translate(
        "CaseLock",
        "A case file has one writer at a time: close it there first, or save this hearing under "
        "another name.",
    )
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("CaseLock", "The case file is open elsewhere"),
        f"{where}\n\n{advice}",
    )
