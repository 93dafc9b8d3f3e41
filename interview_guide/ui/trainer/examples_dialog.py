"""ExamplesDialog: good and bad example questions per category, to browse or as an exercise.

Browsing shows the verdict, why, the example's own better wording and the checker's verdict. As an
exercise, verdict and better wording stay hidden: the trainee types a rephrasing, then Reveal shows
the model answer and the checker's verdict on both. Every example is in Dutch and English. The keys
a presenter remote sends step through the examples and never close the dialog.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.question_check import CATEGORY_ORDER, Category, Finding, Severity, check_question
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.trainer_examples import Example, examples_of
from interview_guide.ui.checker.names import OK_COLOURS, SEVERITY_COLOURS, category_name, severity_name
from interview_guide.ui.trainer.remote_keys import RemoteKeys


def _label(object_name: str, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def verdict_html(findings: list[Finding], lead: str, none_text: str) -> str:
    """The checker's verdict in one line: the worst severity and the categories (no suggestion)."""
    problems = [f for f in findings if f.severity >= Severity.WARN]
    if not findings:
        colour = OK_COLOURS[1]
        body = none_text
    else:
        worst = findings[0].severity
        colour = SEVERITY_COLOURS[worst][1] if problems else OK_COLOURS[1]
        names = ", ".join(category_name(f.category) for f in findings)
        body = f"{severity_name(worst)}: {names}"
    return f'<b>{html.escape(lead)}</b> <span style="color:{colour}">{html.escape(body)}</span>'


class ExamplesDialog(QDialog):
    """A non-modal browser (or exercise) of the trainer examples: Previous/Next, filtered by category."""

    def __init__(self, ui_lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_lang: Lang = ui_lang
        self.examples: list[Example] = examples_of(None)
        self.position = 0
        self.revealed = False
        self._shown: tuple[Example, bool] | None = None  # what the reveal state belongs to
        self.setObjectName("examplesDialog")
        self.setWindowTitle(self.tr("Example questions"))
        self.setModal(False)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Category:")))
        self.category = QComboBox()
        self.category.setObjectName("examplesCategory")
        self.category.addItem(self.tr("All categories"), "")
        for category in CATEGORY_ORDER:
            name = category_name(category)
            self.category.addItem(name[:1].upper() + name[1:], category.value)
        self.category.currentIndexChanged.connect(self._filter)
        top.addWidget(self.category, 1)
        self.language = QComboBox()
        self.language.setObjectName("examplesLanguage")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(ui_lang))
        self.language.currentIndexChanged.connect(self._show)
        top.addWidget(self.language)
        self.exercise = QCheckBox(self.tr("Exercise"))
        self.exercise.setObjectName("examplesExercise")
        self.exercise.setToolTip(
            self.tr("Hide the verdict and the better wording; rephrase first, then reveal")
        )
        self.exercise.toggled.connect(self._exercise_toggled)
        top.addWidget(self.exercise)
        self.counter = QLabel()
        self.counter.setObjectName("examplesPosition")
        top.addWidget(self.counter)
        layout.addLayout(top)

        card = QFrame()
        card.setObjectName("exampleCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(card)
        self.verdict = _label("exampleVerdict", rich=True)
        column.addWidget(self.verdict)
        self.background = _label("exampleBackground")
        column.addWidget(self.background)
        self.question = _label("exampleText")
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.question.setFont(font)
        column.addWidget(self.question)
        self.why = _label("exampleWhy")
        column.addWidget(self.why)
        self.better = _label("exampleBetter", rich=True)
        column.addWidget(self.better)
        self.checker = _label("exampleChecker", rich=True)
        column.addWidget(self.checker)
        layout.addWidget(card)

        self.attempt_box = QFrame()
        self.attempt_box.setObjectName("exampleAttemptBox")
        attempt_layout = QVBoxLayout(self.attempt_box)
        attempt_layout.setContentsMargins(0, 0, 0, 0)
        attempt_layout.addWidget(QLabel(self.tr("Your rephrasing (one open question):")))
        self.attempt = QPlainTextEdit()
        self.attempt.setObjectName("examplesAttempt")
        self.attempt.setTabChangesFocus(True)
        self.attempt.setFixedHeight(self.attempt.fontMetrics().lineSpacing() * 3 + 14)
        attempt_layout.addWidget(self.attempt)
        row = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.setObjectName("examplesReveal")
        self.reveal_button.setToolTip(
            self.tr("Show the verdict, the model answer and the checker's view (Ctrl+Return)")
        )
        self.reveal_button.setShortcut("Ctrl+Return")
        self.reveal_button.clicked.connect(self.reveal)
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        attempt_layout.addLayout(row)
        self.attempt_verdict = _label("examplesAttemptVerdict", rich=True)
        attempt_layout.addWidget(self.attempt_verdict)
        layout.addWidget(self.attempt_box)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setObjectName("examplesPrevious")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        buttons.addWidget(self.previous_button)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("examplesNext")
        self.next_button.clicked.connect(lambda: self.step(1))
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("PgDn / PgUp: next / previous"))
        hint.setObjectName("examplesKeysHint")
        buttons.addWidget(hint)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("examplesClose")
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for button in (self.previous_button, self.next_button, close, self.reveal_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space on a focused button would press it
        self.remote = RemoteKeys(self, lambda: self.step(1), lambda: self.step(-1))
        self.remote.install()
        self.resize(760, 620)
        self._show()

    @property
    def current(self) -> Example:
        """The example on screen."""
        return self.examples[self.position]

    @property
    def lang(self) -> Lang:
        """The language the examples are shown in."""
        return "nl" if self.language.currentData() == "nl" else "en"

    def step(self, delta: int) -> None:
        """Go ``delta`` examples forward (or back), staying within the list."""
        position = min(max(self.position + delta, 0), len(self.examples) - 1)
        if position != self.position:
            self.position = position
            self.attempt.clear()
        self._show()

    def set_category(self, category: Category | None) -> None:
        """Show only the examples of ``category`` (all when None), from the first."""
        index = self.category.findData(category.value if category is not None else "")
        self.category.setCurrentIndex(index)

    def set_exercise(self, on: bool) -> None:
        """Switch the exercise on or off."""
        self.exercise.setChecked(on)

    def reveal(self) -> None:
        """Show the verdict, the model answer and the checker's verdict on the example and the attempt."""
        self.revealed = True
        self._show()

    def _exercise_toggled(self) -> None:
        self.attempt.clear()
        self._show()
        if self.exercise.isChecked():
            self.attempt.setFocus()

    def _filter(self) -> None:
        value = self.category.currentData()
        self.examples = examples_of(Category(value) if value else None)
        self.position = 0
        self.attempt.clear()
        self._show()

    def _show(self) -> None:
        example = self.current
        lang = self.lang
        if self._shown != (example, self.exercise.isChecked()):
            self.revealed = False
        self._shown = (example, self.exercise.isChecked())
        exercise = self.exercise.isChecked()
        open_card = not exercise or self.revealed
        self.counter.setText(fmt(self.tr("%1 of %2"), self.position + 1, len(self.examples)))
        name = category_name(example.category)
        if example.good and example.background(self.ui_lang):
            verdict = self.tr("Good example: knowledge asked as far as it can be expected of this applicant")
            colour = OK_COLOURS[1]
        elif example.good:
            verdict = fmt(self.tr("Good example (%1)"), name)
            colour = OK_COLOURS[1]
        else:
            verdict = fmt(self.tr("Bad example: %1"), name)
            colour = SEVERITY_COLOURS[Severity.BLOCK][1]
        self.verdict.setText(f'<b style="color:{colour}">{html.escape(verdict)}</b>')
        self.verdict.setVisible(open_card)
        background = example.background(self.ui_lang)
        self.background.setText(fmt(self.tr("Pitched to: %1"), background) if background else "")
        self.background.setVisible(bool(background))
        self.question.setText(example.text_in(lang))
        self.why.setText(example.why(self.ui_lang))
        self.why.setVisible(open_card)
        better = example.better_in(lang)
        if better:
            lead = html.escape(self.tr("Better:"))
            self.better.setText(f"<b>{lead}</b> <i>{html.escape(better)}</i>")
        else:
            lead = html.escape(self.tr("Model answer:"))
            self.better.setText(
                f"<b>{lead}</b> " + html.escape(self.tr("this question can be asked as it is."))
            )
        self.better.setVisible(open_card and (bool(better) or exercise))
        findings = check_question(example.text_in(lang), lang, ui_lang=self.ui_lang)
        self.checker.setText(verdict_html(findings, self.tr("The checker:"), self.tr("no findings.")))
        self.checker.setVisible(open_card)
        self.attempt_box.setVisible(exercise)
        self.reveal_button.setEnabled(exercise and not self.revealed)
        self._show_attempt(lang)
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.examples) - 1)

    def _show_attempt(self, lang: Lang) -> None:
        text = self.attempt.toPlainText().strip()
        if not (self.exercise.isChecked() and self.revealed):
            self.attempt_verdict.setVisible(False)
            return
        if not text:
            self.attempt_verdict.setText(html.escape(self.tr("You did not type a rephrasing.")))
        else:
            findings = check_question(text, lang, ui_lang=self.ui_lang)
            self.attempt_verdict.setText(
                verdict_html(findings, self.tr("The checker on your wording:"), self.tr("no findings."))
            )
        self.attempt_verdict.setVisible(True)
