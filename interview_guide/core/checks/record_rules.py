"""Record-aware checks: what a question means at this point of this hearing (issue 11, point 5).

A question is read against the entries before it and the reference frame:

- the officer is the first to use a loaded word (shame, struggle, accept, coming out, sin ...) that the
  applicant has not used: a hint;
- a word the applicant rejects or does not use for themself (reference frame): a warning;
- a closed question on a topic before any open question on it: a hint;
- the same fact asked for the third time or more: a warning (pressure to test consistency);
- an experience told without any question on what it meant to the applicant: a line on the review page.

Core code: no Qt. Messages come in the language asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks import record_concepts as rc
from interview_guide.core.checks.analysis import (
    ASK_FORMS,
    Analysis,
    Form,
    Token,
    Topic,
    analyse,
    detect_language,
)
from interview_guide.core.checks.analysis import topic as topic_of
from interview_guide.core.checks.concepts import Concept
from interview_guide.core.checks.hits import Severity
from interview_guide.core.checks.record_messages import record_message
from interview_guide.core.hearing import Entry, Hearing
from interview_guide.core.text import Lang


class RecordKind(StrEnum):
    """What a record-aware check found."""

    LOADED_WORD = "loaded-word-first"
    REJECTED_TERM = "rejected-term"
    CLOSED_BEFORE_OPEN = "closed-before-open"
    REPEATED_FACT = "repeated-fact"
    MEANING_NOT_ASKED = "meaning-not-asked"


SEVERITY: dict[RecordKind, Severity] = {
    RecordKind.LOADED_WORD: Severity.HINT,
    RecordKind.REJECTED_TERM: Severity.WARN,
    RecordKind.CLOSED_BEFORE_OPEN: Severity.HINT,
    RecordKind.REPEATED_FACT: Severity.WARN,
    RecordKind.MEANING_NOT_ASKED: Severity.HINT,
}
REPEAT_LIMIT = 3  # the third time the same fact is asked, it becomes pressure
MEANING_WINDOW = 5  # how many later questions in the same theme may still ask what it meant
_NARRATIVE_WORDS = 25  # an answer this long that tells events is an experience
_PROCEDURAL_THEMES = frozenset({"opening", "closing"})  # the start and end of a hearing tell no experience
_TOPIC_PATTERNS = {
    Topic.IDENTITY: lx.IDENTITY,
    Topic.FEELINGS: lx.FEELINGS,
    Topic.RELATIONSHIP: lx.RELATIONSHIP,
    Topic.FAITH: lx.FAITH,
    Topic.FAMILY: lx.FAMILY,
    Topic.RETURN: lx.RETURN,
}


@dataclass(frozen=True)
class RecordFinding:
    """One thing the record says about a question (or, for ``MEANING_NOT_ASKED``, about an answer).

    Attributes:
        kind: what was found.
        severity: hint or warn.
        message: why, in the language asked for.
        term: the word concerned (a loaded or rejected word), if any.
        entries: the numbers of the earlier entries it refers to (the earlier times a fact was asked;
            the entry whose experience was not asked about).
    """

    kind: RecordKind
    severity: Severity
    message: str
    term: str = ""
    entries: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Question:
    """What the record checks need to know about one question."""

    words: tuple[Token, ...]
    closed: bool
    open: bool
    topic: Topic
    topics: frozenset[Topic]  # every personal topic the question touches
    names: frozenset[str]
    facts: frozenset[str]  # content lemmas of a fact question (empty when it is not one)
    fact_kinds: frozenset[str]  # time, place, person, number
    meaning: bool
    narrative: bool


@lru_cache(maxsize=4096)
def _question(text: str, lang: Lang) -> _Question:
    analysis = analyse(text, lang, frozenset(), None)
    forms = [s.form for s in analysis.asks]
    closed = any(f in (Form.YES_NO, Form.DECLARATIVE) for f in forms) and any(
        s.question_mark for s in analysis.asks
    )
    opened = any(f in ASK_FORMS and f is not Form.YES_NO for f in forms)
    words = analysis.tokens
    names = frozenset(
        t.text for t in words if t.capitalised and t.start not in analysis.sentence_starts and len(t.text) > 2
    )
    return _Question(
        words=words,
        closed=closed and not opened,
        open=opened,
        topic=topic_of(analysis),
        topics=frozenset(t for t, pattern in _TOPIC_PATTERNS.items() if pattern.search(analysis.lower)),
        names=names,
        facts=_fact_content(analysis),
        fact_kinds=frozenset(k for k, c in rc.FACT_KINDS.items() if c.first(words) is not None),
        meaning=rc.MEANING.first(words) is not None,
        narrative=rc.NARRATIVE_QUESTION.first(words) is not None,
    )


@lru_cache(maxsize=4096)
def _answer_words(text: str) -> tuple[Token, ...]:
    return analyse(text, detect_language(text), frozenset(), None).tokens


@lru_cache(maxsize=4096)
def _names_in(text: str) -> frozenset[str]:
    return frozenset(t.text for t in _answer_words(text) if t.capitalised and len(t.text) > 2)


def _fact_content(analysis: Analysis) -> frozenset[str]:
    """The content lemmas of a question that fixes a fact (when, where, who, a date ...); else empty."""
    kinds = [c for c in rc.FACT_KINDS.values() if c.first(analysis.tokens) is not None]
    if not kinds and not lx.FACT.search(analysis.lower):
        return frozenset()
    stop = _STOP[analysis.lang]
    return frozenset(t.lemma for t in analysis.tokens if t.lemma not in stop and t.text not in stop)


_STOP: dict[Lang, frozenset[str]] = {
    "en": lx.EN_MARKERS
    | lx.EN_AUX
    | lx.EN_SUBJECTS
    | lx.EN_PREPOSITIONS
    | lx.EN_WH
    | lx.EN_DISCOURSE
    | lx.words(
        "be do have tell me please again exactly once more still he she they him her it year date name"
    ),
    "nl": lx.NL_MARKERS
    | lx.NL_SUBJECTS
    | lx.NL_PREPOSITIONS
    | lx.NL_WH
    | lx.NL_DISCOURSE
    | lx.words("zijn hebben worden zullen kunnen willen nog eens precies opnieuw nogmaals jaar datum naam"),
}


def _lang(text: str) -> Lang:
    return detect_language(text)


def check_in_record(
    hearing: Hearing,
    text: str,
    *,
    before: int | None = None,
    theme_id: str | None = None,
    lang: Lang | None = None,
    ui_lang: Lang = "en",
) -> list[RecordFinding]:
    """What the record says about asking ``text`` now.

    Args:
        hearing: the record.
        text: the question.
        before: the number of the entry the question belongs to (only earlier entries count); None: the
            question is about to be asked, after every entry so far.
        theme_id: the theme the question is asked in (unused for now beyond ordering; kept for callers).
        lang: the language of the question; detected when None.
        ui_lang: the language of the messages.

    Returns:
        The findings, warnings first.
    """
    if not text.strip():
        return []
    question_lang = lang or _lang(text)
    question = _question(text, question_lang)
    earlier = [e for e in hearing.entries if before is None or e.number < before]
    findings: list[RecordFinding] = []
    findings += _rejected(hearing, question, ui_lang)
    findings += _loaded(hearing, earlier, question, ui_lang)
    findings += _closed_before_open(earlier, question, ui_lang)
    findings += _repeated(earlier, question, ui_lang)
    return sorted(findings, key=lambda f: -f.severity.rank)


def _rejected(hearing: Hearing, question: _Question, ui_lang: Lang) -> list[RecordFinding]:
    found = []
    for term in rejected_terms(hearing.reference_frame.rejected_terms):
        concept = _term_concept(term)
        if concept.first(question.words) is not None:
            own = hearing.reference_frame.own_terms.strip()
            found.append(
                RecordFinding(
                    RecordKind.REJECTED_TERM,
                    SEVERITY[RecordKind.REJECTED_TERM],
                    record_message(RecordKind.REJECTED_TERM, ui_lang, term=term, own=own),
                    term=term,
                )
            )
    return found


def rejected_terms(field: str) -> list[str]:
    """The terms of the reference frame's ``rejected_terms`` field (one per line, or comma-separated)."""
    return [t.strip() for t in re.split(r"[\n,;]+", field) if t.strip()]


@lru_cache(maxsize=256)
def _term_concept(term: str) -> Concept:
    words = [t for t in analyse(term, _lang(term), frozenset(), None).tokens]
    if len(words) == 1:
        return Concept(term, f"{words[0].text} {words[0].lemma}")
    return Concept(term, "", phrases=(" ".join(f"{w.text}|{w.lemma}" for w in words),))


def _loaded(
    hearing: Hearing, earlier: Sequence[Entry], question: _Question, ui_lang: Lang
) -> list[RecordFinding]:
    found = []
    for concept in rc.LOADED.values():
        span = concept.first(question.words)
        if span is None:
            continue
        said = [_answer_words(e.answer_text) for e in earlier if e.answer_text.strip()]
        said.append(_answer_words(hearing.reference_frame.own_terms))
        if any(concept.first(words) is not None for words in said):
            continue
        term = next(w.text for w in question.words if w.start >= span[0])
        found.append(
            RecordFinding(
                RecordKind.LOADED_WORD,
                SEVERITY[RecordKind.LOADED_WORD],
                record_message(RecordKind.LOADED_WORD, ui_lang, term=term),
                term=term,
            )
        )
        break
    return found


def _closed_before_open(earlier: Sequence[Entry], question: _Question, ui_lang: Lang) -> list[RecordFinding]:
    if not question.closed or question.topic is Topic.PROCEDURE or not (question.topics or question.names):
        return []
    for entry in earlier:
        before = _question(entry.question_text, _lang(entry.question_text))
        if not before.open:
            continue
        if question.names:
            # A person is the topic: asked about openly, or brought up in answer to an open question.
            if question.names & (before.names | _names_in(entry.answer_text)):
                return []
        elif question.topics & before.topics:
            return []
    return [
        RecordFinding(
            RecordKind.CLOSED_BEFORE_OPEN,
            SEVERITY[RecordKind.CLOSED_BEFORE_OPEN],
            record_message(RecordKind.CLOSED_BEFORE_OPEN, ui_lang),
        )
    ]


def _repeated(earlier: Sequence[Entry], question: _Question, ui_lang: Lang) -> list[RecordFinding]:
    if len(question.facts) < 1:
        return []
    same = []
    for entry in earlier:
        before = _question(entry.question_text, _lang(entry.question_text))
        if before.facts and _same_fact(question, before):
            same.append(entry.number)
    if len(same) + 1 < REPEAT_LIMIT:
        return []
    return [
        RecordFinding(
            RecordKind.REPEATED_FACT,
            SEVERITY[RecordKind.REPEATED_FACT],
            record_message(RecordKind.REPEATED_FACT, ui_lang, count=len(same) + 1, entries=same),
            entries=tuple(same),
        )
    ]


def _same_fact(one: _Question, other: _Question) -> bool:
    """Whether two fact questions ask the same: the same kind of fact about the same content."""
    a, b = one.facts, other.facts
    shared = a & b
    overlap = len(shared) / len(a | b) if a | b else 0.0
    if one.fact_kinds & other.fact_kinds and shared and overlap >= 1 / 3:
        return True
    return len(shared) >= 2 and overlap >= 0.5


@dataclass(frozen=True)
class RecordReview:
    """The record-aware findings over a whole hearing, for the review page.

    Attributes:
        by_entry: for each entry with findings, what the record said about its question when asked.
        unexplored: for each entry whose answer told an experience that no question asked the meaning
            of, a ``MEANING_NOT_ASKED`` finding.
    """

    by_entry: dict[int, tuple[RecordFinding, ...]]
    unexplored: dict[int, RecordFinding]


def review_record(hearing: Hearing, ui_lang: Lang = "en") -> RecordReview:
    """Check every question against the entries before it, and find experiences without meaning.

    Args:
        hearing: the record.
        ui_lang: the language of the messages.

    Returns:
        The findings per entry and the experiences whose meaning was not asked.
    """
    by_entry: dict[int, tuple[RecordFinding, ...]] = {}
    for entry in hearing.entries:
        found = check_in_record(hearing, entry.question_text, before=entry.number, ui_lang=ui_lang)
        if found:
            by_entry[entry.number] = tuple(found)
    return RecordReview(by_entry, unexplored_experiences(hearing, ui_lang))


def unexplored_experiences(hearing: Hearing, ui_lang: Lang = "en") -> dict[int, RecordFinding]:
    """The entries whose answer told an experience that no question asked the meaning of.

    An answer tells an experience when it is long enough and tells events, or answers a request to tell
    or describe what happened. The meaning counts as asked when the same question, or one of the next
    ``MEANING_WINDOW`` questions in the same theme, asks what it meant, how the applicant felt or lived it.
    """
    entries = list(hearing.entries)
    found: dict[int, RecordFinding] = {}
    for index, entry in enumerate(entries):
        if not _tells_experience(entry):
            continue
        following = [e for e in entries[index : index + 1 + MEANING_WINDOW] if e.theme_id == entry.theme_id]
        if any(_question(e.question_text, _lang(e.question_text)).meaning for e in following):
            continue
        found[entry.number] = RecordFinding(
            RecordKind.MEANING_NOT_ASKED,
            SEVERITY[RecordKind.MEANING_NOT_ASKED],
            record_message(RecordKind.MEANING_NOT_ASKED, ui_lang, entries=[entry.number]),
            entries=(entry.number,),
        )
    return found


def _tells_experience(entry: Entry) -> bool:
    answer = entry.answer_text.strip()
    if not answer or entry.theme_id in _PROCEDURAL_THEMES:
        return False
    words = _answer_words(answer)
    if len(words) < _NARRATIVE_WORDS:
        return False
    events = len({w.lemma for w in words if rc.EVENT.word_matches(w)})
    question = _question(entry.question_text, _lang(entry.question_text))
    if question.topic is Topic.PROCEDURE:
        return False
    return events >= 3 or (question.narrative and events >= 2)
