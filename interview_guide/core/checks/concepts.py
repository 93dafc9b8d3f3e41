"""Concepts: a meaning, written down as the Dutch and English words and phrases that carry it.

A concept matches the normalised words of a question (see ``normalise``): a word's surface form or its
lemma, a Dutch compound by its head or modifier, a separable verb put back together, or a word with one
typing error. The rules combine concepts ("a media word with an intimate context"), so that no single
listed phrase decides and another inflection or word order does not defeat them.

Pattern syntax, one pattern per whitespace-separated item:

- ``photo``: the word or its lemma; ``foto*``: starts with (a modifier: "fotoalbum"); ``*foto``: ends
  with (a Dutch compound head: "naaktfoto"); ``*naakt*``: contains.
- ``-voorbeeld``, ``-*voorbeeld``: never counts, even when another pattern matches the word.
- Phrases (given apart): words in order with at most two other words between them (``go to bed``); an
  element may list alternatives with ``|`` (``sleep|slept with``); a phrase starting with ``@`` is
  matched in any order within eight words (Dutch word order: ``@naar bed gaan``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from interview_guide.core.checks.normalise import near

_TYPO_MIN = 6  # a word needs six letters before a typing error is forgiven
_UNKNOWN = "\0unknown"  # the key of the unknown long words in an index of forms


class Word(Protocol):
    """What a concept needs to know about one word of the question."""

    @property
    def text(self) -> str: ...  # lower case, as typed

    @property
    def lemma(self) -> str: ...

    @property
    def extras(self) -> tuple[str, ...]: ...  # further lemmas (a separable verb put together)

    @property
    def unknown(self) -> bool: ...  # the dictionary does not know it (a name, a typo)

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class _Pattern:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    infixes: tuple[str, ...]
    not_exact: frozenset[str]
    not_prefixes: tuple[str, ...]
    not_suffixes: tuple[str, ...]
    simple: bool = False  # whole words only: a set lookup decides
    typo_targets: tuple[str, ...] = ()  # the words long enough to forgive a typing error in
    # Whether a word (its forms) matches: the same words come back on every keystroke.
    _memo: dict[tuple[str, str, tuple[str, ...], bool], bool] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @classmethod
    def parse(cls, items: Iterable[str]) -> _Pattern:
        exact: set[str] = set()
        prefixes: list[str] = []
        suffixes: list[str] = []
        infixes: list[str] = []
        not_exact: set[str] = set()
        not_prefixes: list[str] = []
        not_suffixes: list[str] = []
        for raw in items:
            negative = raw.startswith("-") and len(raw) > 1
            item = raw[1:] if negative else raw
            item = item.lower()
            if item.startswith("*") and item.endswith("*") and len(item) > 2:
                infixes.append(item[1:-1])
            elif item.endswith("*"):
                (not_prefixes if negative else prefixes).append(item[:-1])
            elif item.startswith("*"):
                (not_suffixes if negative else suffixes).append(item[1:])
            else:
                (not_exact if negative else exact).add(item)
        return cls(
            frozenset(exact),
            tuple(prefixes),
            tuple(suffixes),
            tuple(infixes),
            frozenset(not_exact),
            tuple(not_prefixes),
            tuple(not_suffixes),
            not (prefixes or suffixes or infixes or not_prefixes or not_suffixes),
            tuple(sorted(w for w in exact if len(w) >= _TYPO_MIN)),
        )

    def positions(self, words: Sequence[Word], index: dict[str, list[int]]) -> list[int]:
        """The indices of the words that match, using an index of the words' forms when it can."""
        if not self.simple:
            return [i for i, word in enumerate(words) if self.matches(word)]
        found = {i for form in self.exact for i in index.get(form, ())}
        if self.typo_targets:
            found.update(i for i in index.get(_UNKNOWN, ()) if self.matches(words[i]))
        return sorted(i for i in found if self.matches(words[i]))

    def _form(self, form: str) -> bool:
        if form in self.exact:
            return True
        if self.prefixes and form.startswith(self.prefixes):
            return True
        if self.suffixes and form.endswith(self.suffixes):
            return True
        return any(infix in form for infix in self.infixes)

    def _excluded(self, form: str) -> bool:
        return (
            form in self.not_exact
            or bool(self.not_prefixes and form.startswith(self.not_prefixes))
            or bool(self.not_suffixes and form.endswith(self.not_suffixes))
        )

    def matches(self, word: Word) -> bool:
        if self.simple and not (word.unknown and self.typo_targets):  # whole words: a set lookup is enough
            if word.text in self.exact or word.lemma in self.exact:
                return word.text not in self.not_exact and word.lemma not in self.not_exact
            return any(extra in self.exact for extra in word.extras)
        key = (word.text, word.lemma, word.extras, word.unknown)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > 20000:
                self._memo.clear()
            found = self._memo[key] = self._matches(word)
        return found

    def _matches(self, word: Word) -> bool:
        forms = (word.text, word.lemma, *word.extras)
        if any(self._excluded(form) for form in forms[:2]):
            return False
        if any(self._form(form) for form in forms):
            return True
        if word.unknown and len(word.text) >= _TYPO_MIN:
            return any(near(word.text, target) for target in self.typo_targets)
        return False


@dataclass(frozen=True)
class _Phrase:
    elements: tuple[_Pattern, ...]
    any_order: bool

    @classmethod
    def parse(cls, text: str) -> _Phrase:
        any_order = text.startswith("@")
        body = text[1:] if any_order else text
        elements = tuple(_Pattern.parse(element.split("|")) for element in body.split())
        return cls(elements, any_order)

    def find(self, words: Sequence[Word], index: dict[str, list[int]]) -> tuple[int, int] | None:
        """The first and last index of the words that make up the phrase, or None."""
        positions = []
        for element in self.elements:
            found = element.positions(words, index)
            if not found:
                return None
            positions.append(found)
        if self.any_order:
            return self._find_any_order(positions)
        for first in positions[0]:
            last = first
            for found in positions[1:]:
                nxt = next((i for i in found if last < i <= last + 3), None)
                if nxt is None:
                    break
                last = nxt
            else:
                return first, last
        return None

    @staticmethod
    def _find_any_order(positions: list[list[int]]) -> tuple[int, int] | None:
        window = 8
        for start in sorted({i for found in positions for i in found}):
            chosen: list[int] = []
            for found in positions:
                pos = next((i for i in found if start <= i < start + window and i not in chosen), None)
                if pos is None:
                    break
                chosen.append(pos)
            else:
                return min(chosen), max(chosen)
        return None


class Concept:
    """A meaning: the words and phrases that carry it, in Dutch and English together."""

    def __init__(self, name: str, words: str = "", phrases: Sequence[str] = ()) -> None:
        """A concept.

        Args:
            name: what it stands for (for messages to developers).
            words: whitespace-separated word patterns (see the module docstring).
            phrases: phrase patterns (see the module docstring).
        """
        self.name = name
        self._words = _Pattern.parse(words.split())
        self._phrases = tuple(_Phrase.parse(p) for p in phrases)

    def spans(self, words: Sequence[Word]) -> list[tuple[int, int]]:
        """Where the concept occurs among ``words``: character spans, in order of position."""
        found = [(w.start, w.end) for w in words if self._words.matches(w)]
        index = _index(words) if self._phrases else {}
        for phrase in self._phrases:
            hit = phrase.find(words, index)
            if hit is not None:
                found.append((words[hit[0]].start, words[hit[1]].end))
        return sorted(found)

    def first(self, words: Sequence[Word]) -> tuple[int, int] | None:
        """The first place the concept occurs among ``words``, or None."""
        spans = self.spans(words)
        return spans[0] if spans else None

    def word_matches(self, word: Word) -> bool:
        """Whether one word carries the concept on its own (phrases are not considered)."""
        return self._words.matches(word)

    def __or__(self, other: Concept) -> Concept:
        union = Concept(f"{self.name}|{other.name}")
        union._words = _merge(self._words, other._words)
        union._phrases = self._phrases + other._phrases
        return union

    def __repr__(self) -> str:
        return f"Concept({self.name!r})"


def _merge(a: _Pattern, b: _Pattern) -> _Pattern:
    return _Pattern(
        a.exact | b.exact,
        a.prefixes + b.prefixes,
        a.suffixes + b.suffixes,
        a.infixes + b.infixes,
        a.not_exact | b.not_exact,
        a.not_prefixes + b.not_prefixes,
        a.not_suffixes + b.not_suffixes,
        a.simple and b.simple,
        a.typo_targets + b.typo_targets,
    )


_LAST_INDEX: list[tuple[Sequence[Word], dict[str, list[int]]]] = []


def _index(words: Sequence[Word]) -> dict[str, list[int]]:
    """Where each form (text, lemma, separable lemma) occurs among ``words``; the last one is kept,
    because the rules ask many concepts about the same words in a row."""
    if _LAST_INDEX and _LAST_INDEX[0][0] is words:
        return _LAST_INDEX[0][1]
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        for form in {word.text, word.lemma, *word.extras}:
            index.setdefault(form, []).append(i)
        if word.unknown and len(word.text) >= _TYPO_MIN:
            index.setdefault(_UNKNOWN, []).append(i)
    _LAST_INDEX[:] = [(words, index)]
    return index
