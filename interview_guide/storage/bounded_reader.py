"""The shared bounded reader: every file the app reads goes through here, with a size cap and JSON limits.

Only regular files are read: a FIFO, a device (``/dev/zero``), a socket or a folder gives one clear
error at once, before a single byte is read, because the file is opened without blocking and
checked with ``fstat`` on the open descriptor (a symlink to a device is caught too). The size is
checked before reading, and the read itself stops one byte past the cap (a file that grows while
being read cannot get past it either).

:func:`loads_bounded_json` parses JSON with limits: numbers of at most :data:`MAX_NUMBER_CHARS`
characters (Python's own limit of 4,300 digits raises a bare ValueError, and parsing even that many
costs quadratic time), no ``NaN``/``Infinity``, nesting at most ``max_depth`` levels, and no
unpaired surrogate escape such as ``"\\ud800"`` (it parses, but can never be written back as UTF-8).

Every problem is raised through the ``error`` factory the caller passes (``CaseFileError`` for case
files, ``lambda m: BankError([m])`` for banks...), so each caller keeps its own error type; the
default is :class:`InterviewGuideError`. The message always starts with the file's name.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from interview_guide.core.errors import FileAction, InterviewGuideError
from interview_guide.storage.atomic import file_problem, too_long_for_windows

ErrorFactory = Callable[[str], Exception]

KIB = 1 << 10
MIB = 1 << 20
# Caps by kind of file. A long hearing is well under 1 MiB of JSON; the caps leave a wide margin
# and keep the worst case (JSON made of millions of tiny containers) to a few hundred MB of memory.
MAX_CASE_BYTES = 16 * MIB  # case files and autosave snapshots
MAX_JOURNAL_BYTES = 64 * MIB  # an autosave journal (records between two snapshots)
MAX_SETTINGS_BYTES = 1 * MIB  # settings.json, deadlines.yaml, the session marker, a passphrase file
MAX_BANK_BYTES = 4 * MIB  # one question-bank YAML file
MAX_DOCX_BYTES = 64 * MIB  # a report template or a report returned by counsel (compressed size)

MAX_JSON_DEPTH = 64  # a hearing nests about 6 levels deep
MAX_NUMBER_CHARS = 64  # no number in a record has more than 20 digits

_CHUNK = 1 * MIB
_NON_BLOCKING = getattr(os, "O_NONBLOCK", 0)  # a FIFO without a writer must not block the open
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _size(count: int) -> str:
    if count >= MIB:
        return f"{count / MIB:.1f} MB"
    if count >= KIB:
        return f"{count / KIB:.0f} KB"
    return f"{count} bytes"


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bounded(
    path: str | os.PathLike[str],
    max_bytes: int,
    *,
    what: str = "file",
    error: ErrorFactory = InterviewGuideError,
    head: bool = False,
    pipes: bool = False,
) -> bytes:
    """Read a regular file of at most ``max_bytes`` bytes (the shared bounded reader).

    Args:
        path: the file.
        max_bytes: the cap; a larger file is refused before anything is read.
        what: what the file should be, for messages ("case file", "question bank"...).
        error: makes the exception to raise from a message (default :class:`InterviewGuideError`).
        head: read only the first ``max_bytes`` bytes of a file of any size (to recognise its kind).
        pipes: also read a pipe (a passphrase given as ``<(command)`` or ``/dev/stdin``), until its
            writer closes it and still capped; a pipe nobody writes to reads as empty, it never hangs.

    Returns:
        The file's content.

    Raises:
        Exception: made by ``error``: no such file, a folder, a pipe or device, too large, or an OS
            error while reading; the message starts with the path and says what to do.
    """
    name = os.fspath(path)

    def fail(message: str) -> NoReturn:
        raise error(f"{name}: {message}")

    flags = os.O_RDONLY | _NON_BLOCKING | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(name, flags)
    except FileNotFoundError as exc:
        if too_long_for_windows(name):  # Windows says "no such file" for a path of 260 characters or more
            raise file_problem(error, name, FileAction.READ, exc, name) from exc
        fail(f"no such {what}")
    except IsADirectoryError:
        fail(f"is a folder, not a {what}")
    except OSError as exc:
        raise file_problem(error, name, FileAction.READ, exc) from exc
    try:
        info = os.fstat(fd)
        kind = _kind_of(info.st_mode)
        if pipes and stat.S_ISFIFO(info.st_mode):
            kind = None
            os.set_blocking(fd, True)
        if kind is not None:
            fail(f"is {kind}, not a {what}; only regular files are read")
        if not head and stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            fail(f"is too large for a {what} ({_size(info.st_size)}; at most {_size(max_bytes)} is read)")
        wanted = max_bytes if head else max_bytes + 1
        chunks: list[bytes] = []
        total = 0
        while total < wanted:
            chunk = os.read(fd, min(_CHUNK, wanted - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except BlockingIOError:
        fail(f"cannot be read without waiting; only regular files are read as a {what}")
    except OSError as exc:
        raise file_problem(error, name, FileAction.READ, exc) from exc
    finally:
        os.close(fd)
    if not head and total > max_bytes:
        fail(f"is too large for a {what} (it grew past {_size(max_bytes)} while being read)")
    return b"".join(chunks)


def read_bounded_text(
    path: str | os.PathLike[str],
    max_bytes: int,
    *,
    what: str = "file",
    error: ErrorFactory = InterviewGuideError,
    pipes: bool = False,
) -> str:
    """Read a regular UTF-8 text file of at most ``max_bytes`` bytes (a leading BOM is dropped).

    Raises:
        Exception: made by ``error``, as for :func:`read_bounded`, or the file is not UTF-8 text.
    """
    data = read_bounded(path, max_bytes, what=what, error=error, pipes=pipes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"{os.fspath(path)}: not UTF-8 text (invalid byte at offset {exc.start})") from None


class _JsonLimit(Exception):
    """Raised inside the JSON parser's hooks; turned into the caller's error."""


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _JsonLimit(f"a number of {len(text)} digits (at most {MAX_NUMBER_CHARS})")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _JsonLimit(f"a number of {len(text)} characters (at most {MAX_NUMBER_CHARS})")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _JsonLimit(f"a number too large ({text[:20]})")
    return value


def _parse_constant(text: str) -> Any:
    raise _JsonLimit(f"{text}, which is not a JSON number")


def _check_tree(value: Any, max_depth: int, strings: bool) -> str | None:
    """What breaks the limits in a parsed tree (too deep, lone surrogate), or None; no recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            if depth > max_depth:
                return f"nested more than {max_depth} levels deep"
            for key, item in node.items():
                if strings and _LONE_SURROGATE.search(key):
                    return "it holds a name with an unpaired surrogate escape (\\ud800-\\udfff)"
                stack.append((item, depth + 1))
        elif isinstance(node, list):
            if depth > max_depth:
                return f"nested more than {max_depth} levels deep"
            stack.extend((item, depth + 1) for item in node)
        elif strings and isinstance(node, str) and _LONE_SURROGATE.search(node):
            return "it holds text with an unpaired surrogate escape (\\ud800-\\udfff): not valid Unicode"
    return None


def loads_bounded_json(
    data: bytes | str,
    source: str,
    *,
    what: str = "file",
    error: ErrorFactory = InterviewGuideError,
    max_depth: int = MAX_JSON_DEPTH,
) -> Any:
    """Parse JSON with limits on numbers, nesting and text (see the module docstring).

    Args:
        data: UTF-8 bytes or text.
        source: the name used at the start of messages.
        what: what the content should be, for messages.
        error: makes the exception to raise from a message.
        max_depth: the deepest nesting of objects and arrays accepted.

    Returns:
        The parsed value (dicts, lists, str, int, float, bool, None).

    Raises:
        Exception: made by ``error``: not UTF-8, invalid JSON, or a limit broken; the message says which.
    """
    damaged = f"{source}: damaged or not a {what}"
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise error(f"{damaged} (not UTF-8 text at byte {exc.start})") from None
    else:
        text = data
    try:
        value = json.loads(
            text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
        )
    except json.JSONDecodeError as exc:
        raise error(f"{damaged} (invalid JSON at line {exc.lineno}, column {exc.colno})") from None
    except _JsonLimit as exc:
        raise error(f"{damaged} (it holds {exc})") from None
    except RecursionError:
        raise error(f"{damaged} (nested more than {max_depth} levels deep)") from None
    # A lone surrogate can only come from a \\u escape (valid UTF-8 cannot hold one), so the tree
    # is searched for them only when such an escape occurs at all.
    problem = _check_tree(value, max_depth, strings=_SURROGATE_ESCAPE.search(text) is not None)
    if problem is not None:
        raise error(f"{damaged} ({problem})")
    return value


def read_bounded_json(
    path: Path | str,
    max_bytes: int,
    *,
    what: str = "file",
    error: ErrorFactory = InterviewGuideError,
) -> Any:
    """Read and parse a JSON file with :func:`read_bounded` and :func:`loads_bounded_json`.

    Raises:
        Exception: made by ``error``, as for those two functions.
    """
    return loads_bounded_json(
        read_bounded(path, max_bytes, what=what, error=error), os.fspath(path), what=what, error=error
    )
