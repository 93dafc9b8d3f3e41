"""Reading the autosave journal (format in ``journal.py``): every record checked against its place.

What the reader reports:

* a record cut short at the end of the file, after every counted record: the app stopped while
  writing it (a crash); everything before it is kept;
* fewer records than the count says: records were removed from the end;
* a record whose counter is not its place: records were removed from the middle, reordered, or
  repeated, named as such;
* an encrypted record that opens under no counter of this journal: a record from another journal
  or session (foreign);
* a checksum that matches no counter: damage.

The read stops at the first problem; the records before it are kept. A plain journal (training
cases) has checksums, not proofs: it detects accidents, not deliberate changes.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from interview_guide.core.errors import CaseFileError
from interview_guide.storage.bounded_reader import MAX_JOURNAL_BYTES, loads_bounded_json, read_bounded
from interview_guide.storage.case_file import JOURNAL_MAGIC
from interview_guide.storage.crypto import (
    HEADER_SIZE,
    CaseKey,
    FileKind,
    PassphraseRequiredError,
    parse_header,
)
from interview_guide.storage.journal import (
    COUNT_SIZE,
    FLAG_ENCRYPTED,
    HEAD_SIZE,
    HEAD_STRUCT,
    JOURNAL_VERSION,
    LENGTH,
    MAX_RECORD,
    count_aad,
    record_aad,
    record_crc,
)
from interview_guide.storage.ops import Op, OpError, check_op

_SEARCH = 4096  # counters tried when naming a misplaced record


class ForeignFileError(CaseFileError):
    """An autosave file that belongs to another session, or to another place in this one."""


@dataclass
class JournalContents:
    """What could be read from one journal file."""

    base_seq: int
    ops: list[Op] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    key: CaseKey | None = None
    tampered: bool = False  # records were removed, reordered or put in (not a crash, not plain damage)


@dataclass(frozen=True)
class Binding:
    """Where a journal was found: its session (folder name) and its number and base (file name)."""

    session_id: str
    number: int
    base_seq: int


def read_journal(
    path: Path, passphrase: str | None = None, key: CaseKey | None = None, binding: Binding | None = None
) -> JournalContents:
    """Read the good records of a journal, in file order; a bad record ends the read with a warning.

    Args:
        path: the journal file.
        passphrase: for an encrypted journal whose key is not given.
        key: the case key (used when it belongs to this journal; no derivation then).
        binding: the session, number and base the journal must belong to (recovery passes what the
            folder and file name say); None accepts what the file says.

    Raises:
        PassphraseRequiredError, WrongPassphraseError: the journal is encrypted and cannot be unlocked.
        CaseFileError: the file cannot be read, its header is damaged, or it belongs elsewhere.
    """
    data = read_bounded(path, MAX_JOURNAL_BYTES, what="autosave journal", error=CaseFileError)
    return parse_journal(data, str(path), passphrase, key, binding)


def is_plain_journal(data: bytes) -> bool:
    """Whether ``data`` starts like a journal without encryption (its flag byte is readable)."""
    return data.startswith(JOURNAL_MAGIC) and len(data) > 9 and not data[9] & FLAG_ENCRYPTED


def parse_journal(
    data: bytes,
    source: str,
    passphrase: str | None = None,
    key: CaseKey | None = None,
    binding: Binding | None = None,
) -> JournalContents:
    """Parse a journal's content (see :func:`read_journal`); ``source`` names it in messages."""
    name = os.path.basename(source)
    if len(data) < HEAD_SIZE and JOURNAL_MAGIC.startswith(data[: len(JOURNAL_MAGIC)]):
        return JournalContents(binding.base_seq if binding else 0)  # created just before a crash
    if not data.startswith(JOURNAL_MAGIC):
        raise CaseFileError(f"{source}: damaged or not an autosave journal (no journal header)")
    body = data[: HEAD_STRUCT.size]
    _, version, flags, _, _, base_seq, number, session = HEAD_STRUCT.unpack(body)
    if LENGTH.unpack(data[HEAD_STRUCT.size : HEAD_SIZE])[0] != zlib.crc32(body):
        raise CaseFileError(f"{source}: damaged: the journal header does not match its checksum")
    if version != JOURNAL_VERSION:
        raise CaseFileError(
            f"{source}: an autosave journal of format {version}, which this version does not read "
            f"(it reads format {JOURNAL_VERSION})"
        )
    _check_binding(binding, session.rstrip(b"\x00").decode("ascii", "replace"), number, base_seq, source)
    contents = JournalContents(base_seq)
    offset = HEAD_SIZE
    if flags & FLAG_ENCRYPTED:
        if len(data) < HEAD_SIZE + HEADER_SIZE + COUNT_SIZE:
            return contents  # created just before a crash: no edit was in it yet
        header = parse_header(data[HEAD_SIZE:], source, FileKind.JOURNAL)
        if key is None or not key.opens(header):
            if passphrase is None:
                raise PassphraseRequiredError(f"{source}: is encrypted; a passphrase is needed to open it")
            key = CaseKey.unlock(header, passphrase, source)
        contents.key = key
        offset += HEADER_SIZE
    elif len(data) < HEAD_SIZE + COUNT_SIZE:
        return contents
    reader = _Reader(data, data[:offset], contents.key, source)
    counted = reader.count(offset)
    reader.read_records(offset + COUNT_SIZE, contents, counted, name)
    return contents


def _check_binding(binding: Binding | None, session: str, number: int, base_seq: int, source: str) -> None:
    if binding is None:
        return
    if session != binding.session_id:
        raise ForeignFileError(
            f"{source}: belongs to another autosave session ({session or 'none'}); it was copied "
            "into this one, so its edits were not used"
        )
    if (number, base_seq) != (binding.number, binding.base_seq):
        raise ForeignFileError(
            f"{source}: is journal {number} (after save point {base_seq}) of this session under "
            "another name; it was renamed or copied, so its edits were not used"
        )


class _Reader:
    """Reads the count and the records of one journal's content."""

    def __init__(self, data: bytes, header: bytes, key: CaseKey | None, source: str) -> None:
        self.data = data
        self.header = header
        self.key = key
        self.source = source

    def count(self, offset: int) -> int | None:
        """The record count the writer left, or None when its proof fails."""
        raw = self.data[offset : offset + COUNT_SIZE]
        count = int.from_bytes(raw[:8], "big")
        if self.key is not None:
            try:
                self.key.open(raw[8:], count_aad(self.header, count), self.source)
            except CaseFileError:
                return None
        elif LENGTH.unpack(raw[8:12])[0] != zlib.crc32(count_aad(self.header, count)):
            return None
        return count

    def _frame(self, offset: int) -> tuple[bytes, bytes, int, int] | None:
        """(length bytes, payload, stored CRC, end) of the record at ``offset``; None if cut short."""
        data = self.data
        if len(data) - offset < LENGTH.size:
            return None
        length_bytes = data[offset : offset + LENGTH.size]
        (length,) = LENGTH.unpack(length_bytes)
        end = offset + LENGTH.size + length + LENGTH.size
        if length > MAX_RECORD or end > len(data):
            return None
        payload = data[offset + LENGTH.size : end - LENGTH.size]
        return length_bytes, payload, LENGTH.unpack(data[end - LENGTH.size : end])[0], end

    def _counter_of(self, length_bytes: bytes, payload: bytes, crc: int, limit: int) -> int | None:
        """The counter a record was written with (by its CRC and, if encrypted, its seal), or None."""
        for counter in range(limit):
            if record_crc(counter, length_bytes, payload) != crc:
                continue
            if self.key is None:
                return counter
            with contextlib.suppress(CaseFileError):
                self.key.open(payload, record_aad(self.header, counter), self.source)
                return counter
        return None

    def read_records(self, offset: int, contents: JournalContents, counted: int | None, name: str) -> None:
        """Read records from ``offset`` into ``contents``; the first problem ends the read with a warning."""
        counter = 0
        problem: str | None = None
        # Space never written before a power loss reads as zeros: it ends the journal like its end.
        while offset < len(self.data) and any(self.data[offset:]):
            frame = self._frame(offset)
            if frame is None:
                problem = self._cut_short(offset, counter, counted, contents, name)
                break
            length_bytes, payload, crc, end = frame
            problem = self._check(counter, length_bytes, payload, crc, offset, contents)
            if problem is not None:
                break
            try:
                op = loads_bounded_json(
                    self._open(counter, payload), self.source, what="journal record", error=CaseFileError
                )
                contents.ops.append(check_op(op))
            except (CaseFileError, OpError):
                problem = f"damaged after {counter} good edits (record {counter + 1} is unreadable)"
                break
            counter += 1
            offset = end
        else:
            if counted is not None and counter < counted:
                problem = self._removed_at_end(counter, counted)
                contents.tampered = True
            elif counted is None and self.key is not None:
                problem = "its record count does not match its proof (the journal was changed)"
                contents.tampered = True
        if problem:
            contents.warnings.append(f"{name}: {problem}; the rest was left out")

    def _cut_short(
        self, offset: int, counter: int, counted: int | None, contents: JournalContents, name: str
    ) -> str:
        """What a record cut short at ``offset`` means: a crash (warned here, returns "") or not."""
        if len(self.data) - offset >= LENGTH.size:
            (length,) = LENGTH.unpack(self.data[offset : offset + LENGTH.size])
            if length > MAX_RECORD:
                return f"damaged after {counter} good edits (a damaged record length)"
        if counted is None or counter >= counted:
            contents.warnings.append(
                f"{name}: the last edit was incomplete (the app stopped while writing it) and was left out"
            )
            return ""
        contents.tampered = True
        return self._removed_at_end(counter, counted)

    def _open(self, counter: int, payload: bytes) -> bytes:
        if self.key is None:
            return payload
        return self.key.open(payload, record_aad(self.header, counter), self.source)

    @staticmethod
    def _removed_at_end(counter: int, counted: int) -> str:
        missing = counted - counter
        what = "edit record was" if missing == 1 else f"{missing} edit records were"
        return (
            f"the last {what} removed after being written (the journal counts {counted} records, "
            f"{counter} are there)"
        )

    def _check(
        self,
        counter: int,
        length_bytes: bytes,
        payload: bytes,
        crc: int,
        offset: int,
        contents: JournalContents,
    ) -> str | None:
        """None when the record at ``offset`` is record ``counter`` of this journal; else what it is."""
        if record_crc(counter, length_bytes, payload) == crc:
            if self.key is None:
                return None
            try:
                self.key.open(payload, record_aad(self.header, counter), self.source)
                return None
            except CaseFileError:
                pass
        found = self._counter_of(length_bytes, payload, crc, counter + _SEARCH)
        if found is None:
            if self.key is not None and any(
                record_crc(c, length_bytes, payload) == crc for c in range(counter + _SEARCH)
            ):
                contents.tampered = True
                return (
                    f"record {counter + 1} is not from this journal (a record of another journal or "
                    "session was put in)"
                )
            return f"damaged after {counter} good edits (record {counter + 1}: checksum mismatch)"
        contents.tampered = True
        if found < counter:
            return (
                f"record {counter + 1} repeats record {found + 1} (the journal's records were replayed "
                "or reordered)"
            )
        later = self._later_counters(offset, counter + _SEARCH)
        if counter in later:
            return (
                f"records {counter + 1} to {found + 1} are out of order (the journal's records were swapped)"
            )
        missing = found - counter
        what = f"record {counter + 1} was" if missing == 1 else f"records {counter + 1} to {found} were"
        return f"edit {what} removed from the middle (record {found + 1} follows record {counter})"

    def _later_counters(self, offset: int, limit: int) -> list[int]:
        """The counters of the records from ``offset`` on, as far as they can be told."""
        found = []
        while offset < len(self.data):
            frame = self._frame(offset)
            if frame is None:
                break
            length_bytes, payload, crc, end = frame
            counter = self._counter_of(length_bytes, payload, crc, limit)
            if counter is not None:
                found.append(counter)
            offset = end
        return found
