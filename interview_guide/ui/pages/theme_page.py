"""ThemePage: one page per theme or pillar (and for the opening and closing of the hearing).

Left: the bank's open questions as cards, with the theme's purpose, guidance and the reference-frame
hints that apply to this applicant. Right: the entry being asked and answered, and the entries
already recorded for the theme (click one to edit it).

The bank conditions (``core/bank_plan.py``) order the cards, leave questions out (listed under the
cards with why, and shown anyway on request) and say at the top what they did to the theme.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.bank import Question, QuestionBank, Theme, matching_hints
from interview_guide.core.bank_plan import QuestionPlan, ThemePlan, plan_hearing, plan_theme, subject_of
from interview_guide.core.reference_frame import applicable_hints
from interview_guide.core.script_text import fill_script
from interview_guide.core.text import Lang
from interview_guide.ui.accessibility import describe
from interview_guide.ui.controller import HearingController
from interview_guide.ui.entries_model import EntriesModel, ThemeEntries
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.presenting import presenting, shown
from interview_guide.ui.style import HINT, tint
from interview_guide.ui.widgets.entry_list import EntryList
from interview_guide.ui.widgets.entry_panel import EntryPanel, OwnQuestionGuard
from interview_guide.ui.widgets.plan_notes import SkippedQuestions, ThemeStatus
from interview_guide.ui.widgets.proposed_question import ProposedQuestion
from interview_guide.ui.widgets.question_card import QuestionCard


def _wrapped(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(object_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class QuestionScroll(QScrollArea):
    """The column of question cards (or of the entry being asked): scrolls up and down, never sideways.

    It is never narrower than its cards need (the splitter gives the answer side the rest), so
    scrolling to the next question cannot shift the column and cut off the start of every question.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        """As wide as the cards need, with the vertical scroll bar and the frame."""
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width + 2 * self.frameWidth(), hint.height())

    def setWidget(self, widget: QWidget) -> None:
        """Scroll ``widget``, and follow its minimum width as it changes."""
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The cards' layout changed (a card grew, the guidance opened): the minimum width may have, so
        tell the splitter, which otherwise keeps the column narrower than the cards until resized."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class ThemePage(RecordPage):
    """Questions of one theme: ask, answer, follow up, edit."""

    def __init__(
        self,
        controller: HearingController,
        entries: EntriesModel,
        bank: QuestionBank,
        theme: Theme,
        lang: Lang,
        guard: OwnQuestionGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """A page for ``theme`` of ``bank``.

        Args:
            controller: the controller (every edit goes through it).
            entries: the entries model (the page shows its own theme's entries).
            bank: the bank the theme belongs to.
            theme: the theme or pillar.
            lang: the language of the questions.
            guard: asked before an own question is logged (the question checker); None: no check.
            parent: the parent widget.
        """
        super().__init__(controller, lang, parent)
        self.bank = bank
        self.theme = theme
        self.cards: dict[str, QuestionCard] = {}
        self.hint_count = 0
        self.plan: ThemePlan | None = None  # what the bank conditions make of this theme (on refresh)
        self.card_order: list[str] = [q.id for q in theme.questions]  # the cards as laid out
        self._question_plans: dict[str, QuestionPlan] = {}
        self.entry_view = ThemeEntries(entries, theme.id, self)  # this theme's entries
        self.question_scroll = QuestionScroll()
        self.setObjectName(f"themePage-{theme.id}")
        title = theme.title.get(lang)
        if theme.pillar:
            title = self.tr("Pillar: ") + title
        self.setTitle(title)
        self.setSubTitle(theme.purpose.get(lang))
        self.guard = guard
        self._guidance_visible = False
        self._proposal: tuple[str, str] | None = None  # question id ("" own), follow-up id ("" none)
        self._focus_before: QWidget | None = None

    def build(self) -> None:
        """The question cards on the left; the entry being asked and the theme's entries on the right."""
        controller, theme = self.controller, self.theme
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("themeSplitter")
        splitter.addWidget(self._build_questions())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # A question proposed from the keyboard (Ctrl+F, or Space/Return on an Ask): asked on the
        # second press, so that a stray key never logs a question.
        self.proposed = ProposedQuestion()
        self.proposed.confirmed.connect(self._confirm_proposal)
        self.proposed.cancelled.connect(self._drop_proposal)
        right_layout.addWidget(self.proposed)
        self.panel = EntryPanel(controller, theme.id, self.guard)
        self.panel.own_ask_proposed.connect(self._propose_own)
        right_layout.addWidget(self.panel, 3)  # the answer editor takes the room there is
        recorded = QLabel(self.tr("Recorded in this theme (click to edit):"))
        recorded.setWordWrap(True)
        right_layout.addWidget(recorded)
        self.entries = EntryList(controller, self.entry_view)
        describe(
            self.entries,
            self.tr("Recorded in this theme"),
            self.tr("The arrow keys choose an entry; Return opens it for correcting."),
        )
        self.entries.entry_selected.connect(self._edit_entry)
        self.entries.setMinimumHeight(self.entries.fontMetrics().lineSpacing() * 4)
        right_layout.addWidget(self.entries, 1)
        # Scrolls up and down where the window is too low for it (presenter mode's large type on a
        # projector); where it fits, the answer editor takes the room as before.
        right_scroll = QuestionScroll()
        right_scroll.setObjectName("entryScroll")
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # Asking adds a row here; the asked counts follow (typing an answer adds none).
        self.entry_view.rowsInserted.connect(self._count_asked)
        self.entry_view.rowsRemoved.connect(self._count_asked)
        self.entry_view.modelReset.connect(self._count_asked)
        self.set_guidance_visible(self._guidance_visible)

    def record_opening(self) -> None:
        """Record the opening explanation as read out, starting from the bank's text with the names."""
        from interview_guide.core.opening import standard_opening
        from interview_guide.ui.opening_dialog import OpeningDialog

        hearing = self.controller.require()
        script = [line.get(self.lang) for line in self.theme.script]
        dialog = OpeningDialog(hearing.opening_statement or standard_opening(script, hearing), self)
        if dialog.exec() == OpeningDialog.DialogCode.Accepted:
            self.controller.set_opening_statement(dialog.text())

    def _build_questions(self) -> QScrollArea:
        inner = QWidget()
        inner.setObjectName("questionCards")
        column = QVBoxLayout(inner)
        self._column = column
        self.status = ThemeStatus(self.lang)
        column.addWidget(self.status)
        self.guidance = QFrame()
        self.guidance.setObjectName("themeGuidance")
        self.guidance.setFrameShape(QFrame.Shape.StyledPanel)
        guidance_layout = QVBoxLayout(self.guidance)
        self.script_lines: list[QLabel] = []
        for line in self.theme.script:  # what the officer says (opening, closing): always in view
            script_line = _wrapped("» " + line.get(self.lang), "scriptLine")
            font = script_line.font()
            font.setItalic(True)
            script_line.setFont(font)
            guidance_layout.addWidget(script_line)
            self.script_lines.append(script_line)
        if self.theme.id == "opening" and self.theme.script:  # the report prints it as read out
            record = QToolButton()
            record.setObjectName("recordOpeningButton")
            record.setText(self.tr("Record the explanation as read out…"))
            record.clicked.connect(self.record_opening)
            guidance_layout.addWidget(record)
        self.guidance_button = QToolButton()
        self.guidance_button.setObjectName("themeGuidanceButton")
        self.guidance_button.setCheckable(True)
        self.guidance_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_button.toggled.connect(self._show_theme_guidance)
        guidance_layout.addWidget(self.guidance_button)
        self.guidance_body = QWidget()
        body = QVBoxLayout(self.guidance_body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(_wrapped(self.theme.guidance.get(self.lang), "themeGuidanceText"))
        self.hints_label = _wrapped("", "themeHints")
        tint(self.hints_label, HINT)
        body.addWidget(self.hints_label)
        guidance_layout.addWidget(self.guidance_body)
        column.addWidget(self.guidance)
        self._show_theme_guidance(False)
        for question in self.theme.questions:
            card = QuestionCard(question, self.lang)
            card.ask_requested.connect(self._ask)
            card.follow_up_requested.connect(self._ask_follow_up)
            card.ask_proposed.connect(self._propose)
            self.cards[question.id] = card
            column.addWidget(card)
        self.skipped = SkippedQuestions(self.lang)
        self.skipped.show_anyway_toggled.connect(lambda _: self._show_cards())
        column.addWidget(self.skipped)
        column.addStretch(1)
        scroll = self.question_scroll
        scroll.setObjectName("questionScroll")
        scroll.setWidget(inner)
        return scroll

    # -- reading the record ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the current record: asked counts, applicable hints, the entry being answered."""
        self._drop_proposal(restore_focus=False)
        hearing = self.controller.require()
        for label, line in zip(self.script_lines, self.theme.script, strict=True):
            # the names from the case (hidden while presenting)
            text = "» " + shown(fill_script(line.get(self.lang), hearing))
            if label.text() != text:
                label.setText(text)
        frame = hearing.reference_frame
        hints = matching_hints(self.theme.hints, subject_of(hearing)) + applicable_hints(frame)
        self.hints_label.setText("\n".join("◆ " + h.get(self.lang) for h in hints))
        self.hints_label.setVisible(bool(hints))
        self.hint_count = len(hints)
        self._show_theme_guidance(self.guidance_button.isChecked())
        self._apply_plan()
        self._count_asked()
        self._set_card_hints()
        current = self.controller.current_entry
        if current and hearing.entry(current).theme_id == self.theme.id:
            self.panel.show_entry(current)
        elif self.panel.number and self.panel.number <= len(hearing.entries):
            self.panel.show_entry(self.panel.number)
        else:
            self.panel.show_draft()

    def _apply_plan(self) -> None:
        """Follow the bank conditions: the theme's status, the order of the cards, what is left out."""
        hearing = self.controller.require()
        banks = self.controller.hearing_banks()
        plans = plan_hearing(banks, subject_of(hearing))
        self.plan = next(
            (p for p in plans if p.bank.id == self.bank.id and p.theme.id == self.theme.id), None
        )
        titles = {t.id: t.title.get(self.lang) for b in banks for t in b.themes}
        self.status.show_plan(self.plan, titles)
        self.status.show_address(hearing)
        subject = subject_of(hearing)
        questions = (
            self.plan.questions if self.plan is not None else plan_theme(self.bank, self.theme, subject)
        )
        self._question_plans = {q.question.id: q for q in questions}
        order = [q.question.id for q in questions if q.shown] + [
            q.question.id for q in questions if not q.shown
        ]
        order += [q.id for q in self.theme.questions if q.id not in order]  # alternates not in use
        if order != self.card_order:
            for question_id in order:
                self._column.removeWidget(self.cards[question_id])
            for index, question_id in enumerate(order):
                self._column.insertWidget(2 + index, self.cards[question_id])  # after status and guidance
            self.card_order = order
        for question_id, card in self.cards.items():
            plan = self._question_plans.get(question_id)
            card.set_condition_note(self.status.question_note(plan) if plan is not None else "")
        self.skipped.show_skipped([q for q in questions if not q.shown])
        self._show_cards()

    def _show_cards(self) -> None:
        """Show the cards of the questions to ask (and the left-out ones when asked to)."""
        anyway = self.skipped.showing_anyway
        for question_id, card in self.cards.items():
            plan = self._question_plans.get(question_id)
            card.setVisible(plan is not None and (plan.shown or anyway))

    def _count_asked(self) -> None:
        hearing = self.controller.hearing
        if hearing is None:
            return
        counts: dict[str, int] = {}
        for entry in hearing.entries:
            if entry.bank_id == self.bank.id and entry.follow_up_id is None and entry.question_id:
                counts[entry.question_id] = counts.get(entry.question_id, 0) + 1
        for question_id, card in self.cards.items():
            card.set_asked_count(counts.get(question_id, 0))

    def _set_card_hints(self) -> None:
        hearing = self.controller.require()
        for question in self.theme.questions:
            self.cards[question.id].set_hints(matching_hints(question.hints, subject_of(hearing)))

    def _show_theme_guidance(self, visible: bool) -> None:
        count = self.hint_count
        text = self.tr("Guidance for this theme")
        if count:  # on a line of its own in presenter mode's large type: the column stays narrow
            text += ("\n" if presenting() else "  ") + self.tr("(and %n hints for this applicant)", "", count)
        if self.guidance_button.text() != text:
            self.guidance_button.setText(text)
            self.question_scroll.updateGeometry()  # the column may need to be wider, or may be narrower
        self.guidance_button.setArrowType(Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow)
        self.guidance_body.setVisible(visible)

    def set_guidance_visible(self, visible: bool) -> None:
        """Expand or collapse the theme guidance and the follow-ups, guidance and hints of every card."""
        self._guidance_visible = visible
        if not self.built:
            return  # applied when the page is built
        self.guidance_button.setChecked(visible)
        for card in self.cards.values():
            card.set_details_visible(visible)

    # -- asking ---------------------------------------------------------------------------------

    def _ask(self, question_id: str) -> None:
        question = self.bank.question(question_id)[1]
        entry = self.controller.ask(
            self.theme.id, question.text.get(self.lang), bank_id=self.bank.id, question_id=question_id
        )
        if entry is not None:
            self.panel.show_entry(entry.number)
            self.panel.focus_answer()

    def _ask_follow_up(self, question_id: str, follow_up_id: str) -> None:
        hearing = self.controller.require()
        question = self.bank.question(question_id)[1]
        follow_up = next(f for f in question.follow_ups if f.id == follow_up_id)
        # Link to the latest entry of the main question (or its follow-ups), else the latest of the theme.
        related = [
            e.number for e in hearing.entries if e.question_id == question_id and e.bank_id == self.bank.id
        ]
        parent = related[-1] if related else (self.panel.last_entry_of_theme() or None)
        entry = self.controller.ask(
            self.theme.id,
            follow_up.text.get(self.lang),
            bank_id=self.bank.id,
            question_id=question_id,
            follow_up_id=follow_up_id,
            follow_up_of=parent,
        )
        if entry is not None:
            self.panel.show_entry(entry.number)
            self.panel.focus_answer()

    # -- asking from the keyboard: propose, then ask on the second press --------------------------

    def _propose(self, question_id: str, follow_up_id: str = "") -> None:
        question = self._bank_question(question_id)
        if question is None:
            return
        text = question.text.get(self.lang)
        for follow_up in question.follow_ups:
            if follow_up.id == follow_up_id:
                text = follow_up.text.get(self.lang)
        self._show_proposal((question_id, follow_up_id), text)

    def _propose_own(self, text: str) -> None:
        if text:
            self._show_proposal(("", ""), text)
        else:
            self.panel.question_edit.setFocus()

    def _show_proposal(self, proposal: tuple[str, str], text: str) -> None:
        if self._proposal is None:
            self._focus_before = QApplication.focusWidget()
        self._proposal = proposal
        self.proposed.propose(text)

    def proposal(self) -> tuple[str, str] | None:
        """The question shown for asking: (question id, follow-up id), "" for an own question or none."""
        return self._proposal

    def _confirm_proposal(self) -> None:
        proposal = self._proposal
        self._drop_proposal(restore_focus=False)
        if proposal is None:
            return
        question_id, follow_up_id = proposal
        if not question_id:
            self.panel.ask_own()
        elif follow_up_id:
            if self.panel.number:  # a follow-up moves on from the answer being typed
                self.controller.log_answer(self.panel.number)
            self._ask_follow_up(question_id, follow_up_id)
        else:
            self._ask(question_id)

    def _drop_proposal(self, restore_focus: bool = True) -> None:
        had = self._proposal is not None
        self._proposal = None
        if self.built:
            self.proposed.setVisible(False)
        if had and restore_focus and self._focus_before is not None:
            self._focus_before.setFocus()
        self._focus_before = None

    def _edit_entry(self, number: int) -> None:
        self.panel.show_entry(number)
        self.panel.focus_answer()

    # -- keyboard actions (routed here by the main window) ---------------------------------------

    def primary_action(self) -> None:
        """Ctrl+Return: ask the drafted own question, or log the answer and move to the next question."""
        if self.panel.number == 0:
            self.panel.ask_own()
            return
        self.panel.log_answer()
        self.focus_next_question()

    def own_question(self) -> None:
        """Ctrl+E: start an own question."""
        self.panel.start_draft(follow_up=False)

    def follow_up(self) -> None:
        """Ctrl+F: show the next unasked follow-up of the current bank question (a second Ctrl+F or
        Return asks it), or draft an own follow-up when the bank has none left."""
        if self._proposal is not None and self._proposal[1]:
            self._confirm_proposal()
            return
        hearing = self.controller.require()
        number = self.panel.number or self.panel.last_entry_of_theme()
        if number:
            entry = hearing.entry(number)
            # A case recorded with an older bank may name a question this bank no longer has (its
            # changelog names it): then there are no bank follow-ups to offer, only an own one.
            question = self._bank_question(entry.question_id) if entry.bank_id == self.bank.id else None
            if question is not None and entry.question_id is not None:
                asked = {e.follow_up_id for e in hearing.entries if e.question_id == entry.question_id}
                for follow_up in question.follow_ups:
                    if follow_up.id not in asked:
                        self._propose(entry.question_id, follow_up.id)
                        return
        if self.panel.number:
            self.controller.log_answer(self.panel.number)
        self.panel.start_draft(follow_up=True)

    def take_focus(self) -> None:
        """The answer being typed (cursor at the end), else the Ask button of the next question."""
        if self.panel.number:
            self.panel.focus_answer()
        else:
            self.focus_next_question()

    def _bank_question(self, question_id: str | None) -> Question | None:
        """The bank's question with this id, or None (an own question, or one a newer bank removed)."""
        if question_id is None:
            return None
        try:
            return self.bank.question(question_id)[1]
        except KeyError:
            return None

    def focus_next_question(self) -> None:
        """Move the keyboard focus to the Ask button of the first question not yet asked."""
        for question_id in self.card_order:
            card = self.cards[question_id]
            if card.isVisibleTo(self) and not card.property("asked"):
                card.ask_button.setFocus()
                self.question_scroll.ensureWidgetVisible(card)
                return
        self.panel.start_draft(follow_up=False)
