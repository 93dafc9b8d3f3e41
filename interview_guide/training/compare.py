"""Two hearings side by side, lined up by theme: the questions of each, the checker's findings and the
answer length, and what differs.

For a trainer contrasting a weaker hearing with a good one; it describes the questioning, never the
applicant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview_guide.core.bank import QuestionBank
from interview_guide.core.hearing import Hearing
from interview_guide.core.question_check import CATEGORY_ORDER, Category, Severity
from interview_guide.core.text import Lang
from interview_guide.training.practice_review import PracticeReview, ReviewedQuestion, review_practice


@dataclass(frozen=True)
class ThemeSide:
    """One hearing's part of a theme."""

    questions: tuple[ReviewedQuestion, ...]

    @property
    def count(self) -> int:
        """How many questions were asked."""
        return len(self.questions)

    @property
    def closed(self) -> int:
        """How many were closed."""
        return sum(1 for q in self.questions if q.kind == "closed")

    @property
    def flagged(self) -> int:
        """How many the checker warns about or blocks."""
        return sum(1 for q in self.questions if q.flagged)

    @property
    def hints(self) -> int:
        """How many carry a hint and nothing worse."""
        return sum(1 for q in self.questions if q.findings and not q.flagged)

    @property
    def words(self) -> int:
        """Words in all answers."""
        return sum(q.answer_words for q in self.questions)

    @property
    def mean_words(self) -> float | None:
        """Mean answer length in words (answered questions; None without one)."""
        answered = [q.answer_words for q in self.questions if q.answered]
        return sum(answered) / len(answered) if answered else None

    def categories(self) -> dict[Category, int]:
        """Per checker category (warnings and blocks only), how many questions show it."""
        counts: dict[Category, int] = {}
        for question in self.questions:
            for finding in question.findings:
                if finding.severity >= Severity.WARN:
                    counts[finding.category] = counts.get(finding.category, 0) + 1
        return {c: counts[c] for c in CATEGORY_ORDER if c in counts}


@dataclass(frozen=True)
class ThemeComparison:
    """A theme in both hearings."""

    theme_id: str
    left: ThemeSide
    right: ThemeSide

    def finding_difference(self) -> dict[Category, tuple[int, int]]:
        """The categories whose counts differ: category -> (left, right)."""
        left, right = self.left.categories(), self.right.categories()
        return {
            c: (left.get(c, 0), right.get(c, 0)) for c in CATEGORY_ORDER if left.get(c, 0) != right.get(c, 0)
        }

    @property
    def words_difference(self) -> float | None:
        """Mean answer length, right minus left (None when either side has no answer)."""
        left, right = self.left.mean_words, self.right.mean_words
        return None if left is None or right is None else right - left


@dataclass(frozen=True)
class Comparison:
    """Two hearings lined up by theme (themes in the order they first come up in either hearing)."""

    left: PracticeReview
    right: PracticeReview
    themes: tuple[ThemeComparison, ...]


def _order(left: Hearing, right: Hearing) -> list[str]:
    order: list[str] = []
    for hearing in (left, right):
        for entry in hearing.entries:
            if entry.theme_id not in order:
                order.append(entry.theme_id)
    return order


def compare_hearings(
    left: Hearing, right: Hearing, banks: Sequence[QuestionBank], lang: Lang = "en"
) -> Comparison:
    """Line up ``left`` and ``right`` by theme.

    Args:
        left: the first hearing (for a trainer: usually the weaker one).
        right: the second hearing.
        banks: the banks the hearings use.
        lang: the language of the checker's messages.
    """
    left_review = review_practice(left, banks, lang)
    right_review = review_practice(right, banks, lang)
    themes = []
    for theme_id in _order(left, right):
        themes.append(
            ThemeComparison(
                theme_id,
                ThemeSide(tuple(q for q in left_review.questions if q.theme_id == theme_id)),
                ThemeSide(tuple(q for q in right_review.questions if q.theme_id == theme_id)),
            )
        )
    return Comparison(left_review, right_review, tuple(themes))
