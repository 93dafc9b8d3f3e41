"""The shared bounded reader: only regular files, a size cap before reading, JSON with limits.

Each damaged input the storage audit found (a FIFO, /dev/zero, a 200 MB file, an integer of
thousands of digits, a lone surrogate, deep nesting) is tried through the public entry points and,
for the command line, in a real process with a memory limit: one line, exit status 2, no hang.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from interview_guide.core.errors import BankError, CaseFileError, InterviewGuideError
from interview_guide.core.hearing import Hearing
from interview_guide.storage import bounded_reader as br
from interview_guide.storage import load_case, save_case
from interview_guide.storage.app_settings import load_settings
from interview_guide.storage.bank_files import load_banks
from interview_guide.storage.bounded_reader import (
    MAX_CASE_BYTES,
    loads_bounded_json,
    read_bounded,
    read_bounded_json,
    read_bounded_text,
)
from interview_guide.storage.settings_files import SettingsFileError, load_deadlines


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.igcase"
    os.mkfifo(path)
    return path


def test_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 1000)
    assert read_bounded(path, 1000) == b"x" * 1000
    assert read_bounded(path, 10, head=True) == b"x" * 10


def test_too_large_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.igcase"
    with path.open("wb") as handle:  # sparse: 200 MB that takes no disk space
        handle.truncate(200 * br.MIB)
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(br.os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(
        CaseFileError, match=r"big.igcase: is too large for a case file \(200.0 MB; at most 16.0 MB"
    ):
        load_case(path)
    assert reads == []  # refused on its size alone


def test_a_file_that_grows_while_read_is_still_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing"
    path.write_bytes(b"y" * 5000)
    real_fstat = os.fstat

    def stale_fstat(fd: int) -> os.stat_result:  # the size seen before the file grew
        values = list(real_fstat(fd))
        values[6] = 10
        return os.stat_result(values)

    monkeypatch.setattr(br.os, "fstat", stale_fstat)
    with pytest.raises(InterviewGuideError, match="grew past 100 bytes"):
        read_bounded(path, 100)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match=r"nothing\.igcase: no such case file"):
        load_case(tmp_path / "nothing.igcase")
    with pytest.raises(CaseFileError, match="is a folder, not a case file"):
        load_case(tmp_path)


def test_fifo_is_refused_at_once(fifo: Path) -> None:
    # Nobody writes to the pipe: a plain open() would wait forever.
    with pytest.raises(CaseFileError, match=r"pipe.igcase: is a pipe \(FIFO\), not a case file"):
        load_case(fifo)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device: str, tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match=f"{device}: is a device, not a case file"):
        load_case(device)
    link = tmp_path / "innocent.igcase"
    link.symlink_to(device)
    with pytest.raises(CaseFileError, match=r"innocent\.igcase: is a device"):
        load_case(link)


def test_pipes_only_where_asked(fifo: Path) -> None:
    # A passphrase may come from a pipe (`--passphrase-file <(pass show case)`); a pipe nobody
    # writes to reads as empty instead of hanging.
    assert read_bounded(fifo, 100, pipes=True) == b""
    with pytest.raises(InterviewGuideError, match="is a device"):
        read_bounded("/dev/zero", 100, pipes=True)


def test_text_must_be_utf8(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(b"\xef\xbb\xbfkey: w\xc3\xa9")
    assert read_bounded_text(path, 100) == "key: wé"  # a BOM from Notepad is dropped
    path.write_bytes(b"key: \xff")
    with pytest.raises(InterviewGuideError, match=r"t.yaml: not UTF-8 text \(invalid byte at offset 5\)"):
        read_bounded_text(path, 100)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1" * 5000, "a number of 5000 digits"),
        ('{"a": -' + "9" * 100 + "}", "a number of 101 digits"),
        ("[1e400]", "a number too large"),
        ("[" + "1" * 80 + ".5]", "a number of 82 characters"),
        ("[NaN]", "NaN, which is not a JSON number"),
        ("[-Infinity]", "-Infinity, which is not a JSON number"),
        ("[" * 100_000 + "]" * 100_000, "nested more than 64 levels deep"),
        ("[" * 65 + "]" * 65, "nested more than 64 levels deep"),
        ('{"a": "\\ud800"}', "unpaired surrogate"),
        ('{"a": ["ok", "x\\udfffy"]}', "unpaired surrogate"),
        ('{"\\udc00": 1}', "a name with an unpaired surrogate"),
        ('{"a": "\\ud83d\\u0041"}', "unpaired surrogate"),
        ('{"a": 1', "invalid JSON at line 1, column 8"),
        (b"\xff{}", "not UTF-8 text at byte 0"),
    ],
)
def test_json_limits(text: str | bytes, problem: str) -> None:
    with pytest.raises(CaseFileError) as caught:
        loads_bounded_json(text, "x.igcase", what="case file", error=CaseFileError)
    assert str(caught.value).startswith("x.igcase: damaged or not a case file (")
    assert problem in str(caught.value)


def test_json_within_limits() -> None:
    text = '{"a": [1, -2, 3.5, "\\ud83d\\ude00", "\\\\ud800", null, true], "b": ' + "[" * 63 + "]" * 63 + "}"
    value = loads_bounded_json(text, "x")
    assert value["a"] == [1, -2, 3.5, "😀", "\\ud800", None, True]
    assert loads_bounded_json("9" * 64, "x") == int("9" * 64)


@pytest.mark.parametrize(
    "content",
    [
        b'{"schema_version": 1, "case": {"applicant_name": "\\ud800"}}',
        b'{"schema_version": ' + b"1" * 5000 + b"}",
        b'{"schema_version": 1, "x": ' + b"[" * 50_000 + b"}",
    ],
    ids=["surrogate", "digits", "depth"],
)
def test_damaged_case_files_are_case_file_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.igcase"
    path.write_bytes(content)
    with pytest.raises(CaseFileError, match=r"bad\.igcase: damaged or not a case file"):
        load_case(path)


def test_settings_fall_back_on_poisoned_json(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"ui_lang": "en", "break_reminder_minutes": ' + "9" * 5000 + "}")
    settings, warning = load_settings(path)
    assert settings.ui_lang == "nl" and warning is not None and "a number of 5000 digits" in warning
    path.unlink()
    assert load_settings(path)[1] is None


def test_settings_that_are_a_device_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")
    _, warning = load_settings(path)
    assert warning is not None and "is a device" in warning


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a: &x [1, 2]\nb: *x\n", "aliases (*name) are not allowed (line 2)"),
        ("general: {days: " + "1" * 5000 + "}\n", "a number of 5000 digits (line 1)"),
        ("[" * 20_000, "nested too deeply"),
    ],
)
def test_deadlines_yaml_limits(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "deadlines.yaml"
    path.write_text(text)
    with pytest.raises(SettingsFileError) as caught:
        load_deadlines(path)
    assert problem in str(caught.value)


def test_a_bank_that_is_a_fifo(fifo: Path) -> None:
    with pytest.raises(BankError, match="is a pipe"):
        load_banks([fifo])


def test_read_bounded_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text("[1, 2]")
    assert read_bounded_json(path, 100) == [1, 2]
    path.write_text("[1, 2" + " " * 200 + "]")
    with pytest.raises(InterviewGuideError, match=r"m\.json: is too large"):
        read_bounded_json(path, 100)


def test_a_saved_case_is_far_below_the_cap(tmp_path: Path, small_hearing: Hearing) -> None:
    save_case(small_hearing, tmp_path / "c.igcase")
    assert (tmp_path / "c.igcase").stat().st_size * 100 < MAX_CASE_BYTES
    assert load_case(tmp_path / "c.igcase") == small_hearing


# --- the command line, in real processes with a memory limit ------------------------------------

_LIMITED = textwrap.dedent(
    """
    import resource, sys
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from interview_guide.cli import main
    sys.exit(main(sys.argv[2:]))
    """
)
MEMORY_LIMIT = 1 << 30  # 1 GiB of address space for the whole process


def _run_limited(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "INTERVIEW_GUIDE_PASSPHRASE"}
    return subprocess.run(
        [sys.executable, "-c", _LIMITED, str(MEMORY_LIMIT), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a hang fails the test instead of blocking the run
    )


def _damaged_inputs(folder: Path) -> dict[str, tuple[str, str]]:
    """name -> (path, expected fragment of the one line)."""
    found: dict[str, tuple[str, str]] = {}
    big = folder / "big.igcase"
    with big.open("wb") as handle:
        handle.truncate(200 * br.MIB)
    found["200 MB"] = (str(big), "is too large for a case file")
    just = folder / "just-over.igcase"
    just.write_bytes(b"[" + b"[]," * (MAX_CASE_BYTES // 3) + b"[]]")
    found["just over the cap"] = (str(just), "is too large")
    under = folder / "just-under.igcase"  # millions of tiny lists: the most memory per byte
    under.write_bytes(b"[" + b"[]," * (MAX_CASE_BYTES // 3 - 2) + b"[]]")
    found["just under the cap"] = (str(under), "not an Interview Guide case file")
    digits = folder / "digits.igcase"
    digits.write_text('{"schema_version": 1, "x": ' + "7" * 4301 + "}")
    found["4,301 digits"] = (str(digits), "a number of 4301 digits")
    surrogate = folder / "surrogate.igcase"
    surrogate.write_text(json.dumps({"schema_version": 1, "case": {"applicant_name": "\ud800"}}))
    found["lone surrogate"] = (str(surrogate), "unpaired surrogate")
    deep = folder / "deep.igcase"
    deep.write_text("[" * 1_000_000)
    found["a million ["] = (str(deep), "nested more than 64 levels deep")
    if os.name == "posix":
        os.mkfifo(folder / "fifo.igcase")
        found["FIFO"] = (str(folder / "fifo.igcase"), "is a pipe (FIFO)")
        found["/dev/zero"] = ("/dev/zero", "is a device")
    return found


@pytest.mark.slow
def test_damaged_inputs_on_the_command_line(tmp_path: Path) -> None:
    for label, (path, fragment) in _damaged_inputs(tmp_path).items():
        result = _run_limited("fingerprint", path)
        assert result.returncode == 2, (label, result.stderr[-2000:])
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and fragment in lines[0], (label, result.stderr[-2000:])
