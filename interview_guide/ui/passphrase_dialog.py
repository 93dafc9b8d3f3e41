"""Passphrase dialogs: protect a new case (or choose a plain training file), and open an encrypted one.

Each dialog has a classmethod ``ask(...)`` so tests can replace it. The key is derived by the
caller, once per opened case, off the UI thread (:func:`run_with_progress`): key derivation takes
a few seconds on purpose, and the window keeps painting and shows that it is busy meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QWidget,
)

from interview_guide.core.errors import WrongPassphraseError
from interview_guide.i18n import fmt

MIN_PASSPHRASE = 8
T = TypeVar("T")


class NewPassphraseDialog(QDialog):
    """Choose the passphrase that encrypts a new case file, or a plain file for training."""

    def __init__(self, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("Protect the case file"))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The hearing holds special-category personal data. The case file and its autosaves are "
                "encrypted with this passphrase; without it nobody, including you, can open them."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.first)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Again:"), self.second)
        self.plain = QCheckBox(self.tr("No encryption: a plain file, for training and demonstrations only"))
        self.plain.setObjectName("plainFile")
        self.plain.toggled.connect(self._update)
        form.addRow(self.plain)
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._update)
        # A plain file only for a training hearing (and the demo, which is never asked): a real
        # hearing is always encrypted.
        self.plain.setChecked(training)
        self.plain.setVisible(training)
        # A word-wrapped label does not make a shown dialog taller when its text grows: at its
        # narrow natural width the intro was squeezed and cut off at the top once the hint under the
        # fields became two lines (seen in a real window). Wide enough for the intro in a few lines,
        # with room for a two-line hint from the start.
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.averageCharWidth() * 64)
        self.message.setMinimumHeight(metrics.lineSpacing() * 2)
        self._update()

    def problem(self) -> str | None:
        """Why the entered passphrase cannot be used yet, or None."""
        if self.plain.isChecked():
            return None
        if len(self.first.text()) < MIN_PASSPHRASE:
            return fmt(self.tr("Use at least %1 characters."), MIN_PASSPHRASE)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ.")
        return None

    def _update(self) -> None:
        for edit in (self.first, self.second):
            edit.setEnabled(not self.plain.isChecked())
        problem = self.problem()
        self.message.setText(problem or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)

    @classmethod
    def ask(cls, training: bool, parent: QWidget | None) -> tuple[bool, str] | None:
        """``(True, passphrase)`` to encrypt, ``(False, "")`` for a plain file (training only), or None.

        None when cancelled. The plain choice is offered for a training hearing only.
        """
        dialog = cls(training, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.plain.isChecked() and training:
            return False, ""
        return True, dialog.first.text()


class PassphraseDialog(QDialog):
    """Ask the passphrase of an encrypted case file (again, after a wrong one)."""

    def __init__(self, name: str, error: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypted case file"))
        form = QFormLayout(self)
        form.addRow(QLabel(fmt(self.tr("Passphrase for %1:"), name)))
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.edit)
        if error:
            message = QLabel(error)
            message.setObjectName("passphraseError")
            message.setWordWrap(True)
            form.addRow(message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, name: str, error: str, parent: QWidget | None) -> str | None:
        """The passphrase, or None when cancelled."""
        dialog = cls(name, error, parent)
        return dialog.edit.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` on a worker thread while a window-modal busy dialog shows the seconds passing.

    The UI thread keeps handling events (painting, autosave timers); input to the window waits
    behind the modal dialog. Only for work that touches no Qt object (a key derivation).

    Raises:
        BaseException: whatever ``work`` raised, re-raised on the calling thread.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the UI thread and raised there
            failure.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=target, name="key-derivation", daemon=True)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("keyDerivationProgress")
    progress.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "Please wait"))
    progress.setCancelButton(None)  # a key derivation cannot be stopped half-way
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    loop = QEventLoop()
    timer = QTimer()
    started = time.monotonic()

    def tick() -> None:
        if done.is_set():
            loop.quit()
            return
        seconds = int(time.monotonic() - started)
        progress.setLabelText(
            fmt(QCoreApplication.translate("PassphraseDialog", "%1 (%2 s)"), label, seconds)
            if seconds
            else label
        )

    timer.timeout.connect(tick)
    timer.start(50)
    thread.start()
    progress.show()
    if not done.is_set():
        loop.exec()
    timer.stop()
    progress.close()
    progress.deleteLater()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]


def deriving_text() -> str:
    """What the busy dialog says while a key is derived from a passphrase."""
    return QCoreApplication.translate(
        "PassphraseDialog", "Checking the passphrase (the key is derived slowly on purpose)…"
    )


def unlock(name: str, attempt: Callable[[str], T], parent: QWidget | None) -> T | None:
    """Ask the passphrase until ``attempt(passphrase)`` succeeds or the officer cancels.

    Args:
        name: the file's name, shown in the dialog.
        attempt: opens the file with a passphrase; raises WrongPassphraseError for a wrong one.
        parent: the dialog's parent.

    Returns:
        What ``attempt`` returned, or None when cancelled.

    Raises:
        InterviewGuideError: anything but a wrong passphrase (a damaged file, for example).
    """
    error = ""
    while True:
        passphrase = PassphraseDialog.ask(name, error, parent)
        if passphrase is None:
            return None
        try:
            return run_with_progress(parent, deriving_text(), partial(attempt, passphrase))
        except WrongPassphraseError:
            error = QCoreApplication.translate(
                "PassphraseDialog", "That passphrase does not open this file. Try again."
            )
