"""Save and load .igcase files: the JSON dump of the Hearing model, plain or encrypted, written atomically.

An encrypted file holds the same JSON under AES-256-GCM (see ``crypto.py``); nothing decrypted is
ever written to disk. Older schema versions migrate through small functions in MIGRATIONS; newer
ones are refused with a clear message, never half-read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from interview_guide.core.bank_loader import format_loc
from interview_guide.core.errors import CaseFileError
from interview_guide.core.hearing import SCHEMA_VERSION, Hearing, upgrade_v1, upgrade_v2, upgrade_v3
from interview_guide.storage.bounded_reader import MAX_CASE_BYTES, loads_bounded_json, read_bounded
from interview_guide.storage.crypto import CaseKey, decrypt_file, is_encrypted_data

CASE_SUFFIX = ".igcase"


# MIGRATIONS[n] turns a version-n dict into a version-(n+1) dict.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: upgrade_v1,
    2: upgrade_v2,
    3: upgrade_v3,
}
_MAX_PROBLEMS_SHOWN = 3
# The first bytes of an autosave journal (journal.py), recognised to give a helpful message.
JOURNAL_MAGIC = b"IGJOURNL"


class LoadedCase(NamedTuple):
    """A loaded hearing and the key it was encrypted with (None for a plain file)."""

    hearing: Hearing
    key: CaseKey | None


def dump_case(hearing: Hearing) -> bytes:
    """The plain file form of a hearing: indented UTF-8 JSON, readable by other tools."""
    return (hearing.model_dump_json(indent=1) + "\n").encode("utf-8")


def parse_case(data: bytes, source: str) -> Hearing:
    """Parse the plain JSON form of a hearing.

    Args:
        data: the file content.
        source: the name used in error messages.

    Raises:
        CaseFileError: naming ``source`` and what is wrong.
    """
    raw = loads_bounded_json(data, source, what="case file", error=CaseFileError)
    if not isinstance(raw, dict) or "schema_version" not in raw:
        raise CaseFileError(f"{source}: not an Interview Guide case file (no schema_version)")
    raw = migrate(raw, source)
    try:
        return Hearing.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors()
        shown = "; ".join(f"{format_loc(e['loc'])}: {e['msg']}" for e in errors[:_MAX_PROBLEMS_SHOWN])
        more = f" (and {len(errors) - _MAX_PROBLEMS_SHOWN} more)" if len(errors) > _MAX_PROBLEMS_SHOWN else ""
        raise CaseFileError(f"{source}: invalid case file: {shown}{more}") from None


def migrate(raw: dict[str, Any], source: str) -> dict[str, Any]:
    """Bring an older record up to SCHEMA_VERSION.

    Raises:
        CaseFileError: the version is not a known one (for example a newer app wrote the file).
    """
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CaseFileError(f"{source}: invalid schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise CaseFileError(
            f"{source}: written by a newer version of Interview Guide (schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}); update the app to open it"
        )
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
        raw["schema_version"] = version
    return raw


def read_bytes(path: Path, head: int | None = None, *, max_bytes: int = MAX_CASE_BYTES) -> bytes:
    """Read a case file (or only its first ``head`` bytes) through the shared bounded reader.

    Raises:
        CaseFileError: naming the file: missing, a folder, a pipe or device, too large, unreadable.
    """
    if head is not None:
        return read_bounded(path, head, what="case file", error=CaseFileError, head=True)
    return read_bounded(path, max_bytes, what="case file", error=CaseFileError)


def case_file_hash(path: Path) -> str | None:
    """The SHA-256 of a case file's bytes (its fingerprint on disk), or None when it cannot be read."""
    try:
        return hashlib.sha256(read_bytes(path)).hexdigest()
    except CaseFileError:
        return None


def parse_case_file(
    data: bytes, source: str, passphrase: str | None = None, key: CaseKey | None = None
) -> LoadedCase:
    """Parse a case file's content, plain or encrypted.

    Args:
        data: the file content.
        source: the name used in error messages.
        passphrase: used only if the file is encrypted and ``key`` does not belong to it.
        key: a key already derived for this case (skips the slow derivation).

    Raises:
        PassphraseRequiredError: the file is encrypted and neither a passphrase nor its key was given.
        WrongPassphraseError: the passphrase does not open the file.
        CaseFileError: the file is empty, damaged, foreign or from a newer version.
    """
    if not data:
        raise CaseFileError(f"{source}: damaged or not a case file (empty file, invalid JSON)")
    if data.startswith(JOURNAL_MAGIC):
        raise CaseFileError(f"{source}: is an autosave journal, not a case file")
    if is_encrypted_data(data):
        plain, used = decrypt_file(data, source, passphrase, key)
        return LoadedCase(parse_case(plain, source), used)
    return LoadedCase(parse_case(data, source), None)


def encode_case(hearing: Hearing, key: CaseKey | None) -> bytes:
    """The file content of a hearing: plain JSON, or encrypted with ``key`` (a fresh nonce each time)."""
    plain = dump_case(hearing)
    return plain if key is None else key.encrypt_file(plain)
