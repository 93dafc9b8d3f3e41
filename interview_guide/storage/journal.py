"""The autosave journal: an append-only file of edits between snapshots, each record checksummed and fsynced.

Layout (integers big-endian)::

    head:    magic "IGJOURNL" (8) | version (1) | flags (1; bit 0: encrypted) | reserved (2)
             | journal id (16) | base seq (8) | CRC-32 of the above (4)
             [encrypted: the 60-byte header of crypto.py, file kind JOURNAL]
    records: length (4) | payload (length) | CRC-32 of length and payload (4)

A payload is one op (see ``ops.py``) as UTF-8 JSON; in an encrypted journal it is sealed with the
case key (fresh nonce each) with the whole file header as associated data. A record cut short by a
crash, or damaged, ends the readable part: everything before it is kept, a warning says what was
left out.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from interview_guide.core.errors import CaseFileError
from interview_guide.storage.atomic import WriteError, describe_os_error
from interview_guide.storage.bounded_reader import MAX_JOURNAL_BYTES, loads_bounded_json, read_bounded
from interview_guide.storage.case_file import JOURNAL_MAGIC
from interview_guide.storage.crypto import (
    HEADER_SIZE,
    CaseKey,
    FileKind,
    PassphraseRequiredError,
    parse_header,
)
from interview_guide.storage.ops import Op, OpError, check_op

JOURNAL_VERSION = 1
_FLAG_ENCRYPTED = 1
_HEAD = struct.Struct(">8sBBH16sQ")
HEAD_SIZE = _HEAD.size + 4
_LENGTH = struct.Struct(">I")
MAX_RECORD = MAX_JOURNAL_BYTES  # larger than any op; a bigger length is damage, not a reason to allocate


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def encode_op(op: Op) -> bytes:
    """An op (with its ``seq``) as the UTF-8 JSON payload of a record."""
    return json.dumps(op, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _encode_records(payloads: list[bytes], key: CaseKey | None, header: bytes) -> bytes:
    chunks = []
    for payload in payloads:
        if key is not None:
            payload = key.seal(payload, header)
        length = _LENGTH.pack(len(payload))
        chunks += [length, payload, _LENGTH.pack(zlib.crc32(payload, zlib.crc32(length)))]
    return b"".join(chunks)


class JournalWriter:
    """Appends op records to one journal file; after a failed append the file is cut back to its good end."""

    def __init__(self, path: Path, fd: int, header: bytes, key: CaseKey | None, base_seq: int) -> None:
        self.path = path
        self.base_seq = base_seq
        self.max_seq = base_seq
        self.broken = False  # a failed append could not be undone: write to a new journal
        self._fd = fd
        self._header = header
        self._key = key
        self._size = len(header)
        self._folder_synced = False

    @classmethod
    def create(cls, path: Path, base_seq: int, key: CaseKey | None) -> JournalWriter:
        """Create a new journal file (it must not exist); it is made durable by the first append.

        Until then a crash can leave it empty or with half a header, which reads as an empty journal.

        Raises:
            WriteError: naming the file and the reason; no file is left behind.
        """
        body = _HEAD.pack(
            JOURNAL_MAGIC, JOURNAL_VERSION, _FLAG_ENCRYPTED if key else 0, 0, os.urandom(16), base_seq
        )
        header = body + _LENGTH.pack(zlib.crc32(body))
        if key is not None:
            header += key.header(FileKind.JOURNAL)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = -1
        try:
            fd = os.open(path, flags, 0o600)
            _write_all(fd, header)
        except OSError as exc:
            if fd >= 0:
                os.close(fd)
                with contextlib.suppress(OSError):
                    os.unlink(path)
            raise WriteError(f"{path}: cannot be written: {describe_os_error(exc)}") from exc
        return cls(path, fd, header, key, base_seq)

    def append(self, records: list[tuple[int, bytes]]) -> None:
        """Append records and fsync; all of them are on disk when this returns.

        Args:
            records: (seq, op as JSON from :func:`encode_op`) pairs.

        Raises:
            WriteError: naming the file and the reason; the journal still ends after its last good record.
        """
        if self.broken:
            raise WriteError(f"{self.path}: cannot be written: an earlier write failed")
        data = _encode_records([payload for _, payload in records], self._key, self._header)
        try:
            os.lseek(self._fd, self._size, os.SEEK_SET)
            _write_all(self._fd, data)
            os.fsync(self._fd)
            if not self._folder_synced:  # the new file's name must survive a power loss too
                _fsync_folder(self.path.parent)
                self._folder_synced = True
        except OSError as exc:
            self._cut_back()
            raise WriteError(f"{self.path}: cannot be written: {describe_os_error(exc)}") from exc
        self._size += len(data)
        self.max_seq = max([self.max_seq, *(seq for seq, _ in records)])

    def _cut_back(self) -> None:
        # A half-written record would hide every later record from the reader: remove it now.
        try:
            os.ftruncate(self._fd, self._size)
            os.fsync(self._fd)
        except OSError:
            self.broken = True

    def close(self) -> None:
        """Close the file (it stays on disk)."""
        with contextlib.suppress(OSError):
            os.close(self._fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


@dataclass
class JournalContents:
    """What could be read from one journal file."""

    base_seq: int
    ops: list[Op] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    key: CaseKey | None = None


def read_journal(path: Path, passphrase: str | None = None, key: CaseKey | None = None) -> JournalContents:
    """Read the good records of a journal, in file order; a bad record ends the read with a warning.

    Args:
        path: the journal file.
        passphrase: for an encrypted journal whose key is not given.
        key: the case key (used when it belongs to this journal; no derivation then).

    Raises:
        PassphraseRequiredError, WrongPassphraseError: the journal is encrypted and cannot be unlocked.
        CaseFileError: the file cannot be read or its header is damaged (nothing in it can be used).
    """
    data = read_bounded(path, MAX_JOURNAL_BYTES, what="autosave journal", error=CaseFileError)
    return parse_journal(data, str(path), passphrase, key)


def parse_journal(
    data: bytes, source: str, passphrase: str | None = None, key: CaseKey | None = None
) -> JournalContents:
    """Parse a journal's content (see :func:`read_journal`); ``source`` names it in messages."""
    name = os.path.basename(source)
    if len(data) < HEAD_SIZE and JOURNAL_MAGIC.startswith(data[: len(JOURNAL_MAGIC)]):
        return JournalContents(0)  # created just before a crash: no edit was in it yet
    if not data.startswith(JOURNAL_MAGIC):
        raise CaseFileError(f"{source}: damaged or not an autosave journal (no journal header)")
    body = data[: _HEAD.size]
    _, version, flags, _, _, base_seq = _HEAD.unpack(body)
    if _LENGTH.unpack(data[_HEAD.size : HEAD_SIZE])[0] != zlib.crc32(body):
        raise CaseFileError(f"{source}: damaged: the journal header does not match its checksum")
    if version != JOURNAL_VERSION:
        raise CaseFileError(
            f"{source}: written by a newer version of Interview Guide (journal format {version})"
        )
    contents = JournalContents(base_seq)
    offset = HEAD_SIZE
    if flags & _FLAG_ENCRYPTED:
        if len(data) < HEAD_SIZE + HEADER_SIZE:
            return contents  # created just before a crash: no edit was in it yet
        header = parse_header(data[HEAD_SIZE:], source, FileKind.JOURNAL)
        if key is None or not key.opens(header):
            if passphrase is None:
                raise PassphraseRequiredError(f"{source}: is encrypted; a passphrase is needed to open it")
            key = CaseKey.unlock(header, passphrase, source)
        contents.key = key
        offset += HEADER_SIZE
    associated = data[:offset]
    while offset < len(data):
        problem, end = _read_record(data, offset, contents, associated, source)
        if problem is not None:
            if end >= len(data):
                note = f"the last edit was {problem} (the app stopped while writing it) and was left out"
            else:
                note = f"damaged after {len(contents.ops)} good edits ({problem}); the rest was left out"
            contents.warnings.append(f"{name}: {note}")
            break
        offset = end
    return contents


def _read_record(
    data: bytes, offset: int, contents: JournalContents, associated: bytes, source: str
) -> tuple[str | None, int]:
    """Read one record into ``contents``; returns (problem or None, end offset of the record)."""
    if len(data) - offset < _LENGTH.size:
        return "incomplete", len(data)
    length_bytes = data[offset : offset + _LENGTH.size]
    (length,) = _LENGTH.unpack(length_bytes)
    end = offset + _LENGTH.size + length + _LENGTH.size
    if length > MAX_RECORD:
        return "a damaged record length", len(data) + 1
    if end > len(data):
        return "incomplete", len(data)
    payload = data[offset + _LENGTH.size : end - _LENGTH.size]
    if _LENGTH.unpack(data[end - _LENGTH.size : end])[0] != zlib.crc32(payload, zlib.crc32(length_bytes)):
        return "damaged (checksum mismatch)", end
    try:
        if contents.key is not None:
            payload = contents.key.open(payload, associated, source)
        contents.ops.append(
            check_op(loads_bounded_json(payload, source, what="journal record", error=CaseFileError))
        )
    except (CaseFileError, OpError):
        return "unreadable", end
    return None, end
