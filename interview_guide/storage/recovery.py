"""Crash recovery: find autosave sessions whose app is gone; rebuild their hearing from snapshot and journal.

Recovery never depends on the newest file being intact: if the newest snapshot is damaged the
previous one is used, and the journals (which reach back to it) are replayed on top. A journal
record cut short by the crash is dropped; everything before it is kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from interview_guide.core.errors import CaseFileError, InterviewGuideError, WrongPassphraseError
from interview_guide.core.hearing import Hearing
from interview_guide.storage.atomic import describe_os_error
from interview_guide.storage.case_file import parse_case_file, read_bytes
from interview_guide.storage.crypto import CaseKey, PassphraseRequiredError, is_encrypted_data
from interview_guide.storage.journal import read_journal
from interview_guide.storage.ops import Op, replay
from interview_guide.storage.session import (
    LOCK_SUFFIX,
    SessionLock,
    autosave_root,
    is_session_id,
    journal_files,
    read_marker,
    remove_session_files,
    snapshot_files,
)


@dataclass(frozen=True)
class SessionInfo:
    """What can be shown about an unfinished session without decrypting anything."""

    session_id: str
    folder: Path
    case_file: Path | None  # None: the case was never saved to a file
    encrypted: bool
    started_at: dt.datetime | None
    last_saved_at: dt.datetime | None  # when the newest autosave file was written (local time)
    pid: int | None


@dataclass(frozen=True)
class RecoveredHearing:
    """The rebuilt hearing and how it was rebuilt."""

    hearing: Hearing
    key: CaseKey | None  # the case key: keep using it, no new derivation needed
    snapshot_seq: int  # the save point of the snapshot used
    edits_applied: int  # journal edits replayed on top of it
    last_saved_at: dt.datetime | None
    warnings: tuple[str, ...]  # what was left out or fallen back on; empty when all was intact

    @property
    def entries(self) -> int:
        """How many questions (entries) the restored record holds."""
        return len(self.hearing.entries)


class UnfinishedSession:
    """A session whose app is gone; holds its lock until :meth:`release` or :meth:`discard`."""

    def __init__(self, info: SessionInfo, lock: SessionLock) -> None:
        self.info = info
        self._lock: SessionLock | None = lock

    def __enter__(self) -> UnfinishedSession:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"UnfinishedSession({self.info.session_id!r})"

    def recover(self, passphrase: str | None = None, key: CaseKey | None = None) -> RecoveredHearing:
        """Rebuild the hearing from the newest good snapshot and the journal edits after it.

        Args:
            passphrase: for an encrypted session (ignored for a plain one).
            key: the case key, if already derived (no derivation then).

        Raises:
            PassphraseRequiredError: the session is encrypted and neither passphrase nor key was given.
            WrongPassphraseError: the passphrase does not open it (ask again).
            CaseFileError: no snapshot can be read; the message says why, per file.
        """
        return recover_folder(self.info.folder, passphrase, key)

    def discard(self) -> None:
        """Delete the session (once its hearing is restored and autosaved anew, or on the officer's word)."""
        remove_session_files(self.info.folder)
        self.release(remove=True)

    def release(self, *, remove: bool = False) -> None:
        """Let go of the session, leaving it for a later start (or another instance)."""
        if self._lock is not None:
            self._lock.release(remove=remove)
            self._lock = None


def find_unfinished(root: Path | None = None) -> list[UnfinishedSession]:
    """The sessions whose owning app is no longer running, newest first.

    Each returned session is locked by this process, so a second instance started at the same time
    does not offer it too; call :meth:`UnfinishedSession.release` on those not acted upon. Sessions
    of running instances are skipped. Leftovers with nothing to offer (no snapshot, no journal) are
    removed. A session that cannot be read is still listed: :meth:`recover` names the problem.

    Args:
        root: the data folder (default ``data_dir()``).

    Raises:
        CaseFileError: the autosave folder itself cannot be read (naming it and the reason).
    """
    try:
        parent = autosave_root(root)
        paths = sorted(parent.iterdir())
    except OSError as exc:
        where = exc.filename or root or "the data folder"
        raise CaseFileError(
            f"{where}: cannot look for unfinished hearings: {describe_os_error(exc)}"
        ) from None
    found: list[UnfinishedSession] = []
    for path in paths:
        name = path.name.removesuffix(LOCK_SUFFIX)
        if not is_session_id(name):
            continue
        folder = parent / name
        if path.name.endswith(LOCK_SUFFIX) and folder.exists():
            continue  # handled with its folder
        try:
            lock = SessionLock.acquire(parent / f"{name}{LOCK_SUFFIX}")
        except InterviewGuideError:
            continue  # cannot even lock it (read-only data folder): leave it for a later start
        if lock is None:
            continue  # its app is running
        if not folder.is_dir() or not (snapshot_files(folder) or journal_files(folder)):
            remove_session_files(folder)  # a session closed or started half-way: nothing in it
            lock.release(remove=True)
            continue
        found.append(UnfinishedSession(_info(name, folder), lock))
    found.sort(key=lambda s: s.info.last_saved_at or dt.datetime.min.replace(tzinfo=dt.UTC), reverse=True)
    return found


def _info(session_id: str, folder: Path) -> SessionInfo:
    marker = read_marker(folder)
    snapshots = snapshot_files(folder)
    files = [path for _, path in snapshots] + [path for _, _, path in journal_files(folder)]
    encrypted = marker.encrypted if marker is not None else _looks_encrypted(snapshots)
    return SessionInfo(
        session_id=session_id,
        folder=folder,
        case_file=marker.case_file if marker else None,
        encrypted=encrypted,
        started_at=marker.started_at if marker else None,
        last_saved_at=_newest_mtime(files),
        pid=marker.pid if marker else None,
    )


def _looks_encrypted(snapshots: list[tuple[int, Path]]) -> bool:
    for _, path in reversed(snapshots):
        with contextlib.suppress(OSError):
            with path.open("rb") as handle:
                return is_encrypted_data(handle.read(8))
    return False


def _newest_mtime(files: list[Path]) -> dt.datetime | None:
    times = []
    for path in files:
        with contextlib.suppress(OSError):
            times.append(path.stat().st_mtime)
    return dt.datetime.fromtimestamp(max(times)).astimezone() if times else None


def recover_folder(
    folder: Path, passphrase: str | None = None, key: CaseKey | None = None
) -> RecoveredHearing:
    """Rebuild the hearing of a session folder (see :meth:`UnfinishedSession.recover`)."""
    problems: list[str] = []
    for seq, path in reversed(snapshot_files(folder)):
        try:
            hearing, used_key = parse_case_file(read_bytes(path), str(path), passphrase, key)
        except (PassphraseRequiredError, WrongPassphraseError):
            raise
        except CaseFileError as exc:
            problems.append(f"{exc}; an older autosave is used")
            continue
        ops, warnings = _journal_ops(folder, seq, passphrase, used_key or key)
        restored, applied, replay_warnings = replay(hearing, ops)
        files = [path] + [p for _, _, p in journal_files(folder)]
        return RecoveredHearing(
            hearing=restored,
            key=used_key,
            snapshot_seq=seq,
            edits_applied=applied,
            last_saved_at=_newest_mtime(files),
            warnings=tuple(problems + warnings + replay_warnings),
        )
    detail = "; ".join(problems) if problems else "no snapshot was written"
    raise CaseFileError(f"{folder}: the autosave cannot be restored: {detail}")


def _journal_ops(
    folder: Path, after: int, passphrase: str | None, key: CaseKey | None
) -> tuple[list[Op], list[str]]:
    """The journal edits after save point ``after``, each once, in order, with warnings."""
    ops: dict[int, Op] = {}
    warnings: list[str] = []
    journals = journal_files(folder)
    for position, (_, _, path) in enumerate(journals):
        if any(base <= after for _, base, _ in journals[position + 1 :]):
            continue  # a later journal starts at or before the snapshot: this one holds nothing newer
        try:
            contents = read_journal(path, passphrase, key)
        except CaseFileError as exc:
            # A journal that cannot be opened at all (damaged header, foreign key) costs only its edits.
            warnings.append(f"{exc}; its edits were left out")
            continue
        key = contents.key or key
        warnings.extend(contents.warnings)
        for op in contents.ops:
            if op["seq"] > after:
                ops.setdefault(op["seq"], op)
    return [ops[seq] for seq in sorted(ops)], warnings
