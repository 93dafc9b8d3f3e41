"""The one exception hierarchy: every error a user can act on derives from InterviewGuideError."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from interview_guide.core.messages import MessageId, english


class FileAction(StrEnum):
    """What could not be done to a file (the English words of the message)."""

    WRITE = "cannot be written"
    READ = "cannot be read"
    LOCK = "cannot be locked"
    SET_ASIDE = "cannot be set aside"
    SEARCH = "cannot look for unfinished hearings"


class OsReason(StrEnum):
    """Why the operating system refused it (the English words of the message)."""

    DISK_FULL = "the disk is full"
    QUOTA = "the disk quota is used up"
    READ_ONLY = "the disk is read-only"
    PERMISSION = "permission denied"
    NO_FOLDER = "the folder does not exist"
    IS_FOLDER = "it is a folder"
    NOT_A_FOLDER = "a part of the path is not a folder"
    NAME_TOO_LONG = "the name is too long"
    LINK_LOOP = "a symbolic link points to itself"
    DISK_GONE = "the disk did not respond (was it removed?)"
    WINDOWS_PATH_TOO_LONG = (
        "the path is too long for Windows (260 characters or more); use a shorter folder or name"
    )


@dataclass(frozen=True)
class FileProblem:
    """A file operation the operating system refused, as parts the UI words in the officer's language
    (the exception's own message is the English sentence made of them)."""

    path: str
    action: FileAction
    reason: OsReason | None  # None: a reason without a wording of its own (``detail`` says it)
    detail: str  # the reason in English: the reason's words, or the operating system's own text


class InterviewGuideError(Exception):
    """An error with a message a person can act on (shown as one line or one dialog).

    Attributes:
        problem: for a file the operating system refused to write, read or lock: what and why, in
            parts (None for every other error).
    """

    problem: FileProblem | None = None


class BankError(InterviewGuideError):
    """One or more question banks are malformed.

    Attributes:
        problems: one line per problem, each naming the file and the field path or line.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class CaseFileError(InterviewGuideError):
    """A case file cannot be read or written (missing, damaged, foreign, newer schema...)."""


class WrongPassphraseError(CaseFileError):
    """The passphrase does not open this encrypted case file."""


class ReportError(InterviewGuideError):
    """A report cannot be rendered, written or read back."""


class RecordRuleError(InterviewGuideError):
    """An edit would break a rule of the record (for example intimate material as evidence).

    Attributes:
        message_id: which rule (the UI words it in the officer's language).
        values: the values the message names (an entry number...).
    """

    def __init__(self, message_id: MessageId, *values: object) -> None:
        self.message_id = message_id
        self.values = values
        super().__init__(english(message_id, *values))
