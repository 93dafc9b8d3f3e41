"""HearingController: the one QObject that owns the hearing record; every edit goes through it.

Widgets never hold answers: they call the controller, which edits the record through
``core.editing`` and announces the change twice, for two kinds of listener:

* ``record_changed(path)`` is for persistence only (the autosave journal): the path names exactly
  the part of the record that changed, in the journal's terms (``core.record_paths``: ``"case"``,
  ``"entries/7"``, ``"audit_trail/12"``...), so one keystroke journals one entry, not the record.
* narrow, typed signals are for views: ``entry_added(number)``, ``entry_changed(number, part)``,
  ``section_changed(field)``. A keystroke in an answer emits ``entry_changed(n, EntryPart.ANSWER)``,
  which only the entries model (and through it the one row that shows the entry) listens to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal

from interview_guide.core import editing, statement_edits
from interview_guide.core.bank import BankClaimType, QuestionBank
from interview_guide.core.deadlines import DeadlineSettings
from interview_guide.core.errors import InterviewGuideError, RecordRuleError
from interview_guide.core.finalise import finalise_problems
from interview_guide.core.hearing import (
    Attendee,
    AttendeeRole,
    BankRef,
    ClaimType,
    CommunicationIssueKind,
    Entry,
    Hearing,
    HearingType,
    Interpreter,
)
from interview_guide.core.record_paths import RecordField, entry_path, item_path
from interview_guide.core.reference_frame import Relationship
from interview_guide.core.sanitize import clean_text
from interview_guide.core.statements import ContentCategory, ExpertKind, MaterialKind, ThirdPartyStatement
from interview_guide.core.text import Lang
from interview_guide.storage.bank_files import BankSet
from interview_guide.storage.ops import edit_paths
from interview_guide.ui.domain_messages import describe, describe_validation

if TYPE_CHECKING:
    from interview_guide.report.corrections import ImportResult
    from interview_guide.storage.crypto import CaseKey

Clock = Callable[[], dt.datetime]
RemarkField = Literal[RecordField.COURSE_REMARKS, RecordField.CONSULTATION_NOTE]


class EntryPart(StrEnum):
    """What changed in an entry (the second argument of ``entry_changed``)."""

    QUESTION = "question"  # the question text was corrected
    ANSWER = "answer"  # the answer text (typing)
    ANSWERED = "answered"  # the answer was logged as given
    ISSUES = "issues"  # an interpreter or communication problem was noted
    OVERRIDE = "override"  # the reason for asking a blocked question
    WITHDRAWN = "withdrawn"  # withdrawn, kept in the record marked as such


def local_now() -> dt.datetime:
    """The current local time, timezone-aware, to the second."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


class HearingController(QObject):
    """Owns the Hearing and applies every edit; autosave and views listen to its signals.

    Views read the record through ``hearing``/``require()`` and never change it: every change is a
    method call here, so that it is cleaned, checked, journalled and announced.
    """

    hearing_replaced = Signal()  # a new or other hearing was loaded: views rebuild
    record_changed = Signal(str)  # persistence only: the record path that changed (core.record_paths)
    section_changed = Signal(object)  # a RecordField other than entries and the audit trail changed
    entry_added = Signal(int)  # entry number
    entry_changed = Signal(int, object)  # entry number, EntryPart
    entry_removed = Signal(int)  # the entry (always the last one) left the record: it was withdrawn
    current_entry_changed = Signal(int)  # 0: no current entry
    dirty_changed = Signal(bool)
    saved = Signal(str)  # path
    error_raised = Signal(str, str)  # title, message

    def __init__(self, banks: BankSet, clock: Clock = local_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.banks = banks
        self.clock = clock
        self.hearing: Hearing | None = None
        self.path: Path | None = None
        self.demo = False
        self.key: CaseKey | None = None  # the open case's encryption key (None: a plain file)
        self._dirty = False
        self._current_entry = 0

    # -- the hearing as a whole ---------------------------------------------------------------

    def claim_banks(self) -> list[QuestionBank]:
        """The claim banks (LGBTI and/or conversion) used in the hearing, in claim order."""
        if self.hearing is None:
            return []
        wanted = [BankClaimType(c.value) for c in self.hearing.case.claim_types]
        return [bank for kind in wanted if (bank := self.banks.of_type(kind)) is not None]

    def common_bank(self) -> QuestionBank | None:
        """The common bank (opening and closing)."""
        return self.banks.of_type(BankClaimType.COMMON)

    def hearing_banks(self) -> list[QuestionBank]:
        """Every bank of the hearing: the common bank (if installed), then the claim banks."""
        common = self.common_bank()
        return ([common] if common is not None else []) + self.claim_banks()

    def new_hearing(
        self,
        claim_types: list[ClaimType],
        hearing_type: HearingType = HearingType.NADER_GEHOOR,
        key: CaseKey | None = None,
    ) -> None:
        """Start a new, empty hearing for the given claim types."""
        claim_types = [ClaimType(c) for c in claim_types]  # Qt signals deliver enum members as plain str
        kinds = [BankClaimType.COMMON, *(BankClaimType(c.value) for c in claim_types)]
        refs = [
            BankRef(id=b.id, version=b.version) for k in kinds if (b := self.banks.of_type(k)) is not None
        ]
        self.load(editing.new_hearing(claim_types, refs, self.clock(), hearing_type), path=None, key=key)
        self._set_dirty(True)

    def load(
        self, hearing: Hearing, path: Path | None, demo: bool = False, key: CaseKey | None = None
    ) -> None:
        """Make ``hearing`` the record being edited (from a file, the demo, or recovery).

        Args:
            hearing: the record.
            path: the case file it belongs to (None: not saved yet).
            demo: whether it is the fictional demo hearing.
            key: the case's encryption key (None: a plain case file).
        """
        self.hearing = hearing
        self.path = path
        self.demo = demo
        self.key = key
        self._current_entry = 0
        self._set_dirty(False)
        self.hearing_replaced.emit()

    def require(self) -> Hearing:
        """The hearing being edited.

        Raises:
            RuntimeError: no hearing is open (a programming error: pages exist only with one).
        """
        if self.hearing is None:
            raise RuntimeError("no hearing is open")
        return self.hearing

    @property
    def dirty(self) -> bool:
        """Whether there are changes not yet saved to the case file."""
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _journal(self, *paths: str) -> None:
        self._set_dirty(True)
        for path in paths:
            self.record_changed.emit(path)

    def _section(self, field: RecordField) -> None:
        """Announce a change of a whole top-level field (not the entries or the audit trail)."""
        self._journal(field.value)
        self.section_changed.emit(field)

    def _entry(self, number: int, part: EntryPart, *paths: str) -> None:
        """Announce a change of one entry (``paths``: what to journal, default the entry itself)."""
        self._journal(*(paths or (entry_path(number),)))
        self.entry_changed.emit(number, part)

    def mark_unsaved(self) -> None:
        """Note that the record holds changes the case file does not (after recovery)."""
        self._set_dirty(True)

    def discard_changes(self) -> None:
        """The officer chose to drop the unsaved changes (autosave may then forget them too)."""
        self._set_dirty(False)

    def mark_saved(self, path: Path) -> None:
        """Note that the record was written to ``path`` (called after a successful save)."""
        self.path = path
        self._set_dirty(False)
        self.saved.emit(str(path))

    def report_error(self, title: str, exc: InterviewGuideError | str) -> None:
        """Show an error to the officer (the main window turns this into one dialog)."""
        self.error_raised.emit(title, describe(exc) if isinstance(exc, InterviewGuideError) else exc)

    # -- case data, sittings, reference frame -------------------------------------------------

    def set_case_field(self, name: str, value: Any) -> str | None:
        """Set a field of the case data.

        Returns:
            None, or a message saying why the value was refused (shown inline).
        """
        return self._set_field(self.require().case, name, value, RecordField.CASE)

    def set_frame_field(self, name: str, value: Any) -> str | None:
        """Set a field of the reference frame; returns a refusal message or None."""
        return self._set_field(self.require().reference_frame, name, value, RecordField.REFERENCE_FRAME)

    def set_sitting_field(self, sitting: int, name: str, value: Any) -> str | None:
        """Set a field of a sitting (1-based number); returns a refusal message or None."""
        return self._set_field(self.require().sittings[sitting - 1], name, value, RecordField.SITTINGS)

    def set_interpreter_field(self, sitting: int, name: str, value: Any) -> str | None:
        """Set a field of a sitting's interpreter; returns a refusal message or None."""
        target = self.require().sittings[sitting - 1].interpreter
        return self._set_field(target, name, value, RecordField.SITTINGS)

    def set_remark(self, field: RemarkField, text: str) -> None:
        """Set the remarks on the course of the hearing, or the consultation note."""
        hearing = self.require()
        text = clean_text(text)
        if field is RecordField.COURSE_REMARKS and hearing.course_remarks != text:
            hearing.course_remarks = text
        elif field is RecordField.CONSULTATION_NOTE and hearing.consultation_note != text:
            hearing.consultation_note = text
        else:
            return
        self._section(field)

    def _set_field(self, target: BaseModel, name: str, value: Any, section: RecordField) -> str | None:
        if isinstance(value, str):
            value = clean_text(value)
        if getattr(target, name) == value:
            return None
        try:
            setattr(target, name, value)
        except ValidationError as exc:
            return describe_validation(exc)
        self._section(section)
        return None

    # -- people present, relationships (lists inside a section) ----------------------------------

    def add_attendee(self, sitting: int, role: AttendeeRole = AttendeeRole.COUNSEL) -> int:
        """Add a person present at sitting ``sitting``; returns their row (from 0)."""
        people = self.require().sittings[sitting - 1].attendees
        people.append(Attendee(role=role))
        self._section(RecordField.SITTINGS)
        return len(people) - 1

    def remove_attendee(self, sitting: int, row: int) -> None:
        """Remove the person in ``row`` (from 0) of sitting ``sitting``."""
        people = self.require().sittings[sitting - 1].attendees
        if 0 <= row < len(people):
            del people[row]
            self._section(RecordField.SITTINGS)

    def set_attendee_field(self, sitting: int, row: int, name: str, value: Any) -> str | None:
        """Set the name or role of the person in ``row`` of sitting ``sitting``; a refusal or None."""
        people = self.require().sittings[sitting - 1].attendees
        if not 0 <= row < len(people):
            return None
        if isinstance(value, str) and name == "name":
            value = value.strip()
        return self._set_field(people[row], name, value, RecordField.SITTINGS)

    def add_relationship(self) -> int:
        """Add a relationship to the reference frame; returns its row (from 0)."""
        items = self.require().reference_frame.relationships
        items.append(Relationship())
        self._section(RecordField.REFERENCE_FRAME)
        return len(items) - 1

    def remove_relationship(self, row: int) -> None:
        """Remove the relationship in ``row`` (from 0)."""
        items = self.require().reference_frame.relationships
        if 0 <= row < len(items):
            del items[row]
            self._section(RecordField.REFERENCE_FRAME)

    def set_relationship_field(self, row: int, name: str, value: Any) -> str | None:
        """Set a field of the relationship in ``row`` (from 0); returns a refusal message or None."""
        items = self.require().reference_frame.relationships
        if not 0 <= row < len(items):
            return None
        if isinstance(value, str):
            value = value.strip()
        return self._set_field(items[row], name, value, RecordField.REFERENCE_FRAME)

    # -- entries ------------------------------------------------------------------------------

    @property
    def current_entry(self) -> int:
        """The number of the entry being answered or edited, or 0."""
        return self._current_entry

    def set_current_entry(self, number: int) -> None:
        """Select the entry being answered or edited (0: none)."""
        if number != self._current_entry:
            self._current_entry = number
            self.current_entry_changed.emit(number)

    def ask(
        self,
        theme_id: str,
        text: str,
        *,
        bank_id: str | None = None,
        question_id: str | None = None,
        follow_up_id: str | None = None,
        follow_up_of: int | None = None,
    ) -> Entry | None:
        """Log a question as asked now; it becomes the current entry."""
        try:
            entry = editing.add_entry(
                self.require(),
                theme_id,
                text,
                self.clock(),
                bank_id=bank_id,
                question_id=question_id,
                follow_up_id=follow_up_id,
                follow_up_of=follow_up_of,
            )
        except InterviewGuideError as exc:
            self.report_error(self.tr("Question not logged"), exc)
            return None
        self._journal(entry_path(entry.number))
        self.entry_added.emit(entry.number)
        self.set_current_entry(entry.number)
        return entry

    def set_answer(self, number: int, text: str) -> None:
        """Set the answer of an entry (typing): journals the entry, and the audit event if audited."""
        hearing = self.require()
        entry = hearing.entry(number)
        audited = entry.answered_at is not None  # before: only a logged answer's edits are audited
        before = len(hearing.audit_trail)
        old = entry.answer_text
        editing.set_answer(hearing, number, text, self.clock())
        if entry.answer_text == old:
            return
        paths = edit_paths(hearing, number, before) if audited else [entry_path(number)]
        self._entry(number, EntryPart.ANSWER, *paths)

    def log_answer(self, number: int) -> None:
        """Mark an entry's answer as given; it is no longer the current entry."""
        entry = self.require().entry(number)
        if entry.answered_at is None:
            editing.log_answer(self.require(), number, self.clock())
            self._entry(number, EntryPart.ANSWERED)
        if self._current_entry == number:
            self.set_current_entry(0)

    def set_question_text(self, number: int, text: str) -> str | None:
        """Correct the text of an asked question (audited); returns a refusal message or None."""
        hearing = self.require()
        before = len(hearing.audit_trail)
        old = hearing.entry(number).question_text
        try:
            editing.set_question_text(hearing, number, text, self.clock())
        except InterviewGuideError as exc:
            return describe(exc)
        if hearing.entry(number).question_text != old or len(hearing.audit_trail) != before:
            self._entry(number, EntryPart.QUESTION, *edit_paths(hearing, number, before))
        return None

    def withdraw(self, number: int) -> str | None:
        """Withdraw an entry logged by mistake (see ``editing.withdraw_entry``); a refusal or None.

        The last entry without an answer leaves the record; any other stays, marked withdrawn. The
        audit trail keeps the question either way.
        """
        hearing = self.require()
        try:
            left = editing.withdraw_entry(hearing, number, self.clock())
        except InterviewGuideError as exc:
            return describe(exc)
        audit = item_path(RecordField.AUDIT_TRAIL, len(hearing.audit_trail))
        if left:
            self._journal(RecordField.ENTRIES.value, audit)  # an item left the list: the whole list
            self.entry_removed.emit(number)
            if self._current_entry == number:
                self.set_current_entry(0)
        else:
            self._entry(number, EntryPart.WITHDRAWN, entry_path(number), audit)
        return None

    def log_communication_issue(self, number: int, kind: CommunicationIssueKind, note: str) -> None:
        """Note an interpreter or communication problem at an entry."""
        editing.log_communication_issue(self.require(), number, self.clock(), kind, note)
        self._entry(number, EntryPart.ISSUES)

    def override_check(self, number: int, categories: list[str], reason: str) -> str | None:
        """Record the reason for asking a blocked question; returns a refusal message or None."""
        try:
            editing.override_check(self.require(), number, categories, reason, self.clock())
        except InterviewGuideError as exc:
            return describe(exc)
        self._entry(number, EntryPart.OVERRIDE)
        return None

    # -- breaks and sittings ------------------------------------------------------------------

    def toggle_break(self, reason: str = "") -> bool:
        """Start a break, or end the running one.

        Returns:
            True when a break is now running.
        """
        hearing = self.require()
        if editing.running_break(hearing) is None:
            editing.open_break(hearing, self.clock(), reason)
            running = True
        else:
            editing.close_break(hearing, self.clock())
            running = False
        self._section(RecordField.SITTINGS)
        return running

    def new_sitting(self, day: dt.date, location: str = "", interpreter: Interpreter | None = None) -> None:
        """Continue the hearing on another day; closes the current sitting and any running break."""
        hearing = self.require()
        now = self.clock()
        if editing.running_break(hearing) is not None:
            editing.close_break(hearing, now)
        current = editing.current_sitting(hearing)
        if current.end is None and current.date == now.date():
            current.end = now.time().replace(microsecond=0)
        start = now.time().replace(microsecond=0) if day == now.date() else None
        editing.new_sitting(hearing, day, start, location, interpreter)
        self._section(RecordField.SITTINGS)

    # -- statements, material, expert reports, corrections, finalising ----------------------------
    # (the GUI of "Third-party statements, submitted material, and counsel's corrections read back")

    def _statement(self, number: int) -> ThirdPartyStatement:
        for statement in self.require().statements:
            if statement.number == number:
                return statement
        raise KeyError(number)

    def add_statement(self) -> int:
        """Add an empty third-party statement (always a statement from own observation).

        Returns:
            Its number.
        """
        statement = editing.add_statement(self.require())
        self._section(RecordField.STATEMENTS)
        return statement.number

    def set_statement_field(self, number: int, name: str, value: Any) -> str | None:
        """Set a field of statement ``number``; returns a refusal message or None."""
        if isinstance(value, list):
            value = [clean_text(v).strip() if isinstance(v, str) else v for v in value]
        return self._set_field(self._statement(number), name, value, RecordField.STATEMENTS)

    def remove_statement(self, number: int) -> None:
        """Remove a statement added by mistake; the later ones are renumbered."""
        statement_edits.remove_statement(self.require(), number)
        self._section(RecordField.STATEMENTS)

    def add_material(
        self,
        kind: MaterialKind,
        description: str,
        category: ContentCategory,
        received_on: dt.date | None = None,
    ) -> str | None:
        """Record submitted material by description.

        Returns:
            None, or why it was refused: sexually explicit material is never recorded; only a neutral
            refusal line is logged (``material_refusals``).
        """
        hearing = self.require()
        refusals = len(hearing.material_refusals)
        try:
            editing.add_material(hearing, kind, description, category, self.clock(), received_on)
        except RecordRuleError as exc:
            if len(hearing.material_refusals) != refusals:
                self._section(RecordField.MATERIAL_REFUSALS)
            return describe(exc)
        self._section(RecordField.MATERIAL)
        return None

    def remove_material(self, number: int) -> None:
        """Remove material recorded by mistake; the later items are renumbered."""
        statement_edits.remove_material(self.require(), number)
        self._section(RecordField.MATERIAL)

    def add_expert_report(
        self, kind: ExpertKind, description: str, author: str = "", date: dt.date | None = None
    ) -> str | None:
        """Record an expert report; returns why it was refused (the test of CJEU F), or None."""
        try:
            editing.add_expert_report(self.require(), kind, description, author, date)
        except RecordRuleError as exc:
            return describe(exc)
        self._section(RecordField.EXPERT_REPORTS)
        return None

    def remove_expert_report(self, number: int) -> None:
        """Remove an expert report recorded by mistake; the later ones are renumbered."""
        statement_edits.remove_expert_report(self.require(), number)
        self._section(RecordField.EXPERT_REPORTS)

    def import_corrections(
        self,
        path: Path,
        submitted_by: str = "counsel",
        received_at: dt.datetime | None = None,
        deadline_settings: DeadlineSettings | None = None,
    ) -> ImportResult | None:
        """Read counsel's corrections and additions from a returned report into the record.

        A report that is not an unaltered report of this record is refused as a whole (one error
        dialog naming the entries that differ) and nothing changes.

        Args:
            path: the returned .docx.
            submitted_by: who sent it.
            received_at: when it was received (default: now); later than the deadline is flagged late.
            deadline_settings: the deadline rules (default: the built-in ones).

        Returns:
            What was added, or None when the report was refused.
        """
        from interview_guide.report.corrections import collect_corrections

        hearing = self.require()
        try:
            result = collect_corrections(
                hearing,
                path,
                submitted_by=submitted_by,
                received_at=received_at or self.clock(),
                deadline_settings=deadline_settings,
            )
        except InterviewGuideError as exc:
            self.report_error(self.tr("Corrections not imported"), exc)
            return None
        if result.added:
            hearing.corrections.extend(result.added)
            self._section(RecordField.CORRECTIONS)
        return result

    def respond_to_correction(self, number: int, text: str) -> None:
        """Set the officer's response to correction ``number`` (printed in the final report's annex)."""
        from interview_guide.report.corrections import respond

        hearing = self.require()
        before = next(c.response for c in hearing.corrections if c.number == number)
        if respond(hearing, number, text).response != before:
            self._section(RecordField.CORRECTIONS)

    def finalise(self, lang: Lang) -> list[str]:
        """Finalise the hearing now, unless something is missing (see ``core.finalise``).

        Returns:
            The problems that stand in the way (nothing was changed), or an empty list when the
            hearing was finalised. The record stays editable afterwards.
        """
        hearing = self.require()
        problems = finalise_problems(hearing, lang)
        if not problems:
            hearing.finalised_at = self.clock()
            self._section(RecordField.FINALISED_AT)
        return problems
