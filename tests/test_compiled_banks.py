"""The compiled forms of the shipped banks (a faster start-up): current, used, and never shown stale."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from interview_guide.core import bank_compiled, bank_loader
from interview_guide.core.bank_compiled import compile_bank, load_compiled
from interview_guide.core.errors import BankError
from interview_guide.storage import bank_files
from interview_guide.storage.bank_files import bank_files as list_bank_files
from interview_guide.storage.bank_files import compiled_path, load_banks
from interview_guide.storage.bounded_reader import MAX_BANK_BYTES, read_bounded_text

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "question_banks"


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    bank_files._CACHE.clear()  # load_banks keeps the last set: every test reads the files again


def _yaml_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the YAML route fail loudly, and record which files took it."""
    parsed: list[str] = []

    def refuse(text: str, source: str) -> object:
        parsed.append(Path(source).name)
        raise BankError([f"{source}: read from YAML"])

    monkeypatch.setattr(bank_files, "parse_bank", refuse)
    return parsed


def test_every_shipped_bank_has_a_current_compiled_form() -> None:
    """Fails after a bank is edited without running scripts/compile_banks.py (start-up is then slower)."""
    files = list_bank_files([SHIPPED])
    assert files
    for file in files:
        text = read_bounded_text(file, MAX_BANK_BYTES)
        target = compiled_path(file)
        assert target.is_file(), f"{target} missing: run scripts/compile_banks.py"
        assert target.read_text(encoding="utf-8") == compile_bank(text, file.name), (
            f"{target} is stale: run scripts/compile_banks.py"
        )
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "compile_banks.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_shipped_banks_are_read_from_their_compiled_forms_and_equal_the_yaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from_yaml = [
        bank_loader.parse_bank(read_bounded_text(f, MAX_BANK_BYTES), f.name)
        for f in list_bank_files([SHIPPED])
    ]
    parsed = _yaml_only(monkeypatch)
    loaded = load_banks([SHIPPED])
    assert parsed == []
    assert list(loaded.banks) == from_yaml


def test_an_edited_bank_is_read_from_its_yaml_never_from_the_stale_compiled_form(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "banks"
    shutil.copytree(SHIPPED, folder)
    lgbti = folder / "lgbti.yaml"
    text = lgbti.read_text(encoding="utf-8")
    first = load_banks([folder]).by_id("lgbti").themes[0].questions[0].text.nl
    assert first in text
    lgbti.write_text(text.replace(first, "Vertel eens over de tijd daarna?", 1), encoding="utf-8")
    bank_files._CACHE.clear()
    edited = load_banks([folder]).by_id("lgbti")
    assert edited.themes[0].questions[0].text.nl == "Vertel eens over de tijd daarna?"
    assert compiled_path(lgbti).is_file()  # it is still there, and not used


def test_an_edited_bank_with_an_error_is_reported_not_hidden_by_its_compiled_form(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    shutil.copytree(SHIPPED, folder)
    lgbti = folder / "lgbti.yaml"
    lgbti.write_text(
        lgbti.read_text(encoding="utf-8").replace("id: lgbti", "idd: lgbti", 1), encoding="utf-8"
    )
    with pytest.raises(BankError) as caught:
        load_banks([folder])
    assert any("lgbti.yaml" in problem for problem in caught.value.problems)


@pytest.mark.parametrize(
    "compiled",
    [
        "",
        "not a compiled bank\n{}",
        "interview-guide compiled bank 1 sha256=" + "0" * 64 + "\n{}",
    ],
    ids=["empty", "foreign", "other-text"],
)
def test_a_compiled_form_that_does_not_belong_to_the_yaml_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled: str
) -> None:
    folder = tmp_path / "banks"
    shutil.copytree(SHIPPED, folder)
    compiled_path(folder / "common.yaml").write_text(compiled, encoding="utf-8")
    parsed = _yaml_only(monkeypatch)
    with pytest.raises(BankError):
        load_banks([folder])
    assert parsed == ["common.yaml"]  # only the bank whose compiled form is wrong went to its YAML


def test_a_compiled_form_with_the_right_digest_but_broken_json_falls_back_to_the_yaml() -> None:
    file = SHIPPED / "common.yaml"
    text = read_bounded_text(file, MAX_BANK_BYTES)
    good = compile_bank(text, file.name)
    header = good.partition("\n")[0]
    assert load_compiled(text, good) is not None
    assert load_compiled(text, header + "\n{not json") is None
    assert load_compiled(text, header + '\n{"id": "common"}') is None  # not a valid bank
    assert load_compiled(text + "\n", good) is None  # one more character in the YAML


@pytest.mark.parametrize(
    ("extra", "says"),
    [(dt.date(2024, 1, 2), "cannot be compiled"), ({1: "a"}, "changes in JSON")],
    ids=["date", "number-as-key"],
)
def test_a_bank_whose_data_would_change_in_json_is_not_compiled(
    monkeypatch: pytest.MonkeyPatch, extra: object, says: str
) -> None:
    """The shipped models refuse such data today; a model that accepts it one day must not make a
    compiled form that reads differently from its YAML."""
    text = read_bounded_text(SHIPPED / "common.yaml", MAX_BANK_BYTES)
    data = bank_loader.bank_data(text, "common.yaml")
    bank = bank_loader.validate_bank(data, "common.yaml")
    monkeypatch.setattr(bank_compiled, "bank_data", lambda text, source: {**data, "x": extra})
    monkeypatch.setattr(bank_compiled, "validate_bank", lambda data, source: bank)
    with pytest.raises(BankError) as caught:
        compile_bank(text, "common.yaml")
    assert caught.value.problems[0].startswith("common.yaml: ")
    assert says in caught.value.problems[0]
