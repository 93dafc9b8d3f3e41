"""How evenly the themes and pillars were covered: questions asked and words said, with warnings.

The policy asks that all themes are weighed together and none out of proportion (seed letter).
These figures describe the hearing's *shape* so the officer can see a gap before closing; they say
nothing about credibility.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from interview_guide.core.bank import COMMON_THEMES, BankClaimType, QuestionBank
from interview_guide.core.bank_plan import QuestionPlan, ThemePlan, plan_hearing, subject_of
from interview_guide.core.conditions import Effect
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import LocalizedText

# A theme dominates when it holds more than this multiple of its fair share of the answers...
DOMINANCE_FACTOR = 2.0
# ...and at least this share in absolute terms (with few themes a fair share is already large).
DOMINANCE_MIN_SHARE = 0.4
# Below this many words in all, shares mean little and no dominance is reported.
MIN_WORDS_FOR_BALANCE = 150


class BalanceProblem(StrEnum):
    SKIPPED = "skipped"
    DOMINATES = "dominates"


@dataclass(frozen=True)
class ThemeCoverage:
    """The figures for one theme or pillar."""

    bank_id: str
    theme_id: str
    pillar: bool
    optional: bool  # for this applicant (the bank's conditions applied)
    questions: int
    words: int
    share: float  # of all answer words in the themes listed, 0..1
    problem: BalanceProblem | None
    required_because: LocalizedText | None = None  # a bank condition made the theme required
    shown: bool = True  # False: the conditions leave it out, but questions were asked there


@dataclass(frozen=True)
class MissingQuestion:
    """A question the bank's conditions require for this applicant that was not asked."""

    bank_id: str
    theme_id: str
    question_id: str
    text: LocalizedText
    because: LocalizedText | None


def word_count(text: str) -> int:
    """Words in a text (white-space separated; works for Arabic and Farsi script too)."""
    return len(text.split())


def _is_listed(plan: ThemePlan) -> bool:
    return not (plan.bank.claim_type == BankClaimType.COMMON and plan.theme.id in COMMON_THEMES)


def coverage(hearing: Hearing, banks: Sequence[QuestionBank]) -> list[ThemeCoverage]:
    """Per theme of the hearing (not the common opening and closing): questions, words, share, problem.

    The bank conditions decide which themes count: a theme they leave out is not listed (unless
    questions were asked there anyway), and one they make required is reported when skipped.

    Args:
        hearing: the record.
        banks: the banks used in this hearing (the common bank's modules count; its opening and
            closing do not).

    Returns:
        One item per theme, in the order of the hearing.
    """
    plans = [p for p in plan_hearing(banks, subject_of(hearing)) if _is_listed(p)]
    questions = {(p.bank.id, p.theme.id): 0 for p in plans}
    words = {(p.bank.id, p.theme.id): 0 for p in plans}
    theme_banks: dict[str, str] = {}
    for p in plans:
        theme_banks.setdefault(p.theme.id, p.bank.id)
    for entry in hearing.entries:
        key = (entry.bank_id or theme_banks.get(entry.theme_id, ""), entry.theme_id)
        if key not in questions:
            key = (theme_banks.get(entry.theme_id, ""), entry.theme_id)
        if key in questions:
            questions[key] += 1
            words[key] += word_count(entry.answer_text)
    plans = [p for p in plans if p.shown or questions[(p.bank.id, p.theme.id)]]
    total = sum(words[(p.bank.id, p.theme.id)] for p in plans)
    counted = [p for p in plans if p.required or questions[(p.bank.id, p.theme.id)]]
    fair_share = 1 / len(counted) if counted else 1.0
    threshold = max(DOMINANCE_FACTOR * fair_share, DOMINANCE_MIN_SHARE) if len(counted) > 1 else 1.0
    result: list[ThemeCoverage] = []
    for plan in plans:
        key = (plan.bank.id, plan.theme.id)
        share = words[key] / total if total else 0.0
        problem: BalanceProblem | None = None
        if questions[key] == 0 and plan.required and plan.shown:
            problem = BalanceProblem.SKIPPED
        elif total >= MIN_WORDS_FOR_BALANCE and share > threshold:
            problem = BalanceProblem.DOMINATES
        required_because = next(
            (b.text for b in plan.because if b.effect == Effect.REQUIRE and b.met and plan.required), None
        )
        result.append(
            ThemeCoverage(
                bank_id=plan.bank.id,
                theme_id=plan.theme.id,
                pillar=plan.theme.pillar,
                optional=not plan.required,
                questions=questions[key],
                words=words[key],
                share=share,
                problem=problem,
                required_because=required_because,
                shown=plan.shown,
            )
        )
    return result


def missing_questions(hearing: Hearing, banks: Sequence[QuestionBank]) -> list[MissingQuestion]:
    """The questions the bank conditions require for this applicant (shown ones) that were not asked."""
    asked = {(e.bank_id, e.question_id) for e in hearing.entries if e.question_id is not None}
    missing: list[MissingQuestion] = []
    for plan in plan_hearing(banks, subject_of(hearing)):
        if not plan.shown:
            continue
        for question in plan.shown_questions:
            if question.required and (plan.bank.id, question.question.id) not in asked:
                missing.append(
                    MissingQuestion(
                        plan.bank.id,
                        plan.theme.id,
                        question.question.id,
                        question.question.text,
                        _require_reason(question),
                    )
                )
    return missing


def _require_reason(question: QuestionPlan) -> LocalizedText | None:
    return next((b.text for b in question.because if b.effect == Effect.REQUIRE and b.met), None)
