"""Compare two hearings: the weaker demo beside the good one, lined up by theme (core and GUI)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.question_check import Category, Severity, check_question
from interview_guide.core.text import Lang
from interview_guide.core.trainer_tags import TrainerTag
from interview_guide.demo import build_demo_case
from interview_guide.storage.bank_files import load_banks
from interview_guide.training.compare import compare_hearings
from interview_guide.training.practice_review import banks_of
from interview_guide.training.weaker_demo import MISSED_FOLLOW_UPS, WEAKER, weaker_demo
from interview_guide.ui.features.training import TrainerMode
from interview_guide.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_weaker_demo_is_the_good_one_with_weaker_questions(lang: Lang) -> None:
    good, weak = build_demo_case("both", lang), weaker_demo("both", lang)
    assert len(weak.entries) == len(good.entries)
    pairs = list(zip(good.entries, weak.entries, strict=True))
    changed = [(g, w) for g, w in pairs if g.question_text != w.question_text]
    missed_texts = {m.question.get(lang) for m in MISSED_FOLLOW_UPS}
    missed = [(g, w) for g, w in changed if w.question_text in missed_texts]
    assert len(changed) - len(missed) == len(WEAKER)  # every weaker question finds its bank question
    assert len(missed) >= 5 and all(g.follow_up_id for g, _ in missed)
    for good_entry, weak_entry in changed:
        assert weak_entry.theme_id == good_entry.theme_id and weak_entry.own_question
        assert weak_entry.trainer_note and weak_entry.trainer_tags
        assert len(weak_entry.answer_text.split()) < len(good_entry.answer_text.split())
        if weak_entry.question_text in missed_texts:
            assert weak_entry.trainer_tags == [TrainerTag.MISSED_FOLLOW_UP]
            continue
        findings = check_question(weak_entry.question_text, lang, claim_types=weak.case.claim_types)
        assert any(f.severity >= Severity.WARN for f in findings), weak_entry.question_text


@pytest.mark.parametrize("claim", ["lgbti", "conversion", "both", "trans"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_theme_of_every_demo_has_a_trainer_note(claim: str, lang: Lang) -> None:
    hearing = build_demo_case(claim, lang)
    themes = {e.theme_id for e in hearing.entries}
    noted = {e.theme_id for e in hearing.entries if e.trainer_note}
    assert themes - noted == set()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_single_statement_is_not_weighed_with_other_statements(lang: Lang) -> None:
    hearing = build_demo_case("lgbti", lang)
    (statement,) = hearing.statements
    note = statement.consideration_note
    assert "overige verklaringen" not in note and "other statements" not in note
    assert ("verklaringen van de aanvrager" if lang == "nl" else "the applicant's own statements") in note


def test_the_comparison_lines_up_by_theme_with_findings_and_answer_length() -> None:
    good, weak = build_demo_case("both", "en"), weaker_demo("both", "en")
    comparison = compare_hearings(weak, good, banks_of(good, load_banks().banks), "en")
    themes = [t.theme_id for t in comparison.themes]
    assert themes[0] == "opening" and themes[-1] == "closing" and len(themes) == len(set(themes))
    by_id = {t.theme_id: t for t in comparison.themes}
    knowledge = by_id["knowledge"]
    assert knowledge.finding_difference() == {Category.KNOWLEDGE_QUIZ: (2, 0)}
    assert knowledge.left.count == knowledge.right.count == 7
    difference = knowledge.words_difference
    assert difference is not None and difference > 15
    assert by_id["opening"].finding_difference() == {} and by_id["opening"].words_difference == 0
    assert len(comparison.left.flagged) > len(comparison.right.flagged) + 10
    left_open = comparison.left.mean_answer_words("open")
    right_open = comparison.right.mean_answer_words("open")
    assert left_open is not None and right_open is not None and left_open < right_open


def test_the_compare_dialog_shows_both_side_by_side(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    assert context.features is not None
    trainer: TrainerMode = context.features.training
    window.commands["trainer-compare-both"].trigger()
    dialog = trainer.compare
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == len(dialog.comparison.themes)
    headers = [table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers[1:] == ["Weaker version", "Good version (the demo)"]
    row = [t.theme_id for t in dialog.comparison.themes].index("knowledge")
    left, right, theme = (table.cellWidget(row, c) for c in (1, 2, 0))
    assert isinstance(left, QLabel) and isinstance(right, QLabel) and isinstance(theme, QLabel)
    assert "Name the four gospels." in left.text() and "Name the four gospels." not in right.text()
    assert "knowledge quiz: 2 vs 0" in theme.text() and "mean answer:" in theme.text()
    assert "flagged" in dialog.totals.text()
    # A presenter remote's page keys move through the themes and never close the dialog.
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert dialog.row == 3 and dialog.isVisible()


def test_the_weaker_demo_opens_with_its_notes(window: MainWindow, context: AppContext) -> None:
    assert context.features is not None
    trainer = context.features.training
    window.commands["trainer-weaker-conversion"].trigger()
    hearing = context.controller.require()
    assert context.controller.demo and trainer.annotations_on
    assert "WEAK" in hearing.case.case_reference
    number = trainer.next_note() if trainer.shown_entry() == 0 else trainer.shown_entry()
    assert number and hearing.entry(number).trainer_note
