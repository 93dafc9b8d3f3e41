"""The question-quality checker: tells, for a question in Dutch or English, what is wrong with it, why,
and how to ask it better.

The checker is a set of transparent rules (see ``interview_guide.core.checks``): every finding names the
rule that fired and the stretch of text it fired on, so trainers and counsel can see why. It is fast
enough to run on every keystroke. It never scores credibility, and a reference-frame value only ever
lowers what may be expected of the applicant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from interview_guide.core.checks import (
    body_rules,
    form_rules,
    knowledge_rules,
    presumption_rules,
    sexual_rules,
    tone_rules,
)
from interview_guide.core.checks.analysis import Analysis, analyse, detect_language, is_whole_question
from interview_guide.core.checks.hits import Category, Hit, Severity
from interview_guide.core.checks.messages import message, one_at_a_time, split_parts, suggestion
from interview_guide.core.hearing import ClaimType
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import Lang

__all__ = [
    "CATEGORY_ORDER",
    "Category",
    "Finding",
    "Severity",
    "check_question",
    "detect_language",
    "is_ok",
]

Rule = Callable[[Analysis], list[Hit]]

RULES: tuple[Rule, ...] = (
    sexual_rules.sexual_image_request,
    sexual_rules.sexual_explicit,
    body_rules.body_medical,
    presumption_rules.discretion_expectation,
    presumption_rules.stereotyping,
    tone_rules.proof_demand,
    tone_rules.accusatory,
    presumption_rules.self_acceptance,
    knowledge_rules.knowledge_quiz,
    presumption_rules.western_concept,
    form_rules.leading_question,
    form_rules.compound_question,
    form_rules.closed_question,
    tone_rules.interpreter_load,
)

# The order in which findings are listed at equal severity: the first names the main problem.
CATEGORY_ORDER: tuple[Category, ...] = (
    Category.SEXUAL_IMAGE_REQUEST,
    Category.SEXUAL_EXPLICIT,
    Category.BODY_MEDICAL,
    Category.DISCRETION_EXPECTATION,
    Category.STEREOTYPING,
    Category.PROOF_DEMAND,
    Category.ACCUSATORY,
    Category.SELF_ACCEPTANCE_AWARENESS,
    Category.KNOWLEDGE_QUIZ,
    Category.WESTERN_CONCEPT,
    Category.LEADING,
    Category.COMPOUND,
    Category.CLOSED_YES_NO,
    Category.INTERPRETER_LOAD,
)

# A finding that already explains what is wrong with the form of the question makes these redundant.
_SUBSUMED_BY: dict[Category, frozenset[Category]] = {
    Category.CLOSED_YES_NO: frozenset(
        {
            Category.LEADING,
            Category.DISCRETION_EXPECTATION,
            Category.SEXUAL_EXPLICIT,
            Category.SEXUAL_IMAGE_REQUEST,
            Category.BODY_MEDICAL,
            Category.ACCUSATORY,
            Category.PROOF_DEMAND,
        }
    ),
    Category.LEADING: frozenset(
        {
            Category.DISCRETION_EXPECTATION,
            Category.SEXUAL_EXPLICIT,
            Category.SEXUAL_IMAGE_REQUEST,
            Category.BODY_MEDICAL,
            Category.ACCUSATORY,
            Category.PROOF_DEMAND,
        }
    ),
    Category.SEXUAL_EXPLICIT: frozenset({Category.SEXUAL_IMAGE_REQUEST}),
}
# A closed question about a topic that another rule found sensitive is never "just a fact".
_SENSITIVE_CONTENT = frozenset(
    {
        Category.STEREOTYPING,
        Category.SELF_ACCEPTANCE_AWARENESS,
        Category.WESTERN_CONCEPT,
        Category.KNOWLEDGE_QUIZ,
    }
)


@dataclass(frozen=True)
class Finding:
    """One thing wrong with a question.

    Attributes:
        category: what is wrong (see ``Category``).
        severity: block, warn or hint.
        message: why, naming the legal or policy basis, in the UI language.
        suggestion: an open question to ask instead, in the UI language, or None.
        rule_id: the rule that fired, e.g. ``closed.yes-no`` (stable; for trainers and counsel).
        span: start and end of the evidence in the question text.
        matched: the evidence itself.
    """

    category: Category
    severity: Severity
    message: str
    suggestion: str | None
    rule_id: str
    span: tuple[int, int]
    matched: str

    def as_dict(self) -> dict[str, str | None]:
        """The finding as the command line prints it in JSON."""
        return {
            "category": self.category.value,
            "severity": self.severity.value,
            "message": self.message,
            "suggestion": self.suggestion,
        }


def check_question(
    text: str,
    lang: Lang | None = None,
    *,
    claim_types: Sequence[ClaimType] = (),
    frame: ReferenceFrame | None = None,
    ui_lang: Lang | None = None,
) -> list[Finding]:
    """Check one question and return what is wrong with it, most serious first.

    Args:
        text: the question as the officer typed it (one turn; it may hold more than one sentence).
        lang: the language of the question; detected when None.
        claim_types: the claims of the hearing; they tune messages (for example for converts).
        frame: the applicant's reference frame; it may strengthen a message (less expected knowledge),
            never weaken the applicant's position.
        ui_lang: the language of messages and suggestions; None: the language of the question, so
            that the officer is answered in the language they ask in.

    Returns:
        The findings, ordered by severity and then by ``CATEGORY_ORDER``; empty for a good question.
    """
    return _check(text, lang, claim_types, frame, ui_lang, split=True)


def _check(
    text: str,
    lang: Lang | None,
    claim_types: Sequence[ClaimType],
    frame: ReferenceFrame | None,
    ui_lang: Lang | None,
    *,
    split: bool,
) -> list[Finding]:
    if not text.strip():
        return []
    question_lang = lang or detect_language(text)
    analysis = analyse(text, question_lang, frozenset(claim_types), frame)
    hits = _resolve([hit for rule in RULES for hit in rule(analysis)])
    findings = [
        Finding(
            category=hit.category,
            severity=hit.severity,
            message=message(hit, analysis, ui_lang or question_lang),
            # A suggestion is a question to ask: in the language the officer asks in.
            suggestion=(
                _split_suggestion(hit, analysis, claim_types, frame, ui_lang or question_lang)
                if hit.category is Category.COMPOUND
                else suggestion(hit, analysis, question_lang)
            )
            if split or hit.category is not Category.COMPOUND
            else None,
            rule_id=hit.rule_id,
            span=(hit.start, hit.end),
            matched=text[hit.start : hit.end],
        )
        for hit in hits
    ]
    return sorted(findings, key=lambda f: (-f.severity.rank, CATEGORY_ORDER.index(f.category)))


def _split_suggestion(
    hit: Hit,
    analysis: Analysis,
    claim_types: Sequence[ClaimType],
    frame: ReferenceFrame | None,
    ui_lang: Lang,
) -> str | None:
    """How to ask a double question one at a time: each part a whole question that passes the checker.

    A part that is not a whole question gives no split; a part the checker flags is replaced by its own
    suggestion, when that passes; otherwise there is no split to offer.
    """
    questions: list[str] = []
    for part in split_parts(hit, analysis.lang):
        if not is_whole_question(part, analysis.lang):
            return None
        findings = _check(part, analysis.lang, claim_types, frame, None, split=False)
        if not is_ok(findings):
            better = next((f.suggestion for f in findings if f.suggestion), None)
            if better is None or not is_ok(
                _check(better, analysis.lang, claim_types, frame, None, split=False)
            ):
                return None
            part = better
        if part not in questions:
            questions.append(part)
    if len(questions) < 2:
        return None
    return one_at_a_time(questions, ui_lang)


def _resolve(hits: Iterable[Hit]) -> list[Hit]:
    """Keep one hit per category, drop the subsumed ones, and raise closed questions on sensitive topics."""
    by_category: dict[Category, Hit] = {}
    for hit in hits:
        kept = by_category.get(hit.category)
        if kept is None or hit.severity > kept.severity:
            by_category[hit.category] = hit
    present = set(by_category)
    for category, by in _SUBSUMED_BY.items():
        if category in present and present & by:
            del by_category[category]
    closed = by_category.get(Category.CLOSED_YES_NO)
    if closed is not None and closed.severity < Severity.WARN and present & _SENSITIVE_CONTENT:
        by_category[Category.CLOSED_YES_NO] = Hit(
            closed.category,
            Severity.WARN,
            closed.rule_id,
            closed.start,
            closed.end,
            closed.variant,
            closed.params,
        )
    return list(by_category.values())


def is_ok(findings: Iterable[Finding]) -> bool:
    """Whether a question may be asked as it is: no warn or block finding (hints are fine).

    Args:
        findings: the result of ``check_question``.

    Returns:
        True when every finding is a hint.
    """
    return all(finding.severity < Severity.WARN for finding in findings)
