"""Counsel's items in a returned report: every word in a corrections cell, comment, footnote or the box.

Each item knows where it belongs (an entry, a place such as "Gegevens van de zaak, Nationaliteit",
or nowhere: general), its type (a leading marker such as ``[vertaalfout]``, else the default of where
it was written), and the text struck in the same cell with change tracking on, which identifies
earlier items that counsel withdraws or replaces. A tracked change in recorded text becomes a proposed
correction of its entry. Items of entries and places that are not imported are left out here (the
comparison lists them); anything that cannot be placed becomes a general item, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_guide.core.statements import CorrectionSource, CorrectionType
from interview_guide.core.text import Lang
from interview_guide.report.docx_text import Line, current_lines
from interview_guide.report.formatting import text_lines
from interview_guide.report.markers import ADDITIONS_HEADINGS, take_entry_ref, take_marker
from interview_guide.report.recorded_copy import between_keys, section_keys, table_keys
from interview_guide.report.report_view import ReportView
from interview_guide.report.return_check import Outcome, Problem, entry_label, place_label

_WORDS: dict[str, tuple[str, str]] = {
    "proposal": (
        "Bijgehouden wijziging in {part} (voorstel; de vastgelegde tekst is niet veranderd)",
        "Tracked change in {part} (a proposal; the recorded text was not changed)",
    ),
    "question": ("de vraag", "the question"),
    "answer": ("het antwoord", "the answer"),
    "number": ("het nummer", "the number"),
    "row": ("de rij", "the row"),
    "text": ("de vastgelegde tekst", "the recorded text"),
    "deleted": ("geschrapt: “{text}”", "struck: “{text}”"),
    "inserted": ("ingevoegd: “{text}”", "inserted: “{text}”"),
    "comment": ("Opmerking", "Comment"),
    "footnote": ("Voetnoot", "Footnote"),
    "endnote": ("Eindnoot", "Endnote"),
    "unanchored": ("opmerking zonder plaats in de tekst", "comment not anchored in the text"),
    "bad_ref": (
        "een aanvulling verwijst naar vraag {n}, die niet bestaat; ingelezen als algemene aanvulling",
        "an addition refers to question {n}, which does not exist; read as a general addition",
    ),
}


def _w(key: str, lang: Lang, **values: object) -> str:
    nl, en = _WORDS[key]
    return (nl if lang == "nl" else en).format(**values)


@dataclass(frozen=True)
class ReturnedItem:
    """One correction or addition as written in the report (``text`` empty: a withdrawal only)."""

    entry_number: int | None
    place: str
    text: str
    type: CorrectionType
    source: CorrectionSource
    struck: tuple[str, ...] = ()
    slot: str = ""  # the cell it was written in (entries and places), for a revision of that cell


def _struck(block: list[Line]) -> tuple[str, ...]:
    """The struck text of each paragraph, and of the whole cell, without a leading type marker."""
    pieces = [t for line in block if (t := " ".join(line.text_of("del").split()))]
    candidates = [*pieces, " ".join(pieces)] if len(pieces) > 1 else pieces
    return tuple(take_marker(text)[1].strip() for text in candidates)


def _body(lines: list[str]) -> str:
    return "\n".join(text_lines("\n".join(lines)))


def _typed(text: str, default: CorrectionType) -> tuple[CorrectionType, str]:
    kind, rest = take_marker(text)
    body = _body([rest]) or text
    return kind or default, body


class _Collector:
    def __init__(self, view: ReportView, outcome: Outcome, entries: int) -> None:
        self.view = view
        self.outcome = outcome
        self.lang = outcome.lang
        self.entries = entries
        self.items: list[ReturnedItem] = []
        self.problems: list[Problem] = []
        self.anchors: dict[str, tuple[int | None, str, bool]] = {}  # comment id -> (entry, place, imported)
        self.note_anchors: dict[tuple[str, str], tuple[int | None, str, bool]] = {}

    def _anchor(self, block: list[Line], entry: int | None, place: str, imported: bool) -> None:
        for line in block:
            for comment in line.comments:
                self.anchors.setdefault(comment, (entry, place, imported))
            for note in line.notes:
                self.note_anchors.setdefault(note, (entry, place, imported))

    def _notes_text(self, block: list[Line]) -> list[str]:
        lines: list[str] = []
        for line in block:
            for note in line.notes:
                words = self.view.notes.get(note, [])
                if words:
                    lines.append(f"[{_w(note[0], self.lang)}] " + " ".join(words))
        return lines

    def cell(
        self, block: list[Line], entry: int | None, place: str, slot: str, source: CorrectionSource
    ) -> None:
        lines = [*current_lines(block), *self._notes_text(block)]
        text = _body(lines)
        struck = _struck(block)
        if not text and not struck:
            return
        kind, body = (
            _typed(text, CorrectionType.FACTUAL_CORRECTION)
            if text
            else (CorrectionType.FACTUAL_CORRECTION, "")
        )
        self.items.append(ReturnedItem(entry, place, body, kind, source, struck, slot))

    def entries_table(self) -> None:
        for row in self.view.entry_rows:
            n = row.number
            imported = n not in self.outcome.blocked
            for block in (row.number_cell, row.question, row.answer):
                self._anchor(block, n, "", imported)
                for note in (note for line in block for note in line.notes):
                    self.note_anchors[note] = (n, "", imported)
            self._anchor(row.corrections, n, "", imported)
            if imported:
                self.cell(row.corrections, n, "", f"entry {n}", CorrectionSource.ENTRY_CELL)
        for proposal in self.outcome.proposals:
            if proposal.entry is not None and proposal.entry in self.outcome.blocked:
                continue
            parts = []
            if proposal.deleted:
                parts.append(_w("deleted", self.lang, text=proposal.deleted))
            if proposal.inserted:
                parts.append(_w("inserted", self.lang, text=proposal.inserted))
            head = _w("proposal", self.lang, part=_w(proposal.part or "text", self.lang))
            text = head + (": " + "; ".join(parts) if parts else "")
            self.items.append(
                ReturnedItem(
                    proposal.entry,
                    proposal.place,
                    text,
                    CorrectionType.FACTUAL_CORRECTION,
                    CorrectionSource.TRACKED_CHANGE,
                )
            )

    def places(self) -> None:
        for key, place in zip(table_keys(self.view), self.view.place_rows, strict=True):
            label = place_label(key, self.lang)
            imported = key not in self.outcome.blocked_places
            self._anchor(place.value, None, label, imported)
            self._anchor(place.corrections, None, label, imported)
            if imported:
                self.cell(place.corrections, None, label, key, CorrectionSource.PLACE_CELL)
        for key, other in zip(between_keys(self.view), self.view.other_rows, strict=True):
            label = place_label(key, self.lang)
            imported = key not in self.outcome.blocked_places
            self._anchor(other.text, None, label, True)
            self._anchor(other.corrections, None, label, True)
            if imported:
                self.cell(other.corrections, None, label, key, CorrectionSource.PLACE_CELL)
            else:  # a row counsel added: every word is kept as a general item at that place
                text = _body([*current_lines(other.text), *current_lines(other.corrections)])
                if text:
                    kind, body = _typed(text, CorrectionType.ADDITION)
                    self.items.append(ReturnedItem(None, label, body, kind, CorrectionSource.PLACE_CELL))
        for key, (_heading, block) in zip(section_keys(self.view), self.view.sections, strict=True):
            self._anchor(block, None, place_label(key, self.lang), True)

    def additions(self) -> None:
        for block in self.view.additions:
            self._anchor(block, None, "", True)
            for chunk in _chunks(block):
                self.addition(chunk)

    def addition(self, chunk: list[Line]) -> None:
        text = _body([*current_lines(chunk), *self._notes_text(chunk)])
        struck = _struck(chunk)
        if not text:
            if struck:
                self.items.append(
                    ReturnedItem(None, "", "", CorrectionType.ADDITION, CorrectionSource.ADDITIONS, struck)
                )
            return
        kind, rest = take_marker(text)
        number, rest = take_entry_ref(rest)
        if kind is None:
            kind, rest = take_marker(rest)
        if number is not None and not 1 <= number <= self.entries:
            self.problems.append(
                Problem(None, ADDITIONS_HEADINGS[self.lang], _w("bad_ref", self.lang, n=number))
            )
            number, rest = None, text if kind is None else rest
        body = _body([rest]) or text
        entry = number
        if entry is not None and entry in self.outcome.blocked:
            self.problems.append(Problem(entry, "", text[:120]))
            return
        self.items.append(
            ReturnedItem(entry, "", body, kind or CorrectionType.ADDITION, CorrectionSource.ADDITIONS, struck)
        )

    def comments(self) -> None:
        for comment_id, comment in self.view.comments.items():
            text = _body(comment.lines)
            if not text:
                continue
            entry, place, imported = self.anchors.get(comment_id, (None, _w("unanchored", self.lang), True))
            self._keep(entry, place, imported, text, CorrectionSource.COMMENT)
        for note, (entry, place, imported) in self.note_anchors.items():
            words = self.view.notes.get(note, [])
            if words and (entry is not None or place):
                if entry is not None and place == "" and self._in_corrections(note):
                    continue  # already part of the corrections cell's item
                text = f"{_w(note[0], self.lang)}: " + " ".join(words)
                self._keep(entry, place, imported, text, CorrectionSource.COMMENT)

    def _in_corrections(self, note: tuple[str, str]) -> bool:
        return any(note in line.notes for row in self.view.entry_rows for line in row.corrections)

    def _keep(
        self, entry: int | None, place: str, imported: bool, text: str, source: CorrectionSource
    ) -> None:
        if not imported:
            where = entry_label(entry, self.lang) if entry is not None else place
            self.problems.append(
                Problem(entry, place, f"{_w('comment', self.lang)} “{text[:120]}” ({where})")
            )
            return
        default = CorrectionType.FACTUAL_CORRECTION if entry is not None else CorrectionType.ADDITION
        kind, body = _typed(text, default)
        self.items.append(ReturnedItem(entry, place, body, kind, source))


def _chunks(block: list[Line]) -> list[list[Line]]:
    """The Additions box split into items at empty paragraphs (a struck paragraph is not empty)."""
    chunks: list[list[Line]] = [[]]
    for line in block:
        if line.current().strip() or line.original().strip():
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    return [chunk for chunk in chunks if chunk]


def collect_items(
    view: ReportView, outcome: Outcome, entries: int
) -> tuple[list[ReturnedItem], list[Problem]]:
    """Every item counsel wrote, in report order, and the problems met while placing them."""
    collector = _Collector(view, outcome, entries)
    collector.entries_table()
    collector.places()
    collector.additions()
    collector.comments()
    return collector.items, collector.problems
