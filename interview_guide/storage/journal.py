"""The autosave journal: an append-only file of edits between snapshots, each record bound to its place.

Layout (integers big-endian)::

    head:    magic "IGJOURNL" (8) | version 2 (1) | flags (1; bit 0: encrypted) | reserved (2)
             | journal id (16, random) | base seq (8) | journal number (4) | session id (64, ASCII)
             | CRC-32 of the above (4)
             [encrypted: the 60-byte header of crypto.py, file kind JOURNAL]
    count:   records written (8) | proof (28)
    records: length (4) | payload (length) | CRC-32 of counter (8), length and payload (4)

The *file header* is the head plus the crypto header. A payload is one op (see ``ops.py``) as UTF-8
JSON; in an encrypted journal it is sealed with the case key (fresh nonce each) with associated
data = file header + the record's counter (0, 1, 2, ... in file order). The file header holds the
session id and the journal's number and base, which the reader checks against the folder and file
name it was found under, so a record is bound to the case (the key), the session, the file and its
place in the file. After every append (once the records are fsynced) the count is rewritten with a
proof (an empty AES-GCM seal over file header + count; a CRC in a plain journal).

``journal_read.py`` reads it back and says what it finds (a crash, removed, reordered or foreign
records, damage).
"""

from __future__ import annotations

import contextlib
import os
import struct
import zlib
from pathlib import Path

from interview_guide.core.errors import FileAction
from interview_guide.storage.atomic import WriteError, file_problem
from interview_guide.storage.bounded_reader import MAX_JOURNAL_BYTES
from interview_guide.storage.case_file import JOURNAL_MAGIC
from interview_guide.storage.crypto import (
    CaseKey,
    FileKind,
)
from interview_guide.storage.ops import Op

JOURNAL_VERSION = 2
FLAG_ENCRYPTED = 1
SESSION_FIELD = 64
HEAD_STRUCT = struct.Struct(f">8sBBH16sQI{SESSION_FIELD}s")
HEAD_SIZE = HEAD_STRUCT.size + 4
LENGTH = struct.Struct(">I")
COUNTER = struct.Struct(">Q")
COUNT_SIZE = 8 + 28  # the count and its proof (nonce and tag of an empty seal; a CRC in a plain journal)
MAX_RECORD = MAX_JOURNAL_BYTES  # a bigger length is damage, not a reason to allocate


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def encode_op(op: Op) -> bytes:
    """An op (with its ``seq``) as the UTF-8 JSON payload of a record."""
    import json

    return json.dumps(op, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def record_aad(header: bytes, counter: int) -> bytes:
    return header + b"R" + COUNTER.pack(counter)


def count_aad(header: bytes, count: int) -> bytes:
    return header + b"C" + COUNTER.pack(count)


def record_crc(counter: int, length_bytes: bytes, payload: bytes) -> int:
    return zlib.crc32(payload, zlib.crc32(length_bytes, zlib.crc32(COUNTER.pack(counter))))


def _encode_count(count: int, key: CaseKey | None, header: bytes) -> bytes:
    if key is not None:
        proof = key.seal(b"", count_aad(header, count))
    else:
        proof = LENGTH.pack(zlib.crc32(count_aad(header, count))) + bytes(24)
    return COUNTER.pack(count) + proof


def _encode_records(payloads: list[bytes], first: int, key: CaseKey | None, header: bytes) -> bytes:
    chunks = []
    for counter, payload in enumerate(payloads, start=first):
        if key is not None:
            payload = key.seal(payload, record_aad(header, counter))
        length = LENGTH.pack(len(payload))
        chunks += [length, payload, LENGTH.pack(record_crc(counter, length, payload))]
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
        self._size = len(header) + COUNT_SIZE
        self._count = 0
        self._folder_synced = False

    @classmethod
    def create(
        cls, path: Path, base_seq: int, key: CaseKey | None, *, session_id: str = "", number: int = 1
    ) -> JournalWriter:
        """Create a new journal file (it must not exist); it is made durable by the first append.

        Until then a crash can leave it empty or with half a header, which reads as an empty journal.

        Args:
            path: the new file.
            base_seq: the save point of the snapshot the journal's edits follow.
            key: the case key (None: a plain journal, for training cases).
            session_id: the autosave session the journal belongs to (bound into every record).
            number: the journal's number in its session (bound into every record).

        Raises:
            WriteError: naming the file and the reason; no file is left behind.
        """
        session = session_id.encode("ascii")
        if len(session) > SESSION_FIELD:
            raise ValueError(f"session id too long: {session_id!r}")
        flags = FLAG_ENCRYPTED if key else 0
        body = HEAD_STRUCT.pack(
            JOURNAL_MAGIC, JOURNAL_VERSION, flags, 0, os.urandom(16), base_seq, number, session
        )
        header = body + LENGTH.pack(zlib.crc32(body))
        if key is not None:
            header += key.header(FileKind.JOURNAL)
        open_flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = -1
        try:
            fd = os.open(path, open_flags, 0o600)
            _write_all(fd, header + _encode_count(0, key, header))
        except OSError as exc:
            if fd >= 0:
                os.close(fd)
                with contextlib.suppress(OSError):
                    os.unlink(path)
            raise file_problem(WriteError, path, FileAction.WRITE, exc, path) from exc
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
        payloads = [payload for _, payload in records]
        data = _encode_records(payloads, self._count, self._key, self._header)
        try:
            os.lseek(self._fd, self._size, os.SEEK_SET)
            _write_all(self._fd, data)
            os.fsync(self._fd)
            if not self._folder_synced:  # the new file's name must survive a power loss too
                _fsync_folder(self.path.parent)
                self._folder_synced = True
        except OSError as exc:
            self._cut_back()
            raise file_problem(WriteError, self.path, FileAction.WRITE, exc) from exc
        self._size += len(data)
        self._count += len(payloads)
        self.max_seq = max([self.max_seq, *(seq for seq, _ in records)])
        self._write_count()

    def _write_count(self) -> None:
        # After the records are durable, so the count never claims a record that is not on disk. It
        # reaches the disk with the next append's fsync (or the OS's own write-back); until then a
        # power loss only leaves it one append behind, which the reader accepts.
        with contextlib.suppress(OSError):
            os.lseek(self._fd, len(self._header), os.SEEK_SET)
            _write_all(self._fd, _encode_count(self._count, self._key, self._header))

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
