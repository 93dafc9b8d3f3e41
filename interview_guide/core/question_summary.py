"""Sums up the question checker's findings over a whole hearing: how many closed, leading, ... questions."""

from __future__ import annotations

from dataclasses import dataclass

from interview_guide.core.hearing import CheckOverride, Hearing
from interview_guide.core.question_check import CATEGORY_ORDER, Category, Finding, Severity, check_question
from interview_guide.core.text import Lang


@dataclass(frozen=True)
class EntryCheck:
    """The checker's findings on the question of one entry.

    Attributes:
        number: the entry number.
        own_question: whether the officer wrote the question (not taken from a bank).
        question_text: the question as recorded.
        findings: every finding, most serious first (hints included).
        override: the reason logged for asking a blocked question, if any.
    """

    number: int
    own_question: bool
    question_text: str
    findings: tuple[Finding, ...]
    override: CheckOverride | None

    @property
    def problems(self) -> tuple[Finding, ...]:
        """The findings at warn or block level (hints are not problems)."""
        return tuple(f for f in self.findings if f.severity >= Severity.WARN)


@dataclass(frozen=True)
class QuestionSummary:
    """What the checker found over all entries of a hearing (warn and block findings only).

    Attributes:
        entries: the check of every entry, by number.
        by_category: the numbers of the entries with a problem of each category, in ``CATEGORY_ORDER``;
            only categories that occur.
        flagged: the numbers of the entries with at least one problem.
        overrides: the numbers of the entries where the officer logged a reason for asking a blocked
            question.
    """

    entries: dict[int, EntryCheck]
    by_category: dict[Category, tuple[int, ...]]
    flagged: tuple[int, ...]
    overrides: tuple[int, ...]

    @property
    def checked(self) -> int:
        """How many questions were checked."""
        return len(self.entries)

    def count(self, category: Category) -> int:
        """How many questions have a problem of ``category``."""
        return len(self.by_category.get(category, ()))

    def own_count(self, category: Category) -> int:
        """How many of the officer's own questions have a problem of ``category``."""
        return sum(1 for n in self.by_category.get(category, ()) if self.entries[n].own_question)

    def finding(self, number: int, category: Category) -> Finding | None:
        """The finding of ``category`` on entry ``number``, if any."""
        return next((f for f in self.entries[number].findings if f.category is category), None)


class HearingChecker:
    """Checks the question of every entry of a hearing, re-checking only questions that changed.

    A hearing of a few hundred entries takes tens of milliseconds to check in full; the cache keeps
    a refresh after each edit (usually an answer, not a question) close to free.
    """

    def __init__(self, ui_lang: Lang = "en") -> None:
        """Create a checker whose messages are in ``ui_lang``."""
        self.ui_lang: Lang = ui_lang
        self._context: tuple[object, ...] | None = None
        self._cache: dict[int, tuple[str, tuple[Finding, ...]]] = {}

    def summarise(self, hearing: Hearing) -> QuestionSummary:
        """Check every entry (using the cache) and sum the problems up per category.

        Args:
            hearing: the record; its claim types and reference frame tune the checker.

        Returns:
            The summary of the hearing as it is now.
        """
        claim_types = tuple(hearing.case.claim_types)
        frame = hearing.reference_frame
        context = (claim_types, frame.model_dump_json())
        if context != self._context:
            self._context = context
            self._cache.clear()
        checks: dict[int, EntryCheck] = {}
        for entry in hearing.entries:
            cached = self._cache.get(entry.number)
            if cached is None or cached[0] != entry.question_text:
                findings = tuple(
                    check_question(
                        entry.question_text, claim_types=claim_types, frame=frame, ui_lang=self.ui_lang
                    )
                )
                cached = (entry.question_text, findings)
                self._cache[entry.number] = cached
            checks[entry.number] = EntryCheck(
                entry.number, entry.own_question, entry.question_text, cached[1], entry.check_override
            )
        for stale in set(self._cache) - set(checks):
            del self._cache[stale]
        return _summary(checks)


def _summary(checks: dict[int, EntryCheck]) -> QuestionSummary:
    found: dict[Category, list[int]] = {}
    for check in checks.values():
        for finding in check.problems:
            found.setdefault(finding.category, []).append(check.number)
    by_category = {c: tuple(found[c]) for c in CATEGORY_ORDER if c in found}
    flagged = tuple(n for n, check in checks.items() if check.problems)
    overrides = tuple(n for n, check in checks.items() if check.override is not None)
    return QuestionSummary(checks, by_category, flagged, overrides)


def summarise_hearing(hearing: Hearing, ui_lang: Lang = "en") -> QuestionSummary:
    """Check every question of ``hearing`` and sum the problems up per category.

    Args:
        hearing: the record.
        ui_lang: the language of the findings' messages.

    Returns:
        The summary (see ``QuestionSummary``).
    """
    return HearingChecker(ui_lang).summarise(hearing)
