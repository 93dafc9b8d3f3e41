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
from dataclasses import dataclass
from typing import Protocol

from interview_guide.core.checks.normalise import near

_TYPO_MIN = 6  # a word needs six letters before a typing error is forgiven


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
        )

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
        forms = (word.text, word.lemma, *word.extras)
        if any(self._excluded(form) for form in forms[:2]):
            return False
        if any(self._form(form) for form in forms):
            return True
        if word.unknown and len(word.text) >= _TYPO_MIN:
            return any(near(word.text, target) for target in self.exact if len(target) >= _TYPO_MIN)
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

    def find(self, words: Sequence[Word]) -> tuple[int, int] | None:
        """The first and last index of the words that make up the phrase, or None."""
        if self.any_order:
            return self._find_any_order(words)
        for first, word in enumerate(words):
            if not self.elements[0].matches(word):
                continue
            last = first
            for element in self.elements[1:]:
                nxt = next(
                    (i for i in range(last + 1, min(last + 4, len(words))) if element.matches(words[i])),
                    None,
                )
                if nxt is None:
                    break
                last = nxt
            else:
                return first, last
        return None

    def _find_any_order(self, words: Sequence[Word]) -> tuple[int, int] | None:
        window = 8
        for first in range(len(words)):
            stretch = words[first : first + window]
            positions: list[int] = []
            for element in self.elements:
                pos = next(
                    (i for i, w in enumerate(stretch) if element.matches(w) and i not in positions), None
                )
                if pos is None:
                    break
                positions.append(pos)
            else:
                return first + min(positions), first + max(positions)
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
        for phrase in self._phrases:
            hit = phrase.find(words)
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
    )
