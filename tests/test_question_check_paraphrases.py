"""Guards against a shallow job: each safety family holds on paraphrases without its own cue words.

For sexual images, sexual acts and the body in a sexual or medical sense, tests/data holds at least 20
paraphrases per language that avoid every cue word the domain brief lists for the family (B.3) and the
words of the body-medical definition. The checker must block each with the family's category, named
first. The lemmatiser is pinned; these tests also fail when a new release normalises differently.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview_guide.core.checks.normalise import lemma, near, separable_lemmas
from interview_guide.core.question_check import Severity, check_question

DATA = Path(__file__).resolve().parent / "data" / "question_check_paraphrases.yaml"
FAMILIES: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))["families"]
INFLECTIONS = ("", "s", "'s", "en", "e", "es", "je", "jes")
CASES = [
    (family, lang, text) for family, spec in FAMILIES.items() for lang in ("en", "nl") for text in spec[lang]
]


def _cues_in(text: str, cues: list[str]) -> list[str]:
    words = re.findall(r"[^\W_]+", text.lower())
    return [w for w in words for c in cues if w.startswith(c) and w[len(c) :] in INFLECTIONS]


def test_every_safety_family_has_twenty_paraphrases_per_language() -> None:
    assert set(FAMILIES) == {"sexual-image-request", "sexual-explicit", "body-medical"}
    for spec in FAMILIES.values():
        for lang in ("en", "nl"):
            assert len(spec[lang]) >= 20
            assert len(set(spec[lang])) == len(spec[lang])


@pytest.mark.parametrize(("family", "lang", "text"), CASES)
def test_paraphrase_has_no_cue_word_and_is_blocked(family: str, lang: str, text: str) -> None:
    assert not _cues_in(text, FAMILIES[family]["cues"])
    findings = check_question(text, lang)  # type: ignore[arg-type]
    assert findings, "not flagged"
    first = findings[0]
    assert (first.category.value, first.severity) == (family, Severity.BLOCK), [
        (f.category.value, f.severity.value, f.rule_id) for f in findings
    ]


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("gevreeën", "nl", "vrijen"),
        ("uitgekleed", "nl", "uitkleden"),
        ("opgenomen", "nl", "opnemen"),
        ("geopereerd", "nl", "opereren"),
        ("hormonen", "nl", "hormoon"),
        ("schaamde", "nl", "schamen"),
        ("slept", "en", "sleep"),
        ("recordings", "en", "recording"),
        ("surgeries", "en", "surgery"),
        ("ashamed", "en", "ashamed"),
    ],
)
def test_the_pinned_lemmatiser_normalises_inflections(word: str, lang: str, expected: str) -> None:
    assert lemma(word, lang) == expected  # type: ignore[arg-type]


def test_separable_dutch_verbs_are_put_back_together() -> None:
    assert "uitkleden" in separable_lemmas(["hij", "kleden", "zich", "uit"], "nl")
    assert "opnemen" in separable_lemmas(["zij", "nemen", "het", "gesprek", "op"], "nl")
    assert not separable_lemmas(["hij", "kleden", "zich"], "nl")
    findings = check_question("Kleedde hij zich toen helemaal uit?", "nl")
    assert findings and findings[0].severity is Severity.BLOCK


def test_one_typing_error_is_forgiven_in_long_words() -> None:
    assert near("photgraphs", "photographs") and near("hormoonen", "hormonen")
    assert near("intiem", "inteim")
    assert not near("bed", "bet") and not near("hormonen", "harmonie")
    assert check_question("Do you have any intimiate recordings of him?", "en")[0].severity is Severity.BLOCK


def test_the_lemmatiser_ships_its_own_dictionaries() -> None:
    import simplemma

    folder = Path(simplemma.__file__).parent / "strategies" / "dictionaries" / "data"
    assert (folder / "nl.plzma").is_file() and (folder / "en.plzma").is_file()
