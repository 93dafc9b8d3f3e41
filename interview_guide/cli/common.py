"""What several commands share: opening a case file named on the command line, and saving it back.

The passphrase of an encrypted case comes from ``--passphrase-file`` or ``INTERVIEW_GUIDE_PASSPHRASE``
when given (never a prompt then), otherwise from a prompt on the terminal; with neither, the command
stops with one line. A plain case file never asks for a passphrase.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from interview_guide.core.errors import InterviewGuideError, WrongPassphraseError
from interview_guide.core.hearing import Hearing
from interview_guide.storage import CaseHandle, save_case_with_key
from interview_guide.storage.bounded_reader import read_bounded_text
from interview_guide.storage.case_file import LoadedCase, parse_case_file, read_bytes
from interview_guide.storage.crypto import CaseKey, PassphraseRequiredError

PASSPHRASE_VARIABLE = "INTERVIEW_GUIDE_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "INTERVIEW_GUIDE_NEW_PASSPHRASE"  # for passwd: the passphrase that replaces it
PROMPT_TRIES = 3
MIN_NEW_PASSPHRASE = 8
# The cases a command opened to update: locked until the command ends (see release_opened).
_HELD: list[CaseHandle] = []
MAX_PASSPHRASE_FILE = 64 << 10  # the first line is used; more is not a passphrase file


@dataclass
class OpenedCase:
    """A case opened from the command line, with what is needed to save it back the same way."""

    path: Path
    hearing: Hearing
    passphrase: str | None = None  # None: a plain file
    key: CaseKey | None = None  # the derived key, so saving back needs no new derivation
    handle: CaseHandle | None = None  # the lock and the fingerprint on disk, while it is open to update


def add_case_argument(parser: argparse.ArgumentParser) -> None:
    """Add the CASE positional argument and ``--passphrase-file``."""
    parser.add_argument("case", type=Path, metavar="CASE", help="the case file (.igcase)")
    add_passphrase_argument(parser)


def add_passphrase_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--passphrase-file``."""
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase of an encrypted case from the first line of FILE (or set "
        f"{PASSPHRASE_VARIABLE}); otherwise it is asked on the terminal",
    )


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase given by ``--passphrase-file`` (first) or the environment, or None.

    Raises:
        InterviewGuideError: the passphrase file cannot be read or its first line is empty.
    """
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        return _first_line(path)
    return os.environ.get(PASSPHRASE_VARIABLE) or None


def _first_line(path: Path) -> str:
    text = read_bounded_text(path, MAX_PASSPHRASE_FILE, what="passphrase file", pipes=True)
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise InterviewGuideError(f"{path}: the first line of the passphrase file is empty")
    return lines[0]


def can_prompt() -> bool:
    """Whether a passphrase can be asked: standard input is a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()


def _no_terminal(path: Path) -> PassphraseRequiredError:
    return PassphraseRequiredError(
        f"{path}: is encrypted; give its passphrase in {PASSPHRASE_VARIABLE} or with --passphrase-file "
        "(there is no terminal to ask it on)"
    )


def open_case_for_update(args: argparse.Namespace) -> OpenedCase:
    """Lock and load the case named by ``args.case`` so that it can be saved back with :func:`save_opened`.

    The case stays locked until the command ends, as while it is open in a window: a case file has
    one writer at a time. Asks for a passphrase only when the file is encrypted: from
    ``--passphrase-file`` or the environment when given, else on the terminal (up to three tries).

    Raises:
        CaseLockedError: the case is open for writing elsewhere (a window or another command).
        CaseFileError: the file cannot be opened.
        WrongPassphraseError: the passphrase given (or typed three times) does not open it.
        PassphraseRequiredError: the file is encrypted, no passphrase was given, and there is no terminal.
    """
    handle = CaseHandle.open(args.case)
    try:
        opened = _load(args, args.case, lambda secret: handle.load(secret))
    except BaseException:
        handle.release()
        raise
    opened.handle = handle
    _HELD.append(handle)
    return opened


def release_opened() -> None:
    """Release the locks of the cases opened to update by the command that just ended."""
    while _HELD:
        _HELD.pop().release()


def _load(args: argparse.Namespace, path: Path, parse: Callable[[str | None], LoadedCase]) -> OpenedCase:
    """Parse a case read from ``path``, asking for its passphrase only if it is encrypted."""
    try:
        return OpenedCase(path=path, hearing=parse(None).hearing)
    except PassphraseRequiredError:
        pass
    given = given_passphrase(args)
    if given is not None:
        return _opened(path, parse(given), given)
    if not can_prompt():
        raise _no_terminal(path)
    for attempt in range(1, PROMPT_TRIES + 1):
        typed = getpass.getpass(f"Passphrase for {path.name}: ")
        try:
            return _opened(path, parse(typed), typed)
        except WrongPassphraseError:
            if attempt == PROMPT_TRIES:
                raise
            print("Wrong passphrase; try again.", file=sys.stderr)
    raise AssertionError("not reached")


def _opened(path: Path, loaded: LoadedCase, passphrase: str) -> OpenedCase:
    return OpenedCase(path=path, hearing=loaded.hearing, passphrase=passphrase, key=loaded.key)


def open_case(args: argparse.Namespace) -> Hearing:
    """Load the case named by ``args.case`` to read it (no lock: reading never conflicts with a writer).

    Raises:
        CaseFileError: the file cannot be opened (see :func:`open_case_for_update`).
    """
    path: Path = args.case
    data = read_bytes(path)
    return _load(args, path, lambda secret: parse_case_file(data, str(path), secret)).hearing


def save_opened(opened: OpenedCase) -> None:
    """Save a case back to where it came from, in the same form (plain stays plain; encrypted stays
    encrypted with the same passphrase), after checking that nobody changed it meanwhile.

    Raises:
        CaseChangedError: the file on disk changed since it was opened; nothing was written.
        WriteError: the file cannot be written; the old file stays as it was.
    """
    if opened.handle is not None:
        opened.handle.save(opened.hearing, opened.key)
    else:
        save_case_with_key(opened.hearing, opened.path, opened.key)


def new_passphrase(args: argparse.Namespace, path: Path, *, changing: bool = False) -> str:
    """A passphrase for a file about to be encrypted: given, or typed twice on the terminal.

    Args:
        args: the command's arguments.
        path: the file, named in prompts and messages.
        changing: the passphrase replaces another (``passwd``): it comes from ``--new-passphrase-file``
            or ``INTERVIEW_GUIDE_NEW_PASSPHRASE``, since the usual ones give the current passphrase.

    Raises:
        InterviewGuideError: too short, the two typed differ three times, or no passphrase and no terminal.
    """
    if changing:
        given = _given_new_passphrase(args)
        file_option, variable = "--new-passphrase-file", NEW_PASSPHRASE_VARIABLE
    else:
        given = given_passphrase(args)
        file_option, variable = "--passphrase-file", PASSPHRASE_VARIABLE
    if given is not None:
        _check_new(given)
        return given
    if not can_prompt():
        raise InterviewGuideError(
            f"{path}: give the new passphrase in {variable} or with {file_option} "
            "(there is no terminal to ask it on)"
        )
    for attempt in range(1, PROMPT_TRIES + 1):
        first = getpass.getpass(f"New passphrase for {path.name}: ")
        problem = _new_problem(first)
        if problem is None and getpass.getpass("The same passphrase again: ") == first:
            return first
        if attempt < PROMPT_TRIES:
            print(f"{problem or 'The two passphrases differ'}; try again.", file=sys.stderr)
    raise InterviewGuideError(f"{path}: no passphrase set ({problem or 'the two passphrases differed'})")


def _given_new_passphrase(args: argparse.Namespace) -> str | None:
    path: Path | None = getattr(args, "new_passphrase_file", None)
    if path is not None:
        return _first_line(path)
    return os.environ.get(NEW_PASSPHRASE_VARIABLE) or None


def _new_problem(passphrase: str) -> str | None:
    if len(passphrase) < MIN_NEW_PASSPHRASE:
        return f"A passphrase needs at least {MIN_NEW_PASSPHRASE} characters"
    return None


def _check_new(passphrase: str) -> None:
    problem = _new_problem(passphrase)
    if problem is not None:
        raise InterviewGuideError(f"{problem}.")
