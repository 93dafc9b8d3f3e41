"""What the officer reads out (the opening and closing scripts of the banks), with the names filled in.

A script names people by placeholders: ``[uw naam]`` / ``[your name]`` (the officer), ``[naam
gemachtigde]`` / ``[counsel's name]`` and ``[naam collega]`` / ``[colleague's name]`` (a colleague in
training), capitalised or not. Each is replaced by the name from the case and the attendees of the
current sitting; a placeholder whose name is not recorded stays as it is, so the officer sees what to
say.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from interview_guide.core.editing import current_sitting
from interview_guide.core.hearing import AttendeeRole, Hearing

_AND = {"nl": " en ", "en": " and "}


def _officer(hearing: Hearing) -> list[str]:
    return [hearing.case.officer_name.strip()] if hearing.case.officer_name.strip() else []


def _attendees(role: AttendeeRole) -> Callable[[Hearing], list[str]]:
    def names(hearing: Hearing) -> list[str]:
        people = current_sitting(hearing).attendees
        return [p.name.strip() for p in people if p.role == role and p.name.strip()]

    return names


PLACEHOLDERS: dict[str, Callable[[Hearing], list[str]]] = {
    "uw naam": _officer,
    "your name": _officer,
    "naam gemachtigde": _attendees(AttendeeRole.COUNSEL),
    "counsel's name": _attendees(AttendeeRole.COUNSEL),
    "naam collega": _attendees(AttendeeRole.TRAINEE),
    "colleague's name": _attendees(AttendeeRole.TRAINEE),
}
_PATTERN = re.compile(r"\[([^\[\]]{2,40})\]")


def fill_script(text: str, hearing: Hearing) -> str:
    """``text`` with every known placeholder replaced by the recorded names (joined with "en"/"and"
    in the language of the placeholder); unknown placeholders and missing names are left as they are."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1).strip().lower()
        find = PLACEHOLDERS.get(key)
        names = find(hearing) if find is not None else []
        if not names:
            return match.group(0)
        lang = "en" if key in ("your name", "counsel's name", "colleague's name") else "nl"
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + _AND[lang] + names[-1]
        return joined

    return _PATTERN.sub(replace, text)
