"""An open case file: its lock, and the fingerprint of what is on disk, checked before every save.

Open a case with :meth:`CaseHandle.open` (locks it, reads it once) and :meth:`CaseHandle.load` (parses
the bytes read, with a passphrase if it is encrypted); save with :meth:`CaseHandle.save`, which first
checks that the file on disk is still the one that was opened or last saved (SHA-256 of its bytes),
and refuses with :class:`CaseChangedError` if not, so nothing is ever overwritten silently.
:meth:`CaseHandle.for_saving` locks a file about to be written for the first time (save as, a new
case, the output of a command).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from interview_guide.core.errors import CaseFileError
from interview_guide.core.hearing import Hearing
from interview_guide.storage.atomic import write_atomic, write_target
from interview_guide.storage.case_file import LoadedCase, encode_case, parse_case_file, read_bytes
from interview_guide.storage.case_lock import CaseLock
from interview_guide.storage.crypto import CaseKey


class CaseChangedError(CaseFileError):
    """The case file on disk is not the one that was opened: another program wrote, moved or removed it.

    Attributes:
        path: the case file.
        changed_at: when the file on disk was last written (None: it is gone).
    """

    def __init__(self, path: Path, changed_at: dt.datetime | None) -> None:
        if changed_at is None:
            what = "was moved or deleted since it was opened"
        else:
            what = f"was changed on disk since it was opened (written {changed_at:%d-%m-%Y %H:%M:%S})"
        super().__init__(f"{path}: {what}; nothing was written (save a copy, or reload it)")
        self.path = path
        self.changed_at = changed_at


def _fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class CaseHandle:
    """A case file open for writing in this process."""

    def __init__(self, path: Path, lock: CaseLock, disk_hash: str | None, data: bytes | None = None) -> None:
        self.path = path
        self.lock = lock
        self.disk_hash = disk_hash  # what is on disk as last read or written; None: no file yet
        self._data = data

    @classmethod
    def open(cls, path: str | Path) -> CaseHandle:
        """Lock a case file and read it (once); parse it with :meth:`load`.

        Raises:
            CaseLockedError: it is open for writing elsewhere.
            CaseFileError: it cannot be locked or read.
        """
        path = Path(path)
        lock = CaseLock.acquire(path)
        try:
            data = read_bytes(path)
        except BaseException:
            lock.release()
            raise
        return cls(path, lock, _fingerprint(data), data)

    @classmethod
    def for_saving(cls, path: str | Path) -> CaseHandle:
        """Lock a file that is about to be written as a case file (it may exist: the officer said so).

        Raises:
            CaseLockedError: it is open for writing elsewhere.
            CaseFileError: it cannot be locked, or it exists and cannot be read.
        """
        path = Path(path)
        lock = CaseLock.acquire(path)
        try:
            current = _fingerprint(read_bytes(path)) if write_target(path).exists() else None
        except BaseException:
            lock.release()
            raise
        return cls(path, lock, current)

    @property
    def data(self) -> bytes:
        """The bytes read by :meth:`open` (until :meth:`load` succeeded)."""
        if self._data is None:
            raise CaseFileError(f"{self.path}: was not read")
        return self._data

    def load(self, passphrase: str | None = None, key: CaseKey | None = None) -> LoadedCase:
        """Parse the bytes read by :meth:`open` (see ``parse_case_file``); they are dropped once parsed.

        Raises:
            PassphraseRequiredError, WrongPassphraseError, CaseFileError: as for ``load_case``.
        """
        loaded = parse_case_file(self.data, str(self.path), passphrase, key)
        self._data = None
        return loaded

    def check(self) -> None:
        """Check that the file on disk is still the one opened or last saved here.

        Raises:
            CaseChangedError: another program wrote, replaced, moved or removed it.
        """
        target = write_target(self.path)
        if self.disk_hash is None:
            if target.exists():
                raise CaseChangedError(self.path, _mtime(target))
            return
        try:
            current = _fingerprint(read_bytes(self.path))
        except CaseFileError:
            raise CaseChangedError(self.path, _mtime(target)) from None
        if current != self.disk_hash:
            raise CaseChangedError(self.path, _mtime(target))

    def save(self, hearing: Hearing, key: CaseKey | None) -> None:
        """Check the file on disk (:meth:`check`), then write the case atomically.

        Raises:
            CaseChangedError: the file on disk changed; nothing was written.
            WriteError: the file cannot be written; the old file stays as it was.
        """
        self.check()
        data = encode_case(hearing, key)
        write_atomic(self.path, data)
        self.disk_hash = _fingerprint(data)

    def release(self) -> None:
        """Close the case: release its lock."""
        self._data = None
        self.lock.release()

    def same_file(self, path: Path) -> bool:
        """Whether ``path`` names this handle's case file (through symlinks and relative names)."""
        return write_target(Path(path)).resolve() == write_target(self.path).resolve()

    def __enter__(self) -> CaseHandle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _mtime(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except OSError:
        return None
