"""The autosave journal and its ops: records survive, a torn or damaged tail is dropped, replay rebuilds."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from interview_guide.core import editing
from interview_guide.core.errors import CaseFileError, WrongPassphraseError
from interview_guide.core.hearing import Hearing
from interview_guide.storage import crypto, journal
from interview_guide.storage.atomic import WriteError
from interview_guide.storage.crypto import CaseKey, KdfParams, PassphraseRequiredError
from interview_guide.storage.journal import JournalWriter, encode_op
from interview_guide.storage.journal_read import read_journal
from interview_guide.storage.ops import OpError, apply_op, edit_paths, op_for, replay, split_path

CHEAP = KdfParams.argon2id(memory_kib=8, iterations=1, lanes=1)
T1 = dt.datetime(2026, 3, 2, 11, 0, tzinfo=dt.UTC)


def ops(count: int, start: int = 1) -> list[dict[str, object]]:
    return [
        {"seq": seq, "at": T1.isoformat(), "path": "course_remarks", "value": f"remark {seq}"}
        for seq in range(start, start + count)
    ]


def records(op_list: list[dict[str, object]]) -> list[tuple[int, bytes]]:
    return [(int(str(op["seq"])), encode_op(op)) for op in op_list]


@pytest.fixture(params=[None, "encrypted"], ids=["plain", "encrypted"])
def key(request: pytest.FixtureRequest) -> CaseKey | None:
    return CaseKey.derive("pw", CHEAP) if request.param else None


def write(path: Path, op_list: list[dict[str, object]], key: CaseKey | None, base: int = 0) -> JournalWriter:
    writer = JournalWriter.create(path, base, key)
    writer.append(records(op_list[:2]))
    writer.append(records(op_list[2:]))
    return writer


def test_records_read_back_in_order(tmp_path: Path, key: CaseKey | None) -> None:
    path = tmp_path / "j.igjournal"
    writer = write(path, ops(5), key, base=7)
    writer.close()
    contents = read_journal(path, key=key)
    assert contents.ops == ops(5) and contents.warnings == [] and contents.base_seq == 7
    assert writer.max_seq == 7  # never below the base


def test_encrypted_journal_holds_no_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "j.igjournal"
    write(path, ops(3), CaseKey.derive("pw", CHEAP)).close()
    assert b"remark" not in path.read_bytes() and b"course_remarks" not in path.read_bytes()


def test_encrypted_journal_needs_its_key_or_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "j.igjournal"
    write(path, ops(2), CaseKey.derive("pw", CHEAP)).close()
    with pytest.raises(PassphraseRequiredError):
        read_journal(path)
    with pytest.raises(WrongPassphraseError):
        read_journal(path, "wrong")
    assert read_journal(path, "pw").ops == ops(2)


def killed_while_writing(monkeypatch: pytest.MonkeyPatch, cut: int) -> None:
    """The next append writes all but ``cut`` bytes of its records, then the process is gone."""

    def torn(fd: int, data: bytes) -> None:
        os.write(fd, bytes(data[: len(data) - cut]))
        raise SystemExit("killed")

    monkeypatch.setattr(journal, "_write_all", torn)


@pytest.mark.parametrize("cut", [1, 3, 4, 10, 30])
def test_torn_last_record_is_dropped_and_earlier_kept(
    tmp_path: Path, key: CaseKey | None, cut: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.igjournal"
    writer = write(path, ops(3), key)
    killed_while_writing(monkeypatch, cut)
    with pytest.raises(SystemExit):
        writer.append(records(ops(1, start=4)))
    contents = read_journal(path, key=key)
    assert contents.ops == ops(3) and not contents.tampered
    assert contents.warnings == [
        "j.igjournal: the last edit was incomplete (the app stopped while writing it) and was left out"
    ]


def test_damaged_record_in_the_middle_ends_the_read(tmp_path: Path, key: CaseKey | None) -> None:
    path = tmp_path / "j.igjournal"
    writer = write(path, ops(2), key)
    middle = path.stat().st_size
    writer.append(records(ops(3, start=3)))
    writer.close()
    data = bytearray(path.read_bytes())
    data[middle + 8] ^= 0xFF  # inside record 3
    path.write_bytes(bytes(data))
    contents = read_journal(path, key=key)
    assert contents.ops == ops(2) and not contents.tampered
    assert "damaged after 2 good edits (record 3: checksum mismatch)" in contents.warnings[0]


def test_zero_filled_tail_after_power_loss(tmp_path: Path, key: CaseKey | None) -> None:
    path = tmp_path / "j.igjournal"
    write(path, ops(3), key).close()
    with path.open("ab") as handle:
        handle.write(bytes(4096))
    assert read_journal(path, key=key).ops == ops(3)


def test_damaged_header_gives_an_error(tmp_path: Path) -> None:
    path = tmp_path / "j.igjournal"
    write(path, ops(2), None).close()
    data = bytearray(path.read_bytes())
    data[20] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(CaseFileError, match="journal header does not match its checksum"):
        read_journal(path)
    path.write_bytes(b"something else entirely")
    with pytest.raises(CaseFileError, match="not an autosave journal"):
        read_journal(path)


def test_failed_append_is_cut_back_and_the_next_one_works(
    tmp_path: Path, key: CaseKey | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.igjournal"
    writer = write(path, ops(2), key)
    real_write = os.write

    def half_then_full(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data[: len(data) // 2]))  # part reaches the file, then the disk is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(WriteError, match=f"{path.name}: cannot be written: the disk is full"):
        writer.append(records(ops(2, start=3)))
    monkeypatch.setattr(os, "write", real_write)
    assert not writer.broken
    writer.append(records(ops(2, start=3)))
    writer.close()
    assert read_journal(path, key=key).ops == ops(4)


def test_append_after_an_undoable_failure_refuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer = write(tmp_path / "j.igjournal", ops(1), None)

    def fail(*args: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fail)
    monkeypatch.setattr(os, "ftruncate", fail)
    with pytest.raises(WriteError):
        writer.append(records(ops(1, start=2)))
    assert writer.broken
    with pytest.raises(WriteError, match="an earlier write failed"):
        writer.append(records(ops(1, start=3)))


def test_create_refuses_an_existing_file_and_leaves_nothing_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.igjournal"
    write(path, ops(1), None).close()
    with pytest.raises(WriteError):
        JournalWriter.create(path, 0, None)
    monkeypatch.setattr(
        journal, "_write_all", lambda fd, data: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
    )
    with pytest.raises(WriteError, match="disk is full"):
        JournalWriter.create(tmp_path / "k.igjournal", 0, None)
    assert not (tmp_path / "k.igjournal").exists()


def test_oversized_record_length_is_damage_not_an_allocation(tmp_path: Path) -> None:
    path = tmp_path / "j.igjournal"
    write(path, ops(1), None).close()
    with path.open("ab") as handle:
        handle.write((journal.MAX_RECORD + 1).to_bytes(4, "big") + b"x" * 10)
    contents = read_journal(path)
    assert contents.ops == ops(1) and "damaged record length" in contents.warnings[0]


def test_journal_key_header_is_bound(tmp_path: Path) -> None:
    # A record sealed for one journal does not open in another journal of the same case.
    key = CaseKey.derive("pw", CHEAP)
    first, second = tmp_path / "a.igjournal", tmp_path / "b.igjournal"
    write(first, ops(1), key).close()
    JournalWriter.create(second, 0, key).close()
    head = journal.HEAD_SIZE + crypto.HEADER_SIZE + journal.COUNT_SIZE
    second.write_bytes(second.read_bytes()[:head] + first.read_bytes()[head:])
    contents = read_journal(second, key=key)
    assert contents.ops == [] and contents.tampered
    assert "record 1 is not from this journal" in contents.warnings[0]


# --- ops -------------------------------------------------------------------------------------------


def test_split_path() -> None:
    assert split_path("entries/3") == ("entries", 3)
    assert split_path("case") == ("case", None)
    for bad in ("schema_version", "nothing", "entries/0", "entries/x", "case/1", "entries/-1", "entries/３"):
        with pytest.raises(OpError):
            split_path(bad)


def test_op_for_and_apply_rebuild_the_record(small_hearing: Hearing) -> None:
    base = small_hearing.model_copy(deep=True)
    editing.add_entry(small_hearing, "life-now", "And your partner?", T1)
    editing.set_answer(small_hearing, 1, "Changed after logging.", T1)
    small_hearing.case.nationality = "Testland"
    small_hearing.finalised_at = T1
    raw = base.model_dump(mode="json")
    for seq, path in enumerate(["entries/4", "entries/1", "audit_trail", "case", "finalised_at"], start=1):
        apply_op(raw, {"seq": seq, **op_for(small_hearing, path, T1)})
    assert Hearing.model_validate(raw) == small_hearing


def test_op_for_unknown_item() -> None:
    with pytest.raises(OpError, match="no item 9"):
        op_for(Hearing.model_validate({"sittings": [{"number": 1, "date": "2026-03-02"}]}), "entries/9")


def test_apply_refuses_a_gap() -> None:
    with pytest.raises(OpError, match="follows no item"):
        apply_op({"entries": []}, {"seq": 1, "at": "", "path": "entries/2", "value": {}})


def test_edit_paths_follow_audit_coalescing(small_hearing: Hearing) -> None:
    # Entry 1 was logged: a change is audited; a second change within the window updates that event;
    # changing it back removes the event again.
    before = len(small_hearing.audit_trail)
    editing.set_answer(small_hearing, 1, "first change", T1)
    assert edit_paths(small_hearing, 1, before) == ["entries/1", f"audit_trail/{before + 1}"]
    before = len(small_hearing.audit_trail)
    editing.set_answer(small_hearing, 1, "second change", T1 + dt.timedelta(seconds=30))
    assert edit_paths(small_hearing, 1, before) == ["entries/1", f"audit_trail/{before}"]
    before = len(small_hearing.audit_trail)
    editing.set_answer(small_hearing, 1, "In my own words: I love men.", T1 + dt.timedelta(seconds=40))
    assert edit_paths(small_hearing, 1, before) == ["entries/1", "audit_trail"]
    # An entry not yet logged: no audit.
    assert edit_paths(Hearing.model_validate({"sittings": [{"number": 1, "date": "2026-03-02"}]}), 1, 0) == [
        "entries/1"
    ]


def test_replay_applies_in_seq_order_and_tolerates_repeats(small_hearing: Hearing) -> None:
    a = {"seq": 2, **op_for(small_hearing, "course_remarks")}
    a["value"] = "second"
    b = {"seq": 1, **op_for(small_hearing, "course_remarks")}
    b["value"] = "first"
    hearing, applied, warnings = replay(small_hearing, [a, b, a])
    assert hearing.course_remarks == "second" and applied == 3 and warnings == []


def test_replay_falls_back_to_the_longest_valid_run(small_hearing: Hearing) -> None:
    good = {"seq": 1, "at": "", "path": "course_remarks", "value": "kept"}
    gap = {"seq": 2, "at": "", "path": "entries/9", "value": {}}
    invalid = {"seq": 3, "at": "", "path": "sittings", "value": []}
    hearing, applied, warnings = replay(small_hearing, [good, gap, invalid])
    assert hearing.course_remarks == "kept" and applied == 1
    assert "2 of 3 journal edits could not be applied (from edit 2 on)" in warnings[0]
    hearing, applied, warnings = replay(small_hearing, [good, invalid])
    assert hearing.course_remarks == "kept" and applied == 1 and warnings


@pytest.mark.parametrize("length", [0, 5, journal.HEAD_SIZE - 1, journal.HEAD_SIZE + 10])
def test_journal_cut_short_while_being_created_is_empty(tmp_path: Path, length: int) -> None:
    path = tmp_path / "j.igjournal"
    JournalWriter.create(path, 3, CaseKey.derive("pw", CHEAP)).close()
    path.write_bytes(path.read_bytes()[:length])
    contents = read_journal(path, "pw")
    assert contents.ops == [] and contents.warnings == []
