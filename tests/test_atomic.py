"""Atomic writes: retried while another process holds the target, through symlinks, no leftovers."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from interview_guide.core.errors import CaseFileError, FileAction, FileProblem, OsReason
from interview_guide.core.hearing import Hearing
from interview_guide.storage import atomic, bounded_reader, load_case, save_case
from interview_guide.storage.atomic import WriteError, remove_stale_temps, write_atomic


def _flaky_replace(monkeypatch: pytest.MonkeyPatch, failures: int) -> list[str]:
    """os.replace fails with PermissionError ``failures`` times, as on Windows while antivirus or the
    search indexer briefly holds the target open, then works."""
    calls: list[str] = []
    real = os.replace

    def replace(source: str, target: str) -> None:
        calls.append(str(target))
        if len(calls) <= failures:
            raise PermissionError(13, "The process cannot access the file (sharing violation)")
        real(source, target)

    monkeypatch.setattr(atomic.os, "replace", replace)
    monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)
    return calls


def test_replace_is_retried_while_the_target_is_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "case.igcase"
    target.write_bytes(b"old")
    calls = _flaky_replace(monkeypatch, failures=3)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.igcase"]


def test_replace_gives_up_with_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "case.igcase"
    target.write_bytes(b"old")
    calls = _flaky_replace(monkeypatch, failures=1000)
    with pytest.raises(WriteError, match=r"case\.igcase: cannot be written: permission denied"):
        write_atomic(target, b"new")
    assert len(calls) == len(atomic.REPLACE_RETRY_DELAYS) + 1
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.igcase"]  # the temp file is gone


def test_other_errors_are_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def replace(source: str, target: str) -> None:
        calls.append(target)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(WriteError, match="the disk is full"):
        write_atomic(tmp_path / "x", b"data")
    assert len(calls) == 1


def test_saving_through_a_symlink_writes_its_target(tmp_path: Path, small_hearing: Hearing) -> None:
    real = tmp_path / "store" / "case.igcase"
    real.parent.mkdir()
    save_case(small_hearing, real)
    link = tmp_path / "desktop-link.igcase"
    link.symlink_to(Path("store") / "case.igcase")  # relative, as a file manager makes it
    small_hearing.course_remarks = "saved through the link"
    save_case(small_hearing, link)
    assert link.is_symlink()  # the link is kept
    assert load_case(real).course_remarks == "saved through the link"
    assert sorted(p.name for p in real.parent.iterdir()) == ["case.igcase"]
    chain = tmp_path / "chain.igcase"
    chain.symlink_to(link)
    small_hearing.course_remarks = "through two links"
    save_case(small_hearing, chain)
    assert chain.is_symlink() and link.is_symlink()
    assert load_case(real).course_remarks == "through two links"


def test_a_symlink_loop_is_a_clear_error(tmp_path: Path) -> None:
    first, second = tmp_path / "a.igcase", tmp_path / "b.igcase"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(WriteError, match="a symbolic link points to itself"):
        write_atomic(first, b"x")


def test_stale_temps_of_one_file_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "case.igcase"
    target.write_bytes(b"current")
    stale = [tmp_path / ".case.igcase.abc123xy.tmp", tmp_path / ".case.igcase.q_w8e9r0.tmp"]
    others = [tmp_path / ".other.igcase.abc123xy.tmp", tmp_path / "case.igcase.tmp", tmp_path / "notes.txt"]
    for path in stale + others:
        path.write_bytes(b"Applicant name in a leftover")
    assert sorted(remove_stale_temps(target)) == sorted(stale)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["case.igcase"] + [p.name for p in others])


def test_a_real_leftover_matches_the_pattern(tmp_path: Path) -> None:
    # A process killed (SIGKILL) between writing the temp file and the rename leaves it behind.
    script = (
        "import os, signal, sys\n"
        "from interview_guide.storage import atomic\n"
        "atomic.os.replace = lambda s, t: os.kill(os.getpid(), signal.SIGKILL)\n"
        "atomic.write_atomic(atomic.Path(sys.argv[1]), b'secret')\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "case.igcase")], timeout=60)
    assert result.returncode == -signal.SIGKILL
    leftovers = list(tmp_path.iterdir())
    assert len(leftovers) == 1 and leftovers[0].read_bytes() == b"secret"
    assert remove_stale_temps(tmp_path / "case.igcase") == leftovers
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("length", [250, 300])
def test_a_name_too_long_is_one_line_and_exit_2(tmp_path: Path, length: int) -> None:
    # 300 characters: the name itself is too long; 250: the case file's lock and temp names are.
    target = tmp_path / ("a" * length + ".igcase")
    run = subprocess.run(
        [sys.executable, "-m", "interview_guide", "demo-case", "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().endswith("cannot be written: the name is too long")
    assert len(run.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("platform", "length", "expected"),
    [
        ("nt", 260, "the path is too long for Windows"),
        ("nt", 400, "the path is too long for Windows"),
        ("nt", 259, "the folder does not exist"),
        ("posix", 400, "the folder does not exist"),
    ],
)
def test_enoent_on_a_long_windows_path_says_too_long(platform: str, length: int, expected: str) -> None:
    path = "C:\\" + "d" * (length - 3)
    assert len(path) == length
    from_error = OSError(errno.ENOENT, "The system cannot find the path specified", path)
    assert str(atomic.os_error_reason(from_error, platform=platform)).startswith(expected)
    from_caller = OSError(errno.ENOENT, "The system cannot find the path specified")
    assert str(atomic.os_error_reason(from_caller, path, platform=platform)).startswith(expected)
    # Other errors keep their own words, however long the path.
    full = OSError(errno.ENOSPC, "No space", path)
    assert atomic.os_error_reason(full, path, platform=platform) == "the disk is full"


def _as_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages decided as on Windows (os.name itself stays: pathlib depends on it)."""
    real = atomic.too_long_for_windows

    def on_windows(path: str | os.PathLike[str] | None, platform: str | None = None) -> bool:
        return real(path, "nt")

    monkeypatch.setattr(atomic, "too_long_for_windows", on_windows)
    monkeypatch.setattr(bounded_reader, "too_long_for_windows", on_windows)


def test_a_save_over_260_characters_on_windows_says_the_path_is_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The case file's own path is under 260 characters, its temp file's is not: Windows without
    # long-path support then fails to create the temp file with ENOENT, as simulated here.
    target = tmp_path / ("a" * (250 - len(str(tmp_path)) - len("/.igcase")) + ".igcase")
    assert len(str(target)) == 250
    real_mkstemp = atomic.tempfile.mkstemp

    def mkstemp(prefix: str, suffix: str, dir: Path) -> tuple[int, str]:
        name = os.path.join(dir, f"{prefix}XXXXXXXX{suffix}")
        if len(name) >= 260:
            raise FileNotFoundError(errno.ENOENT, "The system cannot find the path specified", name)
        return real_mkstemp(prefix=prefix, suffix=suffix, dir=dir)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    with pytest.raises(WriteError) as posix:
        write_atomic(target, b"x")
    assert str(posix.value).endswith("cannot be written: the folder does not exist")
    _as_on_windows(monkeypatch)
    with pytest.raises(WriteError) as windows:
        write_atomic(target, b"x")
    message = str(windows.value)
    assert message.startswith(str(target)) and "the path is too long for Windows" in message
    assert "folder does not exist" not in message
    assert list(tmp_path.iterdir()) == []


def test_reading_a_path_over_260_characters_on_windows_says_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / ("b" * (270 - len(str(tmp_path)) - len("/.igcase")) + ".igcase")
    assert len(str(missing)) == 270
    with pytest.raises(CaseFileError, match="no such case file"):
        load_case(missing)
    _as_on_windows(monkeypatch)
    with pytest.raises(CaseFileError, match="the path is too long for Windows"):
        load_case(missing)
    short = tmp_path / "short.igcase"
    with pytest.raises(CaseFileError, match="no such case file"):
        load_case(short)


def test_a_refused_write_carries_what_and_why_for_the_ui(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def replace(source: str, target: str) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(WriteError) as caught:
        write_atomic(tmp_path / "x", b"data")
    assert caught.value.problem == FileProblem(
        str(tmp_path / "x"), FileAction.WRITE, OsReason.READ_ONLY, "the disk is read-only"
    )
    # The Windows limit the reason names is the one the check uses.
    assert f"({atomic.WINDOWS_MAX_PATH} characters" in OsReason.WINDOWS_PATH_TOO_LONG
