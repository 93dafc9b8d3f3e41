"""The live question checker in the GUI: badge while typing, override of blocked questions, review summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import close_without_asking, go_to_theme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context
from interview_guide.core.hearing import ClaimType
from interview_guide.core.question_check import Category, Finding, Severity
from interview_guide.ui.checker.override_dialog import OverrideDialog
from interview_guide.ui.checker.summary_view import OVERRIDES
from interview_guide.ui.features.checker import CheckerFeature
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.widgets.checker_badge import CheckerBadge


def feature_of(context: AppContext) -> CheckerFeature:
    assert context.features is not None
    return context.features.checker


def theme(window: MainWindow, theme_id: str) -> ThemePage:
    page = go_to_theme(window, theme_id)
    assert window.current_theme_page() is page
    return page


def draft(window: MainWindow, qtbot: QtBot, page: ThemePage, text: str) -> None:
    window.commands["own"].trigger()
    page.panel.question_edit.clear()
    qtbot.keyClicks(page.panel.question_edit, text)


def categories(badge: CheckerBadge) -> set[Category]:
    return {f.category for f in badge.findings}


def test_typing_a_closed_or_leading_question_shows_the_badge(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    context.controller.new_hearing([ClaimType.LGBTI])
    page = theme(window, "self-description")
    badge = feature_of(context).badges["self-description"]
    assert not badge.isVisible()

    draft(window, qtbot, page, "Were you in love with him?")
    qtbot.waitUntil(lambda: badge.isVisible() and Category.CLOSED_YES_NO in categories(badge))
    assert badge.worst is Severity.WARN
    assert "closed question" in badge.summary_text()
    assert not badge.details.isVisible()
    qtbot.mouseClick(badge.toggle, Qt.MouseButton.LeftButton)
    assert badge.details.isVisible()
    assert "policy letter" in badge.reasons.text()

    draft(window, qtbot, page, "You were afraid of your brother, weren't you?")
    qtbot.waitUntil(lambda: Category.LEADING in categories(badge))
    assert "leading" in badge.summary_text()

    # Emptying the draft hides the badge at once; a good question says it has no findings.
    page.panel.question_edit.clear()
    qtbot.waitUntil(lambda: not badge.isVisible())
    draft(window, qtbot, page, "Tell me about a day you spent together.")
    qtbot.waitUntil(lambda: badge.isVisible() and badge.text.startswith("Tell me"))
    assert badge.findings == [] and badge.summary_text() == "No findings."


def test_findings_come_in_the_ui_language(qapp: QApplication, data_dir: Path, qtbot: QtBot) -> None:
    context = create_context("nl")
    window = build_window(context)
    window.show()
    try:
        context.controller.new_hearing([ClaimType.LGBTI])
        page = theme(window, "self-description")
        badge = feature_of(context).badges["self-description"]
        draft(window, qtbot, page, "Were you in love with him?")
        qtbot.waitUntil(lambda: bool(badge.findings))
        assert badge.findings[0].message.startswith("Gesloten vraag")
    finally:
        close_without_asking(window)
        window.deleteLater()
        context.autosave.stop(keep_session=False)


def test_use_this_wording_replaces_the_draft(window: MainWindow, context: AppContext, qtbot: QtBot) -> None:
    context.controller.new_hearing([ClaimType.LGBTI])
    page = theme(window, "self-description")
    badge = feature_of(context).badges["self-description"]
    draft(window, qtbot, page, "Did you feel ashamed of yourself?")
    qtbot.waitUntil(lambda: badge.wording is not None)
    badge.set_expanded(True)
    assert badge.use_button.isVisible()
    wording = badge.wording
    qtbot.mouseClick(badge.use_button, Qt.MouseButton.LeftButton)
    assert page.panel.question_edit.toPlainText() == wording
    qtbot.waitUntil(lambda: badge.text == wording)
    assert all(f.severity < Severity.WARN for f in badge.findings)
    # Nothing was asked: the officer still decides.
    assert context.controller.require().entries == []


def test_a_blocked_question_needs_a_reason_that_goes_into_the_record(
    window: MainWindow, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.controller.new_hearing([ClaimType.LGBTI])
    hearing = context.controller.require()
    page = theme(window, "relationships")
    badge = feature_of(context).badges["relationships"]
    asked: list[tuple[str, list[Category]]] = []
    answers: list[str | None] = [None, "The applicant raised it herself and asked to explain."]

    def ask(cls: type, question: str, findings: list[Finding], parent: object) -> str | None:
        asked.append((question, [f.category for f in findings]))
        return answers[len(asked) - 1]

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(ask))
    question = "What did you do in bed with your boyfriend?"
    draft(window, qtbot, page, question)
    qtbot.waitUntil(lambda: badge.worst is Severity.BLOCK)
    assert badge.summary_text().startswith("Do not ask it like this")

    # First the officer cancels: nothing is logged and the draft stays.
    qtbot.mouseClick(page.panel.ask_button, Qt.MouseButton.LeftButton)
    assert asked == [(question, [Category.SEXUAL_EXPLICIT])]
    assert hearing.entries == []
    assert page.panel.question_edit.toPlainText() == question
    assert "Not asked" in window.statusBar().currentMessage()

    # Then the officer gives a reason (here with the shortcut): the entry and the override are logged.
    window.commands["log"].trigger()
    assert len(asked) == 2
    entry = hearing.entries[0]
    assert entry.question_text == question and entry.own_question
    assert entry.check_override is not None
    assert entry.check_override.categories == ["sexual-explicit"]
    assert entry.check_override.reason == "The applicant raised it herself and asked to explain."
    assert page.panel.number == 1


def test_warnings_do_not_block(
    window: MainWindow, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("a warning must not open the override dialog")

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(refuse))
    context.controller.new_hearing([ClaimType.LGBTI])
    page = theme(window, "self-description")
    draft(window, qtbot, page, "You were afraid of your brother, weren't you?")
    qtbot.mouseClick(page.panel.ask_button, Qt.MouseButton.LeftButton)
    entry = context.controller.require().entries[0]
    assert entry.check_override is None


def test_the_override_dialog_requires_a_reason(qtbot: QtBot) -> None:
    from interview_guide.core.question_check import check_question

    findings = check_question("What did you do in bed?")
    dialog = OverrideDialog("What did you do in bed?", findings, None)
    qtbot.addWidget(dialog)
    assert not dialog.ask_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ask_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Raised by the applicant.")
    assert dialog.ask_button.isEnabled()
    assert dialog.reason_text() == "Raised by the applicant."


# The offscreen platform cannot raise a pop-up menu or grab the keyboard for it; harmless here.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_the_review_page_sums_up_the_findings(window: MainWindow, context: AppContext, qtbot: QtBot) -> None:
    controller = context.controller
    controller.new_hearing([ClaimType.LGBTI])
    bank = controller.claim_banks()[0]
    first = bank.themes[0]
    controller.ask(first.id, first.questions[0].text.en, bank_id=bank.id, question_id=first.questions[0].id)
    controller.ask(first.id, "Were you in love with him?")
    controller.ask(first.id, "Were you happy at school?")
    controller.ask(first.id, "You were afraid of your brother, weren't you?")
    blocked = controller.ask(first.id, "What did you do in bed together?")
    assert blocked is not None
    controller.override_check(blocked.number, ["sexual-explicit"], "Raised by the applicant.")

    assert window.wizard is not None
    review = window.wizard.hearing_pages.review
    window.wizard.go_to_page(review)
    view = feature_of(context).quality
    assert view is not None and view.isVisible()
    assert view.counts() == {
        "sexual-explicit": 1,
        "leading": 1,
        "closed-yes-no": 2,
        OVERRIDES: 1,
    }
    totals = "5 checked, 4 with a warning or block; 1 asked despite a block, with a reason"
    assert totals in view.categories.text()
    assert "Closed question: 2 (own: 2)" in view.categories.text()

    # Clicking a category lists its entries; choosing one opens it in the review editor.
    view.categories.linkActivated.emit("closed-yes-no")
    menu = view.menu
    assert [a.data() for a in menu.actions()] == [2, 3]
    assert "Were you in love with him?" in menu.actions()[0].text()
    menu.actions()[1].trigger()
    assert review.editor.number == 3
    menu.close()
    overrides = view.list_entries(OVERRIDES, popup=False)
    assert [a.data() for a in overrides.actions()] == [5]
    assert "Raised by the applicant." in overrides.actions()[0].toolTip()

    # Correcting a question on the review page updates the summary once typing pauses.
    review.editor.question_edit.selectAll()
    qtbot.keyClicks(review.editor.question_edit, "What did you feel for him then?")
    assert controller.require().entry(3).question_text == "What did you feel for him then?"
    qtbot.waitUntil(lambda: view.counts().get("closed-yes-no") == 1)
