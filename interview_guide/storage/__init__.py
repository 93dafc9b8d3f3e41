"""Everything that touches the disk: case files, banks, autosave, encryption. No Qt."""

from __future__ import annotations

from pathlib import Path

from interview_guide.core.hearing import Hearing
from interview_guide.storage.atomic import WriteError, write_atomic
from interview_guide.storage.autosave import Autosaver
from interview_guide.storage.case_file import LoadedCase, encode_case, parse_case_file, read_bytes
from interview_guide.storage.case_handle import CaseChangedError, CaseHandle
from interview_guide.storage.case_lock import CaseLock, CaseLockedError
from interview_guide.storage.crypto import (
    CaseKey,
    KdfParams,
    PassphraseRequiredError,
    default_kdf,
    is_encrypted_data,
)
from interview_guide.storage.ops import OpError, edit_paths, op_for
from interview_guide.storage.recovery import RecoveredHearing, SessionInfo, UnfinishedSession, find_unfinished


def load_case(path: str | Path, passphrase: str | None = None) -> Hearing:
    """Load a case file, plain or encrypted.

    Args:
        path: the .igcase file.
        passphrase: needed only when the file is encrypted (ignored for a plain file).

    Raises:
        PassphraseRequiredError: the file is encrypted and no passphrase was given.
        WrongPassphraseError: the passphrase does not open the file.
        CaseFileError: the file is missing, damaged, foreign or from a newer version.
    """
    return open_case_file(path, passphrase).hearing


def save_case(
    hearing: Hearing, path: str | Path, passphrase: str | None = None, *, kdf: KdfParams | None = None
) -> None:
    """Save a case file atomically; the record itself is not changed.

    With a passphrase the file is encrypted under a newly derived key (slow on purpose, about half a
    second); to save the same case again and again, derive a :class:`CaseKey` once and use
    :func:`save_case_with_key`.

    Args:
        hearing: the record.
        path: where to write.
        passphrase: encrypt with this passphrase; None writes a plain file.
        kdf: KDF parameters for the new key (default: the secure ones; tests pass cheap ones).

    Raises:
        CaseLockedError: the case file is open for writing elsewhere; nothing was written.
        WriteError: the file cannot be written (the old file stays as it was).
        CaseFileError: the passphrase is empty.
    """
    key = None if passphrase is None else CaseKey.derive(passphrase, kdf)
    save_case_with_key(hearing, path, key)


def open_case_file(path: str | Path, passphrase: str | None = None, key: CaseKey | None = None) -> LoadedCase:
    """Load a case file and keep its key, so later saves need no new key derivation.

    Args:
        path: the .igcase file.
        passphrase: for an encrypted file whose key is not given.
        key: a key already derived for this case (used when it belongs to the file).

    Returns:
        ``(hearing, key)``; the key is None for a plain file.

    Raises:
        PassphraseRequiredError, WrongPassphraseError, CaseFileError: as for :func:`load_case`.
    """
    path = Path(path)
    return parse_case_file(read_bytes(path), str(path), passphrase, key)


def save_case_with_key(hearing: Hearing, path: str | Path, key: CaseKey | None) -> None:
    """Save a case file atomically, encrypted with ``key`` (fast: no derivation), or plain if None.

    The case's lock is taken for the write, so a case open for writing elsewhere (a window, a
    command) is refused instead of overwritten. To save an open case again and again, with a check
    that nobody else wrote it meanwhile, use :class:`CaseHandle`.

    Raises:
        CaseLockedError: the case file is open for writing elsewhere; nothing was written.
        WriteError: the file cannot be written (the old file stays as it was).
    """
    data = encode_case(hearing, key)
    with CaseLock.acquire(Path(path)):
        write_atomic(Path(path), data)


def is_encrypted(path: str | Path) -> bool:
    """Whether a case file is encrypted (reads only its first bytes).

    Raises:
        CaseFileError: the file cannot be read.
    """
    return is_encrypted_data(read_bytes(Path(path), head=16))


__all__ = [
    "Autosaver",
    "CaseChangedError",
    "CaseHandle",
    "CaseKey",
    "CaseLock",
    "CaseLockedError",
    "KdfParams",
    "LoadedCase",
    "OpError",
    "PassphraseRequiredError",
    "RecoveredHearing",
    "SessionInfo",
    "UnfinishedSession",
    "WriteError",
    "default_kdf",
    "edit_paths",
    "find_unfinished",
    "is_encrypted",
    "load_case",
    "op_for",
    "open_case_file",
    "save_case",
    "save_case_with_key",
]
