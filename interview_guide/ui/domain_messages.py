"""The record's rules in the officer's language: each ``core.messages.MessageId`` worded for the UI.

The core refuses an edit with a message id and its values; here each id gets its translatable text
(Qt's ``%1``, ``%2`` for the values ``{0}``, ``{1}`` of the English template in the core).
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from interview_guide.core.errors import (
    FileAction,
    FileProblem,
    InterviewGuideError,
    OsReason,
    RecordRuleError,
)
from interview_guide.core.messages import MessageId
from interview_guide.i18n import fmt


def _text(message_id: MessageId) -> str:
    # One literal translate() call per message, so that lupdate finds each one.
    translate = QCoreApplication.translate
    match message_id:
        case MessageId.QUESTION_EMPTY:
            return translate("DomainMessage", "A question cannot be empty.")
        case MessageId.NO_ENTRY_TO_LINK:
            return translate("DomainMessage", "There is no entry %1 to link to.")
        case MessageId.OVERRIDE_REASON_MISSING:
            return translate("DomainMessage", "Give a reason for asking a question the checker blocks.")
        case MessageId.BREAK_ALREADY_RUNNING:
            return translate("DomainMessage", "A break is already running.")
        case MessageId.NO_BREAK_RUNNING:
            return translate("DomainMessage", "No break is running.")
        case MessageId.INTIMATE_MATERIAL:
            return translate(
                "DomainMessage",
                "Sexually explicit images or videos are never evidence and are not recorded, viewed or "
                "kept (seed letter; CJEU A, B, C; UNHCR GIP 9).",
            )
        case MessageId.PSYCHOLOGICAL_TEST:
            return translate(
                "DomainMessage",
                "A psychological test of sexual orientation is not allowed as evidence (CJEU F, "
                "C-473/16): it intrudes on private life (Art. 7 Charter) and cannot show an orientation.",
            )
        case MessageId.V_NUMBER_DIGITS:
            return translate("DomainMessage", "the V-number holds digits only")
        case MessageId.V_NUMBER_ASCII_DIGITS:
            return translate("DomainMessage", "the V-number holds the digits 0-9 only")
        case MessageId.CLAIM_TYPE_TWICE:
            return translate("DomainMessage", "a claim type is listed twice")
        case MessageId.NOT_A_RANGE:
            return translate("DomainMessage", "“%1” is not a valid range.")
        case MessageId.NOT_AN_ENTRY_NUMBER:
            return translate("DomainMessage", "“%1” is not an entry number; type for example 3, 7, 12.")
        case MessageId.NO_SUCH_ENTRY:
            return translate("DomainMessage", "There is no entry %1 (the hearing has %2 entries).")
        case MessageId.ALREADY_WITHDRAWN:
            return translate("DomainMessage", "Entry %1 was withdrawn already.")


def message(message_id: MessageId, *values: object) -> str:
    """The message of a rule in the UI language, with its values."""
    return fmt(_text(message_id), *values)


def describe(exc: InterviewGuideError) -> str:
    """What to show for an error: a refused edit's rule, or a file the operating system refused, in the
    UI language; else the error's own text."""
    if isinstance(exc, RecordRuleError):
        return message(exc.message_id, *exc.values)
    if exc.problem is not None:
        return file_problem_text(exc.problem)
    return str(exc)


def file_problem_text(problem: FileProblem) -> str:
    """A file the operating system refused ("<path>: cannot be written: the disk is full"), in the UI
    language."""
    reason = _reason_text(problem.reason) if problem.reason is not None else problem.detail
    return fmt(_action_text(problem.action), problem.path, reason)


def _action_text(action: FileAction) -> str:
    translate = QCoreApplication.translate
    match action:
        case FileAction.WRITE:
            return translate("FileProblem", "%1: cannot be written: %2")
        case FileAction.READ:
            return translate("FileProblem", "%1: cannot be read: %2")
        case FileAction.LOCK:
            return translate("FileProblem", "%1: cannot be locked: %2")
        case FileAction.SET_ASIDE:
            return translate("FileProblem", "%1: cannot be set aside: %2")
        case FileAction.SEARCH:
            return translate("FileProblem", "%1: cannot look for unfinished hearings: %2")


def _reason_text(reason: OsReason) -> str:
    translate = QCoreApplication.translate
    match reason:
        case OsReason.DISK_FULL:
            return translate("FileProblem", "the disk is full")
        case OsReason.QUOTA:
            return translate("FileProblem", "the disk quota is used up")
        case OsReason.READ_ONLY:
            return translate("FileProblem", "the disk is read-only")
        case OsReason.PERMISSION:
            return translate("FileProblem", "permission denied")
        case OsReason.NO_FOLDER:
            return translate("FileProblem", "the folder does not exist")
        case OsReason.IS_FOLDER:
            return translate("FileProblem", "it is a folder")
        case OsReason.NOT_A_FOLDER:
            return translate("FileProblem", "a part of the path is not a folder")
        case OsReason.NAME_TOO_LONG:
            return translate("FileProblem", "the name is too long")
        case OsReason.LINK_LOOP:
            return translate("FileProblem", "a symbolic link points to itself")
        case OsReason.DISK_GONE:
            return translate("FileProblem", "the disk did not respond (was it removed?)")
        case OsReason.WINDOWS_PATH_TOO_LONG:
            return translate(
                "FileProblem",
                "the path is too long for Windows (260 characters or more); use a shorter folder or name",
            )


def describe_validation(exc: ValidationError) -> str:
    """What to show for a value the record refused (its first problem), in the UI language."""
    first = exc.errors()[0]
    kind = str(first["type"])
    if kind in MessageId.__members__.values():
        return message(MessageId(kind))
    return str(first["msg"]).removeprefix("Value error, ")
