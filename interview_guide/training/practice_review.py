"""Review of a practice hearing: how the trainee asked, in figures a trainer can discuss.

Every question is counted: open or closed by its form (the checker's closed-question rule, whatever
else it found), follow-up or not, and every checker category it shows, hints included (a "did you
tell your mother?" is a closed question even when the checker only hints). Answers are measured in
words after open and after closed questions; themes and pillars are covered as the bank conditions
plan them. The review describes the questioning, never the applicant's credibility.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from interview_guide.core.bank import QuestionBank
from interview_guide.core.checks.analysis import analyse, detect_language
from interview_guide.core.checks.form_rules import closed_question
from interview_guide.core.coverage import ThemeCoverage, coverage, word_count
from interview_guide.core.hearing import Entry, Hearing
from interview_guide.core.question_check import CATEGORY_ORDER, Category, Finding, Severity, check_question
from interview_guide.core.text import Lang
from interview_guide.core.trainer_tags import TrainerTag
from interview_guide.training.better_wording import BetterWording, better_wording

Kind = Literal["open", "closed"]


@dataclass(frozen=True)
class ReviewedQuestion:
    """One question of the practice hearing as the review sees it.

    Attributes:
        number: the entry number.
        theme_id: the theme it was asked in.
        text: the question as recorded.
        kind: "open" or "closed" (by its form).
        follow_up: whether it follows up an earlier entry (own follow-up or a bank follow-up prompt).
        depth: 0 for a main question, 1 for a follow-up, 2 for a follow-up of a follow-up, ...
        own: whether the trainee wrote it (not from a bank).
        findings: the checker's findings, hints included.
        answer_words: words in the answer (0 when none was given).
        answered: whether an answer was logged or typed.
        asked_at: when it was asked.
        seconds: from asking to the answer being logged (0 when not logged).
        note: the trainer's note.
        tags: the tags of the trainer's note.
        better: a better wording when the question is flagged (a warning or a block), else None.
    """

    number: int
    theme_id: str
    text: str
    kind: Kind
    follow_up: bool
    depth: int
    own: bool
    findings: tuple[Finding, ...]
    answer_words: int
    answered: bool
    asked_at: dt.datetime
    seconds: int
    note: str
    tags: tuple[TrainerTag, ...]
    better: BetterWording | None

    @property
    def flagged(self) -> bool:
        """Whether the checker warns about or blocks the question."""
        return any(f.severity >= Severity.WARN for f in self.findings)

    @property
    def categories(self) -> tuple[Category, ...]:
        """The categories the checker found, hints included, most serious first."""
        return tuple(f.category for f in self.findings)


@dataclass(frozen=True)
class PracticeReview:
    """The figures of a practice hearing (see the module docstring).

    Attributes:
        questions: every question, in order.
        coverage: the themes and pillars as the bank conditions plan them, with questions and words.
        lang: the language of messages and better wordings.
    """

    questions: tuple[ReviewedQuestion, ...]
    coverage: tuple[ThemeCoverage, ...]
    lang: Lang

    @property
    def open(self) -> int:
        """How many questions were open."""
        return sum(1 for q in self.questions if q.kind == "open")

    @property
    def closed(self) -> int:
        """How many questions were closed."""
        return sum(1 for q in self.questions if q.kind == "closed")

    @property
    def follow_ups(self) -> int:
        """How many questions followed up an earlier one."""
        return sum(1 for q in self.questions if q.follow_up)

    @property
    def open_share(self) -> float:
        """Open questions as a share of all questions (0 with none)."""
        return self.open / len(self.questions) if self.questions else 0.0

    @property
    def max_depth(self) -> int:
        """The deepest chain of follow-ups."""
        return max((q.depth for q in self.questions), default=0)

    def by_category(self) -> dict[Category, int]:
        """Per checker category (in the checker's order), the questions that show it, hints included."""
        counts = {c: sum(1 for q in self.questions if c in q.categories) for c in CATEGORY_ORDER}
        return {c: n for c, n in counts.items() if n}

    def themes(self) -> dict[str, int]:
        """Questions per theme id, in the order the themes first came up."""
        counts: dict[str, int] = {}
        for question in self.questions:
            counts[question.theme_id] = counts.get(question.theme_id, 0) + 1
        return counts

    def mean_answer_words(self, kind: Kind) -> float | None:
        """The mean length in words of the answers to ``kind`` questions (None: no such answer)."""
        words = [q.answer_words for q in self.questions if q.kind == kind and q.answered]
        return sum(words) / len(words) if words else None

    @property
    def flagged(self) -> tuple[ReviewedQuestion, ...]:
        """The questions the checker warns about or blocks."""
        return tuple(q for q in self.questions if q.flagged)

    @property
    def annotated(self) -> tuple[ReviewedQuestion, ...]:
        """The questions with a trainer note or tag."""
        return tuple(q for q in self.questions if q.note.strip() or q.tags)

    def as_json(self) -> dict[str, Any]:
        """The review as plain JSON data (the ``practice-review --json`` output)."""
        after_open, after_closed = self.mean_answer_words("open"), self.mean_answer_words("closed")
        return {
            "questions": len(self.questions),
            "open": self.open,
            "closed": self.closed,
            "follow_ups": self.follow_ups,
            "open_share": round(self.open_share, 3),
            "max_follow_up_depth": self.max_depth,
            "flagged": len(self.flagged),
            "by_category": {c.value: n for c, n in self.by_category().items()},
            "themes": self.themes(),
            "pillars": {c.theme_id: c.questions for c in self.coverage if c.pillar},
            "answer_words": {
                "after_open": None if after_open is None else round(after_open, 1),
                "after_closed": None if after_closed is None else round(after_closed, 1),
            },
            "coverage": [
                {
                    "bank": c.bank_id,
                    "theme": c.theme_id,
                    "pillar": c.pillar,
                    "questions": c.questions,
                    "words": c.words,
                    "problem": c.problem.value if c.problem else None,
                }
                for c in self.coverage
            ],
            "timeline": [
                {
                    "number": q.number,
                    "theme": q.theme_id,
                    "kind": q.kind,
                    "follow_up": q.follow_up,
                    "depth": q.depth,
                    "flagged": q.flagged,
                    "asked_at": q.asked_at.isoformat(),
                    "seconds": q.seconds,
                    "answer_words": q.answer_words,
                    "categories": [c.value for c in q.categories],
                }
                for q in self.questions
            ],
            "notes": [
                {"number": q.number, "note": q.note, "tags": [t.value for t in q.tags]}
                for q in self.annotated
            ],
            "better_wordings": [
                {
                    "number": q.number,
                    "question": q.text,
                    "better": q.better.text if q.better else None,
                    "source": q.better.source if q.better else None,
                }
                for q in self.flagged
            ],
        }


def is_closed(text: str, hearing: Hearing) -> bool:
    """Whether a question is closed by its form (a yes/no or either/or question)."""
    analysis = analyse(
        text, detect_language(text), frozenset(hearing.case.claim_types), hearing.reference_frame
    )
    return bool(closed_question(analysis))


def _depth(entry: Entry, hearing: Hearing) -> int:
    depth, seen = 0, {entry.number}
    current = entry
    while current.follow_up_of is not None and current.follow_up_of not in seen:
        depth += 1
        seen.add(current.follow_up_of)
        current = hearing.entry(current.follow_up_of)
    if depth == 0 and entry.follow_up_id is not None:
        depth = 1  # a bank follow-up prompt of the question before it
    return depth


def review_practice(hearing: Hearing, banks: Sequence[QuestionBank], lang: Lang = "en") -> PracticeReview:
    """Review every question of ``hearing``.

    Args:
        hearing: the practice hearing.
        banks: the banks the hearing uses (for coverage and for better wordings from the bank).
        lang: the language of the checker's messages and of better wordings.

    Returns:
        The review.
    """
    claim_types = hearing.case.claim_types
    frame = hearing.reference_frame
    reviewed: list[ReviewedQuestion] = []
    for entry in hearing.entries:
        findings = tuple(
            check_question(entry.question_text, claim_types=claim_types, frame=frame, ui_lang=lang)
        )
        closed = is_closed(entry.question_text, hearing) or any(
            f.category is Category.CLOSED_YES_NO for f in findings
        )
        flagged = any(f.severity >= Severity.WARN for f in findings)
        answered = entry.answered_at is not None or bool(entry.answer_text.strip())
        seconds = int((entry.answered_at - entry.asked_at).total_seconds()) if entry.answered_at else 0
        reviewed.append(
            ReviewedQuestion(
                number=entry.number,
                theme_id=entry.theme_id,
                text=entry.question_text,
                kind="closed" if closed else "open",
                follow_up=entry.follow_up_of is not None or entry.follow_up_id is not None,
                depth=_depth(entry, hearing),
                own=entry.own_question,
                findings=findings,
                answer_words=word_count(entry.answer_text),
                answered=answered,
                asked_at=entry.asked_at,
                seconds=max(seconds, 0),
                note=entry.trainer_note,
                tags=tuple(entry.trainer_tags),
                better=better_wording(entry, findings, hearing, banks, lang) if flagged else None,
            )
        )
    return PracticeReview(tuple(reviewed), tuple(coverage(hearing, banks)), lang)


def banks_of(hearing: Hearing, banks: Sequence[QuestionBank]) -> list[QuestionBank]:
    """The banks of ``hearing`` among ``banks``: the common bank, then one per claim, in claim order."""
    kinds = ["common", *(claim.value for claim in hearing.case.claim_types)]
    chosen: list[QuestionBank] = []
    for kind in kinds:
        bank = next((b for b in banks if b.claim_type.value == kind), None)
        if bank is not None and bank not in chosen:
            chosen.append(bank)
    return chosen
