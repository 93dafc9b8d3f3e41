"""The foundation: the Qt-free core, the record's rules, the case file round trip, the installed package."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from interview_guide.core import editing
from interview_guide.core.errors import CaseFileError, RecordRuleError
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import SCHEMA_VERSION, Hearing
from interview_guide.storage import load_case, save_case

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("package", ["core", "storage", "report", "demo", "cli"])
def test_qt_free_packages_do_not_load_pyside6(package: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"import interview_guide.{package} as p\n"
        "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "assert not any(n.startswith('PySide6') for n in sys.modules), 'PySide6 loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_case_file_round_trip(small_hearing: Hearing, tmp_path: Path) -> None:
    target = tmp_path / "case.igcase"
    before = small_hearing.model_copy(deep=True)
    save_case(small_hearing, target)
    assert small_hearing == before, "saving must not change the record"
    again = load_case(str(target))
    assert again == small_hearing
    assert fingerprint(again) == fingerprint(small_hearing)
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION
    assert raw["entries"][1]["number"] == 2
    assert raw["entries"][1]["question_text"] == "What does that word mean to you?"
    assert raw["entries"][1]["answer_text"] == "It means freedom.\nAnd fear."


def test_loader_accepts_repeated_questions_and_unordered_times(
    small_hearing: Hearing, tmp_path: Path
) -> None:
    first = small_hearing.entries[0]
    editing.add_entry(
        small_hearing, first.theme_id, first.question_text, first.asked_at - dt.timedelta(hours=1)
    )
    target = tmp_path / "case.igcase"
    save_case(small_hearing, target)
    assert load_case(target).entries[-1].question_text == first.question_text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "invalid JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"[1, 2]", "no schema_version"),
        (b'{"schema_version": 99}', "newer version"),
        (b'{"schema_version": 1, "sittings": []}', "sittings"),
        (
            b'{"schema_version": 1, "sittings": [{"number": 1, "date": "2026-01-01"}], "entries": '
            b'[{"number": 2, "theme_id": "x", "question_text": "q", "asked_at": "2026-01-01T10:00:00"}]}',
            "numbered",
        ),
    ],
)
def test_invalid_case_files_name_the_file_and_the_problem(
    content: bytes, expected: str, tmp_path: Path
) -> None:
    target = tmp_path / "bad.igcase"
    target.write_bytes(content)
    with pytest.raises(CaseFileError) as info:
        load_case(target)
    assert str(target) in str(info.value)
    assert expected in str(info.value)


def test_v_number_holds_digits_only(small_hearing: Hearing) -> None:
    with pytest.raises(ValidationError):
        small_hearing.case.v_number = "12-34"
    with pytest.raises(ValidationError):
        small_hearing.case.v_number = "١٢٣"  # Arabic-Indic digits are digits to Python, not to the IND
    small_hearing.case.v_number = "0123456789"


def test_numbering_runs_on_across_sittings(small_hearing: Hearing) -> None:
    before = len(small_hearing.entries)
    editing.new_sitting(small_hearing, dt.date(2026, 3, 3))
    entry = editing.add_entry(
        small_hearing, "life-now", "Tell me about a usual day.", dt.datetime(2026, 3, 3, 9)
    )
    assert entry.number == before + 1
    assert entry.sitting == 2
    Hearing.model_validate(small_hearing.model_dump())


def test_answer_edits_after_logging_go_to_the_audit_trail(small_hearing: Hearing) -> None:
    t = small_hearing.entries[0].asked_at
    editing.set_answer(
        small_hearing, 1, "In my own words: I love men. Also women.", t + dt.timedelta(hours=1)
    )
    editing.set_answer(
        small_hearing, 1, "In my own words: I love men. Also women!", t + dt.timedelta(hours=1, seconds=5)
    )
    assert len(small_hearing.audit_trail) == 1
    event = small_hearing.audit_trail[0]
    assert event.old == "In my own words: I love men."
    assert event.new == "In my own words: I love men. Also women!"
    # the second entry was never logged as answered: typing it is not an audited change
    editing.set_answer(small_hearing, 2, "changed", t)
    assert len(small_hearing.audit_trail) == 1


def test_pasted_control_characters_are_removed(small_hearing: Hearing) -> None:
    editing.set_answer(small_hearing, 3, "a\x00b\x0bc\r\nd\x1b", small_hearing.entries[2].asked_at)
    assert small_hearing.entries[2].answer_text == "abc\nd"


def test_empty_question_is_refused(small_hearing: Hearing) -> None:
    with pytest.raises(RecordRuleError):
        editing.add_entry(small_hearing, "x", " \x00 ", small_hearing.entries[0].asked_at)


def test_non_editable_install_carries_banks_and_templates(tmp_path: Path) -> None:
    # From a clean copy: setuptools' build/ folder in the checkout may still hold modules since moved.
    source = tmp_path / "source"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            "build", "dist", ".venv", ".git", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
        ),
    )
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), source],
        check=True,
        cwd=tmp_path,
    )
    installed = target / "interview_guide"
    assert sorted(p.name for p in (installed / "question_banks").glob("*.yaml"))
    assert sorted(p.name for p in (installed / "report_templates").glob("*.docx"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", "import interview_guide.resources as r; print(r.banks_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(result.stdout.strip()) == installed / "question_banks"
    # Every module of the source tree made it into the installed package (no package left out).
    source_modules = sorted(
        str(p.relative_to(REPO).with_suffix("")).replace(os.sep, ".")
        for p in (REPO / "interview_guide").rglob("*.py")
    )
    installed_modules = sorted(
        str(p.relative_to(target).with_suffix("")).replace(os.sep, ".") for p in installed.rglob("*.py")
    )
    assert installed_modules == source_modules
    result = subprocess.run(
        [sys.executable, "-m", "interview_guide", "check-banks", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert {bank["id"] for bank in json.loads(result.stdout)} == {"common", "lgbti", "conversion"}


def test_gui_quit_when_shown_builds_the_window_and_never_asks(tmp_path: Path, small_hearing: Hearing) -> None:
    from interview_guide.storage import Autosaver

    data = tmp_path / "data"
    # An unfinished hearing in the data folder: a normal start would offer to restore it.
    assert Autosaver.start(small_hearing, root=data).close(keep_session=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INTERVIEW_GUIDE_DATA_DIR": str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "interview_guide", "gui", "--demo", "--quit-when-shown"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_gui_without_a_display_says_so_in_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "interview_guide"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "DISPLAY" in result.stderr
