"""No names outside the encrypted files: recent cases, the window title, Qt's own settings; a plain
case file only for training hearings and the demo."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidget

from interview_guide.app import AppContext
from interview_guide.core.hearing import ClaimType, Hearing, HearingType
from interview_guide.storage import CaseKey, KdfParams, is_encrypted, load_case
from interview_guide.storage.app_settings import load_settings, settings_path
from interview_guide.ui.file_actions import FileActions
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from interview_guide.ui.start_screen import StartScreen

CHEAP = KdfParams.argon2id(8, 1, 1)
PASSPHRASE = "correct horse battery"
NAME = "Jansen"  # the applicant's name, as an officer might put it in a file name


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    real = CaseKey.derive.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        CaseKey, "derive", classmethod(lambda cls, secret, kdf=None: real(cls, secret, CHEAP))
    )


def files_of(context: AppContext) -> FileActions:
    assert context.features is not None
    return context.features.files


@pytest.fixture
def window(window: MainWindow, context: AppContext) -> Iterator[MainWindow]:
    """The shared window; at the end the case file it holds is let go."""
    yield window
    files_of(context)._release()


def save_new_encrypted_case(
    window: MainWindow, context: AppContext, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setattr(
        NewPassphraseDialog, "ask", classmethod(lambda cls, training, parent: (True, PASSPHRASE))
    )
    files_of(context).new_hearing([ClaimType.LGBTI], HearingType.NADER_GEHOOR.value)
    context.controller.set_case_field("v_number", "1234567890")
    target = folder / f"{NAME} V1234567890.igcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert files_of(context).save()
    return target


def test_recent_encrypted_case_keeps_no_name_and_reopens_with_its_passphrase(
    window: MainWindow, context: AppContext, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / f"Dossier {NAME}"
    folder.mkdir()
    target = save_new_encrypted_case(window, context, folder, monkeypatch)
    stored = settings_path().read_text(encoding="utf-8")
    assert NAME not in stored and "igcase" not in stored and "1234567890" in stored
    assert "Dossier" not in json.dumps(json.loads(stored))
    # The window title shows the case number, not the file.
    assert "V-number 1234567890" in window.windowTitle() and NAME not in window.windowTitle()
    # A new start: the start screen lists the case by its V-number; its passphrase reopens it.
    settings, _ = load_settings()
    context.controller.load(context.controller.require(), None)  # another hearing replaces it
    start = StartScreen(settings.recent_cases)
    label = start.findChild(QListWidget, "recentList").item(0).text()
    assert "V-number 1234567890" in label and NAME not in label
    start.deleteLater()
    files = files_of(context)
    files.settings.recent_cases = settings.recent_cases
    asked: list[str] = []
    monkeypatch.setattr(
        PassphraseDialog,
        "ask",
        classmethod(lambda cls, name, error, parent: asked.append(name) or PASSPHRASE),
    )
    assert files.open_recent(0)
    assert asked == ["the case with V-number 1234567890"]  # asked once: it unseals the path and the file
    assert context.controller.path == target and context.controller.key is not None


def test_plain_only_offered_for_training(qapp: QApplication) -> None:
    real = NewPassphraseDialog(training=False)
    training = NewPassphraseDialog(training=True)
    assert real.plain.isHidden() and not real.plain.isChecked()
    assert not training.plain.isHidden() and training.plain.isChecked()
    real.deleteLater()
    training.deleteLater()


def test_a_plain_real_hearing_is_encrypted_before_it_is_saved(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context.controller.load(small_hearing, None)  # a plain nader gehoor (from an older version)
    asked: list[bool] = []
    monkeypatch.setattr(
        NewPassphraseDialog,
        "ask",
        classmethod(lambda cls, training, parent: asked.append(training) or (True, PASSPHRASE)),
    )
    target = tmp_path / "case.igcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert files_of(context).save()
    assert asked == [False] and is_encrypted(target)
    assert load_case(target, PASSPHRASE).entries == small_hearing.entries
    assert context.controller.key is not None


def test_qt_keeps_no_file_dialog_history_in_the_user_config(window: MainWindow, tmp_path: Path) -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert "interview-guide-qt-" in settings.fileName()  # a private temporary folder, not ~/.config


def test_stale_settings_temps_are_removed_at_start(data_dir: Path) -> None:
    import os
    import time

    stale = data_dir / ".settings.json.abcd1234.tmp"
    fresh = data_dir / ".settings.json.efgh5678.tmp"
    for path in (stale, fresh):
        path.write_text('{"recent_files": ["/cases/Jansen.igcase"]}')
    old = time.time() - 3600
    os.utime(stale, (old, old))
    load_settings()
    assert not stale.exists() and fresh.exists()  # a fresh one may belong to a running instance
