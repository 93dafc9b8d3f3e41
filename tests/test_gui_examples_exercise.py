"""The examples as an exercise: hidden verdict, a typed rephrasing, reveal; both languages; the keys a
presenter remote sends step through the examples and never close the dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, switch_language
from interview_guide.core.question_check import Category
from interview_guide.trainer_examples import EXAMPLES, examples_of
from interview_guide.ui.features.training import TrainerMode
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.trainer.examples_dialog import ExamplesDialog


def plain(label: QLabel) -> str:
    """The text a rich-text label shows."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def trainer_of(context: AppContext) -> TrainerMode:
    assert context.features is not None
    return context.features.training


def open_examples(window: MainWindow, context: AppContext) -> ExamplesDialog:
    window.commands["trainer-examples"].trigger()
    dialog = trainer_of(context).examples
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_exercise_hides_then_reveals_model_answer_and_both_verdicts(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_examples(window, context)
    dialog.set_category(Category.CLOSED_YES_NO)
    qtbot.mouseClick(dialog.exercise, Qt.MouseButton.LeftButton)
    example = dialog.current
    assert not example.good
    # Hidden: the verdict, why, the better wording and the checker; the question and the box are shown.
    assert dialog.question.isVisible() and dialog.question.text() == example.text_in("en")
    for hidden in (dialog.verdict, dialog.why, dialog.better, dialog.checker, dialog.attempt_verdict):
        assert not hidden.isVisible()
    assert dialog.attempt.isVisible() and dialog.focusWidget() is dialog.attempt

    qtbot.keyClicks(dialog.attempt, "What did you feel for him?")  # Space types a space in the box
    assert dialog.attempt.toPlainText() == "What did you feel for him?" and dialog.current is example
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict.isVisible() and "Bad example" in dialog.verdict.text()
    assert dialog.better.isVisible() and example.better_in("en") in plain(dialog.better)
    assert dialog.checker.isVisible() and "closed question" in dialog.checker.text()
    assert dialog.attempt_verdict.isVisible()
    assert "The checker on your wording:" in dialog.attempt_verdict.text()
    assert "no findings" in dialog.attempt_verdict.text()

    # A poor rephrasing gets the checker's verdict too.
    dialog.step(1)
    assert not dialog.verdict.isVisible() and dialog.attempt.toPlainText() == ""
    qtbot.keyClicks(dialog.attempt, "Did you feel free there?")
    dialog.reveal()
    assert "closed question" in dialog.attempt_verdict.text()

    # A good example: the model answer says it can be asked as it is.
    good = next(i for i, e in enumerate(dialog.examples) if e.good)
    dialog.step(good - dialog.position)
    dialog.reveal()
    assert "can be asked as it is" in plain(dialog.better) and "Good example" in dialog.verdict.text()


def test_every_example_is_shown_in_dutch_and_in_english(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_examples(window, context)
    for lang in ("nl", "en"):
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        dialog.step(-len(dialog.examples))
        for example in EXAMPLES:
            assert dialog.current is example
            assert dialog.question.text() == example.text_in(lang)  # type: ignore[arg-type]
            if example.better:
                assert example.better_in(lang) in plain(dialog.better)  # type: ignore[arg-type]
            dialog.step(1)


def test_remote_keys_step_through_and_never_close_the_dialog(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_examples(window, context)
    total = len(dialog.examples)
    dialog.category.setFocus()  # the drop-down the old dialog let PgDn change
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
        qtbot.keyClick(dialog.focusWidget() or dialog, key)
    assert dialog.position == 3 and dialog.category.currentIndex() == 0
    assert dialog.isVisible()
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
        qtbot.keyClick(dialog.focusWidget() or dialog, key)
    assert dialog.position == 1
    # Past the end: Right, PgDn and Space in a row on the last example close nothing.
    dialog.step(total)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Escape, Qt.Key.Key_F5):
        qtbot.keyClick(dialog.focusWidget() or dialog, key)
    assert dialog.isVisible() and dialog.position == total - 1
    # In the exercise box PgDn still steps on; Right and Space stay with the text.
    dialog.set_category(Category.LEADING)
    dialog.set_exercise(True)
    qtbot.keyClicks(dialog.attempt, "a b")
    qtbot.keyClick(dialog.attempt, Qt.Key.Key_Left)
    assert dialog.position == 0 and dialog.attempt.toPlainText() == "a b"
    qtbot.keyClick(dialog.attempt, Qt.Key.Key_PageDown)
    assert dialog.position == 1 and dialog.isVisible()
    assert dialog.examples == examples_of(Category.LEADING)


def test_the_practice_panel_starts_in_the_question_box(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    trainer = trainer_of(context)
    panel = trainer.show_practice()
    assert panel.focusWidget() is panel.question
    # The first keystrokes go into the question, not into a drop-down.
    qtbot.keyClicks(panel.focusWidget(), "Nederlands")
    assert panel.question.toPlainText() == "Nederlands"
    assert panel.language.currentIndex() == 0 and panel.preset.currentIndex() == 0


def test_practice_presets_use_a_scenario_frame(window: MainWindow, context: AppContext, qtbot: QtBot) -> None:
    panel = trainer_of(context).show_practice()
    assert panel.frame() is None and panel.preset.count() >= 7
    panel.preset.setCurrentIndex(panel.preset.findData("passive-convert"))
    frame = panel.frame()
    assert frame is not None and frame.conversion_route.value == "passive"
    assert panel.claim.currentData() == "conversion"
    claims, checked_frame = panel._context()
    assert checked_frame == frame and [c.value for c in claims] == ["conversion"]
    panel.preset.setCurrentIndex(panel.preset.findData("both-claims"))
    assert panel.claim.currentData() == "both"


def test_practice_keeps_a_history_that_survives_and_exports(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    trainer = trainer_of(context)
    panel = trainer.show_practice()
    qtbot.keyClicks(panel.question, "Did you have sex with him?")
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    panel.question.setPlainText("Tell me about a day you spent together.")
    panel.keep()
    assert [a.text for a in panel.history] == [
        "Did you have sex with him?",
        "Tell me about a day you spent together.",
    ]
    first, second = panel.history
    assert not first.ok and "sexual-explicit" in first.categories and second.ok
    assert panel.list.count() == 2 and "do not ask" in panel.list.item(0).text()

    # After a switch to Dutch (in place) the panel is made again in Dutch and keeps the list.
    switch_language(context, "nl")
    qtbot.waitUntil(lambda: window.lang == "nl")  # in place, once Qt delivers LanguageChange
    new_window = context.window
    assert new_window is window
    panel_nl = trainer_of(context).show_practice()
    assert panel_nl is not panel and panel_nl.list.count() == 2
    out = panel_nl.export(tmp_path / "practice.docx")
    assert out is not None
    document = Document(str(out))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Did you have sex with him?" in cells and "seksuele details" in cells
    assert "2 vragen geoefend" in "\n".join(p.text for p in document.paragraphs)
    new_window.set_close_guard(lambda: True)
    new_window.close()
