"""Shallow grammar of a typed question: language, sentences, clause form (open, yes/no, request) and topic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks.normalise import NL_PARTICLES, known, lemma, separable_lemmas
from interview_guide.core.hearing import ClaimType
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import Lang

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.?!]+(?=\s|$)")
_SEGMENT_BREAK = re.compile(r"[,;:]|\s[-–—]\s")


class Form(StrEnum):
    """The grammatical form of one clause."""

    WH = "wh"  # an open question word leads the clause: what, how, waarom ...
    YES_NO = "yes-no"  # auxiliary or inverted verb first: did you, bent u ...
    INVITATION = "invitation"  # yes/no on the surface, a request to tell or describe in fact
    REQUEST = "request"  # an imperative: tell me, beschrijf ...
    DECLARATIVE = "declarative"  # subject first: "you were afraid?"
    SUBORDINATE = "subordinate"  # a fronted clause: when you lived there, ...
    PREAMBLE = "preamble"  # a prepositional phrase or a discourse marker
    OTHER = "other"


ASK_FORMS = frozenset({Form.WH, Form.YES_NO, Form.INVITATION, Form.REQUEST})


@dataclass(frozen=True)
class Token:
    """A word with its position in the question text and its normalised forms."""

    text: str  # lower case
    start: int
    end: int
    capitalised: bool
    lemma: str = ""  # the dictionary form ("gevreeën" -> "vrijen", "photos" -> "photo")
    extras: tuple[str, ...] = ()  # more lemmas: a Dutch separable verb put back together
    unknown: bool = False  # the dictionary does not know the word (a name, a typing error)


@dataclass(frozen=True)
class Segment:
    """A stretch of a sentence between commas, semicolons or dashes."""

    start: int
    end: int
    tokens: tuple[Token, ...]
    form: Form
    head: int  # index of the first token after discourse markers


@dataclass(frozen=True)
class Sentence:
    """One sentence, its segments and whether it asks something."""

    start: int
    end: int
    text: str
    question_mark: bool
    segments: tuple[Segment, ...]

    @property
    def form(self) -> Form:
        """The form of the clause that carries the sentence: the first asking segment, else the first."""
        for segment in self.segments:
            if segment.form in ASK_FORMS:
                return segment.form
        for segment in self.segments:
            if segment.form not in (Form.PREAMBLE, Form.SUBORDINATE):
                return segment.form
        return Form.OTHER

    @property
    def is_ask(self) -> bool:
        """Whether the sentence asks the applicant something (a question or a request)."""
        return self.question_mark or self.form in (Form.REQUEST, Form.INVITATION)


@dataclass(frozen=True)
class Analysis:
    """Everything the rule families need to know about one question."""

    text: str
    lower: str
    lang: Lang
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    claim_types: frozenset[ClaimType]
    frame: ReferenceFrame | None
    sentence_starts: frozenset[int]

    @property
    def asks(self) -> tuple[Sentence, ...]:
        """The sentences that ask something, without bare "why?" tails."""
        return tuple(s for s in self.sentences if s.is_ask and not _is_tail(s.text, self.lang))

    def quoted(self, position: int) -> bool:
        """Whether a character position lies in words the question quotes from the applicant: a sentence
        that only reports what they said ("You said you felt ashamed."), or the reported clause of an
        asking sentence up to the next comma."""
        sentence = self.sentence_of(position)
        if sentence is None:
            return False
        echo = lx.ECHO.search(self.lower, sentence.start, sentence.end)
        if echo is None or position < echo.start():
            return False
        if not sentence.is_ask:
            return True
        segment = next((s for s in sentence.segments if s.start <= echo.start() < s.end), None)
        return segment is not None and position < segment.end

    @property
    def word_count(self) -> int:
        """The number of words in the question."""
        return len(self.tokens)

    def words(self, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
        """The words between two character positions (default: the whole question)."""
        if start == 0 and end is None:
            return self.tokens
        stop = len(self.text) if end is None else end
        return tuple(t for t in self.tokens if t.start >= start and t.end <= stop)

    def sentence_of(self, position: int) -> Sentence | None:
        """The sentence that holds a character position."""
        return next((s for s in self.sentences if s.start <= position < s.end), None)


def detect_language(text: str) -> Lang:
    """Guess whether a question is Dutch or English from its function words.

    Args:
        text: the question.

    Returns:
        "nl" or "en"; English when there is no evidence either way.
    """
    words = [m.group(0).lower() for m in _WORD.finditer(text)]
    nl = sum(1 for w in words if w in lx.NL_MARKERS)
    en = sum(1 for w in words if w in lx.EN_MARKERS)
    if nl == en:
        nl += sum(1 for w in words if "ij" in w or w.endswith(("en", "heid", "tje")))
        en += sum(1 for w in words if w.endswith(("ing", "ed", "ly", "th")))
    return "nl" if nl > en else "en"


def analyse(
    text: str, lang: Lang, claim_types: frozenset[ClaimType], frame: ReferenceFrame | None
) -> Analysis:
    """Split a question into sentences and segments and classify the form of each segment."""
    text = text.replace("’", "'").replace("‘", "'")
    lower = text.lower()
    if len(lower) != len(text):  # a few Unicode letters change length when lowered
        lower = "".join(ch.lower()[:1] or ch for ch in text)
    tokens = _normalised(_tokens(text, 0, len(text)), text, lang)
    sentences: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        sentences.append(_sentence(text, begin, match.end(), lang))
        begin = match.end()
    if text[begin:].strip():
        sentences.append(_sentence(text, begin, len(text), lang))
    kept = tuple(s for s in sentences if s.segments)
    return Analysis(
        text=text,
        lower=lower,
        lang=lang,
        tokens=tokens,
        sentences=kept,
        claim_types=claim_types,
        frame=frame,
        sentence_starts=frozenset(s.segments[0].tokens[0].start for s in kept),
    )


def _normalised(tokens: list[Token], text: str, lang: Lang) -> tuple[Token, ...]:
    """The tokens with their lemmas, and Dutch separable verbs put together clause by clause."""
    lemmas = [lemma(t.text, lang) for t in tokens]
    extras: dict[int, set[str]] = {}
    if lang == "nl":
        clause: list[int] = []
        for index, token in enumerate(tokens):
            clause.append(index)
            gap = text[token.end : tokens[index + 1].start] if index + 1 < len(tokens) else "."
            if any(mark in gap for mark in ",;:.?!") or index + 1 == len(tokens):
                for whole in separable_lemmas([lemmas[i] for i in clause], lang):
                    particle = next(
                        i for i in clause if whole.startswith(lemmas[i]) and lemmas[i] in NL_PARTICLES
                    )
                    verb = next((i for i in clause if i != particle and whole.endswith(lemmas[i])), particle)
                    extras.setdefault(verb, set()).add(whole)
                    extras.setdefault(particle, set()).add(whole)
                clause = []
    return tuple(
        Token(
            t.text,
            t.start,
            t.end,
            t.capitalised,
            lemmas[i],
            tuple(sorted(extras.get(i, ()))),
            not t.text.isdigit() and not known(t.text, lang),
        )
        for i, t in enumerate(tokens)
    )


def _tokens(text: str, start: int, end: int) -> list[Token]:
    return [
        Token(m.group(0).lower(), m.start(), m.end(), m.group(0)[:1].isupper())
        for m in _WORD.finditer(text, start, end)
    ]


def _sentence(text: str, start: int, end: int, lang: Lang) -> Sentence:
    body = text[start:end]
    segments: list[Segment] = []
    seg_start = start
    for match in _SEGMENT_BREAK.finditer(text, start, end):
        segments.append(_segment(text, seg_start, match.start(), lang, first=not segments))
        seg_start = match.end()
    segments.append(_segment(text, seg_start, end, lang, first=not segments))
    kept = _interrupted_invitation(_conditions(tuple(s for s in segments if s.tokens), lang), lang)
    return Sentence(start, end, body.strip(), body.rstrip().endswith("?"), kept)


def _interrupted_invitation(segments: tuple[Segment, ...], lang: Lang) -> tuple[Segment, ...]:
    """ "Kunt u, gelet op wat u eerder zei, uitleggen ...?": an invitation cut up by an inserted phrase."""
    if len(segments) < 2 or segments[0].form is not Form.YES_NO or len(segments[0].tokens) > 3:
        return segments
    invitation, embedded = (
        (lx.EN_INVITATION, lx.EN_EMBEDDED_YES_NO)
        if lang == "en"
        else (lx.NL_INVITATION, lx.NL_EMBEDDED_YES_NO)
    )
    opening = " ".join(t.text for t in segments[0].tokens)
    for index, segment in enumerate(segments[1:], start=1):
        words = f"{opening} {' '.join(t.text for t in segment.tokens)}"
        if invitation.match(words):
            # One request from "Kunt u" to "uitleggen ..."; the inserted phrase is part of it. "Could you,
            # please, tell me if ..." stays a yes/no question.
            first = segments[0]
            form = Form.YES_NO if embedded.search(words) else Form.INVITATION
            merged = Segment(first.start, segment.end, first.tokens + segment.tokens, form, first.head)
            return (merged, *segments[index + 1 :])
    return segments


# A condition put first: "Stel dat u terug moet, wat ...", "Mocht u teruggaan, hoe ...", "Zou u terug
# moeten, wat ... dan", "Say you had to go back, what would ...", "Should you return, how ...".
_CONDITION_OPENERS = {
    "nl": frozenset(
        {"stel", "gesteld", "mocht", "mochten", "indien", "ingeval", "veronderstel", "aangenomen"}
    ),
    "en": frozenset({"say", "suppose", "supposing", "imagine", "assuming", "should", "were", "had"}),
}
_THEN = {"nl": frozenset({"dan"}), "en": frozenset({"then", "would", "will"})}


def _conditions(segments: tuple[Segment, ...], lang: Lang) -> tuple[Segment, ...]:
    """Read a conditional opening as a subordinate clause, not as a first question."""
    fixed = list(segments)
    for index, segment in enumerate(segments[:-1]):
        if segment.form is Form.SUBORDINATE or not segment.tokens:
            continue
        first = segment.tokens[segment.head].text
        nxt = segments[index + 1].tokens
        if nxt[0].text in ("and", "or", "but", "en", "of", "maar"):
            continue  # "Were you arrested, and what happened then?" asks twice
        following = {t.text for t in nxt[:5]}
        opener = first in _CONDITION_OPENERS[lang] and (
            first not in ("should", "were", "had") or bool(following & _THEN[lang])
        )
        inverted = lang == "nl" and segment.form is Form.YES_NO and bool(following & _THEN[lang])
        if opener or inverted:
            fixed[index] = Segment(segment.start, segment.end, segment.tokens, Form.SUBORDINATE, segment.head)
    return tuple(fixed)


def _segment(text: str, start: int, end: int, lang: Lang, *, first: bool) -> Segment:
    tokens = tuple(_tokens(text, start, end))
    head = 0
    markers = lx.EN_DISCOURSE if lang == "en" else lx.NL_DISCOURSE
    while head < len(tokens) - 1 and tokens[head].text in markers:
        head += 1
    form = classify(tokens[head:], lang, first=first) if tokens else Form.OTHER
    if tokens and head == len(tokens) - 1 and tokens[head].text in markers:
        form = Form.PREAMBLE
    return Segment(start, end, tokens, form, head)


def classify(tokens: tuple[Token, ...], lang: Lang, *, first: bool = True) -> Form:
    """The form of a clause, from its first words."""
    if not tokens:
        return Form.OTHER
    words = [t.text for t in tokens]
    return _classify_en(words, tokens) if lang == "en" else _classify_nl(words, tokens, first=first)


def _second_is_subject(words: list[str], tokens: tuple[Token, ...], subjects: frozenset[str]) -> bool:
    return len(words) > 1 and (words[1] in subjects or tokens[1].capitalised)


def _classify_en(words: list[str], tokens: tuple[Token, ...]) -> Form:
    w0 = words[0]
    clause = " ".join(words)
    if w0 in lx.EN_PREPOSITIONS and len(words) > 1 and words[1] in lx.EN_WH:
        return Form.WH
    if w0 in lx.EN_WH:
        if w0 in lx.EN_WH_SUBORDINATORS and len(words) > 1 and words[1] in lx.EN_SUBJECTS:
            return Form.SUBORDINATE
        return Form.WH
    if w0 in lx.EN_SUBORDINATORS:
        return Form.SUBORDINATE
    if w0 in lx.EN_AUX:
        if lx.EN_INVITATION.match(clause) and not lx.EN_EMBEDDED_YES_NO.search(clause):
            return Form.INVITATION
        return Form.YES_NO
    if w0 in lx.EN_REQUEST_VERBS:
        return Form.REQUEST
    if w0 in lx.EN_PREPOSITIONS:
        return Form.PREAMBLE
    if w0 in lx.EN_DECLARATIVE_STARTS:
        return Form.DECLARATIVE
    return Form.OTHER


def _classify_nl(words: list[str], tokens: tuple[Token, ...], *, first: bool) -> Form:
    w0 = words[0]
    clause = " ".join(words)
    if w0 in lx.NL_PREPOSITIONS and len(words) > 1 and words[1] in lx.NL_WH:
        return Form.WH
    if w0 in lx.NL_WH:
        if w0 in lx.NL_WH_SUBORDINATORS and _second_is_subject(words, tokens, lx.NL_SUBJECTS):
            return Form.SUBORDINATE
        return Form.WH
    if w0 in lx.NL_SUBORDINATORS:
        return Form.SUBORDINATE
    if w0 in lx.NL_REQUEST_VERBS:
        return Form.REQUEST
    if w0 not in lx.NL_NOT_VERBS and _second_is_subject(words, tokens, lx.NL_SUBJECTS):
        if lx.NL_INVITATION.match(clause) and not lx.NL_EMBEDDED_YES_NO.search(clause):
            return Form.INVITATION
        return Form.YES_NO
    if w0 in lx.NL_PREPOSITIONS:
        return Form.PREAMBLE
    if w0 in lx.NL_DECLARATIVE_STARTS:
        return Form.DECLARATIVE
    return Form.OTHER


def _is_tail(sentence: str, lang: Lang) -> bool:
    return bool(lx.TAIL.fullmatch(sentence.strip().lower()))


class Topic(StrEnum):
    """What a question is about, as far as the severity of a closed question and suggestions go."""

    PROCEDURE = "procedure"
    IDENTITY = "identity"
    FEELINGS = "feelings"
    RELATIONSHIP = "relationship"
    FAITH = "faith"
    FAMILY = "family"
    RETURN = "return"
    GENERAL = "general"


def topic(analysis: Analysis, start: int = 0, end: int | None = None) -> Topic:
    """The main topic of a question (or of a stretch of it), checked in order of sensitivity."""
    lower = analysis.lower[start:end]
    if lx.PROCEDURE.search(lower) and not (lx.IDENTITY.search(lower) or lx.RELATIONSHIP.search(lower)):
        return Topic.PROCEDURE
    if lx.IDENTITY.search(lower):
        return Topic.IDENTITY
    if lx.FEELINGS.search(lower):
        return Topic.FEELINGS
    if lx.RELATIONSHIP.search(lower):
        return Topic.RELATIONSHIP
    if lx.FAITH.search(lower):
        return Topic.FAITH
    if lx.RETURN.search(lower):
        return Topic.RETURN
    if lx.FAMILY.search(lower):
        return Topic.FAMILY
    return Topic.GENERAL


def fixes_fact(analysis: Analysis, start: int = 0, end: int | None = None) -> bool:
    """Whether a question (or a stretch of it) pins down a date, a name, an age, a number, a document or
    an order of events."""
    return bool(lx.FACT.search(analysis.lower, start, len(analysis.lower) if end is None else end))


def names_place(analysis: Analysis, start: int = 0, end: int | None = None) -> bool:
    """Whether a question (or a stretch of it) names a place ("in Tehran", "in Nederland")."""
    stop = len(analysis.text) if end is None else end
    for index, token in enumerate(analysis.tokens[1:], start=1):
        if token.start < start or token.end > stop:
            continue
        previous = analysis.tokens[index - 1].text
        if (
            token.capitalised
            and previous in lx.PLACE_PREPOSITIONS
            and token.text not in lx.NOT_PLACES
            and not _sentence_initial(analysis, token)
        ):
            return True
    return False


def _sentence_initial(analysis: Analysis, token: Token) -> bool:
    return token.start in analysis.sentence_starts


def is_whole_question(text: str, lang: Lang) -> bool:
    """Whether ``text`` is one whole, grammatical question or request: it opens with a question word, an
    inverted verb and its subject, or a request, in two words or more.

    Args:
        text: a question, e.g. one part of a split double question.
        lang: its language.

    Returns:
        True for "How did your family react?", False for "And then?" or "Do then?".
    """
    analysis = analyse(text, lang, frozenset(), None)
    if len(analysis.sentences) != 1 or len(analysis.tokens) < 2:
        return False
    sentence = analysis.sentences[0]
    if not sentence.is_ask or sentence.form not in ASK_FORMS:
        return False
    first = next(s for s in sentence.segments if s.form not in (Form.PREAMBLE, Form.SUBORDINATE))
    words = [t.text for t in first.tokens[first.head :]]
    if sentence.form is Form.YES_NO and lang == "en":
        return len(words) > 1 and (words[1] in lx.EN_SUBJECTS or first.tokens[first.head + 1].capitalised)
    if sentence.form is Form.WH:
        subjects = lx.EN_SUBJECTS | lx.EN_AUX if lang == "en" else lx.NL_SUBJECTS
        wh = lx.EN_WH if lang == "en" else lx.NL_WH
        rest = words[1:] if words[0] in wh else words[2:]
        # a verb or a subject after the question word: "what happened", "how did you", "wie wist"
        return bool(rest) and (rest[0] in subjects or not _is_function_word(rest[0], lang))
    return True


def _is_function_word(word: str, lang: Lang) -> bool:
    return word in (
        lx.EN_PREPOSITIONS | lx.EN_DISCOURSE if lang == "en" else lx.NL_PREPOSITIONS | lx.NL_DISCOURSE
    )
