"""The examples as an exercise: hidden verdict, a typed rephrasing, reveal; both languages; the keys a
presenter remote sends step through the examples and never close the dialog.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.question_check import Category
from interview_guide.trainer_examples import EXAMPLES, examples_of
from interview_guide.ui.checker.feature import CheckerFeature
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.trainer.examples_dialog import ExamplesDialog


def plain(label: QLabel) -> str:
    """The text a rich-text label shows."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def open_examples(window: MainWindow, context: AppContext) -> ExamplesDialog:
    window.commands["trainer-examples"].trigger()
    dialog = context.feature(CheckerFeature).trainer.examples
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
