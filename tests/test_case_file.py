"""Case files through the public storage API: round trips, and a clear error for every kind of bad file."""

from __future__ import annotations

import errno
import inspect
import json
import os
import re
from pathlib import Path

import pytest

from interview_guide.core.errors import CaseFileError, InterviewGuideError, WrongPassphraseError
from interview_guide.core.hearing import SCHEMA_VERSION, Hearing
from interview_guide.storage import (
    CaseKey,
    KdfParams,
    PassphraseRequiredError,
    WriteError,
    default_kdf,
    is_encrypted,
    load_case,
    open_case_file,
    save_case,
    save_case_with_key,
)
from interview_guide.storage.crypto import parse_header

CHEAP = KdfParams.argon2id(memory_kib=8, iterations=1, lanes=1)


@pytest.mark.parametrize("as_str", [False, True], ids=["Path", "str"])
@pytest.mark.parametrize("passphrase", [None, "s3cret passphrase"], ids=["plain", "encrypted"])
def test_round_trip(tmp_path: Path, small_hearing: Hearing, as_str: bool, passphrase: str | None) -> None:
    before = small_hearing.model_copy(deep=True)
    path: str | Path = tmp_path / "case.igcase"
    if as_str:
        path = str(path)
    save_case(small_hearing, path, passphrase, kdf=CHEAP)
    assert small_hearing == before  # saving never changes the record
    assert load_case(path, passphrase) == small_hearing
    assert is_encrypted(path) is (passphrase is not None)


def test_public_entry_points_keep_their_names(tmp_path: Path, small_hearing: Hearing) -> None:
    # Issue 14, point 7: scripts and tests call these by keyword; a renamed parameter breaks them.
    assert list(inspect.signature(load_case).parameters) == ["path", "passphrase"]
    assert list(inspect.signature(save_case).parameters)[:3] == ["hearing", "path", "passphrase"]
    target = tmp_path / "keywords.igcase"
    save_case(hearing=small_hearing, path=target, passphrase="s3cret passphrase", kdf=CHEAP)
    assert load_case(path=target, passphrase="s3cret passphrase") == small_hearing
    save_case(small_hearing, target)  # the passphrase is optional: a plain file
    assert load_case(target) == small_hearing


def test_plain_file_is_readable_json(tmp_path: Path, small_hearing: Hearing) -> None:
    save_case(small_hearing, tmp_path / "case.igcase")
    raw = json.loads((tmp_path / "case.igcase").read_text(encoding="utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION and raw["case"]["applicant_name"] == "Test Applicant"


def test_encrypted_file_holds_no_plain_text(tmp_path: Path, small_hearing: Hearing) -> None:
    save_case(small_hearing, tmp_path / "case.igcase", "pw", kdf=CHEAP)
    data = (tmp_path / "case.igcase").read_bytes()
    for secret in (b"Test Applicant", b"1234567890", b"I love men", b"schema_version"):
        assert secret not in data
    assert not [p.name for p in tmp_path.iterdir() if p.name != "case.igcase"]  # no temp files


def test_save_case_uses_the_secure_default_kdf(tmp_path: Path, small_hearing: Hearing) -> None:
    save_case(small_hearing, tmp_path / "case.igcase", "pw")
    assert parse_header((tmp_path / "case.igcase").read_bytes(), "x").kdf == default_kdf()


def test_key_is_derived_once_and_reused(
    tmp_path: Path, small_hearing: Hearing, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.igcase"
    save_case(small_hearing, path, "pw", kdf=CHEAP)
    hearing, key = open_case_file(path, "pw")
    assert key is not None
    calls: list[bytes] = []
    real = KdfParams.derive
    monkeypatch.setattr(KdfParams, "derive", lambda self, s, salt: calls.append(s) or real(self, s, salt))
    hearing.course_remarks = "changed"
    save_case_with_key(hearing, path, key)
    assert open_case_file(path, key=key).hearing.course_remarks == "changed"
    assert calls == []  # neither the save nor the reopening with the key derived anything
    assert load_case(path, "pw").course_remarks == "changed"  # and the passphrase still opens it


def test_save_with_no_key_writes_plain(tmp_path: Path, small_hearing: Hearing) -> None:
    save_case_with_key(small_hearing, tmp_path / "case.igcase", None)
    assert not is_encrypted(tmp_path / "case.igcase")


def test_passphrase_is_ignored_for_a_plain_file(tmp_path: Path, small_hearing: Hearing) -> None:
    save_case(small_hearing, tmp_path / "case.igcase")
    assert open_case_file(tmp_path / "case.igcase", "anything") == (small_hearing, None)


def test_encrypted_file_needs_the_right_passphrase(tmp_path: Path, small_hearing: Hearing) -> None:
    path = tmp_path / "case.igcase"
    save_case(small_hearing, path, "right", kdf=CHEAP)
    with pytest.raises(PassphraseRequiredError, match=re.escape(str(path))):
        load_case(path)
    with pytest.raises(WrongPassphraseError, match=re.escape(f"{path}: wrong passphrase")):
        load_case(path, "wrong")
    assert load_case(path, "right") == small_hearing  # another try works


def _plain(hearing: Hearing) -> bytes:
    return (hearing.model_dump_json(indent=1) + "\n").encode()


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty file, invalid JSON"),
    "not json": (b"hello, world", "invalid JSON"),
    "not utf-8": (b"\xff\xfe\x00{", "not UTF-8"),
    "json list": (b"[1, 2, 3]", "no schema_version"),
    "foreign json": (b'{"name": "something else"}', "no schema_version"),
    "newer schema": (b'{"schema_version": 99}', "newer version"),
    "bad schema version": (b'{"schema_version": "one"}', "invalid schema_version"),
    "invalid record": (b'{"schema_version": 1, "sittings": []}', "invalid case file: sittings"),
    "journal": (b"IGJOURNL" + bytes(40), "autosave journal"),
    "deeply nested": (b"[" * 100_000, "damaged"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_gives_a_clear_error_naming_it(tmp_path: Path, name: str) -> None:
    data, message = BAD_FILES[name]
    path = tmp_path / "bad.igcase"
    path.write_bytes(data)
    with pytest.raises(CaseFileError, match=message) as caught:
        load_case(path, "pw")
    assert str(caught.value).startswith(str(path))


def test_truncated_plain_file(tmp_path: Path, small_hearing: Hearing) -> None:
    data = _plain(small_hearing)
    path = tmp_path / "cut.igcase"
    for length in (1, len(data) // 3, len(data) - 3):
        path.write_bytes(data[:length])
        with pytest.raises(CaseFileError, match=re.escape(str(path))):
            load_case(path)


def test_truncated_and_bit_flipped_encrypted_file(tmp_path: Path, small_hearing: Hearing) -> None:
    path = tmp_path / "enc.igcase"
    save_case(small_hearing, path, "pw", kdf=CHEAP)
    good = path.read_bytes()
    damaged = [good[:n] for n in (3, 40, 61, 80, len(good) - 1)]
    damaged += [
        good[:i] + bytes([good[i] ^ 0x04]) + good[i + 1 :] for i in (0, 9, 12, 40, 70, 200, len(good) - 2)
    ]
    for data in damaged:
        path.write_bytes(data)
        with pytest.raises(CaseFileError, match=re.escape(str(path))) as caught:
            load_case(path, "pw")
        assert not isinstance(caught.value, WrongPassphraseError)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="no such case file"):
        load_case(tmp_path / "missing.igcase")
    with pytest.raises(CaseFileError, match="is a folder"):
        load_case(tmp_path)
    with pytest.raises(CaseFileError, match="no such case file"):
        is_encrypted(tmp_path / "missing.igcase")


def test_one_bad_file_does_not_block_others(tmp_path: Path, small_hearing: Hearing) -> None:
    (tmp_path / "a.igcase").write_bytes(b"garbage")
    save_case(small_hearing, tmp_path / "b.igcase", "pw", kdf=CHEAP)
    opened, problems = [], []
    for path in sorted(tmp_path.iterdir()):
        try:
            opened.append(load_case(path, "pw"))
        except InterviewGuideError as exc:
            problems.append(str(exc))
    assert opened == [small_hearing] and len(problems) == 1


def test_failed_save_keeps_the_old_file(
    tmp_path: Path, small_hearing: Hearing, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.igcase"
    save_case(small_hearing, path, "pw", kdf=CHEAP)
    good = path.read_bytes()
    key = open_case_file(path, "pw").key

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    small_hearing.course_remarks = "new text"
    with pytest.raises(WriteError, match=re.escape(f"{path}: cannot be written: the disk is full")):
        save_case_with_key(small_hearing, path, key)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["case.igcase"]


def test_read_only_folder_gives_a_write_error(
    tmp_path: Path, small_hearing: Hearing, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: the tests may run as root, for whom permissions do not bite.
    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("interview_guide.storage.atomic.tempfile.mkstemp", read_only)
    with pytest.raises(
        WriteError, match=re.escape(f"{tmp_path / 'case.igcase'}: cannot be written: the disk is read-only")
    ):
        save_case(small_hearing, tmp_path / "case.igcase", "pw", kdf=CHEAP)
    assert list(tmp_path.iterdir()) == []


def test_key_of_another_case_falls_back_to_the_passphrase(tmp_path: Path, small_hearing: Hearing) -> None:
    save_case(small_hearing, tmp_path / "a.igcase", "pw", kdf=CHEAP)
    other = CaseKey.derive("pw", CHEAP)  # same passphrase, other salt
    hearing, key = open_case_file(tmp_path / "a.igcase", "pw", key=other)
    assert hearing == small_hearing and key is not None and key.salt != other.salt
    with pytest.raises(PassphraseRequiredError):
        open_case_file(tmp_path / "a.igcase", key=other)
