"""Shows the autosave state in the status bar, and tells the officer at once when saving fails.

When autosave cannot write (a full disk, a read-only folder), the text stays in memory and the
officer is offered to save the case file somewhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from interview_guide.i18n import fmt
from interview_guide.ui.autosave_service import AutosaveService
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.wizard import HearingWizard


class AutosaveStatus(QObject):
    """The status-bar label for one window, and the "save elsewhere" offer on failure."""

    def __init__(self, window: MainWindow, service: AutosaveService, save_as: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.save_as = save_as
        self.warned = False
        self.width = window.save_label.width()  # its usual, fixed width (widened for a failure)
        service.saved.connect(self._saved)
        service.failed.connect(self._failed)
        service.recorded.connect(self._recorded)
        window.controller.hearing_replaced.connect(self._reset)
        self._reset()

    def attach(self, wizard: HearingWizard) -> None:
        """Take a snapshot whenever the officer goes to another page of a new wizard."""
        wizard.currentIdChanged.connect(lambda _: self.service.snapshot())

    def _reset(self) -> None:
        self.warned = False
        label = self.window.save_label
        if label.property("error"):
            label.setProperty("error", False)
            label.setStyleSheet("")
            label.setFixedWidth(self.width)
        label.setText(self.tr("Autosave on") if self.service.saver is not None else "")

    def _recorded(self, _seq: int) -> None:
        if self.service.last_error is None:
            self.window.save_label.setText(self.tr("Saving…"))

    def _saved(self, _seq: int, when: object) -> None:
        self.warned = False
        label = self.window.save_label
        if label.property("error"):  # back from a failure; otherwise leave the style alone, since
            label.setProperty("error", False)  # restyling a label relays out the whole status bar
            label.setStyleSheet("")
            label.setFixedWidth(self.width)
        stamp = when.strftime("%H:%M:%S") if isinstance(when, dt.datetime) else ""
        label.setText(fmt(self.tr("Autosaved %1"), stamp))

    def _failed(self, message: str) -> None:
        label = self.window.save_label
        label.setProperty("error", True)
        label.setStyleSheet("color: white; background: #b00020; padding: 0 6px;")
        label.setText(self.tr("Autosave FAILED: the text is only in memory"))
        label.setFixedWidth(max(self.width, label.sizeHint().width()))  # the whole warning shows
        label.setToolTip(message)
        if self.warned:
            return
        self.warned = True
        answer = QMessageBox.critical(
            self.window,
            self.tr("Autosave failed"),
            fmt(
                self.tr(
                    "%1\n\nNothing typed is lost: it stays in memory and autosave keeps trying. "
                    "Save the case file somewhere else now?"
                ),
                message,
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Ignore,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save_as()
