"""Fuzzing the loaders: whatever the bytes, the result is a hearing or a clean InterviewGuideError."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_guide.core import editing
from interview_guide.core.errors import CaseFileError, InterviewGuideError, WrongPassphraseError
from interview_guide.core.hearing import ClaimType, Hearing
from interview_guide.storage.case_file import dump_case, parse_case_file
from interview_guide.storage.crypto import CaseKey, KdfParams
from interview_guide.storage.journal import HEAD_SIZE, JournalWriter, encode_op
from interview_guide.storage.journal_read import parse_journal

CHEAP = KdfParams.argon2id(memory_kib=8, iterations=1, lanes=1)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def _hearing() -> Hearing:
    hearing = editing.new_hearing([ClaimType.LGBTI], [], T0)
    hearing.case.applicant_name = "Fuzz Applicant"
    for n in range(1, 4):
        editing.add_entry(hearing, "life-now", f"Question {n}?", T0)
        editing.set_answer(hearing, n, f"Answer {n}.", T0)
    return hearing


HEARING = _hearing()
KEY = CaseKey.derive("pw", CHEAP)
PLAIN = dump_case(HEARING)
ENCRYPTED = KEY.encrypt_file(PLAIN)


def _journal_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return _write_journal(Path(tmp) / "fuzz.igjournal")


def _write_journal(path: Path) -> bytes:
    writer = JournalWriter.create(path, 0, KEY)
    ops = [{"seq": n, "at": T0.isoformat(), "path": "course_remarks", "value": f"r{n}"} for n in range(1, 6)]
    writer.append([(n, encode_op(op)) for n, op in enumerate(ops, start=1)])
    writer.close()
    return path.read_bytes()


JOURNAL = _journal_bytes()


def _load(data: bytes, passphrase: str | None = "pw") -> Hearing | None:
    try:
        return parse_case_file(data, "fuzz.igcase", passphrase).hearing
    except InterviewGuideError as exc:
        assert str(exc).startswith("fuzz.igcase: ")
        return None


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes(data: bytes) -> None:
    _load(data)
    _load(data, None)


@FUZZ
@given(st.binary(max_size=256))
def test_random_bytes_behind_the_magic(tail: bytes) -> None:
    assert _load(b"IGCRYPT\x00" + tail) is None


@FUZZ
@given(st.integers(min_value=0, max_value=len(ENCRYPTED) - 1))
def test_truncated_encrypted_file(length: int) -> None:
    assert _load(ENCRYPTED[:length]) is None


@FUZZ
@given(st.integers(min_value=0, max_value=len(ENCRYPTED) * 8 - 1))
def test_single_bit_flip_in_encrypted_file_is_damage_not_a_wrong_passphrase(bit: int) -> None:
    flipped = bytearray(ENCRYPTED)
    flipped[bit // 8] ^= 1 << (bit % 8)
    try:
        parse_case_file(bytes(flipped), "fuzz.igcase", "pw")
    except WrongPassphraseError:
        raise AssertionError("a damaged file was called a wrong passphrase") from None
    except CaseFileError:
        return
    raise AssertionError("a damaged encrypted file was loaded")


@FUZZ
@given(st.dictionaries(st.integers(0, len(ENCRYPTED) - 1), st.integers(1, 255), min_size=1, max_size=8))
def test_byte_changes_in_encrypted_file(changes: dict[int, int]) -> None:
    damaged = bytearray(ENCRYPTED)
    for position, mask in changes.items():  # distinct positions: changes never cancel out
        damaged[position] ^= mask
    assert _load(bytes(damaged)) is None


@FUZZ
@given(st.integers(0, len(PLAIN) - 1), st.integers(1, 255))
def test_byte_change_in_plain_file(position: int, mask: int) -> None:
    damaged = bytearray(PLAIN)
    damaged[position] ^= mask
    loaded = _load(bytes(damaged))
    assert loaded is None or isinstance(loaded, Hearing)  # a changed letter in a text can still be valid


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_damaged_journal_keeps_a_prefix(data: st.DataObject) -> None:
    good = JOURNAL
    reference = parse_journal(good, "j", key=KEY).ops
    assert len(reference) == 5
    cut = data.draw(st.integers(HEAD_SIZE, len(good)))
    junk = data.draw(st.binary(max_size=64))
    damaged = bytearray(good[:cut] + junk)
    if data.draw(st.booleans()) and len(damaged) > HEAD_SIZE + 60:
        position = data.draw(st.integers(HEAD_SIZE + 60, len(damaged) - 1))
        damaged[position] ^= data.draw(st.integers(1, 255))
    try:
        contents = parse_journal(bytes(damaged), "j", key=KEY)
    except InterviewGuideError:
        return  # only the header can make the whole journal unreadable
    assert contents.ops == reference[: len(contents.ops)]


@FUZZ
@given(st.binary(max_size=512))
def test_random_journal_bytes(data: bytes) -> None:
    for candidate in (data, b"IGJOURNL" + data):
        try:
            contents = parse_journal(candidate, "j", "pw")
        except InterviewGuideError as exc:
            assert str(exc).startswith("j: ")
        else:
            assert all(op["seq"] >= 1 for op in contents.ops)
