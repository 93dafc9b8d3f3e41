"""The practice panel's history: every question a trainee tried, with the checker's verdict on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from interview_guide.core.question_check import Finding, Severity
from interview_guide.core.sanitize import clean_text
from interview_guide.core.text import Lang


@dataclass(frozen=True)
class PracticeAttempt:
    """One question tried in the practice panel.

    Attributes:
        at: when it was kept.
        text: the question as typed.
        preset: the applicant the question was tried against ("" for none).
        worst: the worst severity the checker found, or None for no finding.
        categories: the checker's categories, most serious first (hints included).
        suggestion: the checker's better wording, if it offered one.
    """

    at: dt.datetime
    text: str
    preset: str
    worst: Severity | None
    categories: tuple[str, ...]
    suggestion: str | None

    @property
    def ok(self) -> bool:
        """Whether the question may be asked as it is (hints at most)."""
        return self.worst is None or self.worst < Severity.WARN


def attempt_of(text: str, findings: Sequence[Finding], preset: str, at: dt.datetime) -> PracticeAttempt:
    """The attempt ``text`` with the checker's ``findings`` (most serious first)."""
    return PracticeAttempt(
        at=at,
        text=clean_text(text).strip(),
        preset=preset,
        worst=findings[0].severity if findings else None,
        categories=tuple(f.category.value for f in findings),
        suggestion=next((f.suggestion for f in findings if f.suggestion), None),
    )


def summary_line(attempt: PracticeAttempt, lang: Lang) -> str:
    """Time, verdict and question in one line (for the list and the plain-text export)."""
    verdicts = {
        None: ("geen bevindingen", "no findings"),
        Severity.HINT: ("tip", "hint"),
        Severity.WARN: ("waarschuwing", "warning"),
        Severity.BLOCK: ("niet stellen", "do not ask"),
    }
    nl, en = verdicts[attempt.worst]
    verdict = nl if lang == "nl" else en
    if attempt.categories:
        verdict += f" ({', '.join(attempt.categories)})"
    return f"{attempt.at:%H:%M}  {verdict}: {attempt.text}"
