"""The blind held-out set is the one committed before the rules changed, and has the expected shape.

Nobody on the team reads this set (docs/question-check-blind/README.md): these tests check its hash and
its shape only, and their messages never show an item. The checker is evaluated on it once, at the end
of issue 11, with ``scripts/eval_question_check.py --split blind`` (aggregate figures only).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview_guide.core.question_check import CATEGORY_ORDER

DATA = Path(__file__).resolve().parent / "data"
PINNED = {
    "en": "8acd085e3380e4179a25875840026153f86f397b2e23c0e2fa81d2ced2bab7f8",
    "nl": "1d57c2266b1b157a3171255cb830be9fd0085be739fd267d90f416d9032429f3",
}
ITEMS_PER_LANGUAGE = 165


def _path(lang: str) -> Path:
    return DATA / f"question_check_blind_{lang}.yaml"


def _items(lang: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load(_path(lang).read_text(encoding="utf-8"))["items"]
    return items


@pytest.mark.parametrize("lang", sorted(PINNED))
def test_the_blind_set_is_the_committed_one(lang: str) -> None:
    digest = hashlib.sha256(_path(lang).read_bytes()).hexdigest()
    same = digest == PINNED[lang]
    assert same, f"the blind set ({lang}) changed after it was committed; it must never be edited"


@pytest.mark.parametrize("lang", sorted(PINNED))
def test_the_blind_set_has_the_expected_shape(lang: str) -> None:
    items = _items(lang)
    count_ok = len(items) == ITEMS_PER_LANGUAGE
    assert count_ok, f"the blind set ({lang}) should hold {ITEMS_PER_LANGUAGE} items"
    keys_ok = all(set(item) == {"text", "lang", "labels", "main"} for item in items)
    assert keys_ok, "an item of the blind set has unexpected keys"
    lang_ok = all(item["lang"] == lang for item in items)
    assert lang_ok, "an item of the blind set is in another language than its file"
    text_ok = all(isinstance(item["text"], str) and item["text"].strip() for item in items)
    assert text_ok, "an item of the blind set has no text"


def test_the_blind_set_uses_the_checkers_category_ids() -> None:
    known = {category.value for category in CATEGORY_ORDER}
    items = _items("nl") + _items("en")
    ids_ok = all(set(item["labels"]) <= known for item in items)
    assert ids_ok, "a label of the blind set is not a category id of the checker"
    main_ok = all(
        (item["main"] in item["labels"]) if item["labels"] else item["main"] is None for item in items
    )
    assert main_ok, "an item of the blind set has a main category outside its labels"
    mains = {item["main"] for item in items if item["labels"]}
    covered = mains == known
    assert covered, "the blind set should have bad questions with every category as the main one"
    good = sum(1 for item in items if not item["labels"])
    assert good >= 60, "the blind set should have good questions too"
