"""The reports sent out of a case: each exported version's fingerprint and the text it showed.

A return from counsel is checked against the version it was made on, not against today's record:
the case keeps, for every export, the record's fingerprint, the hash of the recorded copy embedded in
the report, the date it was sent (the deadline runs from it), and the text of every place the report
showed, as lines. ``places`` keys name the place: ``entry 9/question``, ``entry 9/answer``,
``between 4/1`` (a divider row after entry 4), ``table <heading>/<label>``, ``section <heading>``.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from interview_guide.core.text import Lang


class ExportedVersion(BaseModel):
    """One exported report, as it left the case."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    number: int = Field(ge=1)
    fingerprint: str  # the record's fingerprint printed in the footer
    copy_hash: str  # SHA-256 of the recorded copy embedded in the report (see report/recorded_copy.py)
    exported_at: dt.datetime
    sent_on: dt.date  # the date the report was sent to counsel; the deadline runs from it
    deadline: dt.datetime | None = None  # None: together with the response to the notice of intent
    lang: Lang
    final: bool = False
    places: dict[str, list[str]] = Field(default_factory=dict)


def find_version(
    versions: list[ExportedVersion], copy_hash: str | None, fingerprint: str | None, lang: Lang | None
) -> ExportedVersion | None:
    """The version a returned report was made on: by its copy hash, else by fingerprint and language.

    The latest matching version wins (a re-export of the same record shows the same text).
    """
    if copy_hash:
        for version in reversed(versions):
            if version.copy_hash == copy_hash:
                return version
    if fingerprint:
        for version in reversed(versions):
            if (
                version.fingerprint == fingerprint
                and (lang is None or version.lang == lang)
                and not version.final
            ):
                return version
    return None


def add_version(versions: list[ExportedVersion], version: ExportedVersion) -> ExportedVersion:
    """Keep ``version`` in ``versions`` (renumbered to follow on); the same report again is kept once.

    Returns:
        The version as kept (an earlier one when the same text was exported before).
    """
    for earlier in versions:
        if earlier.copy_hash == version.copy_hash:
            return earlier
    kept = version.model_copy(update={"number": len(versions) + 1})
    versions.append(kept)
    return kept
