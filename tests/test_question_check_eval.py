"""The question checker meets its targets on the labelled sets (the held-out set was never tuned on)."""

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


@pytest.mark.parametrize("split", ["heldout", "dev"])
def test_thresholds(split: str) -> None:
    report = EVAL.evaluate(split)
    assert report.bad_flagged_rate >= 0.95, report.bad_flagged_rate
    assert report.good_flagged_rate <= 0.05, report.good_flagged_rate
    assert report.main_named_rate >= 0.90, report.main_named_rate


def test_the_sets_cover_what_the_issue_asks_for() -> None:
    dev, heldout = EVAL.load("dev"), EVAL.load("heldout")
    assert len(dev) + len(heldout) >= 120
    known = {category.value for category in CATEGORY_ORDER}
    for items, split in ((dev, "dev"), (heldout, "heldout")):
        assert {item["split"] for item in items} == {split}
        assert {item["lang"] for item in items} == {"nl", "en"}
        assert {item["main"] for item in items if item["labels"]} == known
        for item in items:
            assert set(item["labels"]) <= known, item
            assert (item["main"] in item["labels"]) if item["labels"] else item["main"] is None, item
        assert sum(1 for item in items if not item["labels"]) >= 30


def test_no_question_is_in_both_sets() -> None:
    dev = {item["text"] for item in EVAL.load("dev")}
    assert not dev & {item["text"] for item in EVAL.load("heldout")}


def test_script_prints_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    assert EVAL.main(["--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out and "closed-yes-no" in out
