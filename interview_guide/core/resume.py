"""Where the officer was: the entry being typed when a hearing was interrupted (a crash, a kill).

Read from the record alone, so it works for every restored autosave: the answer being typed is the
newest question asked and not yet logged, unless an answer was corrected after it was asked (the
audit trail says which and when); with neither, the officer was on the theme of the newest entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_guide.core.hearing import Hearing


@dataclass(frozen=True)
class ResumePoint:
    """The entry to put the cursor in (0: none; then only the theme), and its theme."""

    entry: int
    theme_id: str | None


def resume_point(hearing: Hearing) -> ResumePoint:
    """The entry (and theme) the officer was most likely typing in; ``ResumePoint(0, None)`` for none."""
    if not hearing.entries:
        return ResumePoint(0, None)
    open_entries = [e for e in hearing.entries if e.answered_at is None]
    candidate = open_entries[-1] if open_entries else None
    if hearing.audit_trail:
        last_edit = hearing.audit_trail[-1]
        if candidate is None or last_edit.at > candidate.asked_at:
            edited = hearing.entry(last_edit.entry_number)
            return ResumePoint(edited.number, edited.theme_id)
    if candidate is not None:
        return ResumePoint(candidate.number, candidate.theme_id)
    return ResumePoint(0, hearing.entries[-1].theme_id)
