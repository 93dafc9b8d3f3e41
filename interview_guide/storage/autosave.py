"""Autosave while the officer types: a worker thread writes journal records and snapshots off the UI thread.

Every call to :meth:`Autosaver.record` or :meth:`Autosaver.snapshot` gets the next *save point*
number (``seq``: 1, 2, 3, ...). ``on_saved(seq, when)`` means: everything handed over with a save
point up to and including ``seq`` is durably on disk (fsynced). Callbacks run on the worker thread;
a GUI marshals them to its own thread (a Qt signal does that). The model is never touched by the
worker: ``record`` gets ready JSON values and ``snapshot`` serialises on the calling thread (a few
milliseconds for a long hearing); encryption, writing and fsync happen on the worker.

On a write error (full disk, read-only folder) nothing queued is dropped: the error goes to
``on_error``, and the worker tries again on the next call, on :meth:`flush`, and every
``retry_interval`` seconds. A failed write never damages the files already written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.hearing import Hearing
from interview_guide.storage.atomic import WriteError, write_atomic
from interview_guide.storage.case_file import case_file_hash, dump_case
from interview_guide.storage.crypto import CaseKey, FileKind
from interview_guide.storage.journal import JournalWriter
from interview_guide.storage.ops import Op, op_for, split_path
from interview_guide.storage.session import (
    Marker,
    SessionLock,
    create_session_folder,
    journal_files,
    journal_name,
    remove_session_files,
    snapshot_context,
    snapshot_files,
    snapshot_name,
    write_marker,
)

SavedCallback = Callable[[int, dt.datetime], None]
ErrorCallback = Callable[[str], None]
Describe = Callable[[InterviewGuideError], str]  # words an error for the one reading it
RETRY_INTERVAL = 5.0  # seconds between retries after a failed write, if nothing else triggers one
KEEP_SNAPSHOTS = 2  # the newest and the previous good one (recovery falls back to it)

log = logging.getLogger(__name__)


@dataclass
class _Item:
    seq: int
    path: str = ""  # an op's path; "" for a snapshot
    record: bytes | None = None  # an op as JSON
    snapshot: bytes | None = None  # plain JSON; None once superseded by a newer snapshot
    is_snapshot: bool = False


class Autosaver:
    """Writes one hearing's autosave session; create it with :meth:`start`."""

    def __init__(
        self,
        session_id: str,
        folder: Path,
        lock: SessionLock,
        marker: Marker,
        key: CaseKey | None,
        on_saved: SavedCallback | None,
        on_error: ErrorCallback | None,
        retry_interval: float,
        describe: Describe = str,
    ) -> None:
        self.session_id = session_id
        self.folder = folder
        self.key = key
        self._lock = lock
        self._marker = marker
        self._new_marker: Marker | None = None
        self._on_saved = on_saved
        self._on_error = on_error
        self._describe = describe
        self._retry_interval = retry_interval
        self._cond = threading.Condition()
        self._pending: list[_Item] = []
        self._last_seq = 0
        self._saved_seq = 0
        self._wake = False
        self._closed = False
        self._attempts_started = 0
        self._attempts_done = 0
        self._failed = False
        self._last_error: str | None = None
        self._journal: JournalWriter | None = None
        self._journal_index = 0
        self._journal_base = 0
        self._thread = threading.Thread(target=self._run, name=f"autosave-{session_id}", daemon=True)

    @classmethod
    def start(
        cls,
        hearing: Hearing,
        *,
        case_file: str | Path | None = None,
        key: CaseKey | None = None,
        on_saved: SavedCallback | None = None,
        on_error: ErrorCallback | None = None,
        root: Path | None = None,
        retry_interval: float = RETRY_INTERVAL,
        describe: Describe = str,
    ) -> Autosaver:
        """Start a session for an open hearing and queue its first snapshot (save point 1).

        Only the session folder and its lock are made on the calling thread (no fsync); the marker
        and the snapshot are written by the worker.

        Args:
            hearing: the record as opened or created.
            case_file: where the case is saved (None for a new, unsaved case); shown on recovery.
            key: the case key for an encrypted case (every autosave file is then encrypted); None: plain.
            on_saved: called as ``on_saved(seq, when)`` on the worker thread (see the module docstring).
            on_error: called with a one-line message naming the file and the reason, on the worker thread.
            root: the data folder (default ``data_dir()``); tests pass a temporary one.
            retry_interval: seconds between automatic retries after a failed write.
            describe: words a failed write for ``on_error`` and ``last_error`` (the UI passes one in
                the officer's language; the default is the error's English message).

        Raises:
            WriteError: the session folder cannot be created (nothing is autosaved then).
        """
        marker = Marker(
            pid=os.getpid(),
            started_at=dt.datetime.now().astimezone(),
            case_file=Path(case_file).absolute() if case_file is not None else None,
            encrypted=key is not None,
            case_hash=case_file_hash(Path(case_file)) if case_file is not None else None,
        )
        session_id, folder, lock = create_session_folder(root)
        saver = cls(session_id, folder, lock, marker, key, on_saved, on_error, retry_interval, describe)
        saver._new_marker = marker  # written by the worker, like everything else
        saver.snapshot(hearing)
        saver._thread.start()
        return saver

    # --- called on the thread that owns the hearing ----------------------------------------------

    def record(self, op: Op) -> int:
        """Queue one edit (an op from :func:`op_for`); cheap, never waits for the disk.

        Returns:
            The save point of this edit.

        Raises:
            OpError: the op's path is not a valid one.
            TypeError, ValueError: the value is not JSON (build ops with :func:`op_for`).
            RuntimeError: the autosaver was closed.
        """
        path = op["path"]
        split_path(path)
        at = op.get("at") or dt.datetime.now(dt.UTC)
        at = at.isoformat() if isinstance(at, dt.datetime) else str(at)
        # Encoded here (microseconds for one entry) so a value that is not JSON fails at the caller.
        value = json.dumps(op["value"], ensure_ascii=False, separators=(",", ":"))
        with self._cond:
            seq = self._enqueue_locked()
            head = json.dumps({"seq": seq, "at": at, "path": path}, ensure_ascii=False, separators=(",", ":"))
            record = f'{head[:-1]},"value":{value}}}'.encode()
            self._pending.append(_Item(seq, path=path, record=record))
        return seq

    def record_change(self, hearing: Hearing, *paths: str, at: dt.datetime | None = None) -> int:
        """Build the ops for ``paths`` from the current model and queue them.

        Returns:
            The save point of the last op (0 if no path was given).
        """
        seq = 0
        for path in paths:
            seq = self.record(op_for(hearing, path, at))
        return seq

    def snapshot(self, hearing: Hearing) -> int:
        """Queue a snapshot of the whole hearing (serialised now, written on the worker).

        A snapshot starts a new journal; older snapshots beyond the previous one are deleted.

        Returns:
            The save point of this snapshot.
        """
        data = dump_case(hearing)
        with self._cond:
            seq = self._enqueue_locked()
            for item in self._pending:
                item.snapshot = None  # superseded: only the newest snapshot is ever written
            self._pending.append(_Item(seq, snapshot=data, is_snapshot=True))
        return seq

    def set_case_file(self, case_file: str | Path | None) -> None:
        """Note that the case was saved (perhaps under a new name, after "save as").

        The case file's fingerprint is taken now, so recovery can tell a case file saved later (by
        another instance, or after "decide later") from the one this session started from. The
        marker is rewritten by the worker.
        """
        case_hash = case_file_hash(Path(case_file)) if case_file is not None else None
        with self._cond:
            self._marker = dataclasses.replace(
                self._marker,
                case_file=Path(case_file).absolute() if case_file is not None else None,
                case_hash=case_hash,
            )
            self._new_marker = self._marker
            self._wake = True
            self._cond.notify_all()

    def _enqueue_locked(self) -> int:
        if self._closed:
            raise RuntimeError("the autosaver is closed")
        self._last_seq += 1
        self._wake = True
        self._cond.notify_all()
        return self._last_seq

    @property
    def last_seq(self) -> int:
        """The newest save point handed over."""
        with self._cond:
            return self._last_seq

    @property
    def saved_seq(self) -> int:
        """The newest save point that is on disk together with all before it."""
        with self._cond:
            return self._saved_seq

    @property
    def last_error(self) -> str | None:
        """The error of the last write attempt, or None when it succeeded."""
        with self._cond:
            return self._last_error

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything handed over so far is on disk (use on page change, close and quit).

        Returns:
            True when it is; False when a write attempt made for this flush failed, or on timeout.

        Raises:
            RuntimeError: called from a callback (on the worker thread), where it would wait for itself.
        """
        self._not_on_worker()
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            target = self._last_seq
            first_attempt = self._attempts_started + 1
            self._wake = True
            self._cond.notify_all()
            while self._saved_seq < target:
                if (self._attempts_done >= first_attempt and self._failed) or not self._thread.is_alive():
                    return False
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
            return True

    def close(self, *, keep_session: bool = False, timeout: float = 10.0) -> bool:
        """Stop the worker and end the session.

        Args:
            keep_session: False (the normal close, after the case file was saved or the officer chose
                to discard): delete the session folder without writing what is queued. True: write what
                is queued (up to ``timeout``) and leave the session for recovery at the next start.
            timeout: seconds to wait for the worker.

        Returns:
            With ``keep_session``, whether everything queued reached the disk; otherwise True.

        Raises:
            RuntimeError: called from a callback (on the worker thread).
        """
        self._not_on_worker()
        saved = self.flush(timeout) if keep_session else True
        with self._cond:
            if self._closed:
                return saved
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout)
        if self._journal is not None:
            self._journal.close()
        if keep_session:
            self._lock.release()
        else:
            remove_session_files(self.folder)
            self._lock.release(remove=True)
        return saved

    def _not_on_worker(self) -> None:
        if threading.current_thread() is self._thread:
            raise RuntimeError("flush() and close() cannot be called from an autosave callback")

    # --- the worker thread --------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and not self._wake:
                    retry = bool(self._pending) and self._failed
                    if not self._cond.wait(self._retry_interval if retry else None) and retry:
                        break
                if self._closed:
                    return
                self._wake = False
                batch = list(self._pending)
                marker, self._new_marker = self._new_marker, None
                self._attempts_started += 1
                attempt = self._attempts_started
            try:
                errors, done = self._process(batch, marker)
            except Exception as exc:  # a bug must not end autosaving silently: report it, retry later
                log.exception("autosave failed")
                errors, done = [f"autosave failed: {exc!r}"], set()
            with self._cond:
                self._pending = [item for item in self._pending if item.seq not in done]
                saved = self._pending[0].seq - 1 if self._pending else self._last_seq
                advanced = saved > self._saved_seq
                self._saved_seq = max(saved, self._saved_seq)
                self._attempts_done = attempt
                self._failed = bool(errors)
                self._last_error = "; ".join(errors) if errors else None
                if marker is not None and errors and self._new_marker is None:
                    self._new_marker = marker  # try the marker again next time
                self._cond.notify_all()
            self._notify(saved if advanced else None, errors)

    def _notify(self, saved: int | None, errors: list[str]) -> None:
        # A failing callback must not stop autosaving; it is logged, never swallowed silently.
        try:
            if errors and self._on_error is not None:
                self._on_error("; ".join(errors))
            if saved is not None and self._on_saved is not None:
                self._on_saved(saved, dt.datetime.now().astimezone())
        except Exception:
            log.exception("autosave callback failed")

    def _process(self, batch: list[_Item], marker: Marker | None) -> tuple[list[str], set[int]]:
        errors: list[str] = []
        done: set[int] = set()
        if marker is not None:
            try:
                write_marker(self.folder, marker, self.key)
            except WriteError as exc:
                errors.append(self._describe(exc))
        ops = [item for item in batch if not item.is_snapshot]
        newest, data = None, None
        for item in reversed(batch):
            if item.is_snapshot:
                # Read once: the caller may supersede it (set it to None) at any moment.
                data = item.snapshot
                newest = item if data is not None else None
                break
        if newest is not None and data is not None:
            try:
                self._write_snapshot(newest.seq, data)
            except WriteError as exc:
                errors.append(self._describe(exc))
            else:
                done.update(item.seq for item in batch if item.seq <= newest.seq)
                ops = [item for item in ops if item.seq > newest.seq]
        if ops:
            try:
                self._append(ops)
            except WriteError as exc:
                errors.append(self._describe(exc))
            else:
                done.update(item.seq for item in ops)
        return errors, done

    def _write_snapshot(self, seq: int, plain: bytes) -> None:
        if self.key is None:
            data = plain
        else:
            data = self.key.encrypt_file(plain, FileKind.SNAPSHOT, snapshot_context(self.session_id, seq))
        write_atomic(self.folder / snapshot_name(seq), data)
        # Later edits go to a new journal, started by the next append (so a snapshot costs no extra
        # fsync); the old journal is kept while the previous snapshot is.
        self._journal_base = max(
            seq, self._journal.max_seq if self._journal is not None else self._journal_base
        )
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        self._prune()

    def _append(self, items: list[_Item]) -> None:
        kept: list[_Item] = []
        for item in items:
            if kept and kept[-1].path == item.path:
                kept[-1] = item  # consecutive edits of one field: the last one says it all
            else:
                kept.append(item)
        if self._journal is None or self._journal.broken:
            old = self._journal
            # Every edit in the old journal is at or below the new one's base (pruning relies on it).
            base = max(self._journal_base, old.max_seq if old is not None else 0)
            self._journal_index += 1
            self._journal = JournalWriter.create(
                self.folder / journal_name(base, self._journal_index),
                base,
                self.key,
                session_id=self.session_id,
                number=self._journal_index,
            )
            self._journal_base = base
            if old is not None:
                old.close()
        self._journal.append([(item.seq, item.record or b"") for item in kept])

    def _prune(self) -> None:
        snapshots = snapshot_files(self.folder)
        for _, path in snapshots[:-KEEP_SNAPSHOTS]:
            _remove(path)
        if len(snapshots) < KEEP_SNAPSHOTS:
            return
        previous = snapshots[-KEEP_SNAPSHOTS][0]
        journals = journal_files(self.folder)
        current = self._journal.path if self._journal is not None else None
        for position, (_, _, path) in enumerate(journals):
            # Journal i only holds edits up to the base of any journal started after it.
            if path != current and any(base <= previous for _, base, _ in journals[position + 1 :]):
                _remove(path)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("autosave: cannot remove %s: %s", path, exc)
