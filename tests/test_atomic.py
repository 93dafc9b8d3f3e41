"""Atomic writes: retried while another process holds the target, through symlinks, no leftovers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from interview_guide.core.hearing import Hearing
from interview_guide.storage import atomic, load_case, save_case
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
