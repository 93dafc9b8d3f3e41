"""Crash recovery: find autosave sessions whose app is gone; rebuild their hearing from snapshot and journal.

Recovery never depends on the newest file being intact: if the newest snapshot is damaged the
previous one is used, and the journals (which reach back to it) are replayed on top. A journal
record cut short by the crash is dropped; everything before it is kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from interview_guide.core.errors import CaseFileError, FileAction, InterviewGuideError, WrongPassphraseError
from interview_guide.core.hearing import Hearing
from interview_guide.storage.atomic import file_problem
from interview_guide.storage.bounded_reader import MAX_CASE_BYTES, read_bounded
from interview_guide.storage.case_file import JOURNAL_MAGIC, case_file_hash, parse_case, parse_case_file
from interview_guide.storage.crypto import (
    AuthenticationError,
    CaseKey,
    FileKind,
    PassphraseRequiredError,
    decrypt_file,
    is_encrypted_data,
)
from interview_guide.storage.journal_read import Binding, ForeignFileError, is_plain_journal, read_journal
from interview_guide.storage.ops import Op, replay
from interview_guide.storage.session import (
    LOCK_SUFFIX,
    REFUSED_FOLDER,
    SessionLock,
    autosave_root,
    is_session_id,
    journal_files,
    read_marker,
    remove_old_set_aside,
    remove_session_files,
    set_aside_session,
    snapshot_context,
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
    case_hash: str | None = None  # the case file's fingerprint as the session last knew it


@dataclass(frozen=True)
class RecoveredHearing:
    """The rebuilt hearing and how it was rebuilt."""

    hearing: Hearing
    key: CaseKey | None  # the case key: keep using it, no new derivation needed
    snapshot_seq: int  # the save point of the snapshot used
    edits_applied: int  # journal edits replayed on top of it
    last_saved_at: dt.datetime | None
    warnings: tuple[str, ...]  # what was left out or fallen back on; empty when all was intact
    case_file: Path | None = None  # the case file it belongs to (unsealed with the key if encrypted)
    tampered: bool = False  # files were refused, or records removed, reordered or put in

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

    def set_aside(self) -> Path:
        """Move the session out of the way (kept for :data:`SET_ASIDE_DAYS` days, never offered again).

        Used when the case file is newer, and for a session that cannot be read at all.

        Returns:
            Where it was moved.

        Raises:
            WriteError: it cannot be moved (it stays, and is offered again at the next start).
        """
        target = set_aside_session(self.info.folder)
        self.release(remove=True)
        return target

    def compare(self, case_file: Path | None = None) -> CaseFileState:
        """How the case file on disk compares with this autosave (see :func:`compare_with_case_file`).

        Args:
            case_file: the case file, when only the restored record says it (an encrypted session).
        """
        return compare_with_case_file(
            case_file or self.info.case_file, self.info.case_hash, self.info.last_saved_at
        )

    def discard(self) -> None:
        """Delete the session (once its hearing is restored and autosaved anew, or on the officer's word)."""
        remove_session_files(self.info.folder)
        self.release(remove=True)

    def release(self, *, remove: bool = False) -> None:
        """Let go of the session, leaving it for a later start (or another instance)."""
        if self._lock is not None:
            self._lock.release(remove=remove)
            self._lock = None


@dataclass(frozen=True)
class CaseFileState:
    """The case file of an autosave, compared with it (by fingerprint first, then by time)."""

    path: Path | None  # None: the hearing was never saved to a case file
    exists: bool
    saved_at: dt.datetime | None  # when the case file was last written (local time)
    changed: bool | None  # its fingerprint differs from the one the session knew (None: not known)
    newer: bool  # the case file holds work the autosave does not: open it, keep the autosave aside


def compare_with_case_file(
    case_file: Path | None, case_hash: str | None, autosave_saved_at: dt.datetime | None
) -> CaseFileState:
    """Compare an autosave with its case file on disk.

    The session notes the case file's fingerprint (SHA-256 of its bytes) when it starts and after
    every save. A different fingerprint now means the case file was saved after the autosave began,
    by another instance or after "decide later": the case file is then the newer record, whatever the
    clocks say. Without a fingerprint the times decide.
    """
    if case_file is None:
        return CaseFileState(None, False, None, None, False)
    try:
        saved_at = dt.datetime.fromtimestamp(case_file.stat().st_mtime).astimezone()
    except OSError:
        return CaseFileState(case_file, False, None, None, False)
    current = case_file_hash(case_file)
    changed = None if case_hash is None or current is None else current != case_hash
    if changed is None:
        newer = autosave_saved_at is not None and saved_at > autosave_saved_at
    else:
        newer = changed
    return CaseFileState(case_file, True, saved_at, changed, newer)


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
        remove_old_set_aside(root)
        paths = sorted(parent.iterdir())
    except OSError as exc:
        where = exc.filename or root or "the data folder"
        raise file_problem(CaseFileError, where, FileAction.SEARCH, exc) from None
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
    encrypted = (marker is not None and marker.encrypted) or _any_encrypted(folder)
    return SessionInfo(
        session_id=session_id,
        folder=folder,
        case_file=marker.case_file if marker else None,
        encrypted=encrypted,
        started_at=marker.started_at if marker else None,
        last_saved_at=_newest_mtime(files),
        pid=marker.pid if marker else None,
        case_hash=marker.case_hash if marker else None,
    )


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
    session_id = folder.name
    marker = read_marker(folder)
    snapshots = snapshot_files(folder)
    journals = journal_files(folder)
    encrypted = (marker is not None and marker.encrypted) or _any_encrypted(folder)
    problems: list[str] = []
    refused: list[str] = []
    if encrypted:
        snapshots, journals, refused = _refuse_plain(folder, snapshots, journals)
        problems += refused
    elif marker is not None and marker.case_file is not None and _is_encrypted_file(marker.case_file):
        raise CaseFileError(
            f"{folder}: a plain (unencrypted) autosave for the encrypted case file {marker.case_file.name}: "
            "it was not written by Interview Guide for that case and is not restored"
        )
    for seq, path in reversed(snapshots):
        try:
            data = read_bounded(path, MAX_CASE_BYTES, what="autosave snapshot", error=CaseFileError)
            hearing, used_key = _parse_snapshot(data, str(path), session_id, seq, passphrase, key)
        except (PassphraseRequiredError, WrongPassphraseError):
            raise
        except CaseFileError as exc:
            problems.append(f"{exc}; an older autosave is used")
            continue
        key = used_key or key
        ops, warnings, tampered = _journal_ops(folder, journals, seq, passphrase, key)
        restored, applied, replay_warnings = replay(hearing, ops)
        files = [path] + [p for _, _, p in journals]
        case_file = marker.case_file if marker is not None else None
        if marker is not None and key is not None and marker.case_file_sealed is not None:
            case_file = marker.unseal_case_file(key, session_id)
        return RecoveredHearing(
            hearing=restored,
            key=used_key,
            snapshot_seq=seq,
            edits_applied=applied,
            last_saved_at=_newest_mtime(files),
            warnings=tuple(problems + warnings + replay_warnings),
            case_file=case_file,
            tampered=tampered or bool(refused),
        )
    detail = "; ".join(problems) if problems else "no snapshot was written"
    raise CaseFileError(f"{folder}: the autosave cannot be restored: {detail}")


def _parse_snapshot(
    data: bytes, source: str, session_id: str, seq: int, passphrase: str | None, key: CaseKey | None
) -> tuple[Hearing, CaseKey | None]:
    """A snapshot's hearing: plain, or encrypted and bound to this session and save point."""
    if not is_encrypted_data(data):
        return parse_case_file(data, source).hearing, None
    try:
        context = snapshot_context(session_id, seq)
        plain, used = decrypt_file(data, source, passphrase, key, FileKind.SNAPSHOT, context)
    except AuthenticationError:
        raise ForeignFileError(
            f"{source}: does not belong to this autosave at this save point (copied from another session "
            "or renamed), or is damaged"
        ) from None
    return parse_case(plain, source), used


def _peek(path: Path) -> bytes:
    try:
        return read_bounded(path, 16, what="autosave file", error=CaseFileError, head=True)
    except CaseFileError:
        return b""


def _is_encrypted_file(path: Path) -> bool:
    return is_encrypted_data(_peek(path))


def _any_encrypted(folder: Path) -> bool:
    heads = [_peek(p) for _, p in snapshot_files(folder)] + [_peek(p) for _, _, p in journal_files(folder)]
    return any(
        is_encrypted_data(h) or (h.startswith(JOURNAL_MAGIC) and not is_plain_journal(h)) for h in heads
    )


def _refuse_plain(
    folder: Path, snapshots: list[tuple[int, Path]], journals: list[tuple[int, int, Path]]
) -> tuple[list[tuple[int, Path]], list[tuple[int, int, Path]], list[str]]:
    """Move the plain files of an encrypted session aside (never used); returns what is left and why."""
    refused: list[Path] = []
    kept_snapshots = []
    for seq, path in snapshots:
        if is_encrypted_data(_peek(path)):
            kept_snapshots.append((seq, path))
        else:
            refused.append(path)
    kept_journals = []
    for number, base, path in journals:
        head = _peek(path)
        if len(head) >= 10 and (is_plain_journal(head) or not head.startswith(JOURNAL_MAGIC)):
            refused.append(path)
        else:
            kept_journals.append((number, base, path))
    messages = []
    if refused:
        aside = folder / REFUSED_FOLDER
        with contextlib.suppress(OSError):
            aside.mkdir(mode=0o700, exist_ok=True)
        for path in refused:
            moved = _move(path, aside)
            messages.append(
                f"{path.name}: a plain (unencrypted) file in an encrypted autosave: refused, never used"
                f" (kept aside in {moved.parent})"
            )
    return kept_snapshots, kept_journals, messages


def _move(path: Path, folder: Path) -> Path:
    target = folder / path.name
    try:
        os.replace(path, target)
    except OSError:
        return path  # cannot be moved: it stays, and is still never used
    return target


def _journal_ops(
    folder: Path,
    journals: list[tuple[int, int, Path]],
    after: int,
    passphrase: str | None,
    key: CaseKey | None,
) -> tuple[list[Op], list[str], bool]:
    """The journal edits after save point ``after``, each once, in order, with warnings.

    Returns:
        The ops, the warnings, and whether a journal was found changed (not a crash, not damage).
    """
    ops: dict[int, Op] = {}
    warnings: list[str] = []
    tampered = False
    for position, (number, base, path) in enumerate(journals):
        if any(b <= after for _, b, _ in journals[position + 1 :]):
            continue  # a later journal starts at or before the snapshot: this one holds nothing newer
        try:
            contents = read_journal(path, passphrase, key, Binding(folder.name, number, base))
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            warnings.append(f"{exc}; its edits were left out")  # another case's key: not this session's
            tampered = True
            continue
        except CaseFileError as exc:
            # A journal that cannot be opened at all (damaged header, other session) costs only its edits.
            warnings.append(f"{exc}; its edits were left out")
            tampered = tampered or isinstance(exc, ForeignFileError)
            continue
        key = contents.key or key
        warnings.extend(contents.warnings)
        tampered = tampered or contents.tampered
        for op in contents.ops:
            if op["seq"] > after:
                ops.setdefault(op["seq"], op)
    return [ops[seq] for seq in sorted(ops)], warnings, tampered
