"""The record-aware checks in the GUI, on the demo hearing: live in the badge while the officer types,
and on the review page; and the practice panel's advice passes the checker itself."""

from __future__ import annotations

import re

import pytest
from gui_helpers import go_to_theme
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.checks.record_rules import RecordKind
from interview_guide.core.question_check import Category, Severity, check_question, is_ok
from interview_guide.ui.checker.summary_view import RECORD
from interview_guide.ui.features.checker import CheckerFeature
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.widgets.checker_badge import CheckerBadge

# The offscreen platform cannot raise a window or a pop-up menu, or grab the keyboard; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def window(demo_window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window with the fictional LGBTI demo hearing open."""
    return demo_window


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


def plain(label: QLabel) -> str:
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def kinds(badge: CheckerBadge) -> set[RecordKind]:
    return {f.kind for f in badge.record_findings}


def test_a_loaded_word_the_applicant_never_used_gets_a_hint(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    page = theme(window, "experiences-and-meaning")
    badge = feature_of(context).badges["experiences-and-meaning"]
    draft(window, qtbot, page, "How did you deal with the shame?")
    qtbot.waitUntil(lambda: RecordKind.LOADED_WORD in kinds(badge))
    found = next(f for f in badge.record_findings if f.kind is RecordKind.LOADED_WORD)
    assert found.severity is Severity.HINT and found.term == "shame"
    assert "loaded word used first" in badge.summary_text()
    badge.set_expanded(True)
    assert "has not said 'shame'" in plain(badge.reasons)
    # A word the applicant did use is hers to pick up: she spoke of her family's expectations.
    draft(window, qtbot, page, "What did those expectations mean to you?")
    qtbot.waitUntil(lambda: badge.text.startswith("What did those"))
    assert RecordKind.LOADED_WORD not in kinds(badge)


def test_a_word_the_applicant_rejects_gets_a_warning(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    frame = context.controller.require().reference_frame
    assert "hamjensbaz" in frame.rejected_terms  # the demo applicant asked the interpreter not to use it
    page = theme(window, "self-description")
    badge = feature_of(context).badges["self-description"]
    draft(window, qtbot, page, "What does the word hamjensbaz mean to you?")
    qtbot.waitUntil(lambda: RecordKind.REJECTED_TERM in kinds(badge))
    assert badge.worst is Severity.WARN
    badge.set_expanded(True)
    assert "rejects the word 'hamjensbaz'" in plain(badge.reasons)
    assert "hamjensgara" in plain(badge.reasons)  # her own word, from the reference frame


def test_a_closed_question_before_any_open_one_on_its_topic_gets_a_hint(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    page = theme(window, "environment-origin")
    badge = feature_of(context).badges["environment-origin"]
    draft(window, qtbot, page, "Did your cousin Dariush know about Negar?")
    qtbot.waitUntil(lambda: bool(badge.record_findings) or badge.text.endswith("Negar?"))
    # Negar was asked about openly earlier in the demo hearing: no hint for that name.
    assert RecordKind.CLOSED_BEFORE_OPEN not in kinds(badge)
    draft(window, qtbot, page, "Was Dariush angry?")
    qtbot.waitUntil(lambda: RecordKind.CLOSED_BEFORE_OPEN in kinds(badge))
    badge.set_expanded(True)
    assert "before any open question" in plain(badge.reasons)
    draft(window, qtbot, page, "Tell me about Dariush.")
    qtbot.waitUntil(lambda: badge.text == "Tell me about Dariush.")
    assert RecordKind.CLOSED_BEFORE_OPEN not in kinds(badge)


def test_the_same_fact_asked_a_third_time_gets_a_warning(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    page = theme(window, "living-with-risk")
    badge = feature_of(context).badges["living-with-risk"]
    hearing = context.controller.require()
    for question in ("When did your brother read the messages?", "On what date did he read your messages?"):
        draft(window, qtbot, page, question)
        qtbot.waitUntil(lambda q=question: badge.text == q)  # type: ignore[misc]
        assert RecordKind.REPEATED_FACT not in kinds(badge)
        qtbot.mouseClick(page.panel.ask_button, Qt.MouseButton.LeftButton)
        assert hearing.entries[-1].question_text == question
    draft(window, qtbot, page, "So when exactly did your brother read the messages?")
    qtbot.waitUntil(lambda: RecordKind.REPEATED_FACT in kinds(badge))
    found = next(f for f in badge.record_findings if f.kind is RecordKind.REPEATED_FACT)
    assert found.severity is Severity.WARN
    assert found.entries == (hearing.entries[-2].number, hearing.entries[-1].number)


def test_the_review_page_lists_the_record_findings_and_unexplored_experiences(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    assert window.wizard is not None
    review = window.wizard.hearing_pages.review
    window.wizard.go_to_page(review)
    view = feature_of(context).quality
    assert view is not None and view.isVisible()
    counts = view.record_counts()
    assert counts[RecordKind.CLOSED_BEFORE_OPEN] >= 1  # "Did you already know then ...?" in the demo
    assert counts[RecordKind.MEANING_NOT_ASKED] >= 1
    assert view.record_line.isVisible() and "Closed before open" in plain(view.record_line)
    assert view.meaning_line.isVisible()
    assert "meaning not asked" in plain(view.meaning_line)
    record = view.record
    assert record is not None
    numbers = sorted(record.unexplored)
    # The police stop in the summer of 2022 was told without a question on what it meant to her.
    police = next(e for e in context.controller.require().entries if "morality police" in e.answer_text)
    assert police.number in numbers
    # Clicking an entry number opens that entry in the review editor.
    view.meaning_line.linkActivated.emit(str(police.number))
    assert review.editor.number == police.number
    # The record-aware kinds list their entries too.
    view.record_line.linkActivated.emit(RECORD + RecordKind.CLOSED_BEFORE_OPEN.value)
    assert view.menu.actions() and "Did you already know" in view.menu.actions()[0].text()
    view.menu.close()


def test_the_practice_panels_advice_for_a_double_question_passes_the_checker(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    window.commands["trainer-practice"].trigger()
    assert context.features is not None
    panel = context.features.training.practice
    assert panel is not None and panel.isVisible()
    badge = panel.badge
    for question, lang in (
        ("When did you meet him, and were you in love with him?", "en"),
        ("Bent u christen en gaat u elke week naar de kerk?", "nl"),
        ("Where did you live and did your family know that you are gay?", "en"),
    ):
        panel.question.clear()
        qtbot.keyClicks(panel.question, question)
        qtbot.waitUntil(lambda q=question: badge.text == q)  # type: ignore[misc]
        compound = next(f for f in badge.findings if f.category is Category.COMPOUND)
        assert compound.suggestion is not None
        advised = re.findall(r"\"([^\"]+)\"", compound.suggestion)
        assert len(advised) == 2
        for advice in advised:
            assert is_ok(check_question(advice, lang)), advice  # type: ignore[arg-type]
        # The advice on screen is the same, and "Use this wording" gives a question that passes.
        assert all(a in plain(badge.reasons) or a in plain(badge.better) for a in advised[:1])
        assert badge.wording is not None and is_ok(check_question(badge.wording, lang))  # type: ignore[arg-type]
