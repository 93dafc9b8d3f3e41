"""Asking is deliberate and a slip can be undone (issue 10, point 5): Ctrl+F shows the follow-up and
asks it on a second press or Return; a stray Space or Return on a focused Ask logs nothing; a question
logged by mistake can be withdrawn (it leaves the record, or stays marked when it has an answer), and
the audit trail keeps it.
"""

from __future__ import annotations

import pytest
from gui_helpers import go_to_theme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.hearing import ClaimType
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.theme_page import ThemePage


@pytest.fixture
def page(window: MainWindow, context: AppContext) -> ThemePage:
    context.controller.new_hearing([ClaimType.LGBTI])
    return go_to_theme(window, "relationships")


def first_question_with_follow_ups(page: ThemePage) -> str:
    return next(q.id for q in page.theme.questions if q.follow_ups)


def test_a_stray_space_or_return_on_a_focused_ask_logs_nothing(
    page: ThemePage, context: AppContext, qtbot: QtBot
) -> None:
    card = page.cards[first_question_with_follow_ups(page)]
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        card.ask_button.setFocus()
        qtbot.keyClick(card.ask_button, key)
        assert context.controller.require().entries == []
        assert page.proposed.isVisible() and card.question.text.en in page.proposed.text.text()
        qtbot.keyClick(page.proposed.ask_button, Qt.Key.Key_Escape)  # Escape drops it
        assert not page.proposed.isVisible() and page.proposal() is None
    # The second press asks: Return on the proposal.
    card.ask_button.setFocus()
    qtbot.keyClick(card.ask_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is page.proposed.ask_button
    qtbot.keyClick(page.proposed.ask_button, Qt.Key.Key_Return)
    hearing = context.controller.require()
    assert [e.question_id for e in hearing.entries] == [card.question.id]
    assert page.panel.number == 1 and QApplication.focusWidget() is page.panel.answer_edit
    # A click with the mouse is aimed: it asks at once.
    other = page.cards[page.card_order[1]]
    qtbot.mouseClick(other.ask_button, Qt.MouseButton.LeftButton)
    assert len(hearing.entries) == 2


def test_ctrl_f_shows_the_follow_up_and_asks_it_on_the_second_press(
    window: MainWindow, page: ThemePage, context: AppContext, qtbot: QtBot
) -> None:
    card = page.cards[first_question_with_follow_ups(page)]
    qtbot.mouseClick(card.ask_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.panel.answer_edit, "We met at university.")
    hearing = context.controller.require()
    follow_up = card.question.follow_ups[0]

    qtbot.keyClick(page.panel.answer_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert len(hearing.entries) == 1 and hearing.entries[0].answered_at is None  # nothing logged yet
    assert page.proposal() == (card.question.id, follow_up.id)
    assert follow_up.text.en in page.proposed.text.text()
    qtbot.keyClick(page.proposed.ask_button, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert [e.follow_up_id for e in hearing.entries] == [None, follow_up.id]
    assert hearing.entries[1].follow_up_of == 1 and hearing.entries[0].answered_at is not None
    assert not page.proposed.isVisible()

    # Return asks the proposed follow-up too; Escape instead drops it and gives the focus back.
    qtbot.keyClicks(page.panel.answer_edit, "He laughed.")
    window.commands["follow"].trigger()
    assert page.proposal() is not None and len(hearing.entries) == 2
    qtbot.keyClick(page.proposed.ask_button, Qt.Key.Key_Escape)
    assert page.proposal() is None and QApplication.focusWidget() is page.panel.answer_edit
    window.commands["follow"].trigger()
    qtbot.keyClick(page.proposed.ask_button, Qt.Key.Key_Return)
    assert len(hearing.entries) == 3 and hearing.entries[2].follow_up_id == card.question.follow_ups[1].id


def test_space_on_ask_own_question_proposes_it_first(
    page: ThemePage, context: AppContext, qtbot: QtBot
) -> None:
    page.panel.start_draft(follow_up=False)
    qtbot.keyClicks(page.panel.question_edit, "How did you meet him?")
    page.panel.ask_button.setFocus()
    qtbot.keyClick(page.panel.ask_button, Qt.Key.Key_Space)
    assert context.controller.require().entries == []
    assert page.proposal() == ("", "") and "How did you meet him?" in page.proposed.text.text()
    qtbot.keyClick(page.proposed.ask_button, Qt.Key.Key_Return)
    assert [e.question_text for e in context.controller.require().entries] == ["How did you meet him?"]


def test_a_question_without_an_answer_is_withdrawn_from_the_record(
    window: MainWindow, page: ThemePage, context: AppContext, qtbot: QtBot
) -> None:
    hearing = context.controller.require()
    card = page.cards[page.card_order[0]]
    qtbot.mouseClick(card.ask_button, Qt.MouseButton.LeftButton)
    assert len(hearing.entries) == 1 and page.entries.count() == 1
    assert window.wizard is not None
    row = window.wizard.row_pages().index(page)
    assert window.wizard.page_list.item(row).text().endswith("(1)")

    qtbot.mouseClick(page.panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert hearing.entries == [] and page.entries.count() == 0
    assert not card.property("asked") and not window.wizard.page_list.item(row).text().endswith(")")
    event = hearing.audit_trail[-1]
    assert (event.field, event.entry_number, event.new) == ("withdrawn", 1, "")
    assert event.old == card.question.text.en  # the question as it was asked
    assert page.panel.number == 0  # back to drafting


def test_an_answered_question_stays_marked_as_withdrawn(
    page: ThemePage, context: AppContext, qtbot: QtBot
) -> None:
    hearing = context.controller.require()
    card = page.cards[page.card_order[0]]
    qtbot.mouseClick(card.ask_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.panel.answer_edit, "Yes.")
    qtbot.mouseClick(page.panel.withdraw_button, Qt.MouseButton.LeftButton)
    entry = hearing.entries[0]
    assert entry.withdrawn_at is not None and entry.answer_text == "Yes."
    assert hearing.audit_trail[-1].field == "withdrawn" and hearing.audit_trail[-1].new == "kept"
    assert "withdrawn" in page.panel.header.text() and not page.panel.withdraw_button.isVisible()
    row_text = page.entries.model().index(0, 0).data()
    assert "(withdrawn)" in row_text and "⊘" in row_text
