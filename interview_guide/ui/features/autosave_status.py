"""Shows the autosave state in the status bar, and tells the officer at once when saving fails.

When autosave cannot write (a full disk, a read-only folder), the text stays in memory and the
officer is offered to save the case file somewhere else. The offer never takes the keyboard: the
officer may be typing blind while the interpreter speaks, and a dialog that took the focus got the
rest of the answer (a space pressed its Save button, and the words went into the file dialog's name
field; seen in a real window). It appears beside the typing, without the focus, and closes by itself
once autosave works again. While typing, edits reach the disk several
times a second; the label only says "Saving…" when a save takes longer than SLOW_SAVE_MS, so it does
not flicker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from interview_guide.i18n import fmt
from interview_guide.ui.autosave_service import AutosaveService
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.wizard import HearingWizard

SLOW_SAVE_MS = 1500


class AutosaveStatus(QObject):
    """The status-bar label for one window, and the "save elsewhere" offer on failure."""

    def __init__(self, window: MainWindow, service: AutosaveService, save_as: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.save_as = save_as
        self.warned = False
        self.warning: QMessageBox | None = None  # the "save elsewhere" offer, while it is open
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_SAVE_MS)
        self._slow.timeout.connect(self._show_saving)
        self._awaited = 0
        service.saved.connect(self._saved)
        service.failed.connect(self._failed)
        service.recorded.connect(self._recorded)
        window.controller.hearing_replaced.connect(self._reset)
        window.language_changed.connect(self._retranslate)
        self._reset()

    def attach(self, wizard: HearingWizard) -> None:
        """Take a snapshot whenever the officer goes to another page of a new wizard."""
        wizard.currentIdChanged.connect(lambda _: self.service.snapshot())

    def _retranslate(self, _lang: str) -> None:
        saved = self.service.last_saved_at
        if self.service.last_error is None and saved is not None:
            self.window.save_label.setText(fmt(self.tr("Autosaved %1"), saved.strftime("%H:%M:%S")))

    def _reset(self) -> None:
        self.warned = False
        if self.warning is not None:  # about the hearing that was open before
            self.warning.close()
        self._slow.stop()
        self._awaited = 0
        label = self.window.save_label
        if label.property("error"):
            label.setProperty("error", False)
            label.setStyleSheet("")
            label.setToolTip("")
            self.window.fit_save_label()
        label.setText(self.tr("Autosave on") if self.service.saver is not None else "")

    def _recorded(self, seq: int) -> None:
        if not self._slow.isActive():
            self._awaited = seq
            self._slow.start()

    def _show_saving(self) -> None:
        # The save point handed over SLOW_SAVE_MS ago is still not on disk.
        if self.service.last_error is None:
            self.window.save_label.setText(self.tr("Saving…"))

    def _saved(self, seq: int, when: object) -> None:
        if seq >= self._awaited:
            self._slow.stop()
        self.warned = False
        if self.warning is not None:  # autosave works again: the offer is moot
            self.warning.close()
        label = self.window.save_label
        if label.property("error"):  # back from a failure; otherwise leave the style alone, since
            label.setProperty("error", False)  # restyling a label relays out the whole status bar
            label.setStyleSheet("")
            label.setToolTip("")
            self.window.fit_save_label()
        stamp = when.strftime("%H:%M:%S") if isinstance(when, dt.datetime) else ""
        text = fmt(self.tr("Autosaved %1"), stamp)
        if label.text() != text:  # several saves a second while typing: touch the label once a second
            label.setText(text)

    def _failed(self, message: str) -> None:
        label = self.window.save_label
        label.setProperty("error", True)
        label.setStyleSheet("color: white; background: #b00020; padding: 0 6px;")
        label.setText(self.tr("Autosave FAILED: the text is only in memory"))
        label.setFixedWidth(
            max(self.window.save_label_width(), label.sizeHint().width())
        )  # the whole warning shows
        label.setToolTip(message)
        if self.warned:
            return
        self.warned = True
        shortcut = self.window.commands["saveas"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Autosave failed"),
            fmt(
                self.tr(
                    "%1\n\nNothing typed is lost: it stays in memory and autosave keeps trying. "
                    "Save the case file somewhere else now? (File › Save as…, %2)"
                ),
                message,
                shortcut,
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Ignore,
            self.window,
        )
        box.setObjectName("autosaveFailed")
        box.setEscapeButton(QMessageBox.StandardButton.Ignore)  # Esc, and closing it by hand or by code
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the typing keeps the focus
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Save).clicked.connect(lambda: self.save_as())
        box.destroyed.connect(self._warning_closed)
        self.warning = box
        box.show()
        # Low on the left, over the question cards: not over the answer the officer is typing.
        frame = self.window.frameGeometry()
        margin = self.window.statusBar().height() * 2
        box.move(frame.left() + margin, frame.bottom() - box.frameGeometry().height() - margin)

    def _warning_closed(self) -> None:
        self.warning = None
