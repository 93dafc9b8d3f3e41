"""The question checker meets its aims on the development sets and the good-question corpus.

These sets are development data: the rules are tuned on them. The honest figure is the blind set's
(tests/test_question_check_blind.py pins it; it is evaluated once, at the end of issue 11, and never by a
test). The corpus holds good questions from every theme of the banks and beyond: no more than 5 % of
them may get a warning or a block.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from interview_guide.core.question_check import CATEGORY_ORDER

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_question_check.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_question_check", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


EVAL = _load_script()


@pytest.mark.parametrize("split", ["dev", "dev2"])
def test_thresholds(split: str) -> None:
    report = EVAL.evaluate(split)
    assert report.bad_flagged_rate >= 0.95, report.bad_flagged_rate
    assert report.good_flagged_rate <= 0.05, report.good_flagged_rate
    assert report.main_first_rate >= 0.90, report.main_first_rate
    assert report.safety_blocked == report.safety, (report.safety_blocked, report.safety)


def test_no_false_alarms_on_the_ordinary_vocabulary_of_a_hearing() -> None:
    report = EVAL.evaluate("corpus")
    assert report.bad == 0 and report.good >= 300
    assert report.good_flagged_rate <= 0.05, "\n".join(report.failures)


def test_the_corpus_covers_every_theme_of_the_banks() -> None:
    themes = {item["theme"] for item in EVAL.load("corpus")}
    bank_themes = {
        "opening", "closing", "self-description", "experiences-and-meaning", "environment-origin",
        "relationships", "living-with-risk", "life-now", "return-expectations", "gender-identity",
        "motives-and-process", "knowledge", "activities", "faith-on-return",
    }  # fmt: skip
    assert bank_themes <= themes
    assert {item["lang"] for item in EVAL.load("corpus")} == {"nl", "en"}


def test_the_sets_cover_what_the_issue_asks_for() -> None:
    dev, dev2 = EVAL.load("dev"), EVAL.load("dev2")
    known = {category.value for category in CATEGORY_ORDER}
    for items, split in ((dev, "dev"), (dev2, "dev2")):
        assert {item["split"] for item in items} == {split}
        assert {item["lang"] for item in items} == {"nl", "en"}
        for item in items:
            assert set(item["labels"]) <= known, item
            assert (item["main"] in item["labels"]) if item["labels"] else item["main"] is None, item
        assert sum(1 for item in items if not item["labels"]) >= 30
    mains = {item["main"] for item in dev + dev2 if item["labels"]}
    assert mains == known


def test_no_question_is_in_two_sets() -> None:
    texts = [{item["text"] for item in EVAL.load(split)} for split in ("dev", "dev2", "corpus")]
    assert not texts[0] & texts[1] and not texts[0] & texts[2] and not texts[1] & texts[2]


def test_script_prints_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    assert EVAL.main(["--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out and "closed-yes-no" in out and "safety blocked" in out


def test_the_script_never_lists_the_blind_sets_items(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        EVAL.main(["--split", "blind", "--failures", "blind"])
    assert "blind" not in EVAL.TUNABLE
    capsys.readouterr()
