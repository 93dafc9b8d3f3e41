"""The curriculum map: its links resolve, docs/training.md carries the current map, the GUI follows links."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.question_check import CATEGORY_ORDER, Category
from interview_guide.demo import build_demo_case
from interview_guide.storage.bank_files import load_banks
from interview_guide.training.curriculum import POINTS, demo_moments, theme_ids
from interview_guide.training.scenarios import scenario_ids
from interview_guide.training.wording import category_label
from interview_guide.ui.checker.names import category_name
from interview_guide.ui.features.training import TrainerMode
from interview_guide.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _script() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_training_doc", REPO / "scripts" / "update_training_doc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_training_doc"] = module
    spec.loader.exec_module(module)
    return module


def test_every_link_of_the_map_resolves() -> None:
    installed = {theme.id for bank in load_banks().banks for theme in bank.themes}
    assert theme_ids() <= installed
    assert {s for point in POINTS for s in point.scenarios} <= set(scenario_ids())
    assert len({point.id for point in POINTS}) == len(POINTS) >= 12
    demo = build_demo_case("both", "en")
    for point in POINTS:
        assert point.title.nl and point.title.en and point.quote
        assert point.themes or point.categories or point.scenarios or point.screens, point.id
        moments = demo_moments(point, demo)
        assert all(demo.entry(n).theme_id in point.themes for n in moments)
    # The letter's main points reach the demo, the examples and the scenarios.
    assert {c for point in POINTS for c in point.categories} == set(CATEGORY_ORDER)
    assert {p.id for p in POINTS if demo_moments(p, demo)} >= {
        "personal-story",
        "no-awareness-process",
        "own-level",
        "three-pillars",
        "no-discretion",
    }


def test_every_checker_category_is_printed_with_the_gui_name_in_both_languages() -> None:
    # The feedback sheet, the role cards and docs/training.md name categories without Qt: the same
    # words as the GUI's badges (English source, Dutch translation in the .ts).
    ts = (REPO / "interview_guide" / "translations" / "interview_guide_nl.ts").read_text(encoding="utf-8")
    for category in Category:
        english, dutch = category_label(category, "en"), category_label(category, "nl")
        assert english == category_name(category)
        assert f"<source>{english}</source>\n        <translation>{dutch}</translation>" in ts, category


def test_docs_training_carries_the_current_map() -> None:
    module = _script()
    current = module.current_document()  # type: ignore[attr-defined]
    assert current == (REPO / "docs" / "training.md").read_text(encoding="utf-8"), (
        "docs/training.md is out of date: run scripts/update_training_doc.py"
    )


def test_the_training_menu_shows_the_map_and_follows_its_links(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    assert context.features is not None
    trainer: TrainerMode = context.features.training
    window.commands["trainer-curriculum"].trigger()
    dialog = trainer.curriculum
    assert dialog is not None and dialog.isVisible()
    html = dialog.browser.toHtml()
    assert "Self-identification alone is not enough" in html and 'href="demo:12"' in html
    dialog.link_chosen.emit("demo:12")
    assert context.controller.demo and trainer.annotations_on and trainer.shown_entry() == 12
    dialog.link_chosen.emit("examples:knowledge-quiz")
    assert trainer.examples is not None and trainer.examples.current.category is Category.KNOWLEDGE_QUIZ
    dialog.link_chosen.emit("theme:knowledge")
    page = window.current_theme_page()
    assert page is not None and page.theme.id == "knowledge"
    dialog.link_chosen.emit("theme:gender-identity")  # left out by the conditions: its page says why
    page = window.current_theme_page()
    assert page is not None and page.theme.id == "gender-identity"
    dialog.link_chosen.emit("theme:no-such-theme")
    assert "has no page for this theme" in window.statusBar().currentMessage()
    dialog.link_chosen.emit("scenario:trans-woman")
    assert context.controller.require().case.name_used == "Nour"
