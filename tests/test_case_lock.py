"""One writer per case file: a lock honoured by windows and commands, never left behind by a killed
holder, and a check before every save that the file on disk is still the one that was opened.

The two-instance tests use two real processes: a holder process that opens the case (as a window
does) and this one (as a second instance or a command).
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_guide.core.hearing import Hearing
from interview_guide.storage import (
    CaseChangedError,
    CaseHandle,
    CaseLock,
    CaseLockedError,
    case_lock,
    load_case,
    save_case,
)
from interview_guide.storage.case_lock import lock_path

HOLDER = textwrap.dedent(
    """
    import sys
    from interview_guide.storage import CaseHandle
    handle = CaseHandle.open(sys.argv[1])
    hearing = handle.load().hearing
    print("ready", flush=True)
    for line in sys.stdin:
        hearing.course_remarks = line.strip()
        handle.save(hearing, None)
        print("saved", flush=True)
    """
)


class Holder:
    """Another instance with the case open, in its own process."""

    def __init__(self, case: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(case)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.read() == "ready"

    def read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def save(self, remark: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(remark + "\n")
        self.process.stdin.flush()
        assert self.read() == "saved"

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)


@pytest.fixture
def case(tmp_path: Path, small_hearing: Hearing) -> Path:
    path = tmp_path / "V1234567890.igcase"
    save_case(small_hearing, path)
    return path


@pytest.fixture
def holder(case: Path) -> Iterator[Holder]:
    other = Holder(case)
    yield other
    if other.process.poll() is None:
        other.kill()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_guide", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_second_opener_in_this_process_is_refused_and_told_where(case: Path) -> None:
    with CaseHandle.open(case):
        with pytest.raises(CaseLockedError) as caught:
            CaseHandle.open(case)
        holder = caught.value.holder
        assert holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname()
        assert f"is open in Interview Guide on {socket.gethostname()} (process {os.getpid()})" in str(
            caught.value
        )
    with CaseHandle.open(case):  # released: open again
        pass
    assert not lock_path(case).exists()  # no leftover lock file


def test_another_process_holds_it_and_no_save_is_lost(
    case: Path, holder: Holder, small_hearing: Hearing
) -> None:
    with pytest.raises(CaseLockedError, match=f"process {holder.process.pid}"):
        CaseHandle.open(case)
    small_hearing.course_remarks = "the second instance's edit"
    with pytest.raises(CaseLockedError):
        save_case(small_hearing, case)  # the public entry point honours the lock too
    holder.save("the first instance's edit")
    assert load_case(case).course_remarks == "the first instance's edit"


def test_command_line_writers_honour_the_lock(case: Path, holder: Holder, tmp_path: Path) -> None:
    result = run_cli("encrypt", str(tmp_path / "missing.igcase"), "-o", str(case), "--force")
    assert result.returncode == 2  # the input is missing: not even about the lock
    plain = tmp_path / "plain.igcase"
    plain.write_bytes(case.read_bytes())
    env_result = subprocess.run(
        [sys.executable, "-m", "interview_guide", "encrypt", str(plain), "-o", str(case), "--force"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "INTERVIEW_GUIDE_PASSPHRASE": "a long passphrase"},
    )
    assert env_result.returncode == 2 and env_result.stdout == ""
    lines = env_result.stderr.splitlines()
    assert len(lines) == 1 and "V1234567890.igcase: is open in Interview Guide on" in lines[0]
    assert f"(process {holder.process.pid})" in lines[0] and "close it there first" in lines[0]
    assert case.read_bytes() == plain.read_bytes()  # not overwritten


def test_a_killed_holder_leaves_no_lock(case: Path, holder: Holder, small_hearing: Hearing) -> None:
    holder.kill()
    assert lock_path(case).exists()  # the file stays ...
    small_hearing.course_remarks = "after the kill"
    save_case(small_hearing, case)  # ... but nobody holds it
    assert load_case(case).course_remarks == "after the kill"
    assert not lock_path(case).exists()


def test_changed_on_disk_is_refused_not_overwritten(case: Path, small_hearing: Hearing) -> None:
    with CaseHandle.open(case) as handle:
        hearing = handle.load().hearing
        # Another program (a sync client, an editor) writes the file; it knows nothing of locks.
        other = small_hearing.model_copy(deep=True)
        other.course_remarks = "written by another program"
        case.write_bytes(other.model_dump_json().encode())
        hearing.course_remarks = "this window's edit"
        with pytest.raises(CaseChangedError, match="was changed on disk since it was opened"):
            handle.save(hearing, None)
        assert load_case(case).course_remarks == "written by another program"
        case.unlink()
        with pytest.raises(CaseChangedError, match="was moved or deleted"):
            handle.save(hearing, None)
        assert not case.exists()


def test_own_saves_pass_the_check(case: Path) -> None:
    with CaseHandle.open(case) as handle:
        hearing = handle.load().hearing
        for text in ("one", "two", "three"):
            hearing.course_remarks = text
            handle.save(hearing, None)
        assert load_case(case).course_remarks == "three"


def test_a_new_file_that_appears_meanwhile_is_not_overwritten(tmp_path: Path, small_hearing: Hearing) -> None:
    target = tmp_path / "new.igcase"
    with CaseHandle.for_saving(target) as handle:
        target.write_bytes(b"someone else's file")
        with pytest.raises(CaseChangedError):
            handle.save(small_hearing, None)
    assert target.read_bytes() == b"someone else's file"


def test_stale_temp_files_are_removed_when_the_case_is_opened(case: Path) -> None:
    leftover = case.with_name(f".{case.name}.x1y2z3ab.tmp")
    leftover.write_text("Test Applicant, from a save killed half-way")
    other = case.with_name(".other.igcase.x1y2z3ab.tmp")
    other.write_text("not ours")
    with CaseHandle.open(case):
        assert not leftover.exists() and other.exists()


def test_a_symlinked_case_is_locked_at_its_target(case: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.igcase"
    link.symlink_to(case)
    with CaseHandle.open(link), pytest.raises(CaseLockedError):
        CaseHandle.open(case)


def test_a_read_only_folder_gets_no_lock_but_opens(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def read_only(path: str | Path, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(path, flags, mode)

    monkeypatch.setattr(case_lock.os, "open", read_only)
    with CaseHandle.open(case) as handle:
        assert not handle.lock.held and handle.load().hearing is not None


def test_a_garbled_lock_file_still_refuses(case: Path) -> None:
    with CaseLock.acquire(case) as lock:
        os.truncate(lock.path, 0)
        lock.path.write_bytes(b"\xff" * 100)
        with pytest.raises(CaseLockedError, match="another Interview Guide window or command"):
            CaseLock.acquire(case)
