"""After a crash the officer is back in the answer being typed: which entry (core) and where (the window)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import close_without_asking
from helpers import T0
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context, restore_unfinished
from interview_guide.core import editing
from interview_guide.core.hearing import Hearing
from interview_guide.core.resume import ResumePoint, resume_point
from interview_guide.storage import Autosaver
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.recovery_dialog import RecoveryDialog
from interview_guide.ui.widgets.entry_panel import AnswerEditor


def test_the_answer_being_typed_is_the_newest_question_not_yet_logged(small_hearing: Hearing) -> None:
    # Entry 2 (a follow-up) was asked and answered in part, entry 3 asked after the break.
    assert resume_point(small_hearing) == ResumePoint(3, "life-now")
    editing.log_answer(small_hearing, 3, T0 + dt.timedelta(minutes=75))
    assert resume_point(small_hearing) == ResumePoint(2, "self-description")


def test_a_correction_after_the_last_question_is_where_the_officer_was(small_hearing: Hearing) -> None:
    later = T0 + dt.timedelta(minutes=90)
    editing.set_answer(small_hearing, 1, "In my own words: I love men. (corrected)", later)
    assert resume_point(small_hearing) == ResumePoint(1, "self-description")


def test_with_every_answer_logged_the_officer_was_on_the_last_theme(small_hearing: Hearing) -> None:
    for entry in small_hearing.entries:
        editing.log_answer(small_hearing, entry.number, T0 + dt.timedelta(minutes=80))
    assert resume_point(small_hearing) == ResumePoint(0, "life-now")
    small_hearing.entries.clear()
    assert resume_point(small_hearing) == ResumePoint(0, None)


@pytest.fixture
def context(qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:
    context = create_context("en")
    yield context
    context.autosave.stop(keep_session=False)


@pytest.fixture
def window(context: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    window = build_window(context)
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_without_asking(window)
    window.deleteLater()


def test_recovery_puts_the_cursor_at_the_end_of_the_answer_being_typed(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editing.set_answer(small_hearing, 3, "I work in a bakery and on Sundays I", T0 + dt.timedelta(minutes=72))
    saver = Autosaver.start(small_hearing, case_file=data_dir / "case.igcase")
    assert saver.close(keep_session=True)
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, text, parent: "restore"))
    assert restore_unfinished(context, window)
    assert window.wizard is not None
    page = window.current_theme_page()
    assert page is not None and page.theme.id == "life-now"
    editor = page.panel.answer_edit
    qtbot.waitUntil(editor.hasFocus)
    assert isinstance(QApplication.focusWidget(), AnswerEditor)
    assert editor.textCursor().position() == len("I work in a bakery and on Sundays I")
    # Typing goes on where it stopped, and Ctrl+Return logs that answer as before the crash.
    qtbot.keyClicks(editor, " sing in the choir.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    entry = context.controller.require().entry(3)
    assert entry.answer_text == "I work in a bakery and on Sundays I sing in the choir."
    assert entry.answered_at is not None
