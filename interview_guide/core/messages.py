"""Messages of the record's rules, by id: the core says *which* rule refused an edit, the UI says it in
the officer's language (``ui/domain_messages.py`` translates every id), the command line in English.

A :class:`~interview_guide.core.errors.RecordRuleError` carries a :class:`MessageId` and its values;
a model validator raises ``PydanticCustomError(id, english)``, so the validation error's ``type`` is
the id. Templates number their values ``{0}``, ``{1}``; a test checks that every id has an English
template here and a translation in the UI with the same values.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic_core import PydanticCustomError


class MessageId(StrEnum):
    """A rule of the record that refused an edit."""

    QUESTION_EMPTY = "question-empty"
    NO_ENTRY_TO_LINK = "no-entry-to-link"  # {0}: the entry number
    OVERRIDE_REASON_MISSING = "override-reason-missing"
    BREAK_ALREADY_RUNNING = "break-already-running"
    NO_BREAK_RUNNING = "no-break-running"
    INTIMATE_MATERIAL = "intimate-material"
    PSYCHOLOGICAL_TEST = "psychological-test"
    V_NUMBER_DIGITS = "v-number-digits"
    V_NUMBER_ASCII_DIGITS = "v-number-ascii-digits"
    CLAIM_TYPE_TWICE = "claim-type-twice"
    NOT_A_RANGE = "not-a-range"  # {0}: what was typed
    NOT_AN_ENTRY_NUMBER = "not-an-entry-number"  # {0}: what was typed
    NO_SUCH_ENTRY = "no-such-entry"  # {0}: the number typed, {1}: how many entries there are
    ALREADY_WITHDRAWN = "already-withdrawn"  # {0}: the entry number


ENGLISH: dict[MessageId, str] = {
    MessageId.QUESTION_EMPTY: "A question cannot be empty.",
    MessageId.NO_ENTRY_TO_LINK: "There is no entry {0} to link to.",
    MessageId.OVERRIDE_REASON_MISSING: "Give a reason for asking a question the checker blocks.",
    MessageId.BREAK_ALREADY_RUNNING: "A break is already running.",
    MessageId.NO_BREAK_RUNNING: "No break is running.",
    MessageId.INTIMATE_MATERIAL: (
        "Sexually explicit images or videos are never evidence and are not recorded, viewed or kept "
        "(seed letter; CJEU A, B, C; UNHCR GIP 9)."
    ),
    MessageId.PSYCHOLOGICAL_TEST: (
        "A psychological test of sexual orientation is not allowed as evidence (CJEU F, C-473/16): it "
        "intrudes on private life (Art. 7 Charter) and cannot show an orientation."
    ),
    MessageId.V_NUMBER_DIGITS: "the V-number holds digits only",
    MessageId.V_NUMBER_ASCII_DIGITS: "the V-number holds the digits 0-9 only",
    MessageId.CLAIM_TYPE_TWICE: "a claim type is listed twice",
    MessageId.NOT_A_RANGE: "“{0}” is not a valid range.",
    MessageId.NOT_AN_ENTRY_NUMBER: "“{0}” is not an entry number; type for example 3, 7, 12.",
    MessageId.NO_SUCH_ENTRY: "There is no entry {0} (the hearing has {1} entries).",
    MessageId.ALREADY_WITHDRAWN: "Entry {0} was withdrawn already.",
}


def english(message_id: MessageId, *values: object) -> str:
    """The message in English, with its values filled in."""
    return ENGLISH[message_id].format(*values)


def validation_error(message_id: MessageId) -> PydanticCustomError:
    """The error a model validator raises for a rule: its ``type`` is the id (the UI translates it)."""
    return PydanticCustomError(message_id.value, ENGLISH[message_id])
