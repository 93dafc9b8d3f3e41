"""A scripted hearing through the real widgets: case, reference frame, questions, jumps, break, save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import click_entry, jump, theme_page
from helpers import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.storage import load_case
from interview_guide.ui.dialogs import BreakDialog
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.passphrase_dialog import NewPassphraseDialog
from interview_guide.ui.widgets.entry_list import EntryList

PASSPHRASE = "a long passphrase"


@pytest.fixture(autouse=True)
def cheap_new_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    """New hearings in these tests are encrypted with cheap KDF costs (a real hearing is never plain)."""
    from interview_guide.storage import CaseKey, KdfParams

    real = CaseKey.derive.__func__  # type: ignore[attr-defined]
    cheap = KdfParams.argon2id(8, 1, 1)
    monkeypatch.setattr(
        CaseKey, "derive", classmethod(lambda cls, secret, kdf=None: real(cls, secret, cheap))
    )
    monkeypatch.setattr(
        NewPassphraseDialog, "ask", classmethod(lambda cls, training, parent: (True, PASSPHRASE))
    )


def test_scripted_hearing(
    window: MainWindow,
    context: AppContext,
    qtbot: QtBot,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.mouseClick(window.start.findChild(QPushButton, "startNewButton"), Qt.MouseButton.LeftButton)
    assert window.wizard is not None and context.controller.hearing is not None
    hearing = context.controller.hearing

    # Case data, with an inline refusal of a bad V-number that keeps what was typed.
    case_page = window.wizard.currentPage()
    v_number = case_page.findChild(QLineEdit, "vNumber")
    qtbot.keyClicks(v_number, "12345x")
    assert hearing.case.v_number == "12345"
    assert v_number.text() == "12345x"
    assert "digits" in v_number.toolTip()
    v_number.clear()
    qtbot.keyClicks(v_number, "1234567890")
    assert hearing.case.v_number == "1234567890"
    for name, text in (
        ("applicantName", "A. Fictief"),
        ("nationality", "Iranian"),
        ("language", "Farsi"),
        ("officerName", "J. de Vries"),
        ("sittingLocation", "AC Ter Apel"),
        ("interpreterName", "T-4711"),
    ):
        qtbot.keyClicks(case_page.findChild(QLineEdit, name), text)
    assert hearing.case.applicant_name == "A. Fictief"
    assert hearing.sittings[0].interpreter.name_or_number == "T-4711"

    # Reference frame: Next, then choose limited literacy and type the applicant's own words.
    window.wizard.step(1)
    frame_page = window.wizard.currentPage()
    literacy = frame_page.findChild(QComboBox, "frame-literacy")
    literacy.setCurrentIndex(literacy.findData("limited"))
    assert hearing.reference_frame.literacy == "limited"
    own_terms = frame_page.findChild(QPlainTextEdit, "frame-own_terms")
    qtbot.keyClicks(own_terms, "hamjensgara ")
    own_terms.insertPlainText("(همجنس‌گرا)")  # pasted: QTest can only type Latin-1 keys
    assert hearing.reference_frame.own_terms == "hamjensgara (همجنس‌گرا)"

    # Theme 1: a bank question, answered and logged with the shortcut action.
    jump(window, "Self-description")
    page = theme_page(window)
    assert "limited literacy" in page.hints_label.text() or "short, concrete" in page.hints_label.text()
    first_card = next(iter(page.cards.values()))
    qtbot.mouseClick(first_card.ask_button, Qt.MouseButton.LeftButton)
    assert len(hearing.entries) == 1
    assert hearing.entries[0].question_text == first_card.question.text.en
    clock.advance(3)
    qtbot.keyClicks(page.panel.answer_edit, "I am a man who loves men.")
    assert hearing.entries[0].answer_text == "I am a man who loves men."
    window.commands["log"].trigger()
    assert hearing.entries[0].answered_at == clock.now

    # An own question, asked with Ctrl+Return from the question box, then a follow-up of it.
    window.commands["own"].trigger()
    qtbot.keyClicks(page.panel.question_edit, "Tell me about the first person you told.")
    window.commands["log"].trigger()
    own = hearing.entries[1]
    assert own.own_question and own.question_text == "Tell me about the first person you told."
    qtbot.keyClicks(page.panel.answer_edit, "My cousin Reza.")
    window.commands["follow"].trigger()
    assert page.panel.follow_up_check.isChecked()
    qtbot.keyClicks(page.panel.question_edit, "What did Reza say?")
    window.commands["log"].trigger()
    follow = hearing.entries[2]
    assert follow.follow_up_of == 2 and follow.question_text == "What did Reza say?"
    qtbot.keyClicks(page.panel.answer_edit, "He was quiet.")
    qtbot.keyClick(page.panel.answer_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.panel.answer_edit, "Then he hugged me.")
    assert hearing.entries[2].answer_text == "He was quiet.\nThen he hugged me."

    # Theme 2: a bank question and a bank follow-up of it; the answer stays unfinished while we jump.
    jump(window, "Relationships")
    page2 = theme_page(window)
    card = next(iter(page2.cards.values()))
    qtbot.mouseClick(card.ask_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page2.panel.answer_edit, "We met at university")
    window.commands["follow"].trigger()  # shows the bank's follow-up; the second press asks it
    assert len(hearing.entries) == 4
    assert page2.proposal() == (card.question.id, card.question.follow_ups[0].id)
    window.commands["follow"].trigger()
    bank_follow = hearing.entries[-1]
    assert bank_follow.follow_up_of == 4 and bank_follow.follow_up_id == card.question.follow_ups[0].id
    assert hearing.entries[3].answered_at is not None  # asking the follow-up logged the previous answer
    qtbot.keyClicks(page2.panel.answer_edit, "He made me laugh.")

    # Jump back to theme 1, edit the first (logged) answer: the change goes to the audit trail.
    jump(window, "Self-description")
    page = theme_page(window)
    entries = page.entries
    assert entries.numbers() == [1, 2, 3]
    click_entry(qtbot, entries, 1)
    assert page.panel.number == 1
    clock.advance(1)
    page.panel.answer_edit.moveCursor(page.panel.answer_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.panel.answer_edit, " And sometimes women.")
    assert hearing.entries[0].answer_text == "I am a man who loves men. And sometimes women."
    assert hearing.audit_trail[-1].old == "I am a man who loves men."

    # Back and forward through pages never loses anything typed.
    for _ in range(4):
        window.wizard.step(-1)
    for _ in range(4):
        window.wizard.step(1)
    assert hearing.entries[4].answer_text == "He made me laugh."
    assert hearing.reference_frame.own_terms == "hamjensgara (همجنس‌گرا)"
    assert case_page.findChild(QLineEdit, "applicantName").text() == "A. Fictief"

    # A break, started and ended with the action.
    monkeypatch.setattr(BreakDialog, "ask", classmethod(lambda cls, parent: "Tea"))
    clock.advance(10)
    window.commands["break"].trigger()
    clock.advance(15)
    window.commands["break"].trigger()
    pause = hearing.sittings[0].breaks[0]
    assert (
        pause.reason == "Tea"
        and pause.end is not None
        and pause.end - pause.start == dt.timedelta(minutes=15)
    )

    # Review: every entry in order; remarks typed there reach the record.
    jump(window, "Review")
    review = window.wizard.currentPage()
    assert review.findChild(EntryList, "reviewEntries").count() == 5
    qtbot.keyClicks(review.findChild(QPlainTextEdit, "courseRemarks"), "The hearing went calmly.")

    # Save through the dialog (the file picker is the only thing replaced).
    target = tmp_path / "hearing.igcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.commands["save"].trigger()
    assert not context.controller.dirty
    saved = load_case(target, PASSPHRASE)
    assert saved == hearing
    assert [e.number for e in saved.entries] == [1, 2, 3, 4, 5]
    assert saved.entries[2].follow_up_of == 2
    assert saved.entries[4].answer_text == "He made me laugh."
    assert saved.case.v_number == "1234567890"
    assert saved.course_remarks == "The hearing went calmly."
    assert saved.sittings[0].breaks[0].reason == "Tea"
    assert [e.theme_id for e in saved.entries][:3] == ["self-description"] * 3


def test_break_reminder_after_the_interval(window: MainWindow, context: AppContext, clock: FakeClock) -> None:
    context.settings.break_reminder_minutes = 90
    from interview_guide.core.hearing import ClaimType

    context.controller.new_hearing([ClaimType.CONVERSION])
    window.tick()
    assert not window.reminder.isVisible()
    clock.advance(91)
    window.tick()
    assert window.reminder.isVisible()
    assert "90" in window.reminder_text.text()
    window.reminder_later.click()
    assert not window.reminder.isVisible()


def test_new_sitting_runs_numbering_on(
    window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_guide.core.hearing import ClaimType, Interpreter
    from interview_guide.ui.dialogs import NewSittingDialog

    context.controller.new_hearing([ClaimType.LGBTI])
    context.controller.ask("self-description", "Tell me about yourself.")
    monkeypatch.setattr(
        NewSittingDialog,
        "ask",
        classmethod(lambda cls, *a: (dt.date(2026, 3, 3), "AC Zevenaar", Interpreter(name_or_number="T-9"))),
    )
    window.commands["sitting"].trigger()
    hearing = context.controller.require()
    assert [s.number for s in hearing.sittings] == [1, 2]
    assert hearing.sittings[1].interpreter.name_or_number == "T-9"
    entry = context.controller.ask("life-now", "Tell me about your days here.")
    assert entry is not None and entry.number == 2 and entry.sitting == 2
    assert "Sitting 2" in window.clock_label.text()


def test_jumps_fill_every_page_and_back_follows_the_page_order(
    window: MainWindow, context: AppContext
) -> None:
    from interview_guide.demo import build_demo_case

    context.controller.load(build_demo_case("lgbti", "en"), path=None, demo=True)
    wizard = window.wizard
    assert wizard is not None
    jump(window, "Review")  # straight to the last pages, never visited: they still show the record
    review = wizard.currentPage()
    assert review.findChild(EntryList, "reviewEntries").count() == len(context.controller.require().entries)
    back = wizard.findChild(QPushButton, "backButton")
    forward = wizard.findChild(QPushButton, "nextButton")
    ids = wizard.pageIds()
    before = wizard.currentId()
    back.click()
    assert wizard.currentId() == ids[ids.index(before) - 1]  # the page before it, not the page we came from
    jump(window, "Case")
    assert not back.isEnabled() and forward.isEnabled()
    forward.click()
    assert wizard.currentPage().title() == "Reference frame"
    jump(window, "Self-description")
    page = theme_page(window)
    assert page.entries.count() == sum(
        1 for e in context.controller.require().entries if e.theme_id == page.theme.id
    )


def test_break_interval_is_a_remembered_setting(
    window: MainWindow, context: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from interview_guide.core.hearing import ClaimType
    from interview_guide.storage.app_settings import load_settings

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a: (45, True)))
    window.commands["breakinterval"].trigger()
    assert load_settings()[0].break_reminder_minutes == 45
    context.controller.new_hearing([ClaimType.LGBTI])
    clock.advance(46)
    window.tick()
    assert window.reminder.isVisible() and "45" in window.reminder_text.text()
