"""Every suggestion the checker makes passes the checker itself, in the language of the question; the
split of a double question is whole, grammatical questions; messages come in the officer's language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview_guide.core.checks import messages
from interview_guide.core.checks.analysis import is_whole_question
from interview_guide.core.question_check import Category, check_question, is_ok
from interview_guide.core.text import LocalizedText
from interview_guide.trainer_examples import EXAMPLES

DATA = Path(__file__).resolve().parent / "data"
_QUOTED = re.compile(r"\"([^\"]+)\"")


def _items() -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for name in ("question_check_dev.yaml", "question_check_dev2.yaml"):
        data: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
        items += [(item["text"], item["lang"]) for item in data if item["labels"]]
    families = yaml.safe_load((DATA / "question_check_paraphrases.yaml").read_text(encoding="utf-8"))
    for spec in families["families"].values():
        items += [(text, lang) for lang in ("en", "nl") for text in spec[lang]]
    items += [(e.text, e.lang) for e in EXAMPLES if not e.good]
    return items


ITEMS = _items()


def _suggested_questions(category: Category, suggestion: str) -> list[str]:
    if category is Category.COMPOUND:
        return _QUOTED.findall(suggestion)
    return [suggestion]


@pytest.mark.parametrize("ui_lang", ["en", "nl"])
def test_every_suggestion_passes_the_checker(ui_lang: str) -> None:
    failures = []
    suggested = 0
    for text, lang in ITEMS:
        for finding in check_question(text, lang, ui_lang=ui_lang):  # type: ignore[arg-type]
            if not finding.suggestion:
                continue
            questions = _suggested_questions(finding.category, finding.suggestion)
            if finding.category is Category.COMPOUND:
                assert len(questions) >= 2, finding.suggestion
            for question in questions:
                suggested += 1
                result = check_question(question, lang)  # type: ignore[arg-type]
                if not is_ok(result) or not is_whole_question(question, lang):  # type: ignore[arg-type]
                    failures.append((text, question, [(f.category.value, f.rule_id) for f in result]))
    assert suggested > 200
    assert not failures, failures


def test_every_fixed_suggestion_passes_in_both_languages() -> None:
    texts: list[LocalizedText] = [
        *messages._SUGGESTIONS.values(),
        *messages._BY_TOPIC.values(),
        messages._ASK_MORE,
    ]
    for term in messages._FEAST_NAMES.values():
        texts.append(
            LocalizedText(
                en=messages._FEAST_QUESTION.en.format(term=term.en),
                nl=messages._FEAST_QUESTION.nl.format(term=term.nl),
            )
        )
    for text in texts:
        for lang in ("en", "nl"):
            question = text.get(lang)  # type: ignore[arg-type]
            findings = check_question(question, lang)  # type: ignore[arg-type]
            assert is_ok(findings), (question, [(f.category.value, f.rule_id) for f in findings])
            assert is_whole_question(question, lang), question  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        (
            "Where did you meet him and how did your family react?",
            "en",
            ["Where did you meet him?", "How did your family react?"],
        ),
        ("Waar woonde u en wie wist ervan?", "nl", ["Waar woonde u?", "Wie wist ervan?"]),
        ("What happened? Who was there?", "en", ["What happened?", "Who was there?"]),
        (
            "Wanneer kwam u in de kerk, en wat vond u van de dienst?",
            "nl",
            ["Wanneer kwam u in de kerk?", "Wat vond u van de dienst?"],
        ),
    ],
)
def test_a_double_question_is_split_into_whole_questions(text: str, lang: str, parts: list[str]) -> None:
    compound = next(f for f in check_question(text, lang) if f.category is Category.COMPOUND)  # type: ignore[arg-type]
    assert compound.suggestion is not None
    assert _QUOTED.findall(compound.suggestion) == parts


def test_a_flawed_part_is_replaced_by_a_better_question() -> None:
    (compound,) = [
        f
        for f in check_question("When did you meet him, and were you in love with him?", "en")
        if f.category is Category.COMPOUND
    ]
    assert compound.suggestion is not None
    first, second = _QUOTED.findall(compound.suggestion)
    assert first == "When did you meet him?"
    assert is_ok(check_question(second, "en")) and second != "Were you in love with him?"


@pytest.mark.parametrize("text", ["And then?", "Do then?", "en toen", "Where?"])
def test_fragments_are_not_whole_questions(text: str) -> None:
    assert not is_whole_question(text, "en" if text[0] in "AD" or text == "Where?" else "nl")


def test_messages_come_in_the_language_of_the_question_by_default() -> None:
    (nl,) = check_question("Bent u christen?", "nl")
    assert nl.message.startswith("Gesloten vraag") and nl.suggestion and nl.suggestion.startswith("Hoe")
    (en,) = check_question("Are you a Christian?", "en")
    assert en.message.startswith("Closed question")
    # A UI language given explicitly wins for the message; the suggestion stays a question to ask in
    # the language of the hearing.
    (mixed,) = check_question("Bent u christen?", "nl", ui_lang="en")
    assert (
        mixed.message.startswith("Closed question")
        and mixed.suggestion
        and mixed.suggestion.startswith("Hoe")
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Were you baptised in 2019?", "en"),
        ("Is your partner still in Iran?", "en"),
        ("Bent u in 2019 gedoopt?", "nl"),
        ("Woonde uw vriend in 2018 in Teheran?", "nl"),
    ],
)
def test_identity_intimacy_or_faith_is_never_just_a_fact(text: str, lang: str) -> None:
    for ui_lang in ("en", "nl"):
        for finding in check_question(text, lang, ui_lang=ui_lang):  # type: ignore[arg-type]
            assert "fine" not in finding.message and "prima" not in finding.message, finding.message
