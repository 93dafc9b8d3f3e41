"""Short, translated names of the checker's categories and severities, for badges and summaries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interview_guide.core.question_check import Category, Severity

_CONTEXT = "QuestionCategory"


def category_name(category: Category) -> str:
    """The short name of ``category`` in the UI language (e.g. "closed question")."""
    tr = QCoreApplication.translate
    names = {
        Category.CLOSED_YES_NO: tr(_CONTEXT, "closed question"),
        Category.LEADING: tr(_CONTEXT, "leading"),
        Category.STEREOTYPING: tr(_CONTEXT, "stereotype"),
        Category.SEXUAL_EXPLICIT: tr(_CONTEXT, "sexual detail"),
        Category.SELF_ACCEPTANCE_AWARENESS: tr(_CONTEXT, "awareness process / self-acceptance"),
        Category.KNOWLEDGE_QUIZ: tr(_CONTEXT, "knowledge quiz"),
        Category.COMPOUND: tr(_CONTEXT, "more than one question"),
        Category.WESTERN_CONCEPT: tr(_CONTEXT, "Western concept"),
        Category.SEXUAL_IMAGE_REQUEST: tr(_CONTEXT, "asks for sexual images"),
        Category.DISCRETION_EXPECTATION: tr(_CONTEXT, "expects discretion"),
        Category.ACCUSATORY: tr(_CONTEXT, "accusatory tone"),
        Category.PROOF_DEMAND: tr(_CONTEXT, "demands proof"),
        Category.INTERPRETER_LOAD: tr(_CONTEXT, "hard to interpret"),
    }
    return names[category]


def severity_name(severity: Severity) -> str:
    """What a severity means for the officer, in the UI language."""
    tr = QCoreApplication.translate
    names = {
        Severity.BLOCK: tr(_CONTEXT, "do not ask"),
        Severity.WARN: tr(_CONTEXT, "warning"),
        Severity.HINT: tr(_CONTEXT, "hint"),
    }
    return names[severity]


# Background and accent colours per severity (readable on light and dark text alike).
SEVERITY_COLOURS: dict[Severity, tuple[str, str]] = {
    Severity.BLOCK: ("#fde2e1", "#b3261e"),
    Severity.WARN: ("#fff1cc", "#8a5a00"),
    Severity.HINT: ("#e3eefc", "#1f4e8c"),
}
OK_COLOURS = ("#e3f4e4", "#1e6b2e")
