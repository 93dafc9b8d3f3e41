"""Presenting a hearing to a room (a workshop on a projector): zoom levels and hiding personal data.

While presenting, the applicant's names, V-number and case reference are shown as a pseudonym
("Aanvrager A" / "Applicant A"); the record itself is never changed.
"""

from __future__ import annotations

from interview_guide.core.text import Lang

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
