"""What the bank conditions did on a theme page, in words: the theme's status (left out, required, in
place of another...), how to address the applicant, and the questions left out, with why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from interview_guide.core.bank_plan import Because, QuestionPlan, ThemePlan
from interview_guide.core.conditions import Effect
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.style import HINT, MESSAGE, tint


def _label(object_name: str, color: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    tint(label, color)
    label.setVisible(False)
    return label


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
    label.setVisible(bool(text))


def _met(because: tuple[Because, ...], effect: Effect) -> Because | None:
    return next((b for b in because if b.effect == effect and b.met), None)


class ThemeStatus(QWidget):
    """Two lines at the top of a theme page: the theme for this applicant, and the form of address."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = _label("themeStatus", MESSAGE)
        self.address = _label("addressLine", HINT)
        layout.addWidget(self.status)
        layout.addWidget(self.address)

    def show_plan(self, plan: ThemePlan | None, titles: dict[str, str]) -> None:
        """Say whether the theme is left out, required, optional, moved or in place of another, and why.

        Args:
            plan: the theme's plan (None: a theme that is asked only in place of another, and is not now).
            titles: theme id -> title, to name the theme this one replaces or gives way to.
        """
        _set(self.status, self.status_text(plan, titles))

    def status_text(self, plan: ThemePlan | None, titles: dict[str, str]) -> str:
        """The status line (empty when the conditions did nothing to this theme)."""
        if plan is None:
            return self.tr(
                "For this applicant this theme is not part of the hearing: it is asked only in place of "
                "another when the bank's conditions call for it. You can still ask its questions."
            )
        lang = self.lang
        if not plan.shown:
            reason = plan.skip_reason()
            if reason is None:
                return ""
            if reason.effect == Effect.SHOW:
                return fmt(
                    self.tr("Only for: %1. Not part of this hearing; you can still ask its questions."),
                    reason.text.get(lang),
                )
            if reason.effect == Effect.REPLACE:
                return fmt(
                    self.tr("Skipped for this applicant: %1 (in its place: %2)."),
                    reason.text.get(lang),
                    titles.get(reason.other, reason.other),
                )
            return fmt(
                self.tr("Skipped for this applicant: %1. You can still ask its questions."),
                reason.text.get(lang),
            )
        lines: list[str] = []
        if plan.in_place_of is not None:
            replaced = _met(plan.because, Effect.REPLACE)
            lines.append(
                fmt(
                    self.tr("In place of %1 for this applicant: %2."),
                    titles.get(plan.in_place_of.id, plan.in_place_of.id),
                    replaced.text.get(lang) if replaced else "",
                )
            )
        lines += self._effect_lines(plan.because, plan.required)
        return "\n".join(lines)

    def _effect_lines(self, because: tuple[Because, ...], required: bool) -> list[str]:
        """One line per reason: what it did (required, optional, order changed) and why."""
        words = {
            Effect.REQUIRE: self.tr("required"),
            Effect.OPTIONAL: self.tr("optional"),
            Effect.MOVE: self.tr("order changed"),
        }
        grouped: dict[str, list[str]] = {}
        for item in because:
            if not item.met or item.effect not in words:
                continue
            if (item.effect == Effect.REQUIRE and not required) or (
                item.effect == Effect.OPTIONAL and required
            ):
                continue  # the other one won
            done = grouped.setdefault(item.text.get(self.lang), [])
            if words[item.effect] not in done:
                done.append(words[item.effect])
        return [
            fmt(self.tr("For this applicant: %1 (%2)."), ", ".join(what), why)
            for why, what in grouped.items()
        ]

    def show_address(self, hearing: Hearing) -> None:
        """How to address the applicant, when the case or the frame says so."""
        case, frame = hearing.case, hearing.reference_frame
        parts = []
        if case.name_used.strip():
            parts.append(fmt(self.tr("name: %1"), case.name_used.strip()))
        if case.form_of_address.strip():
            parts.append(fmt(self.tr("form of address: %1"), case.form_of_address.strip()))
        if frame.pronouns.strip():
            parts.append(fmt(self.tr("pronouns: %1"), frame.pronouns.strip()))
        _set(self.address, fmt(self.tr("The applicant: %1."), "; ".join(parts)) if parts else "")

    def question_note(self, plan: QuestionPlan) -> str:
        """The line under a question card: what the conditions did to the question, and why."""
        lines: list[str] = []
        if not plan.shown:
            reason = plan.skip_reason()
            if reason is not None:
                lines.append(fmt(self.tr("Skipped for this applicant: %1."), reason.text.get(self.lang)))
        if plan.in_place_of is not None:
            replaced = _met(plan.because, Effect.REPLACE)
            lines.append(
                fmt(
                    self.tr("In place of “%1”: %2."),
                    plan.in_place_of.text.get(self.lang),
                    replaced.text.get(self.lang) if replaced else "",
                )
            )
        if plan.shown:
            lines += self._effect_lines(plan.because, plan.required)
        return "\n".join(lines)


class SkippedQuestions(QFrame):
    """The questions the conditions leave out for this applicant, with why, and a button to show them."""

    show_anyway_toggled = Signal(bool)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("skippedQuestions")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("skippedHeader")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.list = _label("skippedList", HINT)
        layout.addWidget(self.list)
        self.button = QToolButton()
        self.button.setObjectName("showSkippedButton")
        self.button.setCheckable(True)
        self.button.setText(self.tr("Show them anyway"))
        self.button.toggled.connect(self.show_anyway_toggled)
        layout.addWidget(self.button)
        self.setVisible(False)

    def show_skipped(self, skipped: list[QuestionPlan]) -> None:
        """List the left-out questions (the frame hides itself when there are none)."""
        lines = []
        for plan in skipped:
            reason = plan.skip_reason()
            why = reason.text.get(self.lang) if reason is not None else ""
            lines.append(f"• {plan.question.text.get(self.lang)} — {why}")
        text = "\n".join(lines)
        if self.list.text() != text:
            self.list.setText(text)
            self.header.setText(
                fmt(self.tr("Skipped for this applicant (%1), with why:"), len(skipped)) if skipped else ""
            )
        self.list.setVisible(bool(skipped))
        self.setVisible(bool(skipped))

    @property
    def showing_anyway(self) -> bool:
        """Whether the officer chose to see the left-out questions as cards too."""
        return self.button.isChecked()
