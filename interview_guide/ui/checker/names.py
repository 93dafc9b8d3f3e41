"""Short, translated names of the checker's categories and severities, for badges and summaries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interview_guide.core.checks.record_rules import RecordKind
from interview_guide.core.question_check import Category, Severity


def category_name(category: Category) -> str:
    """The short name of ``category`` in the UI language (e.g. "closed question")."""
    names = {
        Category.CLOSED_YES_NO: QCoreApplication.translate("QuestionCategory", "closed question"),
        Category.LEADING: QCoreApplication.translate("QuestionCategory", "leading"),
        Category.STEREOTYPING: QCoreApplication.translate("QuestionCategory", "stereotype"),
        Category.SEXUAL_EXPLICIT: QCoreApplication.translate("QuestionCategory", "sexual detail"),
        Category.SELF_ACCEPTANCE_AWARENESS: QCoreApplication.translate(
            "QuestionCategory", "awareness process / self-acceptance"
        ),
        Category.KNOWLEDGE_QUIZ: QCoreApplication.translate("QuestionCategory", "knowledge quiz"),
        Category.COMPOUND: QCoreApplication.translate("QuestionCategory", "more than one question"),
        Category.WESTERN_CONCEPT: QCoreApplication.translate("QuestionCategory", "Western concept"),
        Category.SEXUAL_IMAGE_REQUEST: QCoreApplication.translate(
            "QuestionCategory", "asks for sexual images"
        ),
        Category.DISCRETION_EXPECTATION: QCoreApplication.translate("QuestionCategory", "expects discretion"),
        Category.ACCUSATORY: QCoreApplication.translate("QuestionCategory", "accusatory tone"),
        Category.PROOF_DEMAND: QCoreApplication.translate("QuestionCategory", "demands proof"),
        Category.INTERPRETER_LOAD: QCoreApplication.translate("QuestionCategory", "hard to interpret"),
        Category.BODY_MEDICAL: QCoreApplication.translate("QuestionCategory", "body or medical"),
    }
    return names[category]


def record_kind_name(kind: RecordKind) -> str:
    """The short name of a record-aware finding in the UI language (e.g. "rejected word")."""
    names = {
        RecordKind.LOADED_WORD: QCoreApplication.translate("QuestionCategory", "loaded word used first"),
        RecordKind.REJECTED_TERM: QCoreApplication.translate(
            "QuestionCategory", "word the applicant rejects"
        ),
        RecordKind.CLOSED_BEFORE_OPEN: QCoreApplication.translate("QuestionCategory", "closed before open"),
        RecordKind.REPEATED_FACT: QCoreApplication.translate("QuestionCategory", "same fact asked again"),
        RecordKind.MEANING_NOT_ASKED: QCoreApplication.translate("QuestionCategory", "meaning not asked"),
    }
    return names[kind]


def severity_name(severity: Severity) -> str:
    """What a severity means for the officer, in the UI language."""
    names = {
        Severity.BLOCK: QCoreApplication.translate("QuestionCategory", "do not ask"),
        Severity.WARN: QCoreApplication.translate("QuestionCategory", "warning"),
        Severity.HINT: QCoreApplication.translate("QuestionCategory", "hint"),
    }
    return names[severity]


# Background and accent colours per severity (readable on light and dark text alike).
SEVERITY_COLOURS: dict[Severity, tuple[str, str]] = {
    Severity.BLOCK: ("#fde2e1", "#b3261e"),
    Severity.WARN: ("#fff1cc", "#8a5a00"),
    Severity.HINT: ("#e3eefc", "#1f4e8c"),
}
OK_COLOURS = ("#e3f4e4", "#1e6b2e")
