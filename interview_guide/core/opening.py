"""The standard opening explanation as it is read out: the bank's script with the names filled in.

The common bank's opening holds the explanation the officer reads at the start (who is present, the
interpreter, the report and the corrections). Its placeholders in square brackets (``[naam]``,
``[name]``) stand for the officer, counsel and a colleague in training, in that order. The officer
checks and corrects the text before it is recorded; the report prints it as recorded.
"""

from __future__ import annotations

import re

from interview_guide.core.hearing import AttendeeRole, Hearing

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")


def placeholders(text: str) -> list[str]:
    """The placeholders still in ``text`` (``[naam]``)."""
    return _PLACEHOLDER.findall(text)


def standard_opening(script: list[str], hearing: Hearing) -> str:
    """The script as one text, one paragraph per line, with the names the record knows filled in.

    Placeholders are filled in order with the officer's name, then counsel's, then the name of a
    colleague in training present at the first sitting; a placeholder without a name stays as it is.
    """
    first = hearing.sittings[0]
    names = [hearing.case.officer_name.strip()]
    for role in (AttendeeRole.COUNSEL, AttendeeRole.TRAINEE):
        names.append(next((a.name.strip() for a in first.attendees if a.role == role and a.name.strip()), ""))
    queue = iter(names)

    def fill(match: re.Match[str]) -> str:
        name = next(queue, "")
        return name or match.group(0)

    return "\n".join(_PLACEHOLDER.sub(fill, line) for line in script)
