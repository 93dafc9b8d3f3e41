"""Presenting a hearing to a room (a workshop on a projector): zoom levels and hiding personal data.

While presenting, the applicant's names are shown as a pseudonym ("Aanvrager A" / "Applicant A"),
the V-number, case reference and date of birth are hidden, and the names of the others present and of
the authors of statements and expert reports are shown as their role, in every text on screen
(``presenter_mask``); the record itself is never changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from interview_guide.core.labels import label
from interview_guide.core.statements import AuthorRole
from interview_guide.core.text import Lang

if TYPE_CHECKING:
    from interview_guide.core.hearing import Hearing

ZOOM_LEVELS: tuple[int, ...] = (125, 150, 175, 200)
DEFAULT_ZOOM = 150


def pseudonym(lang: Lang) -> str:
    """What the room sees instead of the applicant's name, V-number or case reference."""
    return "Aanvrager A" if lang == "nl" else "Applicant A"


def check_zoom(zoom: int) -> int:
    """``zoom`` if it is one of the presenter's levels.

    Raises:
        ValueError: another value.
    """
    if zoom not in ZOOM_LEVELS:
        raise ValueError(f"zoom {zoom} %: choose one of {', '.join(map(str, ZOOM_LEVELS))}")
    return zoom


def scaled_point_size(base: float, zoom: int) -> float:
    """The font size at ``zoom`` percent of ``base`` points."""
    return round(base * check_zoom(zoom) / 100, 2)


HIDDEN = "•••"  # a number or a date hidden while presenting
_MONTHS = {
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december").split(),
    "en": ("January February March April May June July August September October November December").split(),
}
_NOT_A_NAME = {"Mr", "Mrs", "Ms", "Dhr", "Mevrouw", "Meneer", "Tolk", "Interpreter", "Ds", "Dr"}
# A word of a name (capitalised: "of" in "mevrouw Karimi, of Shirin" is not one) or an interpreter's number.
_NAME_PART = re.compile(r"(?<!\w)(?:[A-ZÀ-Þ][\w'’-]+|\d{4,})")
_OTHERS = {
    "officer": ("de hoormedewerker", "the officer"),
    "interpreter": ("de tolk", "the interpreter"),
    "statement": ("de schrijver van verklaring {0}", "the author of statement {0}"),
    "expert": ("de deskundige van rapport {0}", "the expert of report {0}"),
}


@dataclass(frozen=True)
class Mask:
    """What to hide while presenting, and what to show instead (longest first; as written, so that
    the name "Bos" does not hide the word "bos")."""

    pairs: tuple[tuple[str, str], ...] = ()

    def apply(self, text: str) -> str:
        """``text`` with every personal item replaced."""
        for secret, shown in self.pairs:
            text = re.sub(_boundaries(secret), shown, text)
        return text


def _boundaries(secret: str) -> str:
    escaped = re.escape(secret)
    return rf"(?<!\w){escaped}(?!\w)"


def _name_parts(name: str) -> list[str]:
    """A name, and each word of it that can stand alone ("Shirin", "Karimi"); "(fictief)" and
    courtesy titles are not names."""
    name = re.sub(r"\((fictief|fictional)\)", "", name, flags=re.IGNORECASE).strip()
    words = [w for w in _NAME_PART.findall(name) if w not in _NOT_A_NAME]
    return [name, *words] if name else []


def _date_forms(day: dt.date) -> list[str]:
    forms = [
        day.strftime("%d-%m-%Y"),
        day.isoformat(),
        day.strftime("%d/%m/%Y"),
        f"{day.day}-{day.month}-{day.year}",
    ]
    for months in _MONTHS.values():
        forms.append(f"{day.day} {months[day.month - 1]} {day.year}")
    return forms


def presenter_mask(hearing: Hearing, lang: Lang) -> Mask:
    """What the room must not see of ``hearing``: the applicant's names (shown as the pseudonym), the
    V-number, case reference and date of birth (hidden), and the names of the officer, interpreter and
    others present, and of the authors of third-party statements and expert reports (shown as their
    role; a support organisation keeps its name)."""
    english = lang == "en"
    case = hearing.case
    pairs: list[tuple[str, str]] = []
    applicant = pseudonym(lang)
    for name in (case.applicant_name, case.name_used, case.form_of_address):
        pairs += [(part, applicant) for part in _name_parts(name)]
    pairs += [(value, HIDDEN) for value in (case.v_number, case.case_reference) if value.strip()]
    birth = case.date_of_birth.as_date() if case.date_of_birth is not None else None
    if birth is not None:
        pairs += [(form, HIDDEN) for form in _date_forms(birth)]
    elif case.date_of_birth is not None and case.date_of_birth.typed():
        pairs.append((case.date_of_birth.typed(), HIDDEN))
    pairs += [(part, _OTHERS["officer"][english]) for part in _name_parts(case.officer_name)]
    for sitting in hearing.sittings:
        pairs += [
            (part, _OTHERS["interpreter"][english])
            for part in _name_parts(sitting.interpreter.name_or_number)
        ]
        for attendee in sitting.attendees:
            pairs += [(part, label(attendee.role, lang)) for part in _name_parts(attendee.name)]
    # Third parties are people too; a support organisation is not a person and keeps its name.
    for statement in hearing.statements:
        if statement.author_role != AuthorRole.ORGANISATION:
            author = _OTHERS["statement"][english].format(statement.number)
            pairs += [(part, author) for part in _name_parts(statement.author_name)]
    for report in hearing.expert_reports:
        expert = _OTHERS["expert"][english].format(report.number)
        pairs += [(part, expert) for part in _name_parts(report.author)]
    unique = {secret.strip(): shown for secret, shown in pairs if secret.strip()}
    return Mask(tuple(sorted(unique.items(), key=lambda pair: -len(pair[0]))))
