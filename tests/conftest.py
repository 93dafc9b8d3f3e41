"""Shared test set-up: Qt offscreen, a private data folder, small hearing fixtures, the app and its window.

The app fixtures (``clock``, ``context``, ``window``) import Qt only when a test asks for them, so
the Qt-free tests also run where Qt cannot load.
"""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: render offscreen, and never touch the real user folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["INTERVIEW_GUIDE_DATA_DIR"] = tempfile.mkdtemp(prefix="ig-test-data-")
# ... nor an admin folder an IT department set up on this machine (tests/test_admin_folder.py sets its own).
os.environ["INTERVIEW_GUIDE_ADMIN_DIR"] = tempfile.mkdtemp(prefix="ig-test-admin-")

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from helpers import T0, FakeClock

from interview_guide.core.hearing import Hearing

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from interview_guide.app import AppContext
    from interview_guide.ui.main_window import MainWindow


class UnexpectedDialog(AssertionError):
    """A modal dialog opened in a test that did not expect one (it would block the run forever)."""


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail instead of hanging when code opens a message box the test did not replace."""
    try:
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
    except ImportError:  # the Qt-free tests also run where Qt cannot load
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise UnexpectedDialog(f"unexpected dialog: {args[:3]!r}")

    for name in ("question", "critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(refuse))
    monkeypatch.setattr(QDialog, "exec", refuse)  # our dialogs: tests replace their ask() instead


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh INTERVIEW_GUIDE_DATA_DIR for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("INTERVIEW_GUIDE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def small_hearing() -> Hearing:
    """A short hearing with a few entries, a follow-up, an own question and a break."""
    from interview_guide.core import editing
    from interview_guide.core.hearing import BankRef, ClaimType

    hearing = editing.new_hearing([ClaimType.LGBTI], [BankRef(id="lgbti", version="1.0")], T0)
    hearing.case.v_number = "1234567890"
    hearing.case.applicant_name = "Test Applicant"
    first = editing.add_entry(hearing, "self-description", "How would you describe yourself?", T0)
    editing.set_answer(hearing, first.number, "In my own words: I love men.", T0)
    editing.log_answer(hearing, first.number, T0)
    follow = editing.add_entry(
        hearing, "self-description", "What does that word mean to you?", T0, follow_up_of=first.number
    )
    editing.set_answer(hearing, follow.number, "It means freedom.\nAnd fear.", T0)
    editing.open_break(hearing, T0 + dt.timedelta(minutes=50), "tea")
    editing.close_break(hearing, T0 + dt.timedelta(minutes=65))
    editing.add_entry(hearing, "life-now", "Tell me about your life here.", T0 + dt.timedelta(minutes=70))
    return hearing


@pytest.fixture
def clock() -> FakeClock:
    """The app's clock in GUI tests: stands at T0 until the test moves it."""
    return FakeClock()


@pytest.fixture
def context(qapp: object, data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    """The app's parts in English, on a private data folder and the test's clock (no window yet)."""
    from interview_guide.app import create_context

    context = create_context("en", clock=clock)
    yield context
    context.autosave.stop(keep_session=False)


@pytest.fixture
def window(context: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window on the start screen, shown; closed at the end without asking to save."""
    from gui_helpers import close_without_asking

    from interview_guide.app import build_window

    window = build_window(context)
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_without_asking(window)
    window.deleteLater()


@pytest.fixture
def demo_window(window: MainWindow, context: AppContext) -> MainWindow:
    """The window with the fictional LGBTI demo hearing open, in English."""
    from interview_guide.demo import build_demo_case

    context.controller.load(build_demo_case("lgbti", "en"), path=None, demo=True)
    return window
