"""Trainer notes written in the note bar (tagged, kept in the case file), stepping through them, and the
review of a practice hearing with its feedback sheet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from gui_helpers import go_to_theme
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, switch_language
from interview_guide.core.trainer_tags import TrainerTag
from interview_guide.storage import load_case, save_case
from interview_guide.ui.controller import EntryPart
from interview_guide.ui.features.training import TrainerMode
from interview_guide.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
PRACTICE = Path(__file__).parent / "data" / "practice" / "practice-15.igcase"


def trainer_of(context: AppContext) -> TrainerMode:
    assert context.features is not None
    return context.features.training


def test_a_note_typed_in_the_note_bar_is_kept_with_its_tags(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    controller = context.controller
    controller.load(load_case(PRACTICE), path=None)
    trainer = trainer_of(context)
    assert not trainer.annotations_on
    window.commands["trainer-annotations"].trigger()
    page = go_to_theme(window, "relationships")
    page.panel.show_entry(8)
    bar = next(b for b in trainer.bars if b.panel is page.panel)
    assert bar.isVisible() and bar.note.toPlainText() == ""

    changed: list[tuple[int, object]] = []
    journal: list[str] = []
    controller.entry_changed.connect(lambda n, part: changed.append((n, part)))
    controller.record_changed.connect(journal.append)
    qtbot.mouseClick(bar.note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.note, "Good open start; follow up on the poems.")
    assert controller.require().entry(8).trainer_note == "Good open start; follow up on the poems."
    assert (8, EntryPart.TRAINER_NOTE) in changed and "entries/8" in journal

    bar.tag_actions[TrainerTag.MISSED_FOLLOW_UP].trigger()
    bar.tag_actions[TrainerTag.GOOD_PRACTICE].trigger()
    assert controller.require().entry(8).trainer_tags == [
        TrainerTag.GOOD_PRACTICE,
        TrainerTag.MISSED_FOLLOW_UP,
    ]
    assert bar.tags.text() == "About: good practice, missed follow-up"

    # Another entry shows its own note; coming back shows this one again.
    page.panel.show_entry(9)
    assert bar.note.toPlainText() == "" and not bar.tag_actions[TrainerTag.GOOD_PRACTICE].isChecked()
    page.panel.show_entry(8)
    assert bar.note.toPlainText().startswith("Good open start")

    # Kept in the case file.
    path = tmp_path / "noted.igcase"
    save_case(controller.require(), path)
    entry = load_case(path).entry(8)
    assert entry.trainer_note == "Good open start; follow up on the poems."
    assert entry.trainer_tags == [TrainerTag.GOOD_PRACTICE, TrainerTag.MISSED_FOLLOW_UP]


def test_pasted_control_characters_are_cleaned_from_a_note(window: MainWindow, context: AppContext) -> None:
    context.controller.load(load_case(PRACTICE), path=None)
    # A bell is dropped; a vertical tab (Word's line break on the clipboard) becomes a newline.
    context.controller.set_trainer_note(2, "bell\x07 and\x0b tab\tok\x1b")
    assert context.controller.require().entry(2).trainer_note == "bell and\n tab\tok"


def test_notes_stay_on_for_the_demo_from_the_start_screen_and_after_a_language_switch(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    window.start.demo_requested.emit("lgbti")
    assert context.controller.demo and trainer_of(context).annotations_on
    switch_language(context, "nl")
    qtbot.waitUntil(lambda: window.lang == "nl")  # in place, once Qt delivers LanguageChange
    new_window = context.window
    assert new_window is window  # the language is switched in place (issue 10, point 8)
    trainer = trainer_of(context)
    assert trainer.annotations_on
    assert all(bar.enabled for bar in trainer.bars)
    new_window.set_close_guard(lambda: True)
    new_window.close()


def test_next_and_previous_note_step_through_the_whole_hearing(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    context.controller.load(load_case(PRACTICE), path=None)
    trainer = trainer_of(context)
    go_to_theme(window, "opening")
    assert trainer.next_note() == 3
    assert (
        window.current_theme_page() is not None and window.current_theme_page().theme.id == "self-description"
    )
    assert trainer.annotations_on
    window.commands["trainer-next-note"].trigger()
    assert trainer.shown_entry() == 6
    assert trainer.next_note() == 7
    assert trainer.next_note() == 0  # none after the last; it stays where it is
    assert trainer.shown_entry() == 7
    window.commands["trainer-previous-note"].trigger()
    assert trainer.shown_entry() == 6
    bar = next(b for b in trainer.bars if b.panel.number == 6 and b.isVisible())
    assert bar.note.toPlainText() == "Good: a short open follow-up on what he just said."


def test_the_review_dialog_counts_links_and_exports(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.controller.load(load_case(PRACTICE), path=None)
    trainer = trainer_of(context)
    window.commands["trainer-review"].trigger()
    dialog = trainer.review
    assert dialog is not None and dialog.isVisible()
    figures = {key: label.text() for key, label in dialog.figures.items()}
    assert figures == {
        "questions": "15",
        "open": "9",
        "closed": "6",
        "share": "60 %",
        "follow_ups": "4",
        "depth": "2",
        "after_open": "26 words",
        "after_closed": "2 words",
    }
    categories = {
        dialog.categories.item(row, 0).text(): dialog.categories.item(row, 1).text()
        for row in range(dialog.categories.rowCount())
    }
    assert categories["closed question"] == "5"
    assert dialog.better.rowCount() == 6 and dialog.notes.rowCount() == 3
    assert dialog.tabs.tabText(3) == "Better wordings (6)"

    # A click on the fifth box of the timeline opens entry 5 on its theme page.
    dialog.timeline.resize(600, dialog.timeline.heightForWidth(600))
    centre = dialog.timeline.box(4).center()
    qtbot.mouseClick(dialog.timeline, Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert trainer.shown_entry() == 5
    # A double click on a better wording opens that question.
    dialog.better.cellDoubleClicked.emit(4, 1)
    assert trainer.shown_entry() == 13

    out = tmp_path / "sheet.docx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Feedback on the practice hearing" in text and "Good: a short open follow-up" in text


def test_the_review_follows_notes_written_meanwhile(window: MainWindow, context: AppContext) -> None:
    context.controller.load(load_case(PRACTICE), path=None)
    trainer = trainer_of(context)
    dialog = trainer.show_review()
    assert dialog is not None and dialog.notes.rowCount() == 3
    context.controller.set_trainer_note(11, "Good: asks what happened, in the applicant's order.")
    trainer.show_review()
    assert dialog.notes.rowCount() == 4
    QApplication.processEvents()


def test_the_start_screen_offers_the_scenarios_under_training(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = window.start
    combo = start.scenario_combo
    assert combo.count() >= 6 and combo.isVisible()
    combo.setCurrentIndex(combo.findData("trans-woman"))
    assert "Nour" in start.scenario_summary.text()
    qtbot.mouseClick(start.findChild(QPushButton, "openScenarioButton"), Qt.MouseButton.LeftButton)
    hearing = context.controller.require()
    assert hearing.entries == [] and hearing.case.name_used == "Nour"
    assert context.controller.dirty and not context.controller.demo
    assert window.wizard is not None and window.stack.currentWidget() is window.wizard

    window.go_start()
    out = tmp_path / "cards.docx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(start.findChild(QPushButton, "roleCardsButton"), Qt.MouseButton.LeftButton)
    titles = [
        p.text for p in Document(str(out)).paragraphs if p.style is not None and p.style.name == "Title"
    ]
    assert titles[:3] == ["Role: hearing officer", "Role: applicant", "Role: interpreter"]


def test_the_training_menu_opens_a_scenario(window: MainWindow, context: AppContext) -> None:
    window.commands["trainer-scenario-passive-convert"].trigger()
    hearing = context.controller.require()
    assert hearing.reference_frame.conversion_route.value == "passive"
    assert [c.value for c in hearing.case.claim_types] == ["conversion"]
