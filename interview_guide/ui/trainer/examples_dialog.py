"""ExamplesDialog: step through good and bad example questions per category, with the checker's verdict."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.question_check import CATEGORY_ORDER, Category, Severity
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.trainer_examples import Example, examples_of
from interview_guide.ui.checker.names import OK_COLOURS, SEVERITY_COLOURS, category_name
from interview_guide.ui.widgets.checker_badge import CheckerBadge


def _label(object_name: str, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ExamplesDialog(QDialog):
    """A non-modal browser of the trainer examples: Previous/Next, filtered by category."""

    def __init__(self, ui_lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_lang: Lang = ui_lang
        self.examples: list[Example] = examples_of(None)
        self.position = 0
        self.setObjectName("examplesDialog")
        self.setWindowTitle(self.tr("Example questions"))
        self.setModal(False)
        self.resize(700, 600)
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
        self.question = _label("exampleText")
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.question.setFont(font)
        column.addWidget(self.question)
        self.why = _label("exampleWhy")
        column.addWidget(self.why)
        self.better = _label("exampleBetter", rich=True)
        column.addWidget(self.better)
        layout.addWidget(card)

        layout.addWidget(QLabel(self.tr("What the checker says:")))
        self.badge = CheckerBadge(ui_lang, None, delay_ms=0, expanded=True, offer_wording=False)
        self.badge.setObjectName("exampleBadge")
        layout.addWidget(self.badge)
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
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._show()

    @property
    def current(self) -> Example:
        """The example on screen."""
        return self.examples[self.position]

    def step(self, delta: int) -> None:
        """Go ``delta`` examples forward (or back), staying within the list."""
        self.position = min(max(self.position + delta, 0), len(self.examples) - 1)
        self._show()

    def set_category(self, category: Category | None) -> None:
        """Show only the examples of ``category`` (all when None), from the first."""
        index = self.category.findData(category.value if category is not None else "")
        self.category.setCurrentIndex(index)

    def _filter(self) -> None:
        value = self.category.currentData()
        self.examples = examples_of(Category(value) if value else None)
        self.position = 0
        self._show()

    def _show(self) -> None:
        example = self.current
        self.counter.setText(fmt(self.tr("%1 of %2"), self.position + 1, len(self.examples)))
        name = category_name(example.category)
        if example.good:
            verdict = fmt(self.tr("Good example (%1)"), name)
            colour = OK_COLOURS[1]
        else:
            verdict = fmt(self.tr("Bad example: %1"), name)
            colour = SEVERITY_COLOURS[Severity.BLOCK][1]
        self.verdict.setText(f'<b style="color:{colour}">{html.escape(verdict)}</b>')
        self.question.setText(f"[{example.lang.upper()}]  {example.text}")
        self.why.setText(example.why(self.ui_lang))
        self.better.setVisible(bool(example.better))
        if example.better:
            lead = html.escape(self.tr("Better:"))
            self.better.setText(f"<b>{lead}</b> <i>{html.escape(example.better)}</i>")
        self.badge.question_lang = example.lang
        self.badge.check_now(example.text)
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.examples) - 1)
