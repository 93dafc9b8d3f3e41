"""The trainer's examples and the checker agree, and the examples are not the checker's evaluation set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from interview_guide.core.question_check import CATEGORY_ORDER, Category, Severity, check_question, is_ok
from interview_guide.trainer_examples import EXAMPLES, Example, examples_of
from interview_guide.trainer_translations import TRANSLATIONS

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
        assert 1 <= sum(1 for e in examples if e.good and not e.background("en")) <= 2, category
    assert {e.lang for e in EXAMPLES} == {"nl", "en"}
    assert all(e.why("nl") and e.why("en") for e in EXAMPLES)


def test_the_examples_are_not_the_evaluation_set() -> None:
    evaluation = set()
    for name in ("question_check_dev.yaml", "question_check_dev2.yaml"):
        items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
        evaluation |= {item["text"].strip().casefold() for item in items}
    assert not [e.text for e in EXAMPLES if e.text.strip().casefold() in evaluation]


# Translations the checker does not yet see as it sees the original (reported to the checker's issue):
# the exercise then shows the checker's own verdict, which a trainer can discuss.
KNOWN_GAPS = {
    "You're making that story up, aren't you?": "accusatory: read as leading only",
    "Waarom zou ik hier ook maar een woord van geloven?": "accusatory: not flagged in Dutch",
}


def _other(example: Example) -> str:
    return "en" if example.lang == "nl" else "nl"


def test_every_example_has_its_translation_and_nothing_else_is_translated() -> None:
    assert {e.text for e in EXAMPLES} == set(TRANSLATIONS)
    for example in EXAMPLES:
        text, better = TRANSLATIONS[example.text]
        assert text.strip() and text != example.text
        assert bool(better) == bool(example.better), example.text
        assert example.text_in(example.lang) == example.text and example.text_in(_other(example)) == text
        assert example.better_in(_other(example)) == better


@pytest.mark.parametrize("example", list(EXAMPLES), ids=_name)
def test_the_checker_sees_each_translation_as_it_sees_the_original(example: Example) -> None:
    lang = _other(example)
    text = example.text_in(lang)
    findings = check_question(text, lang)
    if text in KNOWN_GAPS:
        assert example.category not in {f.category for f in findings}, "fixed: remove it from KNOWN_GAPS"
        return
    if example.good:
        assert is_ok(findings), [(f.category, f.severity) for f in findings]
        return
    assert example.category in {f.category for f in findings} and not is_ok(findings)
    better = example.better_in(lang)
    advised = _QUOTED.findall(better) if example.category is Category.COMPOUND else [better]
    assert advised and all(is_ok(check_question(question, lang)) for question in advised)


def test_knowledge_examples_pitched_to_the_background_stand_beside_the_quiz() -> None:
    knowledge = examples_of(Category.KNOWLEDGE_QUIZ)
    pitched = [e for e in knowledge if e.background("en")]
    assert len(pitched) >= 3 and all(e.good and e.background("nl") for e in pitched)
    assert sum(1 for e in knowledge if not e.good) >= 3


def test_the_smaller_points_of_the_examples() -> None:
    texts = {e.text for e in EXAMPLES}
    # No "good" closed question in which the officer supplies the date himself.
    assert "Was that in the summer of 2019?" not in texts
    # No good example that assumes a role the applicant may not have had.
    assert "Which active role did you take on in the house church?" not in texts
    for example in EXAMPLES:
        why = example.why_en + example.why_nl
        assert "no longer asks for" not in why and "niet meer naar vraagt" not in why
        assert "echte bekeerling" not in why.lower() and "real convert" not in why.lower()
