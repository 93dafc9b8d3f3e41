"""The categories, severities and raw rule hits that the checker's rule families produce."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    """What is wrong with a question; the first ten come from domain brief B.3, the rest from B.3 point 11
    and from issue 11 (``body-medical``)."""

    CLOSED_YES_NO = "closed-yes-no"
    LEADING = "leading"
    STEREOTYPING = "stereotyping"
    SEXUAL_EXPLICIT = "sexual-explicit"
    SELF_ACCEPTANCE_AWARENESS = "self-acceptance-awareness"
    KNOWLEDGE_QUIZ = "knowledge-quiz"
    COMPOUND = "compound"
    WESTERN_CONCEPT = "western-concept"
    SEXUAL_IMAGE_REQUEST = "sexual-image-request"
    DISCRETION_EXPECTATION = "discretion-expectation"
    ACCUSATORY = "accusatory"
    PROOF_DEMAND = "proof-demand"
    INTERPRETER_LOAD = "interpreter-load"
    BODY_MEDICAL = "body-medical"


_SEVERITY_RANK = {"hint": 0, "warn": 1, "block": 2}


class Severity(StrEnum):
    """How serious a finding is; ordered ``BLOCK > WARN > HINT``."""

    HINT = "hint"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        """0 for a hint, 1 for a warning, 2 for a block."""
        return _SEVERITY_RANK[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


@dataclass(frozen=True)
class Hit:
    """One rule firing on one stretch of the question, before it is turned into a user-facing finding.

    Attributes:
        category: what is wrong.
        severity: how serious it is.
        rule_id: the rule that fired (stable, shown to trainers and counsel).
        start: where the evidence starts in the question text.
        end: where the evidence ends.
        variant: which message and suggestion variant to use (for example the topic of the question).
        params: values that messages or suggestions fill in (a term, the parts of a compound question).
    """

    category: Category
    severity: Severity
    rule_id: str
    start: int
    end: int
    variant: str = ""
    params: tuple[tuple[str, str], ...] = field(default=())

    def param(self, name: str) -> str:
        """The value of parameter ``name``, or an empty string."""
        for key, value in self.params:
            if key == name:
                return value
        return ""
