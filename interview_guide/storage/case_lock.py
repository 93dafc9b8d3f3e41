"""One writer per case file: an OS lock held while a case is open for writing, by the GUI and the CLI.

The lock is a small file beside the case file, ``.<name>.lock``, locked with ``flock`` (POSIX) or
``msvcrt.locking`` (Windows). The OS drops the lock when its holder dies (kill -9, crash, power
loss), so a lock is never left behind: the file may stay, but nobody holds it. The lock file says
where the case is open (program, computer, process, since when), so a second instance can say so
in one line. The case file itself is not locked: every save replaces it with a new file (atomic
rename), which would leave a lock on it behind on the old file.

A folder where no lock file can be made (read-only media) gets no lock: nothing can be saved
there either, so there is nothing to guard.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from interview_guide.core.errors import CaseFileError, FileAction, InterviewGuideError
from interview_guide.storage.atomic import file_problem, remove_stale_temps, write_target
from interview_guide.storage.bounded_reader import MAX_SETTINGS_BYTES, loads_bounded_json

PROGRAM = "Interview Guide"
_WINDOWS_LOCK_OFFSET = 1 << 30  # the byte locked on Windows: far past the holder's description
_BUSY = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK)
_NO_LOCK_POSSIBLE = (errno.EACCES, errno.EPERM, errno.EROFS)


class CaseLockedError(CaseFileError):
    """The case file is open for writing elsewhere (another window, instance or command).

    Attributes:
        case_file: the case file.
        holder: where it is open, as far as the lock file says.
    """

    def __init__(self, message: str, case_file: Path, holder: LockHolder | None) -> None:
        super().__init__(message)
        self.case_file = case_file
        self.holder = holder


@dataclass(frozen=True)
class LockHolder:
    """Who holds a case lock: what its lock file says."""

    program: str
    host: str
    pid: int | None
    since: dt.datetime | None

    def describe(self) -> str:
        """``Interview Guide on LAPTOP-12 (process 4242) since 02-03-2026 10:32``."""
        where = f"{self.program} on {self.host or 'an unknown computer'}"
        if self.pid is not None:
            where += f" (process {self.pid})"
        if self.since is not None:
            where += f" since {self.since.astimezone():%d-%m-%Y %H:%M}"
        return where

    def to_json(self) -> bytes:
        """The lock file's content."""
        since = self.since.isoformat() if self.since else None
        data = {"program": self.program, "host": self.host, "pid": self.pid, "since": since}
        return json.dumps(data).encode("utf-8")

    @classmethod
    def parse(cls, data: bytes) -> LockHolder | None:
        """Read a lock file's content; None when it says nothing usable."""
        try:
            raw = loads_bounded_json(data, "lock")
            since = dt.datetime.fromisoformat(raw["since"]) if isinstance(raw.get("since"), str) else None
            pid = raw.get("pid")
            return cls(
                program=str(raw.get("program") or PROGRAM)[:60],
                host=str(raw.get("host") or "")[:120],
                pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
                since=since,
            )
        except (InterviewGuideError, AttributeError, TypeError, ValueError):
            return None  # a foreign or half-written lock file: no description


def lock_path(case_file: Path) -> Path:
    """The lock file of a case file (beside the file a symlink points to)."""
    target = write_target(Path(case_file))
    return target.with_name(f".{target.name}.lock")


class CaseLock:
    """The lock of one case file, held by this process; release it when the case is closed."""

    def __init__(self, case_file: Path, path: Path, fd: int | None) -> None:
        self.case_file = case_file
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        """Whether a lock is held (False where no lock file could be made: a read-only folder)."""
        return self._fd is not None

    @classmethod
    def acquire(cls, case_file: Path) -> CaseLock:
        """Take the lock of ``case_file`` without waiting, then remove temp files a killed save left.

        Raises:
            CaseLockedError: it is open for writing elsewhere (naming where, as far as known).
            CaseFileError: the lock file cannot be made for another reason than a read-only folder.
        """
        case_file = Path(case_file)
        path = lock_path(case_file)
        for _ in range(5):  # the lock file may be removed by its holder while we open it: try again
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            except OSError as exc:
                if exc.errno in _NO_LOCK_POSSIBLE:
                    return cls(case_file, path, None)
                raise file_problem(CaseFileError, case_file, FileAction.LOCK, exc, path) from None
            try:
                _lock(fd)
            except OSError as exc:
                holder = LockHolder.parse(_read_all(fd))
                os.close(fd)
                if exc.errno in _BUSY:
                    raise _locked(case_file, holder) from None
                raise file_problem(CaseFileError, case_file, FileAction.LOCK, exc) from None
            if _same_file(fd, path):
                lock = cls(case_file, path, fd)
                lock._describe_holder()
                remove_stale_temps(case_file)
                return lock
            os.close(fd)
        raise CaseFileError(f"{case_file}: cannot be locked: its lock file keeps changing")

    def _describe_holder(self) -> None:
        holder = LockHolder(PROGRAM, socket.gethostname(), os.getpid(), dt.datetime.now().astimezone())
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, holder.to_json())

    def release(self) -> None:
        """Let go of the lock and remove the lock file (another instance may open the case now)."""
        if self._fd is None:
            return
        # Removed while still locked, so nobody can take a lock on a file that is about to vanish
        # (and whoever opened it just before sees it vanish and tries again).
        if os.name == "posix":
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self._fd)  # closing drops the lock on every platform
        self._fd = None
        if os.name != "posix":
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> CaseLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _locked(case_file: Path, holder: LockHolder | None) -> CaseLockedError:
    where = holder.describe() if holder is not None else "another Interview Guide window or command"
    return CaseLockedError(
        f"{case_file}: is open in {where}; close it there first (a case file has one writer at a time)",
        case_file,
        holder,
    )


def _read_all(fd: int) -> bytes:
    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, MAX_SETTINGS_BYTES)
    return b""


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd`` (its holder did not remove it meanwhile)."""
    if os.name != "posix":
        return True
    try:
        mine, named = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (named.st_dev, named.st_ino)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        os.lseek(fd, 0, os.SEEK_SET)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock (not lockf): it conflicts between two opens in the same process too, so two windows
        # of one instance cannot both write a case either.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
