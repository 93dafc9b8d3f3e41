"""What can be tested on Linux of the Windows path: file names Windows refuses, long paths, no carriage
returns in what the app writes, and the data and admin folders as platformdirs gives them on Windows.

(The atomic replace retried on a PermissionError is tested in tests/test_atomic.py.)
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_guide.core.filenames import MAX_NAME_CHARS, file_name_problem, safe_file_name
from interview_guide.demo import build_demo_case
from interview_guide.report.docx_report import export_report
from interview_guide.storage import load_case, save_case
from interview_guide.storage.admin_folder import admin_dir
from interview_guide.storage.paths import data_dir

DEVICE_NAMES = ["CON", "prn", "Aux", "NUL", "COM1", "com9", "LPT1", "lpt3", "COM¹"]


@pytest.mark.parametrize("name", [*DEVICE_NAMES, *(f"{n}.docx" for n in DEVICE_NAMES), "CON .txt"])
def test_device_names_are_refused_and_made_safe(name: str) -> None:
    assert "device name" in (file_name_problem(name) or "")
    safe = safe_file_name(name)
    assert file_name_problem(safe) is None
    assert safe.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT3"}


@pytest.mark.parametrize("char", [*'<>:"/\\|?*', "\x00", "\x1f", "\t", "\n", "\r"])
def test_characters_windows_refuses_are_refused_and_replaced(char: str) -> None:
    name = f"V{char}123.docx"
    assert "refuses" in (file_name_problem(name) or "")
    assert safe_file_name(f"V{char}123", ".docx") == "V-123.docx"


@pytest.mark.parametrize("name", ["report.", "report ", "report. .", ".", "..", ""])
def test_names_ending_in_a_dot_or_space_and_empty_names_are_refused(name: str) -> None:
    assert file_name_problem(name) is not None
    assert file_name_problem(safe_file_name(name)) is None


@pytest.mark.parametrize(
    "name", ["1234567890-hearing-report-2026-03-02.docx", "همجنس‌گرا.docx", "Zoë — verslag.docx", "con-x.docx"]
)
def test_ordinary_names_in_any_script_are_kept(name: str) -> None:
    assert file_name_problem(name) is None
    stem, _, suffix = name.rpartition(".")
    assert safe_file_name(stem, "." + suffix) == name


@given(st.text(max_size=400))
def test_safe_file_name_always_gives_an_acceptable_name(text: str) -> None:
    name = safe_file_name(text, ".docx")
    assert file_name_problem(name) is None, (text, name)
    assert name.endswith(".docx") and len(name) <= MAX_NAME_CHARS


def test_the_suggested_export_name_is_one_windows_accepts(qapp: object, data_dir: Path) -> None:
    from interview_guide.app import build_window, create_context

    context = create_context("en")
    hearing = build_demo_case("lgbti", "en")
    context.controller.load(hearing, path=None, demo=True)
    window = build_window(context)
    try:
        assert context.features is not None
        actions = context.features.export
        for v_number, start in (
            ("1234567890", "1234567890-hearing-report-"),
            ("", "hearing-hearing-report-"),
        ):
            hearing.case.v_number = v_number
            name = actions.suggested_name(final=False)
            assert file_name_problem(name) is None and name.startswith(start) and name.endswith(".docx")
        assert file_name_problem(actions.suggested_name(final=True)) is None
    finally:
        window.set_close_guard(lambda: True)
        window.close()
        window.deleteLater()


# --- long paths ------------------------------------------------------------------------------------


def long_folder(root: Path, length: int) -> Path:
    """A folder under ``root`` whose path is at least ``length`` characters, in 60-character parts."""
    folder = root
    index = 0
    while len(str(folder)) < length:
        folder = folder / (f"{index:02d}-" + "langemapnaam" * 5)[:60]
        index += 1
    folder.mkdir(parents=True)
    return folder


def test_paths_longer_than_260_characters_save_open_and_export(tmp_path: Path) -> None:
    folder = long_folder(tmp_path, 300)
    hearing = build_demo_case("both", "nl")
    case = folder / "1234567890-verhoor.igcase"
    report = folder / "1234567890-hearing-report.docx"
    assert len(str(case)) > 260 and len(str(report)) > 260
    save_case(hearing, case)
    assert load_case(case).case.v_number == hearing.case.v_number
    export_report(hearing, report, "nl")
    assert zipfile.is_zipfile(report)


def test_a_data_folder_deeper_than_260_characters_holds_settings_and_autosaves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_guide.storage.app_settings import AppSettings, load_settings, save_settings

    folder = long_folder(tmp_path, 280)
    monkeypatch.setenv("INTERVIEW_GUIDE_DATA_DIR", str(folder))
    settings = AppSettings()
    settings.ui_lang = "en"
    save_settings(settings)
    assert load_settings()[0].ui_lang == "en"


# --- no carriage returns in what the app writes ----------------------------------------------------


def test_no_carriage_return_in_exports_case_files_or_settings(tmp_path: Path, data_dir: Path) -> None:
    hearing = build_demo_case("lgbti", "nl")
    pasted = "Eerste regel\r\nTweede regel\rDerde\u2028vierde"
    hearing.entries[1].answer_text = pasted
    hearing.entries[2].question_text = "Wat betekende dat\r\nvoor u?"
    hearing.course_remarks = pasted
    hearing.case.applicant_name = "Zahra\r\nAhmadi"
    case = tmp_path / "pasted.igcase"
    save_case(hearing, case)
    assert b"\r" not in case.read_bytes()
    report = tmp_path / "pasted.docx"
    export_report(hearing, report, "nl")
    with zipfile.ZipFile(report) as archive:
        for info in archive.infolist():
            data = archive.read(info)
            assert b"\r" not in data and b"&#13;" not in data and b"&#xD;" not in data.upper(), info.filename
        assert b"Tweede regel" in archive.read("word/document.xml")
    from interview_guide.storage.app_settings import AppSettings, save_settings

    save_settings(AppSettings())
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"\r" not in path.read_bytes(), path


# --- the folders, as platformdirs gives them on Windows ---------------------------------------------


@pytest.fixture
def windows_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """platformdirs as on Windows (its documented WIN_PD_OVERRIDE_* variables stand in for the shell API)."""
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\ambtenaar\AppData\Local")
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\ambtenaar\AppData\Roaming")
    monkeypatch.setenv("WIN_PD_OVERRIDE_COMMON_APPDATA", r"C:\ProgramData")
    monkeypatch.delenv("INTERVIEW_GUIDE_DATA_DIR")
    monkeypatch.delenv("INTERVIEW_GUIDE_ADMIN_DIR")
    monkeypatch.chdir(tmp_path)  # on Linux, data_dir() creates the "C:\..." folder here


def test_on_windows_the_data_folder_is_local_never_roaming(windows_dirs: None) -> None:
    # Autosaves of special-category personal data must not travel to a roaming profile's server.
    folder = str(data_dir())
    assert folder.startswith(r"C:\Users\ambtenaar\AppData\Local")
    assert "Roaming" not in folder
    assert folder.endswith("interview-guide") and folder.count("interview-guide") == 1


def test_on_windows_the_admin_folder_is_programdata(windows_dirs: None) -> None:
    folder = str(admin_dir())
    assert folder.startswith(r"C:\ProgramData")
    assert folder.endswith("interview-guide") and folder.count("interview-guide") == 1
