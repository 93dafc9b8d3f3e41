"""Read counsel's corrections and additions back from a returned report into the case.

A return is checked against the version it was made on (the case keeps every exported version: its
fingerprint, the hash of its embedded copy and the text of every place it showed). Entries and places
whose recorded text still differs, rows with hidden text, duplicated or moved rows are listed for the
officer and their items are not imported; the items of every other entry are. A return on an earlier
version imports against that version, and the entries changed since are named. Reports exported
before versions were kept import when their fingerprint still matches the record. The recorded entries
never change; corrections are a separate layer, one ``Correction`` per item, and a revised item
replaces (``replaces``) or withdraws (``withdrawn_at``) an earlier one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from interview_guide.core.deadlines import Deadline, DeadlineSettings, compute_deadline, within_deadline
from interview_guide.core.errors import ReportError
from interview_guide.core.fingerprint import fingerprint, legacy_fingerprint
from interview_guide.core.hearing import Hearing
from interview_guide.core.report_versions import ExportedVersion, find_version
from interview_guide.core.sanitize import clean_text
from interview_guide.core.statements import Correction, CorrectionSource
from interview_guide.core.text import Lang
from interview_guide.report.docx_package import open_docx
from interview_guide.report.formatting import text_lines
from interview_guide.report.markers import ENTRY_COLUMN_HEADINGS
from interview_guide.report.recorded_copy import (
    EmbeddedCopy,
    embedded_copy,
    entry_key,
    normalise,
    normalise_line,
)
from interview_guide.report.report_view import ReportView, read_view
from interview_guide.report.return_check import (
    Baseline,
    LegacyBaseline,
    Outcome,
    PlacesBaseline,
    Problem,
    compare,
)
from interview_guide.report.return_items import ReturnedItem, collect_items

_FINGERPRINT = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")
_V_NUMBER = re.compile(r"\bV-(?:nummer|number)\s*:?\s*(\d+)", re.IGNORECASE)

__all__ = [
    "ImportResult",
    "ReturnedReport",
    "apply_import",
    "collect_corrections",
    "import_corrections",
    "read_report",
    "respond",
]


@dataclass
class ReturnedReport:
    """A returned report as read: its parts, its identity (footer, embedded copy)."""

    view: ReportView
    lang: Lang
    fingerprints: set[str]
    v_numbers: set[str]
    copy: EmbeddedCopy | None


@dataclass
class ImportResult:
    """The outcome of reading a returned report into a case."""

    added: list[Correction]
    already_present: int
    warnings: list[str]  # one line each: what the officer should look at (entries and places named)
    report_fingerprint: str
    lang: Lang = "nl"
    not_imported: list[Problem] = field(default_factory=list)  # entries and places whose items were withheld
    notes: list[Problem] = field(default_factory=list)  # listed, nothing withheld
    withdrawn: list[int] = field(default_factory=list)  # numbers of earlier items counsel withdrew
    changed_since: list[int] = field(default_factory=list)  # entries changed since the version counsel had
    version: ExportedVersion | None = None

    @property
    def complete(self) -> bool:
        """Whether every entry and place was imported (the command line exits 0)."""
        return not self.not_imported

    def lines(self) -> list[str]:
        """One line per entry or place not imported, then the other notes (``vraag 9: ...``)."""
        return [p.line(self.lang) for p in self.not_imported] + [p.line(self.lang) for p in self.notes]


def read_report(path: Path | str) -> ReturnedReport:
    """Read a returned report (.docx, saved by Word or LibreOffice), bounded and without trusting it.

    Raises:
        ReportError: not a Word document, damaged, hostile, or not a report exported by Interview Guide.
    """
    view = read_view(open_docx(path))
    copy = embedded_copy(view)
    if not view.entries_table_found or view.lang is None:
        if copy is not None and copy.final:
            raise ReportError(
                f"{path}: this is the final version of the report; it has no place for corrections"
            )
        raise ReportError(
            f"{path}: no questions-and-answers table with a column “{ENTRY_COLUMN_HEADINGS['nl']}” / "
            f"“{ENTRY_COLUMN_HEADINGS['en']}”; is this an exported report?"
        )
    return ReturnedReport(
        view=view,
        lang=view.lang,
        fingerprints=set(_FINGERPRINT.findall(view.footer_text)),
        v_numbers=set(_V_NUMBER.findall(view.footer_text)),
        copy=copy,
    )


def _baseline(
    hearing: Hearing, report: ReturnedReport, source: str
) -> tuple[Baseline, ExportedVersion | None, str]:
    v_number = hearing.case.v_number
    if v_number and report.v_numbers and v_number not in report.v_numbers:
        other = ", ".join(sorted(report.v_numbers))
        raise ReportError(
            f"{source} belongs to another case (V-number {other}; this case has {v_number}); nothing imported"
        )
    if len(report.fingerprints) > 1:
        raise ReportError(f"{source}: the footers hold different fingerprints; nothing imported")
    found = next(iter(report.fingerprints), "")
    stated = report.copy.stated_hash if report.copy is not None and report.copy.intact else None
    version = find_version(hearing.exported_versions, stated, found or None, report.lang)
    if version is not None:
        return PlacesBaseline(version.places), version, version.fingerprint
    if not found:
        raise ReportError(
            f"{source}: no fingerprint in the footer and no known copy of the recorded text; only a report "
            "exported from this case can be imported"
        )
    if found in (legacy_fingerprint(hearing), fingerprint(hearing)) and report.copy is None:
        return LegacyBaseline(hearing, report.lang), None, found
    raise ReportError(
        f"{source} was made from a version of the report this case does not know (fingerprint {found[:12]}…, "
        f"this case {fingerprint(hearing)[:12]}…): from another case, or from a copy of this case file "
        "that exported it; import it into the case file it was exported from; nothing imported"
    )


def changed_since(hearing: Hearing, version: ExportedVersion) -> list[int]:
    """Entries whose question or answer in the record no longer reads as in ``version``."""
    changed = []
    for entry in hearing.entries:
        question = version.places.get(entry_key(entry.number, "question"))
        answer = version.places.get(entry_key(entry.number, "answer"))
        if question is None or answer is None:
            changed.append(entry.number)
            continue
        asked = normalise(text_lines(entry.question_text))
        window = [question[i : i + len(asked)] for i in range(len(question) - len(asked) + 1)]
        said = normalise(text_lines(entry.answer_text))
        if asked not in window or (said != answer and (said or len(answer) != 1)):
            changed.append(entry.number)
    return changed


def _key(entry_number: int | None, place: str, text: str) -> tuple[int | None, str, str]:
    return entry_number, place, " ".join(text.split()).casefold()


def _due(
    hearing: Hearing,
    version: ExportedVersion | None,
    deadline: Deadline | None,
    settings: DeadlineSettings | None,
) -> Deadline:
    if deadline is not None:
        return deadline
    if version is not None:
        computed = compute_deadline(hearing, settings, sent_on=version.sent_on)
        return computed.model_copy(update={"due": version.deadline})
    return compute_deadline(hearing, settings)


def _targets(item: ReturnedItem, active: list[Correction]) -> list[Correction]:
    struck = {normalise_line(s).casefold() for s in item.struck}
    if not struck:
        return []
    return [
        c
        for c in active
        if c.entry_number == item.entry_number
        and c.place == item.place
        and normalise_line(c.text).casefold() in struck
    ]


def collect_corrections(
    hearing: Hearing,
    report_path: Path | str,
    *,
    submitted_by: str = "counsel",
    received_at: dt.datetime | None = None,
    deadline: Deadline | None = None,
    deadline_settings: DeadlineSettings | None = None,
) -> ImportResult:
    """Read and check a returned report; the new items as Correction records, not yet added to ``hearing``.

    Args:
        hearing: the record the report was exported from.
        report_path: the returned .docx.
        submitted_by: who sent it (default: counsel).
        received_at: when it was received (default: now); items after the deadline are flagged late.
        deadline: the deadline (default: the one of the version the return was made on).
        deadline_settings: the deadline rules (default: the built-in defaults).

    Raises:
        ReportError: the file is not a report of this case, or cannot be read safely.
    """
    source = str(report_path)
    report = read_report(report_path)
    baseline, version, found = _baseline(hearing, report, source)
    outcome: Outcome = compare(report.view, baseline, report.lang)
    items, item_problems = collect_items(report.view, outcome, len(hearing.entries))
    due = _due(hearing, version, deadline, deadline_settings)
    received = received_at or dt.datetime.now().astimezone()
    if received.tzinfo is None:  # a naive time is taken in the hearing's zone (else the local one)
        received = received.replace(tzinfo=due.due.tzinfo) if due.due is not None else received.astimezone()
    late = not within_deadline(due, received)
    replaced = {c.replaces for c in hearing.corrections if c.replaces is not None}
    active = [
        c
        for c in hearing.corrections
        if c.active and c.number not in replaced and c.source != CorrectionSource.MANUAL
    ]
    known = {_key(c.entry_number, c.place, c.text) for c in hearing.corrections}
    number = max((c.number for c in hearing.corrections), default=0)
    who = clean_text(submitted_by).strip() or "counsel"
    added: list[Correction] = []
    withdrawn: list[int] = []
    present = 0
    for item in items:
        targets = [t for t in _targets(item, active) if t.number not in withdrawn]
        if not item.text:
            withdrawn += [t.number for t in targets]
            continue
        key = _key(item.entry_number, item.place, item.text)
        if key in known:
            present += 1
            continue
        if not targets and item.slot:  # the same cell of the same version, revised without tracked changes
            targets = [
                c
                for c in active
                if c.source == item.source
                and c.entry_number == item.entry_number
                and c.place == item.place
                and c.report_fingerprint == found
            ][-1:]
        known.add(key)
        number += 1
        added.append(
            Correction(
                number=number,
                entry_number=item.entry_number,
                place=item.place,
                text=item.text,
                type=item.type,
                source=item.source,
                submitted_by=who,
                received_at=received,
                deadline=due.due,
                within_deadline=not late,
                report_fingerprint=found,
                replaces=targets[0].number if targets else None,
            )
        )
        withdrawn += [t.number for t in targets[1:]]
    problems = outcome.problems + item_problems
    since = changed_since(hearing, version) if version is not None else []
    result = ImportResult(
        added=added,
        already_present=present,
        warnings=[],
        report_fingerprint=found,
        lang=report.lang,
        not_imported=[p for p in problems if p.blocking],
        notes=[p for p in problems if not p.blocking],
        withdrawn=withdrawn,
        changed_since=since,
        version=version,
    )
    for n in since:
        result.notes.append(Problem(n, "", _since_text(version, report.lang), blocking=False))
    result.warnings = result.lines()
    return result


def _since_text(version: ExportedVersion | None, lang: Lang) -> str:
    number = version.number if version is not None else 0
    if lang == "nl":
        return (
            f"na versie {number} (waarop dit rapport is gemaakt) in het dossier gewijzigd; "
            "de correctie hoort bij de eerdere tekst"
        )
    return (
        f"changed in the case after version {number} (the one this report was made on); "
        "the item refers to the earlier text"
    )


def apply_import(hearing: Hearing, result: ImportResult, now: dt.datetime | None = None) -> None:
    """Add the new items to ``hearing.corrections`` and mark the withdrawn ones."""
    moment = now or (result.added[0].received_at if result.added else dt.datetime.now().astimezone())
    for correction in hearing.corrections:
        if correction.number in result.withdrawn and correction.withdrawn_at is None:
            correction.withdrawn_at = moment
    hearing.corrections.extend(result.added)


def import_corrections(
    hearing: Hearing,
    report_path: Path | str,
    *,
    submitted_by: str = "counsel",
    received_at: dt.datetime | None = None,
    deadline: Deadline | None = None,
    deadline_settings: DeadlineSettings | None = None,
) -> ImportResult:
    """Like :func:`collect_corrections`, and add the new items to ``hearing`` (withdrawals marked).

    Nothing is added when the report is refused; importing the same report twice adds nothing.
    """
    result = collect_corrections(
        hearing,
        report_path,
        submitted_by=submitted_by,
        received_at=received_at,
        deadline=deadline,
        deadline_settings=deadline_settings,
    )
    apply_import(hearing, result, received_at)
    return result


def respond(hearing: Hearing, number: int, response: str) -> Correction:
    """Record the officer's response to correction ``number`` (printed in the final report's annex).

    Raises:
        KeyError: no correction with that number.
    """
    for correction in hearing.corrections:
        if correction.number == number:
            correction.response = clean_text(response).strip()
            return correction
    raise KeyError(number)
