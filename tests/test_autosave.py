"""Autosave and crash recovery: the writer thread, unfinished sessions, fallbacks, and a full disk."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_guide.core import editing
from interview_guide.core.errors import CaseFileError, FileAction, InterviewGuideError, WrongPassphraseError
from interview_guide.core.hearing import Hearing
from interview_guide.storage import (
    Autosaver,
    CaseKey,
    KdfParams,
    OpError,
    PassphraseRequiredError,
    UnfinishedSession,
    edit_paths,
    find_unfinished,
    load_case,
)
from interview_guide.storage.atomic import WriteError
from interview_guide.storage.session import AUTOSAVE_FOLDER, journal_files, snapshot_files

CHEAP = KdfParams.argon2id(memory_kib=8, iterations=1, lanes=1)
T1 = dt.datetime(2026, 3, 2, 11, 0, tzinfo=dt.UTC)


class Events:
    """Collects the callbacks (called on the worker thread) and lets a test wait for them."""

    def __init__(self) -> None:
        self.saved: list[int] = []
        self.errors: list[str] = []
        self.changed = threading.Condition()

    def on_saved(self, seq: int, when: dt.datetime) -> None:
        assert when.tzinfo is not None
        with self.changed:
            self.saved.append(seq)
            self.changed.notify_all()

    def on_error(self, message: str) -> None:
        with self.changed:
            self.errors.append(message)
            self.changed.notify_all()

    def wait_saved(self, seq: int) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: bool(self.saved) and self.saved[-1] >= seq, timeout=10)

    def wait_error(self) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: bool(self.errors), timeout=10)


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def savers(data_dir: Path) -> Iterator[list[Autosaver]]:
    """Autosavers started by a test; any left open are closed (sessions removed) afterwards."""
    started: list[Autosaver] = []
    yield started
    for saver in started:
        saver.close()


def start(
    savers: list[Autosaver], hearing: Hearing, events: Events | None = None, **kwargs: object
) -> Autosaver:
    saver = Autosaver.start(
        hearing,
        on_saved=events.on_saved if events else None,
        on_error=events.on_error if events else None,
        **kwargs,  # type: ignore[arg-type]
    )
    savers.append(saver)
    return saver


def answer(saver: Autosaver, hearing: Hearing, number: int, text: str, minutes: int = 0) -> int:
    """An edit as the GUI's controller makes it: edit the model, then record the changed paths."""
    before = len(hearing.audit_trail)
    editing.set_answer(hearing, number, text, T1 + dt.timedelta(minutes=minutes))
    return saver.record_change(hearing, *edit_paths(hearing, number, before))


def ask(saver: Autosaver, hearing: Hearing, question: str) -> int:
    entry = editing.add_entry(hearing, "life-now", question, T1)
    return saver.record_change(hearing, f"entries/{entry.number}")


def only_unfinished() -> UnfinishedSession:
    found = find_unfinished()
    assert len(found) == 1, found
    return found[0]


def test_edits_reach_the_disk_and_are_reported(
    savers: list[Autosaver], small_hearing: Hearing, events: Events
) -> None:
    saver = start(savers, small_hearing, events)
    assert saver.last_seq == 1  # the first snapshot
    seq = answer(saver, small_hearing, 3, "My life here is quiet.")
    assert saver.flush(10)
    assert events.wait_saved(seq) and saver.saved_seq == seq == saver.last_seq
    assert events.saved == sorted(events.saved) and events.errors == []
    assert [seq for seq, _ in snapshot_files(saver.folder)] == [1]
    assert len(journal_files(saver.folder)) == 1


def test_clean_close_removes_the_session(
    savers: list[Autosaver], small_hearing: Hearing, data_dir: Path
) -> None:
    saver = start(savers, small_hearing)
    answer(saver, small_hearing, 3, "text")
    assert saver.close()
    assert list((data_dir / AUTOSAVE_FOLDER).iterdir()) == []
    with pytest.raises(RuntimeError, match="closed"):
        answer(saver, small_hearing, 3, "more")


def test_recovery_after_an_unclean_end(savers: list[Autosaver], small_hearing: Hearing) -> None:
    saver = start(savers, small_hearing, case_file="case.igcase")
    answer(saver, small_hearing, 3, "Quiet.")
    saver.snapshot(small_hearing)
    ask(saver, small_hearing, "Who are your friends here?")
    answer(saver, small_hearing, 1, "Corrected after logging.", minutes=5)
    answer(saver, small_hearing, 4, "People from the group.")
    assert saver.close(keep_session=True)
    session = only_unfinished()
    assert session.info.case_file == Path("case.igcase").absolute() and not session.info.encrypted
    assert session.info.pid == os.getpid() and session.info.last_saved_at is not None
    recovered = session.recover()
    assert recovered.hearing == small_hearing and recovered.warnings == ()
    assert recovered.entries == 4 and recovered.key is None
    assert recovered.hearing.audit_trail[-1].new == "Corrected after logging."
    session.discard()
    assert find_unfinished() == []


def test_recovery_after_sigkill(tmp_path: Path, data_dir: Path) -> None:
    script = tmp_path / "officer.py"
    expected = tmp_path / "expected.igcase"
    script.write_text(
        f"""
import datetime as dt, sys, time
from interview_guide.core import editing
from interview_guide.core.hearing import ClaimType
from interview_guide.storage import Autosaver, CaseKey, KdfParams, save_case
t = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
hearing = editing.new_hearing([ClaimType.LGBTI], [], t)
key = CaseKey.derive("pass phrase", KdfParams.argon2id(8, 1, 1))
saver = Autosaver.start(hearing, case_file="/cases/x.igcase", key=key)
for n in range(1, 31):
    entry = editing.add_entry(hearing, "life-now", f"Question {{n}}?", t)
    saver.record_change(hearing, f"entries/{{n}}")
    editing.set_answer(hearing, n, f"Answer {{n}} " * 20, t)
    saver.record_change(hearing, f"entries/{{n}}")
    if n % 10 == 0:
        saver.snapshot(hearing)
assert saver.flush(10)
save_case(hearing, {str(expected)!r})
print("ready", flush=True)
time.sleep(60)
"""
    )
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    try:
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        assert find_unfinished() == []  # its app is running: not offered, not touched
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    session = only_unfinished()
    assert session.info.encrypted and session.info.case_file is None  # sealed: no name in plain text
    with pytest.raises(PassphraseRequiredError):
        session.recover()
    with pytest.raises(WrongPassphraseError):
        session.recover("wrong")
    recovered = session.recover("pass phrase")
    assert recovered.hearing == load_case(expected) and recovered.entries == 30
    assert recovered.key is not None and recovered.case_file == Path("/cases/x.igcase")
    session.discard()


def test_encrypted_session_holds_no_personal_data_in_the_clear(
    savers: list[Autosaver], small_hearing: Hearing, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = CaseKey.derive("pw", CHEAP)

    def no_derivation(self: KdfParams, secret: bytes, salt: bytes) -> bytes:
        raise AssertionError("autosave derived a key")

    monkeypatch.setattr(KdfParams, "derive", no_derivation)
    saver = start(savers, small_hearing, key=key, case_file="/cases/Test Applicant V1234567890.igcase")
    answer(saver, small_hearing, 3, "A secret answer.")
    saver.snapshot(small_hearing)
    answer(saver, small_hearing, 2, "Another secret answer.")
    assert saver.flush(10)
    everything = b"".join(p.read_bytes() for p in saver.folder.iterdir())
    for secret in (b"Test Applicant", b"1234567890", b"secret answer", b"I love men", b"entries"):
        assert secret not in everything
    marker = json.loads((saver.folder / "session.json").read_text())
    assert set(marker) == {
        "format",
        "pid",
        "started_at",
        "case_file",
        "case_file_sealed",
        "case_hash",
        "encrypted",
    }
    assert marker["encrypted"] and marker["case_file"] is None and marker["case_file_sealed"]


def test_two_running_sessions_never_steal_from_each_other(
    savers: list[Autosaver], small_hearing: Hearing
) -> None:
    first = start(savers, small_hearing)
    second = start(savers, small_hearing.model_copy(deep=True))
    assert first.flush(10) and second.flush(10)
    assert find_unfinished() == []
    first.close(keep_session=True)
    session = only_unfinished()
    assert session.info.session_id == first.session_id
    assert find_unfinished() == []  # the first finder holds it now
    session.release()
    assert [s.info.session_id for s in find_unfinished()] == [first.session_id]


def test_newest_snapshot_damaged_uses_the_previous_one(
    savers: list[Autosaver], small_hearing: Hearing
) -> None:
    saver = start(savers, small_hearing, key=CaseKey.derive("pw", CHEAP))
    for n, text in enumerate(["one", "two", "three"]):
        answer(saver, small_hearing, 3, text, minutes=n * 10)
        assert saver.flush(10)
        saver.snapshot(small_hearing)
        assert saver.flush(10)
    ask(saver, small_hearing, "After the last snapshot?")
    saver.close(keep_session=True)
    snapshots = snapshot_files(saver.folder)
    assert len(snapshots) == 2 and len(journal_files(saver.folder)) == 2  # older ones were pruned
    newest = snapshots[-1][1]
    newest.write_bytes(newest.read_bytes()[:-20])
    recovered = only_unfinished().recover("pw")
    assert recovered.hearing == small_hearing
    assert recovered.snapshot_seq == snapshots[0][0]
    assert any(newest.name in w and "older autosave" in w for w in recovered.warnings)


def test_no_readable_snapshot_is_a_clear_error(savers: list[Autosaver], small_hearing: Hearing) -> None:
    saver = start(savers, small_hearing)
    saver.close(keep_session=True)
    for _, path in snapshot_files(saver.folder):
        path.write_bytes(b"{damaged")
    with only_unfinished() as session, pytest.raises(CaseFileError, match=r"cannot be restored.*JSON"):
        session.recover()


def test_torn_last_journal_record_is_dropped(savers: list[Autosaver], small_hearing: Hearing) -> None:
    saver = start(savers, small_hearing, key=CaseKey.derive("pw", CHEAP))
    answer(saver, small_hearing, 3, "kept")
    assert saver.flush(10)
    expected = small_hearing.model_copy(deep=True)
    answer(saver, small_hearing, 3, "kept, and torn")
    saver.close(keep_session=True)
    journal = journal_files(saver.folder)[-1][2]
    journal.write_bytes(journal.read_bytes()[:-5])
    recovered = only_unfinished().recover("pw")
    assert recovered.hearing == expected
    assert len(recovered.warnings) == 1 and "last edit" in recovered.warnings[0]


def test_full_disk_keeps_edits_reports_and_retries(
    savers: list[Autosaver], small_hearing: Hearing, events: Events, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = start(savers, small_hearing, events, retry_interval=0.05)
    assert saver.flush(10)
    good = saver.saved_seq
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    seq = answer(saver, small_hearing, 3, "Typed while the disk is full.")
    assert not saver.flush(10)
    assert events.wait_error()
    assert "cannot be written: the disk is full" in events.errors[0] and ".igjournal" in events.errors[0]
    assert saver.saved_seq == good and saver.last_error is not None
    monkeypatch.setattr(os, "fsync", real_fsync)  # space freed: the automatic retry gets it through
    assert events.wait_saved(seq) and saver.last_error is None
    saver.close(keep_session=True)
    assert only_unfinished().recover().hearing == small_hearing


def test_a_failed_write_is_worded_by_the_callers_describe(
    savers: list[Autosaver], small_hearing: Hearing, events: Events, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The UI passes a ``describe`` that words the error in the officer's language; it gets the error
    itself, with what failed and why in parts."""
    worded: list[InterviewGuideError] = []

    def describe(exc: InterviewGuideError) -> str:
        worded.append(exc)
        return f"in words: {exc.problem.reason if exc.problem else None}"

    saver = start(savers, small_hearing, events, retry_interval=60, describe=describe)
    assert saver.flush(10)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    answer(saver, small_hearing, 3, "Typed while the disk is full.")
    assert not saver.flush(10) and events.wait_error()
    assert events.errors[0] == "in words: the disk is full" == saver.last_error
    assert worded[0].problem is not None and worded[0].problem.action == FileAction.WRITE


def test_failed_snapshot_still_journals_later_edits(
    savers: list[Autosaver], small_hearing: Hearing, events: Events, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = start(savers, small_hearing, events)
    assert saver.flush(10)

    def no_room(path: Path, data: bytes) -> None:
        raise WriteError(f"{path}: cannot be written: the disk is full")

    monkeypatch.setattr("interview_guide.storage.autosave.write_atomic", no_room)
    snapshot = saver.snapshot(small_hearing)
    ask(saver, small_hearing, "Asked while snapshots fail?")
    assert not saver.flush(10)
    assert saver.saved_seq == snapshot - 1  # the snapshot is still owed...
    assert "snapshot-" in (saver.last_error or "")
    saver.close(keep_session=True)
    assert only_unfinished().recover().hearing == small_hearing  # ...but the edit after it is on disk


def test_start_in_an_unwritable_place_is_a_write_error(tmp_path: Path, small_hearing: Hearing) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(WriteError, match="cannot be written"):
        Autosaver.start(small_hearing, root=blocker)


def test_bad_ops_fail_at_the_caller(savers: list[Autosaver], small_hearing: Hearing) -> None:
    saver = start(savers, small_hearing)
    with pytest.raises(OpError):
        saver.record({"path": "schema_version", "value": 2})
    with pytest.raises(TypeError):
        saver.record({"path": "course_remarks", "value": object()})
    assert saver.last_seq == 1


def test_failing_callback_does_not_stop_autosave(savers: list[Autosaver], small_hearing: Hearing) -> None:
    def broken(seq: int, when: dt.datetime) -> None:
        raise ValueError("a bug in the GUI")

    saver = Autosaver.start(small_hearing, on_saved=broken)
    savers.append(saver)
    assert saver.flush(10)
    seq = answer(saver, small_hearing, 3, "still saved")
    assert saver.flush(10) and saver.saved_seq == seq


def test_set_case_file_updates_the_marker(
    savers: list[Autosaver], small_hearing: Hearing, tmp_path: Path
) -> None:
    saver = start(savers, small_hearing)
    saver.set_case_file(tmp_path / "saved-as.igcase")
    answer(saver, small_hearing, 3, "x")
    assert saver.flush(10)
    saver.close(keep_session=True)
    assert only_unfinished().info.case_file == tmp_path / "saved-as.igcase"


def test_leftovers_with_nothing_to_offer_are_removed(data_dir: Path) -> None:
    parent = data_dir / AUTOSAVE_FOLDER
    parent.mkdir()
    (parent / "20260302T090000Z-1-0123abcd").mkdir()
    (parent / "20260302T090000Z-1-0123abcd" / "session.json").write_text("{}")
    (parent / "20260302T090000Z-2-0123abcd.lock").write_bytes(b"")
    (parent / "unrelated.txt").write_text("left alone")
    assert find_unfinished() == []
    assert [p.name for p in parent.iterdir()] == ["unrelated.txt"]


def test_damaged_marker_still_offers_the_session(savers: list[Autosaver], small_hearing: Hearing) -> None:
    saver = start(savers, small_hearing, key=CaseKey.derive("pw", CHEAP))
    saver.close(keep_session=True)
    (saver.folder / "session.json").write_bytes(b"\x00garbage")
    session = only_unfinished()
    assert session.info.encrypted and session.info.case_file is None
    assert session.recover("pw").hearing == small_hearing


def test_flush_from_a_callback_is_refused_not_a_deadlock(
    savers: list[Autosaver], small_hearing: Hearing
) -> None:
    seen: list[BaseException] = []
    holder: list[Autosaver] = []
    done, started = threading.Event(), threading.Event()

    def on_saved(seq: int, when: dt.datetime) -> None:
        started.wait(10)  # the first save can come before start() has returned the saver
        try:
            holder[0].flush(1)
        except RuntimeError as exc:
            seen.append(exc)
        done.set()

    saver = Autosaver.start(small_hearing, on_saved=on_saved)
    holder.append(saver)
    savers.append(saver)
    started.set()
    assert done.wait(10) and "callback" in str(seen[0])


def test_unreadable_autosave_folder_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the data folder should be")
    with pytest.raises(CaseFileError, match="cannot look for unfinished hearings"):
        find_unfinished(tmp_path / "data")
