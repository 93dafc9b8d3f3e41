"""Rules about the form of a question: closed (yes/no), leading (suggests the answer) and compound."""

from __future__ import annotations

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks.analysis import (
    ASK_FORMS,
    Analysis,
    Form,
    Sentence,
    Token,
    Topic,
    fixes_fact,
    names_place,
    topic,
)
from interview_guide.core.checks.concepts import Concept
from interview_guide.core.checks.hits import Category, Hit, Severity

# Verbs of experience: a yes or a no to these says nothing about what happened or what it meant.
_EXPERIENCE = Concept(
    "experience",
    """accept accepted react reacted treat treated threaten threatened beat hurt harm harmed help helped
    support supported reject rejected punish punished forgive forgave love loved like liked hate hated
    miss missed enjoy enjoyed suffer suffered believe believed feel felt understand understood notice
    noticed suspect suspected
    accepteren accepteerde geaccepteerd reageren reageerde behandelen behandelde bedreigen bedreigde slaan
    sloeg geslagen pijn helpen hielp geholpen steunen steunde afwijzen wees afgewezen straffen strafte
    vergeven vergaf haten haatte missen miste genieten genoot lijden leed geloven geloofde
    voelen voelde begrijpen begreep merken merkte vermoeden vermoedde""",
    phrases=(
        "know|knew about|that|it|this|of",
        "find|found out",
        "@wist het",
        "@wist dat",
        "@wist ervan",
        "@wisten ervan",
        "@wisten het",
        "@wist u dat",
        "@erachter komen",
        "@erachter gekomen",
        "@achter kwam",
        "@kwam erachter",
        "@kwamen erachter",
        "@houden van",
        "@hield van",
        "@houdt van",
    ),
)

# A closed question about these topics asks for a verdict on the applicant's inner life: warn.
_SENSITIVE_ALWAYS = (Topic.IDENTITY, Topic.FEELINGS, Topic.RELATIONSHIP)
_SENSITIVE_UNLESS_PLACE = (Topic.FAITH,)

# "Gay, homosexual or bisexual?": a choice between labels the officer offers is a closed question.
_IDENTITY_LABEL = r"""(?:gay|lesbian|bisexual|homosexual|heterosexual|straight|queer|trans\w*|christian|muslim
    |homo|homoseksueel|lesbisch|lesbienne|biseksueel|hetero|heteroseksueel|christen|moslim)"""
_LABEL_CHOICE = lx.rx(
    rf"\b{_IDENTITY_LABEL}\b[^.?!]{{0,40}}\b(?:or|of)\s+(?:a\s+|an\s+|een\s+)?{_IDENTITY_LABEL}\b"
)
_RELAYED_YES_NO = lx.rx(
    r"""^\W*(?:(?:okay|ok|so|and|dan|oké|en)\W+)?(?:please\s+)?(?:ask|vraag|vraagt)\s+(?:u\s+)?(?:him|her|them|the\s+applicant
    |hem|haar|hen|de\s+aanvrager|meneer|mevrouw)\s+(?:\w+\s+)?(?:if|whether|of)\b"""
)
_EN_TAG = lx.rx(
    r"""[,;]\s*(?:(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|should)(?:n't)?(?:\s+not)?
    \s+(?:you|he|she|they|it|that|we|i|there)|right|correct|true|yes|no|ok|okay|am\s+i\s+right|or\s+not
    |is\s+that\s+(?:right|correct|so|true))\s*\?\s*$"""
)
_NL_TAG = lx.rx(
    r"(?:[,;]\s*|\s)(?:toch|nietwaar|niet\s+waar|hè|he|ja|of\s+niet|klopt\s+dat|klopt\s+het|zeker)\s*\?\s*$"
)
_EN_PRESUME = lx.rx(
    r"""\b(?:surely|must\s+have|must've|must\s+be|must\s+surely|(?:you|he|she|they)\s+must\s+(?:find|feel|know|think
    |realise|realize|understand|miss|love|hate|want|see)|i\s+(?:assume|suppose|take\s+it|imagine|guess
    |presume|expect|bet)|no\s+doubt|of\s+course\s+you|obviously|clearly\s+you|undoubtedly|certainly\s+you
    |i'?m\s+sure|presumably|wouldn't\s+you\s+(?:say|agree)|don't\s+you\s+(?:think|agree)
    |isn't\s+it\s+(?:true|the\s+case)|is\s+it\s+not\s+(?:true|the\s+case)|you\s+would\s+agree)\b"""
)
_NL_PRESUME = lx.rx(
    r"""\bmoet(?:en)?\s+(?:\w+\s+){0,2}(?:wel|toch)\b
    |\bmoet(?:en)?\b[^.?!]{0,50}\b(?:zijn\s+geweest|hebben\s+gevoeld|hebben\s+gehad|geweest\s+zijn)\b
    |\bzeker\b(?!\s*(?:\?|weten|weet))
    |\bvast\b(?!\s+(?:te\s+)?(?:adres|contract|werk|baan|inkomen|woonadres|gelopen|zitten|zat|gezeten|staan
       |stond|besloten|houden|hield|gehouden|leggen|gelegd|stellen|gesteld|zetten|gezet|pakken|gepakt|binden))|\b(?:zult|zal|zou)\s+(?:\w+\s+){0,3}(?:vast|wel|zeker)\b
    |\bneem\s+(?:ik\s+)?aan\b|\bga\s+ik\s+er\s*van\s*uit\b|\bik\s+ga\s+ervan\s+uit\b|\bongetwijfeld\b
    |\bnatuurlijk\b|\buiteraard\b|\bvanzelfsprekend\b|\bmag\s+ik\s+aannemen\b|\bis\s+het\s+niet\s+zo\s+dat\b
    |\bbent\s+u\s+het\s+(?:met\s+mij\s+)?eens\b|\bvindt\s+u\s+(?:ook\s+)?niet\b"""
)
_NL_TOCH = lx.rx(r"\btoch\b")
_NL_NIET = lx.rx(r"\bniet\b")

_EN_CONJ = lx.words("and or but")
_NL_CONJ = lx.words("en of maar")
_EN_ALSO = lx.words("also then")
_NL_ALSO = lx.words("ook dan daarna")
_EXAMPLE_TAIL = lx.rx(
    r"^(?:give|geef|geeft)\s+(?:me\s+|us\s+|mij\s+|ons\s+|u\s+)?(?:an?\s+|een\s+)?(?:example|voorbeeld)"
)
_EITHER_OR = lx.rx(r"\beither\b.+\bor\b|\bofwel\b.+\bofwel\b|\bhetzij\b.+\bhetzij\b")


def closed_question(analysis: Analysis) -> list[Hit]:
    """A yes/no (or "this or that") question: a warning when it asks about identity, feelings, a
    relationship or faith, a hint when it fixes a fact.

    A closed question that touches identity, intimacy or faith is never called fine: when it fixes a
    fact (a date, a name, a place), the hint says to let the applicant tell it first in their own words.
    """
    for sentence in analysis.asks:
        # "Ask her if she loved him": a yes/no question put through the interpreter, with or without "?".
        relayed = _RELAYED_YES_NO.match(sentence.text) is not None
        if sentence.question_mark and _LABEL_CHOICE.search(analysis.lower, sentence.start, sentence.end):
            return [
                Hit(
                    Category.CLOSED_YES_NO,
                    Severity.WARN,
                    "closed.label-choice",
                    sentence.start,
                    sentence.end,
                    "identity",
                )
            ]
        closed_form = sentence.question_mark and sentence.form in (Form.YES_NO, Form.DECLARATIVE, Form.OTHER)
        if not (closed_form or relayed):
            continue
        if topic(analysis) is Topic.PROCEDURE:
            return []
        # What the asking sentence is about decides; a preamble may name dates and places of its own.
        start, end = sentence.start, sentence.end
        subject = topic(analysis, start, end)
        if subject is Topic.GENERAL:
            subject = topic(analysis)
        personal = subject in _SENSITIVE_ALWAYS or subject in _SENSITIVE_UNLESS_PLACE
        asking = next((s for s in sentence.segments if s.form is Form.YES_NO), None)
        clause = list(analysis.words(*((asking.start, asking.end) if asking is not None else (start, end))))
        subordinators = lx.EN_SUBORDINATORS | lx.EN_WH_SUBORDINATORS | lx.NL_SUBORDINATORS
        cut = next((i for i, w in enumerate(clause) if i > 1 and w.text in subordinators), len(clause))
        experience = _EXPERIENCE.first(clause[:cut]) is not None  # "... when they beat you" is context
        if fixes_fact(analysis, start, end):
            severity, variant = Severity.HINT, "personal-fact" if personal else "fact"
        elif subject in _SENSITIVE_ALWAYS and _locates(analysis, sentence):
            severity, variant = Severity.HINT, "personal-fact"
        elif subject in _SENSITIVE_ALWAYS:
            severity, variant = Severity.WARN, subject.value
        elif names_place(analysis, start, end) and not experience:
            severity, variant = Severity.HINT, "personal-fact" if personal else "fact"
        elif subject in _SENSITIVE_UNLESS_PLACE:
            severity, variant = Severity.WARN, subject.value
        elif experience:
            # How others reacted, what someone knew or felt: an experience, not a fact.
            severity, variant = Severity.WARN, "experience"
        else:
            severity, variant = Severity.HINT, subject.value
        rule = "closed.yes-no" if sentence.form is Form.YES_NO else "closed.declarative"
        return [Hit(Category.CLOSED_YES_NO, severity, rule, sentence.start, sentence.end, variant)]
    return []


def _locates(analysis: Analysis, sentence: Sentence) -> bool:
    """A copula question about where someone or something is ("is your partner still in Iran?")."""
    if topic(analysis) is not Topic.RELATIONSHIP or not names_place(analysis):
        return False
    heads = [s.tokens[s.head] for s in sentence.segments if s.form is Form.YES_NO]
    return bool(heads) and heads[0].text in lx.COPULAS


def leading_question(analysis: Analysis) -> list[Hit]:
    """A question that plants the expected answer: a tag, a presumption, "toch", a negative question."""
    hits: list[Hit] = []
    lower = analysis.lower
    for sentence in analysis.sentences:
        text = lower[sentence.start : sentence.end].rstrip()
        tag = (_EN_TAG if analysis.lang == "en" else _NL_TAG).search(text)
        if tag and sentence.question_mark:
            start = sentence.start + tag.start()
            hits.append(
                Hit(Category.LEADING, Severity.WARN, "leading.tag", start, sentence.start + tag.end())
            )
            continue
        presume = (_EN_PRESUME if analysis.lang == "en" else _NL_PRESUME).search(text)
        if presume:
            start = sentence.start + presume.start()
            end = sentence.start + presume.end()
            hits.append(Hit(Category.LEADING, Severity.WARN, "leading.presumption", start, end))
            continue
        if not sentence.question_mark or sentence.form is Form.WH:
            continue
        if analysis.lang == "nl" and (toch := _NL_TOCH.search(text)):
            start = sentence.start + toch.start()
            hits.append(
                Hit(Category.LEADING, Severity.WARN, "leading.toch", start, sentence.start + toch.end())
            )
            continue
        negative = _negative_question(analysis, sentence)
        if negative is not None:
            hits.append(Hit(Category.LEADING, Severity.WARN, "leading.negative-question", *negative))
    return hits[:1]


def _negative_question(analysis: Analysis, sentence: Sentence) -> tuple[int, int] | None:
    """A yes/no question put in the negative ("didn't you ...?", "was u niet ...?") expects a yes."""
    for segment in sentence.segments:
        if segment.form is not Form.YES_NO:
            continue
        tokens = segment.tokens[segment.head :]
        if analysis.lang == "en":
            if tokens[0].text in lx.EN_NEGATIVE_AUX:
                return tokens[0].start, tokens[min(1, len(tokens) - 1)].end
            if len(tokens) > 2 and tokens[2].text == "not":
                return tokens[0].start, tokens[2].end
        else:
            for token in tokens[2:6]:
                if token.text == "niet":
                    return tokens[0].start, token.end
        return None
    return None


def compound_question(analysis: Analysis) -> list[Hit]:
    """More than one question or request in one turn; a short "and why?" tail is fine."""
    if topic(analysis) is Topic.PROCEDURE:
        return []
    asks = analysis.asks
    if len(asks) >= 2:
        parts = tuple(("part", s.text) for s in asks)
        return [
            Hit(Category.COMPOUND, Severity.WARN, "compound.sentences", asks[1].start, asks[1].end, "", parts)
        ]
    for sentence in asks:
        either = _EITHER_OR.search(analysis.lower, sentence.start, sentence.end)
        if either:
            return [Hit(Category.COMPOUND, Severity.WARN, "compound.either-or", either.start(), either.end())]
        join = _second_clause(analysis, sentence)
        if join is not None:
            first = analysis.text[sentence.start : join].strip(" ,;").strip()
            second = analysis.text[join : sentence.end].strip()
            parts = (("part", first), ("part", second))
            return [Hit(Category.COMPOUND, Severity.WARN, "compound.joined", join, sentence.end, "", parts)]
    return []


def _second_clause(analysis: Analysis, sentence: Sentence) -> int | None:
    """Where a second question starts inside one sentence, after "and", "or", a comma or a semicolon."""
    leading = [s for s in sentence.segments if s.form not in (Form.PREAMBLE, Form.SUBORDINATE)]
    if not leading or leading[0].form not in ASK_FORMS:
        return None
    en = analysis.lang == "en"
    conj = _EN_CONJ if en else _NL_CONJ
    also = _EN_ALSO if en else _NL_ALSO
    tokens = [t for s in sentence.segments if s.start >= leading[0].start for t in s.tokens]
    segment_starts = {s.tokens[0].start for s in sentence.segments if s.start > leading[0].start}
    wh = lx.EN_WH if en else lx.NL_WH
    stretch_start = 0  # where the current coordinated stretch began
    # A verb-less wh-phrase ("which story,") is one item of a list; a subject or auxiliary makes it a clause.
    clause = (lx.EN_SUBJECTS | lx.EN_AUX) if en else lx.NL_SUBJECTS
    for index in range(1, len(tokens)):
        token = tokens[index]
        boundary = token.start in segment_starts
        if token.text in conj:
            rest = tokens[index + 1 :]
        elif boundary:
            rest = tokens[index:]
        else:
            continue
        stretch = tokens[stretch_start:index]
        listed = len(stretch) == 1 and stretch_start > 0  # "zag, hoorde en voelde u": one item of a list
        stretch_start = index + 1 if token.text in conj else index
        if listed and token.text in conj:
            continue
        if rest and rest[0].text in also:
            if len(rest) > 1 and rest[0].text in ("also", "ook"):
                return token.start
            rest = rest[1:]
        if (
            stretch
            and stretch[0].text in wh
            and len(stretch) <= 3
            and not any(t.text in clause for t in stretch[1:])
        ):
            continue  # "when and where ...?", "which story, which teaching or which prayer ...?"
        if _starts_question(rest, analysis):
            return token.start
    return None


def _starts_question(rest: list[Token], analysis: Analysis) -> bool:
    """Whether the words after a conjunction open a new main question or request."""
    if not rest:
        return False
    words = [t.text for t in rest]
    en = analysis.lang == "en"
    wh = lx.EN_WH if en else lx.NL_WH
    subjects = lx.EN_SUBJECTS if en else lx.NL_SUBJECTS
    prepositions = lx.EN_PREPOSITIONS if en else lx.NL_PREPOSITIONS
    if len(words) > 1 and words[0] in prepositions and words[1] in wh:
        words, rest = words[1:], rest[1:]
    if words[0] in wh:
        if len(words) < 3 or lx.TAIL.fullmatch(" ".join(words)):
            return False  # "..., and why?", "... en wie passief?"
        if words[0] in ("why", "waarom") and len(words) <= 3 and words[-1] in ("not", "niet", "dan", "that"):
            return False
        return words[1] not in subjects
    if _EXAMPLE_TAIL.match(" ".join(words)):
        return False
    if en:
        if words[0] in lx.EN_AUX and len(words) > 1 and words[1] in lx.EN_SUBJECTS:
            return True
        return words[0] in lx.EN_REQUEST_VERBS and words[0] != "please"
    if words[0] in lx.NL_REQUEST_VERBS:
        return True
    return (
        words[0] not in lx.NL_NOT_VERBS
        and len(words) > 1
        and (words[1] in lx.NL_SUBJECTS or rest[1].capitalised)
        and not _NL_NIET.fullmatch(words[0])
    )
