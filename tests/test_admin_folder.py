"""The admin folder: banks, templates and deadlines an IT department sets for all users, and what
happens when one of its files is broken (the shipped one is used, with a warning; never a blank wizard)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml

from interview_guide.cli import main
from interview_guide.core.deadlines import DeadlineKind
from interview_guide.core.hearing import ProcedureTrack
from interview_guide.demo import build_demo_case
from interview_guide.report.admin_templates import template_for
from interview_guide.report.docx_report import default_template
from interview_guide.resources import banks_dir
from interview_guide.storage.admin_folder import ADMIN_DIR_VARIABLE, admin_dir, load_effective_banks
from interview_guide.storage.settings_files import load_deadlines, load_deadlines_or_defaults

MARKER = "Vertel eens over een dag die voor u veel betekende."
MARKER_EN = "Tell me about a day that meant a lot to you."


def shipped(bank_id: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((banks_dir() / f"{bank_id}.yaml").read_text(encoding="utf-8"))
    return data


def write_bank(folder: Path, name: str, data: dict[str, Any] | str | bytes) -> Path:
    banks = folder / "question_banks"
    banks.mkdir(parents=True, exist_ok=True)
    path = banks / name
    if isinstance(data, dict):
        data = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def updated_lgbti() -> dict[str, Any]:
    """The shipped LGBTI bank, as an IT department would update it: a new version, one question reworded."""
    data = shipped("lgbti")
    data["version"] = "9.1"
    change = {"nl": "Een vraag anders geformuleerd.", "en": "One question reworded."}
    data["changelog"] = [{"version": "9.1", "summary": change}, *data.get("changelog", [])]
    data["themes"][0]["questions"][0]["text"] = {"nl": MARKER, "en": MARKER_EN}
    return data


@pytest.fixture
def admin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "admin folder é"
    folder.mkdir()
    monkeypatch.setenv(ADMIN_DIR_VARIABLE, str(folder))
    return folder


def test_the_admin_folder_is_the_machine_wide_data_folder_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ADMIN_DIR_VARIABLE)
    expected = "/usr/local/share/interview-guide" if sys.platform.startswith("linux") else "interview-guide"
    assert str(admin_dir()).endswith(expected)
    assert not admin_dir().is_dir() or os.access(admin_dir(), os.R_OK)  # never created by the app


def test_without_admin_banks_the_shipped_ones_are_used(admin: Path) -> None:
    effective = load_effective_banks()
    assert effective.overrides == () and effective.warnings == ()
    assert {bank.id for bank in effective.banks.banks} >= {"common", "lgbti", "conversion"}


def test_a_sound_admin_bank_replaces_the_shipped_bank_with_its_id(admin: Path) -> None:
    path = write_bank(admin, "lgbti.yaml", updated_lgbti())
    effective = load_effective_banks()
    assert effective.warnings == ()
    assert effective.overrides == (str(path),)
    lgbti = effective.banks.by_id("lgbti")
    assert lgbti.version == "9.1"
    assert lgbti.themes[0].questions[0].text.nl == MARKER
    assert effective.banks.by_id("conversion").version == shipped("conversion")["version"]
    # The order of the shipped banks is kept: the wizard builds its pages in that order.
    assert [bank.id for bank in effective.banks.banks] == [
        bank.id for bank in load_effective_banks(admin / "nothing").banks.banks
    ]


def broken_variants() -> list[tuple[str, str, str | bytes | dict[str, Any], str]]:
    too_few = shipped("lgbti")
    too_few["themes"][0]["questions"] = too_few["themes"][0]["questions"][:2]
    explicit = shipped("lgbti")
    explicit["themes"][0]["questions"][0]["text"] = {
        "nl": "Wat deed u precies in bed met hem?",
        "en": "What exactly did you do in bed with him?",
    }
    other_type = shipped("lgbti")
    other_type["id"] = "common"  # an LGBTI bank in place of the common one: no opening, no closing
    return [
        ("yaml", "lgbti", "id: lgbti\nversion: '2.0'\nthemes: [\n", "YAML syntax error"),
        ("schema", "lgbti", too_few, "questions"),
        ("checker", "lgbti", explicit, "sexual"),
        ("claim type", "common", other_type, "claim_type: lgbti, but the shipped bank is common"),
        ("not utf-8", "lgbti", b"id: lgbti\ntitle: caf\xe9\n", "UTF-8"),
    ]


@pytest.mark.parametrize(
    ("kind", "bank_id", "content", "reason"), broken_variants(), ids=[v[0] for v in broken_variants()]
)
def test_a_broken_admin_bank_falls_back_to_the_shipped_one_with_a_warning(
    admin: Path, kind: str, bank_id: str, content: str | bytes | dict[str, Any], reason: str
) -> None:
    write_bank(admin, f"{bank_id}.yaml", content)
    effective = load_effective_banks()
    assert effective.overrides == ()
    assert effective.banks.by_id(bank_id).version == shipped(bank_id)["version"]
    assert len(effective.warnings) == 1
    warning = effective.warnings[0]
    lead = f"{bank_id}.yaml in the admin folder is broken, the shipped bank {bank_id!r} is used instead"
    assert warning.startswith(lead)
    assert reason in warning


def test_a_new_admin_bank_that_clashes_with_another_is_not_used(admin: Path) -> None:
    clash = shipped("lgbti")
    clash["id"] = "lgbti-extra"  # a new bank, but with the theme ids of the shipped LGBTI bank
    write_bank(admin, "lgbti-extra.yaml", clash)
    effective = load_effective_banks()
    assert [bank.id for bank in effective.banks.banks].count("lgbti-extra") == 0
    assert "lgbti-extra.yaml in the admin folder is broken, it is not used" in effective.warnings[0]
    assert "theme id" in effective.warnings[0]


def test_two_admin_files_for_one_bank_keep_the_first(admin: Path) -> None:
    first = write_bank(admin, "lgbti.yaml", updated_lgbti())
    write_bank(admin, "lgbti~copy.yaml", updated_lgbti())  # sorts after lgbti.yaml
    effective = load_effective_banks()
    assert effective.overrides == (str(first),)
    assert len(effective.warnings) == 1 and "also used by" in effective.warnings[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_pipe_in_the_admin_folder_is_refused_at_once(admin: Path) -> None:
    (admin / "question_banks").mkdir()
    os.mkfifo(admin / "question_banks" / "lgbti.yaml")
    effective = load_effective_banks()
    assert "only regular files are read" in effective.warnings[0]


def test_check_banks_names_the_broken_admin_file_and_exits_2(
    admin: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_bank(admin, "lgbti.yaml", updated_lgbti())
    write_bank(admin, "conversion.yaml", "id: conversion\nversion: '2.0'\nthemes: [\n")
    assert main(["check-banks"]) == 2
    out, err = capsys.readouterr()
    assert "lgbti 9.1" in out and "(admin folder:" in out
    assert "conversion.yaml in the admin folder is broken, the shipped bank 'conversion' is used" in err
    assert main(["check-banks", str(admin / "question_banks" / "lgbti.yaml")]) == 0


# --- deadlines ---------------------------------------------------------------------------------


def test_admin_deadlines_apply_to_all_users_and_the_users_file_replaces_its_tracks(
    admin: Path, data_dir: Path
) -> None:
    (admin / "deadlines.yaml").write_text(
        "general: {days: 2, time: '17:00'}\nextended: {days: 10}\n", "utf-8"
    )
    settings = load_deadlines()
    assert settings.rule(ProcedureTrack.GENERAL).days == 2
    assert settings.rule(ProcedureTrack.GENERAL).time == dt.time(17, 0)
    assert settings.rule(ProcedureTrack.EXTENDED).days == 10
    (data_dir / "deadlines.yaml").write_text("extended: {days: 12}\n", "utf-8")
    settings = load_deadlines()
    assert settings.rule(ProcedureTrack.GENERAL).days == 2
    assert settings.rule(ProcedureTrack.EXTENDED).days == 12
    assert settings.rule(ProcedureTrack.DETENTION).kind == DeadlineKind.WITH_NOTICE_OF_INTENT


def test_a_broken_admin_deadlines_file_gives_the_defaults_and_a_warning(admin: Path, data_dir: Path) -> None:
    (admin / "deadlines.yaml").write_text("general: {days: many}\n", "utf-8")
    settings, warning = load_deadlines_or_defaults()
    assert settings.rule(ProcedureTrack.GENERAL).days == 1
    assert warning is not None and "deadlines.yaml" in warning and "default deadlines are used" in warning


# --- report templates --------------------------------------------------------------------------


def admin_template(admin: Path, lang: str = "nl", marker: str = "Sjabloon van de IT-afdeling") -> Path:
    folder = admin / "report_templates"
    folder.mkdir(exist_ok=True)
    document = docx.Document(str(default_template("nl" if lang == "nl" else "en")))
    document.paragraphs[0].insert_paragraph_before(marker)
    path = folder / f"hearing_report_{lang}.docx"
    document.save(str(path))
    return path


def test_a_sound_admin_template_is_used_by_export(admin: Path, tmp_path: Path) -> None:
    path = admin_template(admin)
    assert template_for("nl") == (path, None)
    case = tmp_path / "demo.igcase"
    assert main(["demo-case", "-o", str(case), "--claim", "lgbti"]) == 0
    assert main(["export", str(case), "-o", str(tmp_path / "r.docx")]) == 0
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs)
    assert "Sjabloon van de IT-afdeling" in text


@pytest.mark.parametrize("broken", ["not a zip", "unknown variable"])
def test_a_broken_admin_template_falls_back_to_the_shipped_one(
    admin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], broken: str
) -> None:
    if broken == "not a zip":
        (admin / "report_templates").mkdir()
        (admin / "report_templates" / "hearing_report_nl.docx").write_text("not a docx", "utf-8")
    else:
        admin_template(admin, marker="{{ officer_shoe_size }}")
    template, warning = template_for("nl")
    assert template == default_template("nl")
    assert warning is not None and warning.startswith("hearing_report_nl.docx in the admin folder is broken")
    case = tmp_path / "demo.igcase"
    assert main(["demo-case", "-o", str(case), "--claim", "lgbti"]) == 0
    capsys.readouterr()
    assert main(["export", str(case), "-o", str(tmp_path / "r.docx")]) == 0
    assert "the shipped template is used instead" in capsys.readouterr().err
    assert (tmp_path / "r.docx").stat().st_size > 10_000


# --- the window --------------------------------------------------------------------------------


def test_the_window_with_a_broken_admin_bank_has_every_theme_page_and_says_so(
    admin: Path, data_dir: Path, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from interview_guide.app import build_window, create_context, show_admin_warnings

    write_bank(admin, "lgbti.yaml", "id: lgbti\nversion: '2.0'\nthemes: [\n")
    context = create_context("en")
    assert len(context.admin_warnings) == 1 and "lgbti.yaml" in context.admin_warnings[0]
    context.controller.load(build_demo_case("lgbti", "en"), path=None, demo=True)
    window = build_window(context)
    window.show()
    qtbot.waitExposed(window)
    try:
        show_admin_warnings(window, context.admin_warnings)
        box = window.findChild(QMessageBox, "adminWarnings")
        assert box is not None and box.isVisible() and not box.isModal()
        assert "lgbti.yaml" in box.detailedText()
        assert "admin folder" in window.statusBar().currentMessage()
        assert window.wizard is not None
        titles = [window.wizard.page_list.item(row).text() for row in range(window.wizard.page_list.count())]
        for theme in shipped("lgbti")["themes"]:
            assert any(title.startswith(theme["title"]["en"]) for title in titles), theme["id"]
        box.close()
    finally:
        window.set_close_guard(lambda: True)
        window.close()
        window.deleteLater()


def test_the_window_uses_a_sound_admin_bank(admin: Path, data_dir: Path) -> None:
    from interview_guide.app import create_context

    write_bank(admin, "lgbti.yaml", updated_lgbti())
    context = create_context("en")
    assert context.admin_warnings == []
    assert context.controller.banks.by_id("lgbti").themes[0].questions[0].text.en == MARKER_EN


def test_gui_start_prints_the_admin_warnings_and_still_shows_the_window(admin: Path, data_dir: Path) -> None:
    write_bank(admin, "lgbti.yaml", "id: lgbti\nversion: '2.0'\nthemes: [\n")
    shutil.copy(banks_dir() / "common.yaml", admin / "question_banks" / "common.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "interview_guide", "gui", "--demo", "--quit-when-shown"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "warning: lgbti.yaml in the admin folder is broken, the shipped bank 'lgbti' is used" in result.stderr
    )
    assert "Traceback" not in result.stderr
