"""Recent case files, kept in the plain settings without a name in plain text.

The path of a case file may hold the applicant's name. For an encrypted case it is kept sealed
with the case key, beside the case's encryption header (salt, KDF costs, passphrase check): the
start screen shows the V-number (a case number) and when the case was last opened; reopening asks
the passphrase, which unseals the path and is the key of the case file at the same time (one
derivation). Only plain case files, which are for training and the demo, keep their path in plain.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interview_guide.core.errors import CaseFileError
from interview_guide.storage.crypto import CaseKey, FileKind, parse_header

MAX_RECENT = 8
_CONTEXT = b"IG recent case file\x00"


class RecentCase(BaseModel):
    """One recent case file."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    case_number: str = ""  # the V-number, if the case has one
    opened_at: dt.datetime
    path: str | None = None  # a plain (training) case file only
    sealed_path: str | None = None  # base64: the path sealed with the case key
    header: str | None = None  # base64: the case file's encryption header

    @property
    def encrypted(self) -> bool:
        """Whether the path is sealed (an encrypted case)."""
        return self.sealed_path is not None

    def unlock(self, passphrase: str) -> tuple[Path, CaseKey]:
        """The case file's path and key, from the passphrase of the case (slow: one key derivation).

        Raises:
            WrongPassphraseError: the passphrase does not open it.
            CaseFileError: the entry is damaged.
        """
        if self.sealed_path is None or self.header is None:
            raise CaseFileError("settings: this recent case is not encrypted")
        try:
            header = parse_header(base64.b64decode(self.header, validate=True), "settings", FileKind.CASE)
            sealed = base64.b64decode(self.sealed_path, validate=True)
        except (binascii.Error, ValueError):
            raise CaseFileError("settings: a recent case entry is damaged") from None
        key = CaseKey.unlock(header, passphrase, "the recent case")
        path = key.open(sealed, _CONTEXT, "settings")
        return Path(path.decode("utf-8", "surrogateescape")), key


def recent_entry(path: Path, case_number: str, key: CaseKey | None) -> RecentCase:
    """The entry for a case file just opened or saved (sealed with ``key`` when it is encrypted)."""
    now = dt.datetime.now().astimezone().replace(microsecond=0)
    resolved = str(Path(path).resolve())
    if key is None:
        return RecentCase(case_number=case_number, opened_at=now, path=resolved)
    sealed = key.seal(resolved.encode("utf-8", "surrogateescape"), _CONTEXT)
    return RecentCase(
        case_number=case_number,
        opened_at=now,
        sealed_path=base64.b64encode(sealed).decode("ascii"),
        header=base64.b64encode(key.header(FileKind.CASE)).decode("ascii"),
    )


def remember(recent: list[RecentCase], entry: RecentCase, key: CaseKey | None) -> list[RecentCase]:
    """``recent`` with ``entry`` first, and earlier entries of the same case file dropped.

    An encrypted entry is the same case when ``key`` opens its header (same salt and check) and its
    path unseals to the same file; plain entries compare their paths.
    """
    kept = [old for old in recent if not _same(old, entry, key)]
    return [entry, *kept][:MAX_RECENT]


def _same(old: RecentCase, new: RecentCase, key: CaseKey | None) -> bool:
    if new.path is not None:
        return old.path == new.path
    if key is None or old.header is None or old.sealed_path is None or new.sealed_path is None:
        return False
    try:
        header = parse_header(base64.b64decode(old.header), "settings", FileKind.CASE)
        if not key.opens(header):
            return False
        mine = key.open(base64.b64decode(new.sealed_path), _CONTEXT, "settings")
        return key.open(base64.b64decode(old.sealed_path), _CONTEXT, "settings") == mine
    except (CaseFileError, binascii.Error, ValueError):
        return False
