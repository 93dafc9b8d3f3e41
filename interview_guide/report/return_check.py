"""Compare a returned report with the version it was made on: entry by entry, place by place.

The recorded text is compared as it stood before counsel's tracked changes (tracked changes are
proposals, listed for the officer, never taken as the record), after the meaning-preserving
normalisation of ``recorded_copy``. An entry is not imported when its recorded text differs, its row
holds hidden text, or its row is duplicated or moved; a place (case data, a sitting, the frame, the
opening, the remarks, a row between entries) likewise; changed text outside the tables is listed.
Everything else is imported. Reasons are worded in the report's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.report.docx_text import Line, has_hidden, original_lines
from interview_guide.report.legacy_return import legacy_matches
from interview_guide.report.recorded_copy import (
    Places,
    between_keys,
    entry_key,
    normalise,
    places_of,
    table_keys,
)
from interview_guide.report.report_view import EntryRow, ReportView

_REASONS: dict[str, tuple[str, str]] = {
    "question": (
        "de tekst van de vraag wijkt af van het verstuurde rapport",
        "the question text differs from the report as sent",
    ),
    "answer": (
        "de tekst van het antwoord wijkt af van het verstuurde rapport",
        "the answer text differs from the report as sent",
    ),
    "number": ("het nummer van de rij is veranderd", "the row's number was changed"),
    "hidden": ("de rij bevat verborgen tekst", "the row holds hidden text"),
    "duplicate": ("de rij staat er meer dan eens in", "the row occurs more than once"),
    "moved": ("de rij is verplaatst", "the row was moved"),
    "missing": (
        "de rij ontbreekt in het teruggestuurde rapport",
        "the row is missing from the returned report",
    ),
    "unknown": (
        "dit nummer stond niet in het verstuurde rapport",
        "this number was not in the report as sent",
    ),
    "cells": (
        "de rij heeft niet de vier kolommen van het rapport",
        "the row does not have the report's four columns",
    ),
    "place": (
        "de vastgelegde tekst wijkt af van het verstuurde rapport",
        "the recorded text differs from the report as sent",
    ),
    "place_missing": ("ontbreekt in het teruggestuurde rapport", "is missing from the returned report"),
    "row_moved": ("een rij tussen de vragen is verplaatst", "a row between the entries was moved"),
    "row_added": (
        "een rij toegevoegd die niet in het verstuurde rapport stond; de tekst is als algemene correctie "
        "ingelezen",
        "a row was added that was not in the report as sent; its text was read as a general item",
    ),
    "section": ("tekst buiten de tabellen is veranderd", "text outside the tables was changed"),
    "section_missing": (
        "dit deel ontbreekt in het teruggestuurde rapport",
        "this part is missing from the returned report",
    ),
    "section_added": (
        "dit deel stond niet in het verstuurde rapport",
        "this part was not in the report as sent",
    ),
    "empty_rows": ("rijen zonder cellen", "rows without cells"),
}
_SECTION_NUMBER = re.compile(r"^\s*(?:bijlage\s+[a-z]\s+|annex\s+[a-z]\s+|\d+\s+)", re.IGNORECASE)


def reason(key: str, lang: Lang) -> str:
    """A reason in the report's language."""
    nl, en = _REASONS[key]
    return nl if lang == "nl" else en


def entry_label(number: int, lang: Lang) -> str:
    """How a line names an entry: ``vraag 9`` / ``entry 9``."""
    return f"vraag {number}" if lang == "nl" else f"entry {number}"


def place_label(key: str, lang: Lang) -> str:
    """A readable name for a place key (``table 1   Gegevens van de zaak/Nationaliteit``)."""
    kind, _, rest = key.partition(" ")
    rest = rest.split("#")[0]
    if kind == "between":
        after = int(rest.split("/")[0])
        if after == 0:
            return "vóór vraag 1" if lang == "nl" else "before entry 1"
        return f"na vraag {after}" if lang == "nl" else f"after entry {after}"
    if kind == "table":
        title, _, name = rest.partition("/")
        title = _SECTION_NUMBER.sub("", " ".join(title.split()))
        return f"{title}, {name}" if name else title
    return _SECTION_NUMBER.sub("", " ".join(rest.split()))


@dataclass
class Problem:
    """Something the officer must look at: an entry or a place not imported, or a changed text."""

    entry: int | None
    place: str
    reason: str
    blocking: bool = True  # something counsel wrote was not imported because of it

    def line(self, lang: Lang) -> str:
        """``vraag 9: ...`` / ``entry 9: ...`` / ``<place>: ...``."""
        where = entry_label(self.entry, lang) if self.entry is not None else self.place
        return f"{where}: {self.reason}"


@dataclass
class Proposal:
    """A tracked change in recorded text: shown to the officer as a proposed correction, never accepted."""

    entry: int | None
    place: str
    part: str  # "question", "answer", "number" or "" for a place
    deleted: str
    inserted: str


@dataclass
class Outcome:
    """What the comparison found."""

    lang: Lang
    blocked: set[int] = field(default_factory=set)
    blocked_places: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    added_rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (after entry, text)

    def block(self, entry: int, key: str) -> None:
        self.blocked.add(entry)
        self.problems.append(Problem(entry, "", reason(key, self.lang)))


class Baseline(Protocol):
    """What the returned report is compared with."""

    def entry_matches(
        self, number: int, question: list[str], answer: list[str], number_cell: list[str]
    ) -> str:
        """ "" when the row shows the entry as sent, else the reason key ("question", "answer", "number")."""

    def entries(self) -> set[int]:
        """The entry numbers of the report as sent."""

    def places(self) -> Places | None:
        """The other places of the report as sent, or None when not known (an old report)."""


@dataclass
class PlacesBaseline:
    """A version the case kept, or the copy embedded in the report."""

    known: Places

    def entry_matches(
        self, number: int, question: list[str], answer: list[str], number_cell: list[str]
    ) -> str:
        if number_cell != self.known.get(entry_key(number, "number")):
            return "number"
        if question != self.known.get(entry_key(number, "question")):
            return "question"
        if answer != self.known.get(entry_key(number, "answer")):
            return "answer"
        return ""

    def entries(self) -> set[int]:
        return {
            int(k.split(" ")[1].split("/")[0])
            for k in self.known
            if k.startswith("entry ") and k.endswith("/number")
        }

    def places(self) -> Places | None:
        return {k: v for k, v in self.known.items() if not k.startswith("entry ")}


@dataclass
class LegacyBaseline:
    """An old report whose fingerprint matches the record: compared with the record in the old layout."""

    hearing: Hearing
    lang: Lang

    def entry_matches(
        self, number: int, question: list[str], answer: list[str], number_cell: list[str]
    ) -> str:
        if number_cell != [str(number)]:
            return "number"
        return "" if legacy_matches(self.hearing, number, question, answer, self.lang) else "answer"

    def entries(self) -> set[int]:
        return set(range(1, len(self.hearing.entries) + 1))

    def places(self) -> Places | None:
        return None


def _moved(numbers: list[int]) -> set[int]:
    """Row positions not on a longest increasing run of numbers (the rows that were moved)."""
    if not numbers:
        return set()
    tails: list[int] = []
    links: list[int] = [-1] * len(numbers)
    ends: list[int] = []
    for i, value in enumerate(numbers):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < value:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(value)
            ends.append(i)
        else:
            tails[lo] = value
            ends[lo] = i
        links[i] = ends[lo - 1] if lo > 0 else -1
    keep = set()
    at = ends[-1]
    while at >= 0:
        keep.add(at)
        at = links[at]
    return set(range(len(numbers))) - keep


def _changes(block: list[Line]) -> tuple[str, str]:
    deleted = " … ".join(t for line in block if (t := " ".join(line.text_of("del").split())))
    inserted = " … ".join(t for line in block if (t := " ".join(line.text_of("ins").split())))
    return deleted, inserted


def _row_hidden(row: EntryRow) -> bool:
    return any(has_hidden(b) for b in (row.number_cell, row.question, row.answer, row.corrections))


def check_entries(view: ReportView, baseline: Baseline, outcome: Outcome) -> None:
    """Compare every numbered row with the baseline; fill ``outcome``."""
    counts: dict[int, int] = {}
    for row in view.entry_rows:
        counts[row.number] = counts.get(row.number, 0) + 1
    moved = {view.entry_rows[i].number for i in _moved([r.number for r in view.entry_rows])}
    sent = baseline.entries()
    for row in view.entry_rows:
        n = row.number
        if n in outcome.blocked:
            continue
        if counts[n] > 1:
            outcome.block(n, "duplicate")
        elif n not in sent:
            outcome.block(n, "unknown")
        elif n in moved:
            outcome.block(n, "moved")
        elif row.cells != 4:
            outcome.block(n, "cells")
        elif _row_hidden(row):
            outcome.block(n, "hidden")
        else:
            key = baseline.entry_matches(
                n,
                normalise(original_lines(row.question)),
                normalise(original_lines(row.answer)),
                normalise(original_lines(row.number_cell)),
            )
            if key:
                outcome.block(n, key)
                continue
            for part, block in (
                ("number", row.number_cell),
                ("question", row.question),
                ("answer", row.answer),
            ):
                deleted, inserted = _changes(block)
                if deleted or inserted or any(line.mark for line in block):
                    outcome.proposals.append(Proposal(n, "", part, deleted, inserted))
            if row.tracked:
                outcome.proposals.append(Proposal(n, "", "row", "(rij)" if row.tracked == "del" else "", ""))
    present = {row.number for row in view.entry_rows}
    for n in sorted(sent - present):
        outcome.problems.append(Problem(n, "", reason("missing", outcome.lang), blocking=False))
    if view.rows_without_cells:
        where = "vragen en antwoorden" if outcome.lang == "nl" else "questions and answers"
        outcome.problems.append(
            Problem(
                None, where, f"{view.rows_without_cells} {reason('empty_rows', outcome.lang)}", blocking=False
            )
        )


def _check_between(view: ReportView, known: Places, outcome: Outcome) -> None:
    """Rows between entries are matched by their text: a known row elsewhere was moved, else added."""
    expected = {k: v for k, v in known.items() if k.startswith("between ")}
    unmatched = list(expected.values())
    for key, other in zip(between_keys(view), view.other_rows, strict=True):
        lines = normalise(original_lines(other.text))
        label = place_label(key, outcome.lang)
        if lines in unmatched:
            unmatched.remove(lines)
            if expected.get(key) != lines:
                outcome.problems.append(
                    Problem(None, label, reason("row_moved", outcome.lang), blocking=False)
                )
            continue
        outcome.added_rows.append((other.after, lines))
        outcome.blocked_places.add(key)
        outcome.problems.append(Problem(None, label, reason("row_added", outcome.lang), blocking=False))
    for key, lines in expected.items():
        if lines in unmatched:
            unmatched.remove(lines)
            text = " ".join(lines)[:120]
            outcome.problems.append(
                Problem(
                    None,
                    place_label(key, outcome.lang),
                    f"“{text}” {reason('place_missing', outcome.lang)}",
                    blocking=False,
                )
            )


def check_places(view: ReportView, known: Places, outcome: Outcome) -> None:
    """Compare rows between entries, tables of recorded data and section text with the baseline."""
    _check_between(view, known, outcome)
    found = places_of(view)
    current = {k: v for k, v in found.items() if k.startswith(("table ", "section "))}
    for key, lines in current.items():
        label = place_label(key, outcome.lang)
        if key not in known:
            if key.startswith("section "):
                text = _section_reason("section_added", lines, [], outcome.lang)
                outcome.problems.append(Problem(None, label, text, blocking=False))
            else:
                outcome.problems.append(Problem(None, label, reason("place", outcome.lang)))
                outcome.blocked_places.add(key)
        elif known[key] != lines:
            if key.startswith("section "):
                text = _section_reason("section", lines, known[key], outcome.lang)
                outcome.problems.append(Problem(None, label, text, blocking=False))
            else:
                outcome.problems.append(Problem(None, label, reason("place", outcome.lang)))
                outcome.blocked_places.add(key)
    for key in known:
        if key.startswith(("table ", "section ")) and key not in current:
            kind = "section_missing" if key.startswith("section ") else "place_missing"
            problem = Problem(
                None, place_label(key, outcome.lang), reason(kind, outcome.lang), blocking=False
            )
            outcome.problems.append(problem)
    rows = [*zip(table_keys(view), [(p.value, p.corrections) for p in view.place_rows], strict=True)]
    rows += [*zip(between_keys(view), [(o.text, o.corrections) for o in view.other_rows], strict=True)]
    for key, (value, corrections) in rows:
        label = place_label(key, outcome.lang)
        if has_hidden(value) or has_hidden(corrections):
            outcome.blocked_places.add(key)
            outcome.problems.append(Problem(None, label, reason("hidden", outcome.lang)))
        deleted, inserted = _changes(value)
        if deleted or inserted:
            outcome.proposals.append(Proposal(None, label, "", deleted, inserted))


def _section_reason(key: str, found: list[str], known: list[str], lang: Lang) -> str:
    # Name what changed, so the words are listed even where they cannot be placed.
    new = [line for line in found if line not in set(known)]
    shown = " … ".join(new)
    if len(shown) > 240:
        shown = shown[:239] + "…"
    return reason(key, lang) + (f": “{shown}”" if shown else "")


def compare(view: ReportView, baseline: Baseline, lang: Lang) -> Outcome:
    """Compare a returned report with the report as sent."""
    outcome = Outcome(lang=lang)
    check_entries(view, baseline, outcome)
    known = baseline.places()
    if known is not None:
        check_places(view, known, outcome)
    return outcome
