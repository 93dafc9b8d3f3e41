"""Atomic file writes: a temp file in the same folder, fsync, then os.replace over the target.

A crash at any moment leaves either the old file or the new one, never a truncated mix. A crash
can leave the temp file behind (``.<name>.<random>.tmp`` beside the target); :func:`remove_stale_temps`
removes those of one file, and is called when a file is next opened for writing. Temp files hold
exactly the bytes of the file they replace, so those of an encrypted case are encrypted too.

Saving through a symbolic link writes the file the link points to and leaves the link in place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from interview_guide.core.errors import FileAction, FileProblem, InterviewGuideError, OsReason

E = TypeVar("E", bound=Exception)

# While another process briefly holds the target open (on Windows: antivirus, the search indexer,
# a backup client), replacing it fails with PermissionError. A short bounded retry (about 1.3 s in
# all) avoids a spurious failure there (prior-art §4); other errors are not retried. The retry runs
# on every platform, so the behaviour is the same, and tested, everywhere.
REPLACE_RETRY_DELAYS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.4, 0.5)
_TEMP_SUFFIX = ".tmp"
_MAX_LINKS = 40


class WriteError(InterviewGuideError):
    """A file could not be written (disk full, read-only folder, file locked...)."""


# Windows refuses a path of MAX_PATH (260) characters or more unless long paths are enabled, and says
# ENOENT ("no such file") for it, which would read as "the folder does not exist".
WINDOWS_MAX_PATH = 260


def too_long_for_windows(path: str | os.PathLike[str] | None, platform: str | None = None) -> bool:
    """Whether ``path`` is too long for Windows without long-path support (and we are on Windows).

    Args:
        path: the path an operation failed on (None: unknown).
        platform: ``os.name`` to decide for; None for this machine's.
    """
    if path is None or (platform if platform is not None else os.name) != "nt":
        return False
    return len(os.fspath(path)) >= WINDOWS_MAX_PATH


def os_error_reason(
    exc: OSError, path: str | os.PathLike[str] | None = None, platform: str | None = None
) -> OsReason | None:
    """Why a file operation failed, when it is one of the reasons with words of their own.

    Args:
        exc: the error.
        path: the path the caller worked on; with the error's own file names, it tells a path too
            long for Windows (which fails as "no such file") from a folder that does not exist.
        platform: ``os.name`` to describe for; None for this machine's.
    """
    if exc.errno == errno.ENOENT and any(
        too_long_for_windows(name, platform)
        for name in (exc.filename, exc.filename2, path)
        if isinstance(name, (str, os.PathLike))
    ):
        return OsReason.WINDOWS_PATH_TOO_LONG
    return _REASONS.get(exc.errno or 0)


_REASONS = {
    errno.ENOSPC: OsReason.DISK_FULL,
    errno.EDQUOT: OsReason.QUOTA,
    errno.EROFS: OsReason.READ_ONLY,
    errno.EACCES: OsReason.PERMISSION,
    errno.EPERM: OsReason.PERMISSION,
    errno.ENOENT: OsReason.NO_FOLDER,
    errno.EISDIR: OsReason.IS_FOLDER,
    errno.ENOTDIR: OsReason.NOT_A_FOLDER,
    errno.ENAMETOOLONG: OsReason.NAME_TOO_LONG,
    errno.ELOOP: OsReason.LINK_LOOP,
    errno.EIO: OsReason.DISK_GONE,
    errno.ENODEV: OsReason.DISK_GONE,
    errno.ENXIO: OsReason.DISK_GONE,
}


def file_problem(
    error: Callable[[str], E],
    path: str | os.PathLike[str],
    action: FileAction,
    exc: OSError,
    checked: str | os.PathLike[str] | None = None,
) -> E:
    """The error to raise for a file operation the operating system refused: its message is the
    English sentence ("<path>: cannot be written: the disk is full"), its ``problem`` the same in
    parts, which the UI words in the officer's language.

    Args:
        error: makes the exception from the message.
        path: the file or folder the message names.
        action: what could not be done.
        exc: the operating system's error.
        checked: the path to test for Windows' length limit (see :func:`os_error_reason`).
    """
    reason = os_error_reason(exc, checked)
    detail = reason.value if reason is not None else (exc.strerror or str(exc))
    made = error(f"{os.fspath(path)}: {action.value}: {detail}")
    if isinstance(made, InterviewGuideError):
        made.problem = FileProblem(os.fspath(path), action, reason, detail)
    return made


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_target(path: Path) -> Path:
    """The file a write to ``path`` really replaces: ``path`` itself, or where its symlinks lead.

    A dangling link leads to the file it names (which the write then creates).

    Raises:
        WriteError: the links form a loop or are nested too deeply, or the path cannot be looked at
            (a name too long, a part of it not a folder).
    """
    path = Path(path)
    for _ in range(_MAX_LINKS):
        try:
            if not path.is_symlink():
                return path
            link = Path(os.readlink(path))
        except OSError as exc:  # a name too long, a path through a file: say so, once
            raise file_problem(WriteError, path, FileAction.WRITE, exc, path) from exc
        path = link if link.is_absolute() else path.parent / link
    raise file_problem(WriteError, path, FileAction.WRITE, OSError(errno.ELOOP, "loop"))


def temp_name_pattern(name: str) -> re.Pattern[str]:
    """The names of the temp files :func:`write_atomic` makes for a file called ``name``."""
    return re.compile(rf"\.{re.escape(name)}\.[A-Za-z0-9_]{{6,16}}{re.escape(_TEMP_SUFFIX)}")


def remove_stale_temps(path: Path, min_age: float = 0.0) -> list[Path]:
    """Remove temp files left beside ``path`` by writes that a crash or kill interrupted.

    Args:
        path: the file whose temp files to remove.
        min_age: remove only temp files not modified for this many seconds. 0 when no other writer
            can be writing ``path`` (its case lock is held); a minute for files that another running
            instance may be writing at this moment (a write takes milliseconds).

    Returns:
        The files removed (those that could not be removed are left, silently: a later start tries again).
    """
    target = write_target(Path(path))
    folder = target.parent if str(target.parent) else Path(".")
    pattern = temp_name_pattern(target.name)
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    now = time.time()
    for name in names:
        if pattern.fullmatch(name):
            with contextlib.suppress(OSError):
                if min_age and now - (folder / name).stat().st_mtime < min_age:
                    continue
                (folder / name).unlink()
                removed.append(folder / name)
    return removed


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically and durably (through a symlink: to the file it names).

    Raises:
        WriteError: naming the file and the reason; the old file (if any) is left untouched.
    """
    path = Path(path)
    target = write_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TEMP_SUFFIX, dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o777)
        replace_with_retry(tmp_name, target)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        raise file_problem(WriteError, path, FileAction.WRITE, exc, target) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def replace_with_retry(source: str | Path, target: str | Path) -> None:
    """``os.replace(source, target)``, retried for about a second while it fails with PermissionError.

    Raises:
        OSError: the last error, when every try failed (or at once, for any other error).
    """
    for delay in REPLACE_RETRY_DELAYS:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            time.sleep(delay)
    os.replace(source, target)
