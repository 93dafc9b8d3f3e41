"""Normalises the words of a question before the rules run, so that meaning and not spelling decides.

Every word gets its dictionary form from simplemma (a pinned, well-kept lemmatiser from PyPI that ships
its own dictionaries: nothing is downloaded at run time). A Dutch separable verb gets its whole lemma
back from the particle at the end of the clause ("kleedde hij zich uit" also counts as "uitkleden"), and
a word the dictionary does not know is matched to the rules' own vocabulary with one typing error
allowed, so that "photgraphs" still reads as "photographs".
"""

from __future__ import annotations

from functools import lru_cache

import simplemma

from interview_guide.core.text import Lang

# Particles that split off a Dutch verb in a main clause ("hij kleedde zich uit", "zij nam het op").
NL_PARTICLES = frozenset(
    "uit op aan af in mee terug door over voor na toe weg samen bloot vast open dicht neer bij binnen "
    "buiten langs rond thuis kwijt los achter om tegen bekend klaar".split()
)


# Informal English typed in a hurry: "r u ok", "ur partner".
_EN_TEXT_SPEAK = {"u": "you", "ur": "your", "r": "be", "ya": "you", "pics": "pic", "coz": "because"}


@lru_cache(maxsize=65536)
def lemma(word: str, lang: Lang) -> str:
    """The dictionary form of ``word`` (lower case) in ``lang``; the word itself when unknown.

    Args:
        word: one word, lower case.
        lang: "nl" or "en".

    Returns:
        The lemma, lower case.
    """
    if lang == "en" and word in _EN_TEXT_SPEAK:
        return _EN_TEXT_SPEAK[word]
    try:
        result = simplemma.lemmatize(word, lang=lang)
    except ValueError:  # simplemma refuses some odd strings; the word then stands for itself
        return word
    # simplemma marks the particle of a separable verb ("op_nemen"); the rules use the whole word.
    return result.lower().replace("_", "")


@lru_cache(maxsize=65536)
def known(word: str, lang: Lang) -> bool:
    """Whether the lemmatiser's dictionary knows ``word`` (unknown words may be typing errors)."""
    try:
        return bool(simplemma.is_known(word, lang=lang))
    except ValueError:
        return False


def warm_up() -> None:
    """Load the lemmatiser's Dutch and English dictionaries now (about a second), so that the first
    question the officer types is checked at once. Safe to call from a background thread."""
    lemma("huis", "nl")
    lemma("house", "en")


def separable_lemmas(lemmas: list[str], lang: Lang) -> set[str]:
    """The whole lemmas of Dutch separable verbs whose particle stands apart later in the clause.

    Args:
        lemmas: the lemmas of one clause, in order.
        lang: the language of the clause; only Dutch has separable verbs in this sense.

    Returns:
        Lemmas such as "uitkleden" or "opnemen", for each particle that completes an earlier verb.
    """
    if lang != "nl" or len(lemmas) < 2:
        return set()
    found: set[str] = set()
    for index, particle in enumerate(lemmas):
        if particle not in NL_PARTICLES or index == 0:
            continue
        for verb in lemmas[:index]:
            if len(verb) < 3 or not verb.endswith("en"):
                continue
            whole = particle + verb
            if known(whole, lang) and lemma(whole, lang) == whole:
                found.add(whole)
    return found


def near(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one typing error (a letter wrong, missing, extra or swapped).

    Only words of six letters or more are compared: shorter words are too close to each other.
    """
    if word == target:
        return True
    if min(len(word), len(target)) < 6 or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == target[diffs[1]]
            and word[diffs[1]] == target[diffs[0]]
        )
    longer, shorter = (word, target) if len(word) > len(target) else (target, word)
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1 :] == shorter:
            return True
    return False
