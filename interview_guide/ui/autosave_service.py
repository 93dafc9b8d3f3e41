"""AutosaveService: every edit reaches the disk within about a second, off the UI thread.

It listens to the controller's ``record_changed(path)``, collects the changed parts of the record,
and hands them to the storage Autosaver after a short pause in typing (DEBOUNCE_MS), and at the latest
MAX_WAIT_MS after the first edit not yet handed over, so that typing that never pauses reaches the
disk within a second too (the promise: a kill -9 loses at most the last second). A snapshot is taken
on page change, on close, and every SNAPSHOT_MS while edits come in. The Autosaver's worker thread
does the encryption, writing and fsync; its callbacks come back here as Qt signals (queued to the UI
thread). Handing edits over costs the UI thread about a millisecond (bench/autosave_latency.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from interview_guide.core.errors import InterviewGuideError
from interview_guide.storage import Autosaver
from interview_guide.ui.controller import HearingController
from interview_guide.ui.domain_messages import describe

# Every keystroke is on disk within a second: handed over at most MAX_WAIT_MS after it was typed,
# which leaves more than half a second for the writer (an fsync takes milliseconds to tens of ms).
DEBOUNCE_MS = 200  # after the last keystroke
MAX_WAIT_MS = 400  # since the first edit not yet handed over, while typing never pauses
SNAPSHOT_MS = 60_000  # compacts the journal while edits come in
FLUSH_TIMEOUT_S = 10.0


class AutosaveService(QObject):
    """Autosaves the hearing in the controller into a session in the data folder."""

    saved = Signal(int, object)  # save point, when (aware datetime): everything up to it is on disk
    failed = Signal(str)  # a one-line message naming the file and the reason
    recorded = Signal(int)  # a save point was handed to the writer

    def __init__(self, controller: HearingController, parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.saver: Autosaver | None = None  # the open hearing's session
        self.last_saved_at: dt.datetime | None = None
        self.last_error: str | None = None
        self._pending: set[str] = set()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.commit)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.commit)
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setSingleShot(True)
        self._snapshot_timer.setInterval(SNAPSHOT_MS)
        self._snapshot_timer.timeout.connect(self.snapshot)
        self.saved.connect(self._on_saved)
        self.failed.connect(self._on_failed)
        controller.record_changed.connect(self._on_changed)
        controller.hearing_replaced.connect(self.restart)
        controller.saved.connect(self._on_case_saved)

    # -- session lifecycle --------------------------------------------------------------------

    def restart(self) -> None:
        """Close the previous hearing's session and start one for the hearing now open."""
        self.stop(keep_session=False)
        hearing = self.controller.hearing
        if hearing is None:
            return
        try:
            self.saver = Autosaver.start(
                hearing,
                case_file=self.controller.path,
                key=self.controller.key,
                on_saved=lambda seq, when: self.saved.emit(seq, when),
                on_error=self.failed.emit,
                describe=describe,  # in the officer's language (on the worker: translate() is thread-safe)
            )
        except InterviewGuideError as exc:
            self.failed.emit(describe(exc))

    def stop(self, keep_session: bool) -> bool:
        """Stop autosaving the open hearing.

        Args:
            keep_session: keep the session on disk (flushed first) so it is offered for recovery; False
                removes it (after the case file was saved, or when the officer discarded the changes).

        Returns:
            Whether everything was written (always True when the session is removed).
        """
        self._debounce.stop()
        self._max_wait.stop()
        self._snapshot_timer.stop()
        saver, self.saver = self.saver, None
        self._pending.clear()
        if saver is None:
            return True
        return bool(saver.close(keep_session=keep_session, timeout=FLUSH_TIMEOUT_S))

    # -- edits --------------------------------------------------------------------------------

    def _on_changed(self, path: str) -> None:
        if self.saver is None:
            return
        self._pending.add(path)
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        if not self._snapshot_timer.isActive():
            self._snapshot_timer.start()

    def commit(self) -> int:
        """Hand the collected edits to the writer now (cheap; the disk work is on the worker)."""
        self._debounce.stop()
        self._max_wait.stop()
        hearing = self.controller.hearing
        if self.saver is None or hearing is None or not self._pending:
            return 0
        paths = sorted(self._pending, key=_path_order)
        self._pending.clear()
        seq: int = self.saver.record_change(hearing, *paths)
        self.recorded.emit(seq)
        return seq

    def snapshot(self) -> int:
        """Write a full snapshot (on page change, on close, and now and then while typing)."""
        self._snapshot_timer.stop()
        self._debounce.stop()
        self._max_wait.stop()
        hearing = self.controller.hearing
        if self.saver is None or hearing is None:
            return 0
        self._pending.clear()
        seq: int = self.saver.snapshot(hearing)
        self.recorded.emit(seq)
        return seq

    def flush(self) -> bool:
        """Write everything now and wait for the disk (on quit)."""
        if self.saver is None:
            return True
        self.snapshot()
        return bool(self.saver.flush(FLUSH_TIMEOUT_S))

    def pending(self) -> bool:
        """Whether edits are waiting to be handed to the writer or to reach the disk."""
        return bool(self._pending) or (self.saver is not None and self.saver.saved_seq < self.saver.last_seq)

    # -- callbacks (on the UI thread) --------------------------------------------------------------

    def _on_saved(self, seq: int, when: object) -> None:
        if isinstance(when, dt.datetime):
            self.last_saved_at = when
        self.last_error = None

    def _on_failed(self, message: str) -> None:
        self.last_error = message

    def _on_case_saved(self, path: str) -> None:
        from pathlib import Path

        if self.saver is not None:
            self.saver.set_case_file(Path(path))
            self.snapshot()


def _path_order(path: str) -> tuple[int, str]:
    # Entries in number order, so a replay appends them in order.
    head, _, tail = path.partition("/")
    return (int(tail), head) if tail.isdigit() else (0, path)
