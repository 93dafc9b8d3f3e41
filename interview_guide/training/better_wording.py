"""A better wording for a question the checker flagged, for the trainee's feedback sheet.

In order: the trainer's own wording (a line of the trainer note that starts with "Better:" or
"Beter:"), the checker's suggestion, and else the bank question of the same theme that shares the
most words with it. Every wording offered passes the checker itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from interview_guide.core.bank import QuestionBank
from interview_guide.core.checks.analysis import detect_language
from interview_guide.core.hearing import Entry, Hearing
from interview_guide.core.question_check import Finding, check_question, is_ok
from interview_guide.core.text import Lang

Source = Literal["trainer", "checker", "bank"]
_TRAINER_LINE = re.compile(r"^\s*(?:better|beter)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)
_WORD = re.compile(r"\w+")
_GENERIC = {"nl": "Kunt u daar meer over vertellen?", "en": "Can you tell me more about that?"}


@dataclass(frozen=True)
class BetterWording:
    """A wording to ask instead, and where it comes from ("trainer", "checker" or "bank")."""

    text: str
    source: Source


def trainer_wording(note: str) -> str | None:
    """The wording the trainer proposes in a note ("Better: ..." / "Beter: ..."), if any."""
    match = _TRAINER_LINE.search(note)
    return match.group(1).strip() if match else None


def _passes(text: str, hearing: Hearing) -> bool:
    findings = check_question(text, claim_types=hearing.case.claim_types, frame=hearing.reference_frame)
    return is_ok(findings)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3}


def _from_bank(entry: Entry, hearing: Hearing, banks: Sequence[QuestionBank], lang: Lang) -> str | None:
    wanted = _words(entry.question_text)
    candidates: list[tuple[int, int, str]] = []
    for bank in banks:
        for theme in bank.themes:
            if theme.id != entry.theme_id:
                continue
            for position, question in enumerate(theme.questions):
                text = question.text.get(lang)
                candidates.append((-len(wanted & _words(text)), position, text))
    for _, _, text in sorted(candidates):
        if _passes(text, hearing):
            return text
    return None


def better_wording(
    entry: Entry,
    findings: Sequence[Finding],
    hearing: Hearing,
    banks: Sequence[QuestionBank],
    lang: Lang,
) -> BetterWording:
    """A better wording for the flagged question of ``entry``.

    Args:
        entry: the entry whose question was flagged.
        findings: the checker's findings on it (most serious first).
        hearing: the hearing (claim types and reference frame tune the checker).
        banks: the hearing's banks (the last resort: a bank question of the same theme).
        lang: the language ``findings`` were checked in (the wording follows the question's language).

    Returns:
        The wording and its source; always one that passes the checker.
    """
    own = trainer_wording(entry.trainer_note)
    if own and _passes(own, hearing):
        return BetterWording(own, "trainer")
    question_lang = detect_language(entry.question_text)
    if lang != question_lang:  # a wording to ask is in the language of the question
        findings = check_question(
            entry.question_text,
            claim_types=hearing.case.claim_types,
            frame=hearing.reference_frame,
            ui_lang=question_lang,
        )
    for finding in findings:
        if finding.suggestion and _passes(finding.suggestion, hearing):
            return BetterWording(finding.suggestion, "checker")
    from_bank = _from_bank(entry, hearing, banks, question_lang)
    return BetterWording(from_bank or _GENERIC[question_lang], "bank")
