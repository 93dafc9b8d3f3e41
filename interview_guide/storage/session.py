"""Autosave session folders: one per open hearing under data_dir()/autosave/, each guarded by an OS file lock.

Layout of one session ``<id>`` (``<id>`` = start time, pid and a random part; no personal data)::

    autosave/<id>.lock                        held (flock / LockFile) by the app that owns the session
    autosave/<id>/session.json                marker: pid, start time, encrypted or not,
                                              the case file's fingerprint and path (sealed if encrypted)
    autosave/<id>/snapshot-<seq>.igcase       the whole hearing at save point <seq> (bound to the session
                                              and the save point when encrypted)
    autosave/<id>/journal-<base>-<n>.igjournal  edits after the snapshot at <base> (journal.py)
    autosave/<id>/refused/                    plain files found in an encrypted session, kept aside
    autosave/set-aside/<id>/                  sessions set aside: older than their case file, or unreadable

The lock sits beside the folder and is taken before the folder is made and released after it is
removed, so another instance never mistakes a session being created or closed for an unfinished
one. The OS drops the lock when the owner dies (kill, crash, power loss), which is what makes a
session "unfinished"; unlike a pid check, this cannot be fooled by a reused pid.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import errno
import json
import os
import re
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

from interview_guide.core.errors import FileAction, InterviewGuideError
from interview_guide.storage.atomic import WriteError, file_problem, write_atomic
from interview_guide.storage.bounded_reader import MAX_SETTINGS_BYTES, read_bounded_json
from interview_guide.storage.crypto import CaseKey
from interview_guide.storage.paths import data_dir

AUTOSAVE_FOLDER = "autosave"
MARKER_NAME = "session.json"
LOCK_SUFFIX = ".lock"
MARKER_FORMAT = 2
SET_ASIDE_FOLDER = "set-aside"
REFUSED_FOLDER = "refused"
SET_ASIDE_DAYS = 14  # sessions set aside are deleted after this many days
_HASH = re.compile(r"[0-9a-f]{64}")
_SNAPSHOT = re.compile(r"snapshot-(\d{12})\.igcase")
_JOURNAL = re.compile(r"journal-(\d{12})-(\d{6})\.igjournal")
_SESSION_ID = re.compile(r"[0-9]{8}T[0-9]{6}Z-[0-9]+-[0-9a-f]{8}")


def autosave_root(root: Path | None = None) -> Path:
    """The folder of all sessions: ``data_dir()/autosave`` (or ``root/autosave``), created if missing."""
    folder = (root if root is not None else data_dir()) / AUTOSAVE_FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def new_session_id() -> str:
    """A unique session id: UTC start time, pid and a random part."""
    now = dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%S}Z-{os.getpid()}-{secrets.token_hex(4)}"


def is_session_id(name: str) -> bool:
    """Whether ``name`` looks like a session id (other files in the folder are left alone)."""
    return _SESSION_ID.fullmatch(name) is not None


def snapshot_name(seq: int) -> str:
    """The file name of the snapshot at save point ``seq``."""
    return f"snapshot-{seq:012d}.igcase"


def snapshot_context(session_id: str, seq: int) -> bytes:
    """The associated data that binds an encrypted snapshot to its session and save point."""
    return b"IG snapshot\x00" + session_id.encode("ascii", "replace") + seq.to_bytes(8, "big")


def journal_name(base_seq: int, index: int) -> str:
    """The file name of journal number ``index`` of a session, holding edits after ``base_seq``."""
    return f"journal-{base_seq:012d}-{index:06d}.igjournal"


def snapshot_files(folder: Path) -> list[tuple[int, Path]]:
    """The snapshots in a session folder as (seq, path), oldest first."""
    found = []
    for path in _list(folder):
        match = _SNAPSHOT.fullmatch(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def journal_files(folder: Path) -> list[tuple[int, int, Path]]:
    """The journals in a session folder as (index, base seq, path), in the order they were started."""
    found = []
    for path in _list(folder):
        match = _JOURNAL.fullmatch(path.name)
        if match:
            found.append((int(match.group(2)), int(match.group(1)), path))
    return sorted(found)


def _list(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


@dataclass(frozen=True)
class Marker:
    """The plain facts about a session kept in ``session.json``.

    No personal data is kept in plain text: in an encrypted session the case file's path (which may
    hold a name) is sealed with the case key. The case file's fingerprint (a SHA-256 of its bytes,
    which for an encrypted file says nothing about its content) is plain.
    """

    pid: int | None
    started_at: dt.datetime | None
    case_file: Path | None
    encrypted: bool
    case_hash: str | None = None  # fingerprint of the case file as the session last knew it
    case_file_sealed: bytes | None = None  # read back from an encrypted session's marker

    def to_json(self, key: CaseKey | None = None, session_id: str = "") -> bytes:
        """The marker file's content; with ``key``, the case file's path is sealed, not plain."""
        sealed = None
        if key is not None and self.case_file is not None:
            path = str(self.case_file).encode("utf-8", "surrogateescape")
            sealed = base64.b64encode(key.seal(path, _path_context(session_id))).decode("ascii")
        data = {
            "format": MARKER_FORMAT,
            "pid": self.pid,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "case_file": str(self.case_file) if self.case_file and key is None else None,
            "case_file_sealed": sealed,
            "encrypted": self.encrypted,
            "case_hash": self.case_hash,
        }
        return json.dumps(data, indent=1).encode("utf-8")

    def unseal_case_file(self, key: CaseKey, session_id: str) -> Path | None:
        """The case file's path from an encrypted session's marker (None if absent or not opening)."""
        if self.case_file_sealed is None:
            return self.case_file
        try:
            raw = key.open(self.case_file_sealed, _path_context(session_id), MARKER_NAME)
        except InterviewGuideError:
            return None
        return Path(raw.decode("utf-8", "surrogateescape"))


def _path_context(session_id: str) -> bytes:
    return b"IG marker case file\x00" + session_id.encode("ascii", "replace")


def write_marker(folder: Path, marker: Marker, key: CaseKey | None = None) -> None:
    """Write ``session.json`` atomically (the case file's path sealed with ``key`` if given).

    Raises:
        WriteError: naming the file and the reason.
    """
    write_atomic(folder / MARKER_NAME, marker.to_json(key, folder.name))


def read_marker(folder: Path) -> Marker | None:
    """Read ``session.json``; None if it is missing or damaged (the snapshots may still be usable)."""
    try:
        raw = read_bounded_json(folder / MARKER_NAME, MAX_SETTINGS_BYTES, what="session marker")
        if not isinstance(raw, dict):
            return None
        pid, started, case_file = raw.get("pid"), raw.get("started_at"), raw.get("case_file")
        sealed, case_hash = raw.get("case_file_sealed"), raw.get("case_hash")
        return Marker(
            pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
            started_at=dt.datetime.fromisoformat(started) if isinstance(started, str) else None,
            case_file=Path(case_file) if isinstance(case_file, str) and case_file else None,
            encrypted=raw.get("encrypted") is True,
            case_hash=case_hash if isinstance(case_hash, str) and _HASH.fullmatch(case_hash) else None,
            case_file_sealed=base64.b64decode(sealed, validate=True) if isinstance(sealed, str) else None,
        )
    except (InterviewGuideError, ValueError):
        return None


class SessionLock:
    """An exclusive OS lock on ``<id>.lock``; the OS releases it when the process dies."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path) -> SessionLock | None:
        """Take the lock without waiting.

        Returns:
            The lock, or None when another running process (or this one) holds it.

        Raises:
            WriteError: the lock file cannot be created.
        """
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise file_problem(WriteError, path, FileAction.WRITE, exc, path) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
                return None
            raise file_problem(WriteError, path, FileAction.LOCK, exc) from exc
        return cls(path, fd)

    def release(self, *, remove: bool = False) -> None:
        """Release the lock (closing the file); optionally delete the lock file afterwards."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing drops the lock on every platform
            self._fd = None
        if remove:
            with contextlib.suppress(OSError):
                self.path.unlink()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        # Locking a byte past the end of the file is allowed on Windows; nothing needs writing.
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock (not lockf): it conflicts between two opens in the same process too, so one instance
        # never mistakes its own live session for an unfinished one.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def remove_session_files(folder: Path) -> None:
    """Delete a session folder: data first, the marker last, so a half-done removal holds nothing to offer."""
    for _, path in snapshot_files(folder):
        _unlink(path)
    for _, _, path in journal_files(folder):
        _unlink(path)
    for path in _list(folder / REFUSED_FOLDER):
        _unlink(path)
    with contextlib.suppress(OSError):
        (folder / REFUSED_FOLDER).rmdir()
    for path in _list(folder):  # temp files of interrupted atomic writes, then the marker
        if path.name != MARKER_NAME:
            _unlink(path)
    _unlink(folder / MARKER_NAME)
    with contextlib.suppress(OSError):
        folder.rmdir()


def set_aside_folder(root: Path | None = None) -> Path:
    """Where sessions set aside are kept: ``data_dir()/autosave/set-aside`` (created if missing)."""
    folder = autosave_root(root) / SET_ASIDE_FOLDER
    folder.mkdir(exist_ok=True, mode=0o700)
    return folder


def set_aside_session(folder: Path) -> Path:
    """Move a session folder out of the way of recovery, into the set-aside folder; returns where.

    The caller holds the session's lock (and removes the lock file afterwards).

    Raises:
        WriteError: the folder cannot be moved.
    """
    target = set_aside_folder(folder.parent.parent) / folder.name
    try:
        os.replace(folder, target)
    except OSError as exc:
        raise file_problem(WriteError, folder, FileAction.SET_ASIDE, exc) from exc
    with contextlib.suppress(OSError):
        os.utime(target)  # the days until it is deleted count from now
    return target


def remove_old_set_aside(root: Path | None = None, days: int = SET_ASIDE_DAYS) -> None:
    """Delete sessions set aside more than ``days`` ago (their folder's time is when it was set aside)."""
    folder = autosave_root(root) / SET_ASIDE_FOLDER
    limit = dt.datetime.now().timestamp() - days * 86400
    for session in _list(folder):
        with contextlib.suppress(OSError):
            if is_session_id(session.name) and session.stat().st_mtime < limit:
                remove_session_files(session)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
        path.unlink()


def create_session_folder(root: Path | None) -> tuple[str, Path, SessionLock]:
    """Make a new session: lock first, then the folder (the marker is written by the autosaver).

    Raises:
        WriteError: the data folder cannot be written (naming it and the reason).
    """
    try:
        parent = autosave_root(root)
    except OSError as exc:
        raise file_problem(WriteError, root or data_dir(), FileAction.WRITE, exc) from exc
    session_id = new_session_id()
    lock = SessionLock.acquire(parent / f"{session_id}{LOCK_SUFFIX}")
    if lock is None:  # only if a random id repeated while its owner runs: practically never
        raise WriteError(f"{parent}: cannot start an autosave session (id in use)")
    folder = parent / session_id
    try:
        folder.mkdir(mode=0o700)
    except OSError as exc:
        lock.release(remove=True)
        raise file_problem(WriteError, folder, FileAction.WRITE, exc) from exc
    return session_id, folder, lock
