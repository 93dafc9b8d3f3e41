"""What still stands in the way of finalising a hearing, worded for the officer in Dutch or English.

Finalising sets ``Hearing.finalised_at``: the moment the officer declared the record complete, the
date the final report is signed with. The record stays editable afterwards (counsel's corrections,
the officer's responses and a late statement can still arrive); edits to recorded questions and
answers keep going to the audit trail, and finalising again re-dates the record after the same checks.
"""

from __future__ import annotations

from interview_guide.core import editing
from interview_guide.core.case_completeness import case_problems
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang


def _pick(lang: Lang, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


def statement_problems(hearing: Hearing, lang: Lang) -> list[str]:
    """Third-party statements without a consideration note, one line each."""
    problems = []
    for statement in hearing.statements:
        if statement.consideration_note.strip():
            continue
        who = f" ({statement.author_name})" if statement.author_name else ""
        problems.append(
            _pick(
                lang,
                f"Verklaring {statement.number}{who}: leg vast hoe de verklaring is meegewogen, of waarom "
                "zij het oordeel niet verandert.",
                f"Statement {statement.number}{who}: record how it was weighed, or why it does not change "
                "the assessment.",
            )
        )
    return problems


def finalise_problems(hearing: Hearing, lang: Lang) -> list[str]:
    """Everything that must be done before the hearing can be finalised (empty: it can be).

    Checks the case data (``case_completeness.case_problems``), the consideration note of every
    third-party statement (seed letter: the decision must say how each statement was weighed),
    the officer's response to every correction or addition (printed in the final report's annex),
    and that no break is still running.
    """
    problems = case_problems(hearing, lang)
    problems += statement_problems(hearing, lang)
    for correction in hearing.corrections:
        if not correction.response.strip():
            problems.append(
                _pick(
                    lang,
                    f"Correctie of aanvulling {correction.number} heeft nog geen reactie.",
                    f"Correction or addition {correction.number} has no response yet.",
                )
            )
    if editing.running_break(hearing) is not None:
        problems.append(_pick(lang, "Er loopt nog een pauze.", "A break is still running."))
    return problems
