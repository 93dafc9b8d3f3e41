"""Authenticated autosave: every record is bound to its case, session, file and place.

One test each for a dropped middle record, a dropped last record, swapped records, a replayed
foreign record and a torn last record; then whole files moved between sessions, plain files
planted in an encrypted session, and a journal poisoned with a 5,000-digit number.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_guide.core.errors import CaseFileError
from interview_guide.core.hearing import Hearing
from interview_guide.storage import crypto, journal
from interview_guide.storage.autosave import Autosaver
from interview_guide.storage.crypto import CaseKey, KdfParams
from interview_guide.storage.journal import JournalWriter, encode_op
from interview_guide.storage.journal_read import Binding, ForeignFileError, JournalContents, read_journal
from interview_guide.storage.recovery import UnfinishedSession, find_unfinished
from interview_guide.storage.session import REFUSED_FOLDER, journal_files, snapshot_files

CHEAP = KdfParams.argon2id(memory_kib=8, iterations=1, lanes=1)
KEY = CaseKey.derive("pw", CHEAP)
T1 = dt.datetime(2026, 3, 2, 11, 0, tzinfo=dt.UTC)
SESSION = "20260302T110000Z-1-0badcafe"


def op(seq: int) -> dict[str, object]:
    return {"seq": seq, "at": T1.isoformat(), "path": "course_remarks", "value": f"remark {seq}"}


def write_journal(path: Path, count: int, key: CaseKey | None = KEY, session: str = SESSION) -> None:
    """A journal with ``count`` records, one append each (as typing makes them)."""
    writer = JournalWriter.create(path, 0, key, session_id=session, number=1)
    for seq in range(1, count + 1):
        writer.append([(seq, encode_op(op(seq)))])
    writer.close()


def split(data: bytes, key: CaseKey | None = KEY) -> tuple[bytes, list[bytes]]:
    """The file header with the count, and the records as bytes."""
    offset = journal.HEAD_SIZE + (crypto.HEADER_SIZE if key else 0) + journal.COUNT_SIZE
    head, found = data[:offset], []
    while offset < len(data):
        length = int.from_bytes(data[offset : offset + 4], "big")
        found.append(data[offset : offset + 8 + length])
        offset += 8 + length
    return head, found


def read(path: Path, key: CaseKey | None = KEY) -> JournalContents:
    return read_journal(path, key=key, binding=Binding(SESSION, 1, 0))


@pytest.fixture
def five(tmp_path: Path) -> tuple[Path, bytes, list[bytes]]:
    path = tmp_path / "journal-000000000000-000001.igjournal"
    write_journal(path, 5)
    head, recs = split(path.read_bytes())
    assert len(recs) == 5 and [o["seq"] for o in read(path).ops] == [1, 2, 3, 4, 5]
    return path, head, recs


def test_dropped_middle_record(five: tuple[Path, bytes, list[bytes]]) -> None:
    path, head, recs = five
    path.write_bytes(head + b"".join(recs[:2] + recs[3:]))
    contents = read(path)
    assert [o["seq"] for o in contents.ops] == [1, 2] and contents.tampered
    assert contents.warnings == [
        f"{path.name}: edit record 3 was removed from the middle (record 4 follows record 2); "
        "the rest was left out"
    ]


def test_dropped_two_middle_records(five: tuple[Path, bytes, list[bytes]]) -> None:
    path, head, recs = five
    path.write_bytes(head + b"".join(recs[:1] + recs[3:]))
    contents = read(path)
    assert [o["seq"] for o in contents.ops] == [1] and contents.tampered
    assert "records 2 to 3 were removed from the middle" in contents.warnings[0]


def test_dropped_last_record(five: tuple[Path, bytes, list[bytes]]) -> None:
    path, head, recs = five
    path.write_bytes(head + b"".join(recs[:4]))
    contents = read(path)
    assert [o["seq"] for o in contents.ops] == [1, 2, 3, 4] and contents.tampered
    assert (
        "the last edit record was removed after being written (the journal counts 5" in contents.warnings[0]
    )
    path.write_bytes(head)
    contents = read(path)
    assert contents.ops == [] and "the last 5 edit records were removed" in contents.warnings[0]


def test_swapped_records(five: tuple[Path, bytes, list[bytes]]) -> None:
    path, head, recs = five
    path.write_bytes(head + b"".join([recs[0], recs[1], recs[3], recs[2], recs[4]]))
    contents = read(path)
    assert [o["seq"] for o in contents.ops] == [1, 2] and contents.tampered
    assert "records 3 to 4 are out of order (the journal's records were swapped)" in contents.warnings[0]


def test_replayed_record_of_the_same_journal(five: tuple[Path, bytes, list[bytes]]) -> None:
    path, head, recs = five
    path.write_bytes(head + b"".join([*recs, recs[1]]))
    contents = read(path)
    assert len(contents.ops) == 5 and contents.tampered
    assert "record 6 repeats record 2" in contents.warnings[0]


def test_replayed_foreign_record(five: tuple[Path, bytes, list[bytes]], tmp_path: Path) -> None:
    # Another session of the same case (same key): its records are valid, but not here.
    path, head, recs = five
    other = tmp_path / "other.igjournal"
    write_journal(other, 6, session="20260301T090000Z-7-feedbeef")
    _, foreign = split(other.read_bytes())
    for position, record in ((5, foreign[5]), (2, foreign[2])):  # at the end; in its own place
        path.write_bytes(head + b"".join([*recs[:position], record, *recs[position:]]))
        contents = read(path)
        assert len(contents.ops) == position and contents.tampered
        assert (
            f"record {position + 1} is not from this journal (a record of another journal or session "
            "was put in)" in contents.warnings[0]
        )


def test_torn_last_record(five: tuple[Path, bytes, list[bytes]]) -> None:
    # A kill while writing: the record is cut short and the count not yet raised: a crash, not tampering.
    path, head, recs = five
    data = path.read_bytes()
    header = head[: -journal.COUNT_SIZE]
    count = journal.COUNTER.pack(4) + KEY.seal(b"", journal.count_aad(header, 4))
    path.write_bytes(header + count + b"".join(recs[:4]) + recs[4][:-7])
    contents = read(path)
    assert [o["seq"] for o in contents.ops] == [1, 2, 3, 4] and not contents.tampered
    assert contents.warnings == [
        f"{path.name}: the last edit was incomplete (the app stopped while writing it) and was left out"
    ]
    # The same cut with the count still saying 5 is not a crash: the count is raised only after
    # the record is on disk.
    path.write_bytes(data[:-7])
    assert read(path).tampered


def test_a_forged_count_is_detected(five: tuple[Path, bytes, list[bytes]]) -> None:
    path, head, recs = five
    forged = head[: -journal.COUNT_SIZE] + journal.COUNTER.pack(4) + head[-28:]
    path.write_bytes(forged + b"".join(recs[:4]))
    contents = read(path)
    assert contents.tampered and "record count does not match its proof" in contents.warnings[0]


def test_a_journal_under_another_session_or_name(five: tuple[Path, bytes, list[bytes]]) -> None:
    path, _, _ = five
    with pytest.raises(ForeignFileError, match="belongs to another autosave session"):
        read_journal(path, key=KEY, binding=Binding("20260301T090000Z-7-feedbeef", 1, 0))
    with pytest.raises(ForeignFileError, match=r"is journal 1 .* under another name"):
        read_journal(path, key=KEY, binding=Binding(SESSION, 2, 0))


# --- through whole autosave sessions and recovery --------------------------------------------------


@pytest.fixture
def savers(data_dir: Path) -> Iterator[list[Autosaver]]:
    found: list[Autosaver] = []
    yield found
    for saver in found:
        saver.close()


def crashed_session(
    savers: list[Autosaver], hearing: Hearing, key: CaseKey | None = KEY, case_file: Path | None = None
) -> Autosaver:
    """A session with a snapshot and journalled edits, left behind as by a crash."""
    saver = Autosaver.start(hearing, key=key, case_file=case_file)
    savers.append(saver)
    for n in range(1, 4):
        hearing.course_remarks = f"remark {n}"
        saver.record_change(hearing, "course_remarks")
        assert saver.flush(10)
    saver.close(keep_session=True)
    return saver


def only() -> UnfinishedSession:
    found = find_unfinished()
    assert len(found) == 1, found
    return found[0]


def test_a_snapshot_from_another_session_is_not_used(savers: list[Autosaver], small_hearing: Hearing) -> None:
    first = crashed_session(savers, small_hearing.model_copy(deep=True))
    small_hearing.course_remarks = "the other session's content"
    second = crashed_session(savers, small_hearing)
    _seq, own = snapshot_files(first.folder)[-1]
    _, foreign = snapshot_files(second.folder)[-1]
    shutil.copyfile(foreign, own)  # same case, same key, another session
    sessions = {s.info.session_id: s for s in find_unfinished()}
    with pytest.raises(CaseFileError, match="does not belong to this autosave at this save point"):
        sessions[first.session_id].recover("pw")
    for session in sessions.values():
        session.release()


def test_plain_snapshot_planted_in_an_encrypted_session(
    savers: list[Autosaver], small_hearing: Hearing
) -> None:
    saver = crashed_session(savers, small_hearing)
    newest = snapshot_files(saver.folder)[-1][0]
    planted = saver.folder / f"snapshot-{newest + 50:012d}.igcase"
    fake = small_hearing.model_copy(deep=True)
    fake.course_remarks = "I made it all up"
    planted.write_text(fake.model_dump_json())
    recovered = only().recover("pw")
    assert recovered.hearing.course_remarks == "remark 3" and recovered.tampered
    assert recovered.key is not None  # still encrypted: the window stays "Encrypted"
    assert any(
        w.startswith(f"{planted.name}: a plain (unencrypted) file in an encrypted autosave: refused")
        for w in recovered.warnings
    )
    assert (saver.folder / REFUSED_FOLDER / planted.name).exists() and not planted.exists()


def test_plain_journal_planted_next_to_an_encrypted_snapshot(
    savers: list[Autosaver], small_hearing: Hearing
) -> None:
    saver = crashed_session(savers, small_hearing)
    number, base, _ = journal_files(saver.folder)[-1]
    planted = saver.folder / f"journal-{base + 1:012d}-{number + 1:06d}.igjournal"
    writer = JournalWriter.create(planted, base + 1, None, session_id=saver.session_id, number=number + 1)
    writer.append([(99, encode_op({**op(99), "value": "I made it all up"}))])
    writer.close()
    recovered = only().recover("pw")
    assert recovered.hearing.course_remarks == "remark 3" and recovered.tampered
    assert any(w.startswith(f"{planted.name}: a plain (unencrypted) file") for w in recovered.warnings)


def test_a_whole_plain_session_for_an_encrypted_case_file(
    savers: list[Autosaver], small_hearing: Hearing, tmp_path: Path
) -> None:
    # Every file replaced by plain ones and the marker edited to say "not encrypted": the case file
    # it names is encrypted, so the session is refused instead of restored without a passphrase.
    case = tmp_path / "case.igcase"
    case.write_bytes(KEY.encrypt_file(b"{}"))
    saver = crashed_session(savers, small_hearing, key=None, case_file=case)
    with (
        only() as session,
        pytest.raises(CaseFileError, match=r"a plain \(unencrypted\) autosave for the encrypted case file"),
    ):
        session.recover()
    assert saver.folder.exists()


def test_a_journal_record_moved_between_sessions_is_caught_in_recovery(
    savers: list[Autosaver], small_hearing: Hearing
) -> None:
    first = crashed_session(savers, small_hearing.model_copy(deep=True))
    second = crashed_session(savers, small_hearing.model_copy(deep=True))
    own = journal_files(first.folder)[-1][2]
    other = journal_files(second.folder)[-1][2]
    head, recs = split(own.read_bytes())
    _, foreign = split(other.read_bytes())
    own.write_bytes(head + b"".join([*recs[:-1], foreign[-1]]))
    sessions = {s.info.session_id: s for s in find_unfinished()}
    recovered = sessions[first.session_id].recover("pw")
    assert recovered.tampered and recovered.hearing.course_remarks == "remark 2"
    assert any("is not from this journal" in w for w in recovered.warnings)
    for session in sessions.values():
        session.release()


def test_poisoned_plain_journal_is_a_warning_not_a_crash(
    savers: list[Autosaver], small_hearing: Hearing
) -> None:
    saver = crashed_session(savers, small_hearing, key=None)
    path = journal_files(saver.folder)[-1][2]
    data = path.read_bytes()
    _head, recs = split(data, key=None)
    poison = json.dumps({**op(10), "value": 0}).replace("0}", "9" * 5000 + "}").encode()
    length = journal.LENGTH.pack(len(poison))
    crc = journal.LENGTH.pack(journal.record_crc(len(recs), length, poison))
    path.write_bytes(data + length + poison + crc)
    recovered = only().recover()
    assert recovered.hearing.course_remarks == "remark 3"
    assert any("record 4 is unreadable" in w for w in recovered.warnings)


def test_stale_autosave_is_older_than_the_case_file(
    savers: list[Autosaver], small_hearing: Hearing, tmp_path: Path
) -> None:
    from interview_guide.storage import save_case_with_key

    case = tmp_path / "case.igcase"
    save_case_with_key(small_hearing, case, KEY)
    crashed_session(savers, small_hearing.model_copy(deep=True), case_file=case)
    with only() as session:
        state = session.compare(case)
        assert state.exists and state.changed is False and not state.newer  # the autosave is newer
    # "Decide later", then more work on the case file in a new instance, saved:
    later = small_hearing.model_copy(deep=True)
    later.course_remarks = "newer work in the case file"
    save_case_with_key(later, case, KEY)
    old = dt.datetime(2020, 1, 1).timestamp()
    os.utime(case, (old, old))  # even when the clock says otherwise, the fingerprint decides
    with only() as session:
        recovered = session.recover("pw")
        state = session.compare(recovered.case_file)
        assert recovered.case_file == case and state.changed is True and state.newer
        target = session.set_aside()
    assert find_unfinished() == [] and target.parent.name == "set-aside" and target.exists()
