"""The one exception hierarchy: every error a user can act on derives from InterviewGuideError."""

from __future__ import annotations

from interview_guide.core.messages import MessageId, english


class InterviewGuideError(Exception):
    """An error with a message a person can act on (shown as one line or one dialog)."""


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
