"""The command line and encrypted cases: where the passphrase comes from, and one line on every failure."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_guide.cli import common, main
from interview_guide.cli.common import PASSPHRASE_VARIABLE, open_case_for_update, save_opened
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import Hearing
from interview_guide.storage import KdfParams, is_encrypted, load_case, save_case

CHEAP = KdfParams.argon2id(memory_kib=8, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery"


@pytest.fixture
def cases(tmp_path: Path, small_hearing: Hearing, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A plain and an encrypted copy of the same hearing; no passphrase in the environment."""
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    plain, encrypted = tmp_path / "plain.igcase", tmp_path / "encrypted.igcase"
    save_case(small_hearing, plain)
    save_case(small_hearing, encrypted, PASSPHRASE, kdf=CHEAP)
    return plain, encrypted


def run_cli(*args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line with no terminal (stdin from /dev/null)."""
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_VARIABLE}
    if passphrase is not None:
        env[PASSPHRASE_VARIABLE] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "interview_guide", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.slow
def test_plain_case_never_asks(cases: tuple[Path, Path], small_hearing: Hearing) -> None:
    result = run_cli("fingerprint", str(cases[0]))
    assert result.returncode == 0 and result.stdout.strip() == fingerprint(small_hearing)


@pytest.mark.slow
def test_passphrase_from_the_environment(cases: tuple[Path, Path], small_hearing: Hearing) -> None:
    result = run_cli("fingerprint", str(cases[1]), passphrase=PASSPHRASE)
    assert result.returncode == 0 and result.stdout.strip() == fingerprint(small_hearing)


@pytest.mark.slow
def test_passphrase_file_wins_over_the_environment(
    cases: tuple[Path, Path], small_hearing: Hearing, tmp_path: Path
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\r\nsecond line ignored\n", encoding="utf-8")
    result = run_cli("fingerprint", str(cases[1]), "--passphrase-file", str(secret), passphrase="wrong one")
    assert result.returncode == 0 and result.stdout.strip() == fingerprint(small_hearing)


@pytest.mark.slow
def test_wrong_passphrase_is_one_line_and_exit_2(cases: tuple[Path, Path]) -> None:
    assert_one_line_error(
        run_cli("fingerprint", str(cases[1]), passphrase="wrong"), "wrong passphrase", "encrypted.igcase"
    )


@pytest.mark.slow
def test_no_terminal_and_no_passphrase_is_one_line_and_exit_2(cases: tuple[Path, Path]) -> None:
    result = run_cli("fingerprint", str(cases[1]))
    assert_one_line_error(result, "encrypted.igcase", PASSPHRASE_VARIABLE, "--passphrase-file", "no terminal")


@pytest.mark.slow
def test_unreadable_passphrase_file(cases: tuple[Path, Path], tmp_path: Path) -> None:
    result = run_cli("fingerprint", str(cases[1]), "--passphrase-file", str(tmp_path / "missing.txt"))
    assert_one_line_error(result, "missing.txt", "no such passphrase file")
    (tmp_path / "empty.txt").write_text("\n")
    result = run_cli("fingerprint", str(cases[1]), "--passphrase-file", str(tmp_path / "empty.txt"))
    assert_one_line_error(result, "empty.txt", "first line")


@pytest.mark.slow
def test_encrypt_and_decrypt_round_trip(
    cases: tuple[Path, Path], small_hearing: Hearing, tmp_path: Path
) -> None:
    encrypted, back = tmp_path / "new.igcase", tmp_path / "back.igcase"
    result = run_cli("encrypt", str(cases[0]), "-o", str(encrypted), passphrase="a new passphrase")
    assert result.returncode == 0, result.stderr
    assert is_encrypted(encrypted) and load_case(encrypted, "a new passphrase") == small_hearing
    # A real hearing (not training) is written in plain only on request.
    refused = run_cli("decrypt", str(encrypted), "-o", str(back), passphrase="a new passphrase")
    assert_one_line_error(refused, "new.igcase", "not a training hearing", "--force")
    assert not back.exists()
    result = run_cli("decrypt", str(encrypted), "-o", str(back), "--force", passphrase="a new passphrase")
    assert result.returncode == 0 and "not encrypted" in result.stderr
    assert not is_encrypted(back) and load_case(back) == small_hearing


@pytest.mark.slow
def test_encrypt_and_decrypt_refusals(cases: tuple[Path, Path], tmp_path: Path) -> None:
    plain, encrypted = cases
    assert_one_line_error(
        run_cli("encrypt", str(plain), "-o", str(encrypted), passphrase=PASSPHRASE), "exists"
    )
    out = str(tmp_path / "out.igcase")
    assert_one_line_error(
        run_cli("encrypt", str(encrypted), "-o", out, passphrase=PASSPHRASE), "encrypted already"
    )
    assert_one_line_error(run_cli("encrypt", str(plain), "-o", out, passphrase="short"), "at least 8")
    assert_one_line_error(run_cli("encrypt", str(plain), "-o", out), "no terminal")
    assert_one_line_error(run_cli("decrypt", str(plain), "-o", out), "is not encrypted")
    assert not Path(out).exists()


# --- in-process: the terminal prompt, and saving back in the same form -------------------------------


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Pretend standard input is a terminal; the test fills in what the officer types."""
    typed: list[str] = []
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed.pop(0)

    monkeypatch.setattr(common, "can_prompt", lambda: True)
    monkeypatch.setattr(common.getpass, "getpass", getpass)
    yield typed
    assert typed == []  # every answer was asked for


def test_prompt_allows_three_tries(
    cases: tuple[Path, Path], terminal: list[str], small_hearing: Hearing, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.extend(["wrong", "also wrong", PASSPHRASE])
    assert main(["fingerprint", str(cases[1])]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == fingerprint(small_hearing)
    assert err.count("Wrong passphrase; try again.") == 2


def test_prompt_gives_up_after_three_wrong(
    cases: tuple[Path, Path], terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.extend(["one", "two", "three"])
    assert main(["fingerprint", str(cases[1])]) == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith("wrong passphrase (it does not open this file)")


def test_given_passphrase_is_never_prompted(
    cases: tuple[Path, Path], terminal: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "wrong")
    assert main(["fingerprint", str(cases[1])]) == 2  # and the terminal fixture saw no prompt


def test_encrypt_asks_the_new_passphrase_twice(
    cases: tuple[Path, Path], terminal: list[str], tmp_path: Path
) -> None:
    # Typed twice but different; too short (not asked again); then right.
    terminal.extend(["first passphrase", "different", "short", "final passphrase", "final passphrase"])
    out = tmp_path / "out.igcase"
    assert main(["encrypt", str(cases[0]), "-o", str(out)]) == 0
    assert load_case(out, "final passphrase").case.v_number == "1234567890"


def test_save_opened_keeps_the_form_and_the_key(
    cases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, terminal: list[str]
) -> None:
    plain, encrypted = cases
    opened = open_case_for_update(argparse.Namespace(case=plain, passphrase_file=None))
    assert opened.passphrase is None and opened.key is None  # a plain case asks nothing
    opened.hearing.course_remarks = "plain edit"
    save_opened(opened)
    assert not is_encrypted(plain) and load_case(plain).course_remarks == "plain edit"

    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    opened = open_case_for_update(argparse.Namespace(case=encrypted, passphrase_file=None))
    assert opened.passphrase == PASSPHRASE and opened.key is not None

    def no_derivation(self: KdfParams, secret: bytes, salt: bytes) -> bytes:
        raise AssertionError("saving back derived a new key")

    monkeypatch.setattr(KdfParams, "derive", no_derivation)
    opened.hearing.course_remarks = "encrypted edit"
    save_opened(opened)
    monkeypatch.undo()
    assert is_encrypted(encrypted) and load_case(encrypted, PASSPHRASE).course_remarks == "encrypted edit"


@pytest.mark.slow
def test_export_of_an_encrypted_case(cases: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    result = run_cli("export", str(cases[1]), "-o", str(out), passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    out.unlink()
    assert_one_line_error(
        run_cli("export", str(cases[1]), "-o", str(out), passphrase="wrong"), "wrong passphrase"
    )
    assert not out.exists()
