"""Trainer mode: the annotated demo hearing, the practice panel and the examples browser."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.question_check import Category, Severity
from interview_guide.trainer_examples import examples_of
from interview_guide.ui.features.training import TrainerMode
from interview_guide.ui.main_window import MainWindow

# The offscreen platform cannot raise a window to the front; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def trainer_of(context: AppContext) -> TrainerMode:
    assert context.features is not None
    return context.features.training


def test_the_training_menu_sits_before_help(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Training") == len(titles) - 2 and titles[-1] == "&Help"


def test_the_demo_opens_with_annotations(window: MainWindow, context: AppContext, qtbot: QtBot) -> None:
    trainer = trainer_of(context)
    window.commands["trainer-demo-lgbti"].trigger()
    hearing = context.controller.require()
    assert context.controller.demo and trainer.annotations_on
    annotated = next(e for e in hearing.entries if e.trainer_note and e.own_question)
    assert window.wizard is not None
    page = next(p for p in window.wizard.theme_pages() if p.theme.id == annotated.theme_id)
    window.wizard.go_to_page(page)
    bar = next(b for b in trainer.bars if b.panel is page.panel)

    # In draft mode the bar lists the annotated entries of the theme, as links.
    page.panel.show_draft()
    assert bar.isVisible() and f'href="{annotated.number}"' in bar.index.text()
    bar.index.linkActivated.emit(str(annotated.number))
    assert page.panel.number == annotated.number
    assert bar.note.text() == annotated.trainer_note
    assert Category.CLOSED_YES_NO in {f.category for f in bar.badge.findings}
    assert bar.badge.isVisible() and "closed question" in bar.badge.summary_text()

    # An entry without a note still shows the checker's view; turning annotations off hides the bar.
    plain = next(e for e in hearing.entries if e.theme_id == page.theme.id and not e.trainer_note)
    page.entries.entry_selected.emit(plain.number)
    assert bar.note.text() == "No trainer note on this entry."
    window.commands["trainer-annotations"].trigger()
    assert not trainer.annotations_on and not bar.isVisible()


def test_the_practice_panel_shows_findings_live(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    window.commands["trainer-practice"].trigger()
    panel = trainer_of(context).practice
    assert panel is not None and panel.isVisible()
    badge = panel.badge

    qtbot.keyClicks(panel.question, "Did you have sex with him?")
    qtbot.waitUntil(lambda: badge.worst is Severity.BLOCK)
    assert Category.SEXUAL_EXPLICIT in {f.category for f in badge.findings}
    assert badge.details.isVisible() and "Art. 7 Charter" in badge.reasons.text()
    assert badge.better.isVisible() and "Try instead" in badge.better.text()

    # "Use this wording" puts the better version in the box; it passes.
    better = badge.wording
    qtbot.mouseClick(badge.use_button, Qt.MouseButton.LeftButton)
    assert panel.question.toPlainText() == better
    qtbot.waitUntil(lambda: badge.text == better)
    assert badge.findings == [] and badge.summary_text() == "No findings."

    # A good question of the trainee's own: no findings. A Dutch one, with the language chosen.
    panel.question.clear()
    qtbot.keyClicks(panel.question, "Tell me about a day you spent together.")
    qtbot.waitUntil(lambda: badge.text.startswith("Tell me"))
    assert badge.findings == []
    panel.language.setCurrentIndex(panel.language.findData("nl"))
    panel.question.clear()
    qtbot.keyClicks(panel.question, "Bent u homoseksueel?")
    qtbot.waitUntil(lambda: badge.text == "Bent u homoseksueel?")
    assert badge.question_lang == "nl"
    assert Category.CLOSED_YES_NO in {f.category for f in badge.findings}


def test_the_examples_step_through_with_findings(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    window.commands["trainer-examples"].trigger()
    dialog = trainer_of(context).examples
    assert dialog is not None and dialog.isVisible()
    assert not dialog.previous_button.isEnabled()
    first = dialog.current
    assert dialog.question.text().endswith(first.text)
    assert "Bad example" in dialog.verdict.text()
    assert first.category in {f.category for f in dialog.badge.findings}

    # Filter on one category and step through all of it with Next.
    dialog.set_category(Category.LEADING)
    leading = examples_of(Category.LEADING)
    assert dialog.counter.text() == f"1 of {len(leading)}"
    seen = []
    while True:
        example = dialog.current
        seen.append(example)
        if example.good:
            assert "Good example" in dialog.verdict.text()
            assert all(f.severity < Severity.WARN for f in dialog.badge.findings)
            assert not dialog.better.isVisible()
        else:
            assert Category.LEADING in {f.category for f in dialog.badge.findings}
            assert example.better in dialog.better.text()
        if not dialog.next_button.isEnabled():
            break
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert seen == leading
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.current == leading[-2]
