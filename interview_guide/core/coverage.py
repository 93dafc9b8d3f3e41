"""How evenly the themes and pillars were covered: questions asked and words said, with warnings.

The policy asks that all themes are weighed together and none out of proportion (seed letter).
These figures describe the hearing's *shape* so the officer can see a gap before closing; they say
nothing about credibility.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from interview_guide.core.bank import BankClaimType, QuestionBank
from interview_guide.core.hearing import Hearing

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
    optional: bool
    questions: int
    words: int
    share: float  # of all answer words in the claim themes, 0..1
    problem: BalanceProblem | None


def word_count(text: str) -> int:
    """Words in a text (white-space separated; works for Arabic and Farsi script too)."""
    return len(text.split())


def coverage(hearing: Hearing, banks: list[QuestionBank]) -> list[ThemeCoverage]:
    """Per claim theme (not the common opening and closing): questions, words, share and any problem.

    Args:
        hearing: the record.
        banks: the claim banks used in this hearing (common banks are ignored).

    Returns:
        One item per theme, in bank order.
    """
    themes = [
        (bank, theme) for bank in banks if bank.claim_type != BankClaimType.COMMON for theme in bank.themes
    ]
    questions = {theme.id: 0 for _, theme in themes}
    words = {theme.id: 0 for _, theme in themes}
    for entry in hearing.entries:
        if entry.theme_id in questions:
            questions[entry.theme_id] += 1
            words[entry.theme_id] += word_count(entry.answer_text)
    total = sum(words.values())
    counted = [theme for _, theme in themes if not theme.optional or questions[theme.id]]
    fair_share = 1 / len(counted) if counted else 1.0
    threshold = max(DOMINANCE_FACTOR * fair_share, DOMINANCE_MIN_SHARE) if len(counted) > 1 else 1.0
    result: list[ThemeCoverage] = []
    for bank, theme in themes:
        share = words[theme.id] / total if total else 0.0
        problem: BalanceProblem | None = None
        if questions[theme.id] == 0 and not theme.optional:
            problem = BalanceProblem.SKIPPED
        elif total >= MIN_WORDS_FOR_BALANCE and share > threshold:
            problem = BalanceProblem.DOMINATES
        result.append(
            ThemeCoverage(
                bank_id=bank.id,
                theme_id=theme.id,
                pillar=theme.pillar,
                optional=theme.optional,
                questions=questions[theme.id],
                words=words[theme.id],
                share=share,
                problem=problem,
            )
        )
    return result
