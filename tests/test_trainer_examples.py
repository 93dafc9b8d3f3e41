"""The trainer's examples and the checker agree, and the examples are not the checker's evaluation set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from interview_guide.core.question_check import CATEGORY_ORDER, Category, Severity, check_question, is_ok
from interview_guide.trainer_examples import EXAMPLES, Example, examples_of

DATA = Path(__file__).resolve().parent / "data"
_QUOTED = re.compile(r"\"([^\"]+)\"")


def _name(example: Example) -> str:
    return f"{example.category.value}-{'good' if example.good else 'bad'}-{example.text[:30]}"


@pytest.mark.parametrize("example", [e for e in EXAMPLES if not e.good], ids=_name)
def test_every_bad_example_is_flagged_with_its_category(example: Example) -> None:
    findings = check_question(example.text, example.lang)
    assert example.category in {f.category for f in findings}
    assert not is_ok(findings)
    assert example.better
    if example.category is Category.COMPOUND:
        # The better way is the advice to ask the parts one at a time: the same questions the checker
        # suggests, each of which passes the checker itself.
        advised = _QUOTED.findall(example.better)
        (compound,) = [f for f in findings if f.category is Category.COMPOUND]
        assert compound.suggestion is not None
        assert advised == _QUOTED.findall(compound.suggestion)
        assert all(is_ok(check_question(question, example.lang)) for question in advised)
    else:
        assert is_ok(check_question(example.better, example.lang))


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.good], ids=_name)
def test_every_good_example_passes(example: Example) -> None:
    findings = check_question(example.text, example.lang)
    assert is_ok(findings), [(f.category, f.severity) for f in findings]
    assert all(f.severity < Severity.WARN for f in findings)


def test_every_category_has_bad_and_good_examples_in_both_languages() -> None:
    for category in CATEGORY_ORDER:
        examples = examples_of(category)
        assert sum(1 for e in examples if not e.good) >= 3, category
        assert 1 <= sum(1 for e in examples if e.good) <= 2, category
    assert {e.lang for e in EXAMPLES} == {"nl", "en"}
    assert all(e.why("nl") and e.why("en") for e in EXAMPLES)


def test_the_examples_are_not_the_evaluation_set() -> None:
    evaluation = set()
    for name in ("question_check_dev.yaml", "question_check_dev2.yaml"):
        items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
        evaluation |= {item["text"].strip().casefold() for item in items}
    assert not [e.text for e in EXAMPLES if e.text.strip().casefold() in evaluation]
