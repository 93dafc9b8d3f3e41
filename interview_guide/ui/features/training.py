"""TrainerMode: the Training menu (annotated demo, scenarios, notes, review, practice, examples) and the
trainer's notes on the theme pages.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.trainer_notes import annotated_entries
from interview_guide.i18n import fmt
from interview_guide.training.scenarios import SCENARIOS, build_scenario_case, get_scenario
from interview_guide.ui.controller import HearingController
from interview_guide.ui.domain_messages import describe
from interview_guide.ui.features.presenter import PresenterMode
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.trainer.annotation_bar import AnnotationBar
from interview_guide.ui.widgets.checker_badge import CheckContext
from interview_guide.ui.wizard import HearingWizard

if TYPE_CHECKING:  # they load the question checker and the examples: only when first opened
    from interview_guide.training.practice_history import PracticeAttempt
    from interview_guide.ui.trainer.compare_dialog import CompareDialog
    from interview_guide.ui.trainer.curriculum_dialog import CurriculumDialog
    from interview_guide.ui.trainer.examples_dialog import ExamplesDialog
    from interview_guide.ui.trainer.practice_panel import PracticePanel
    from interview_guide.ui.trainer.review_dialog import ReviewDialog

# Kept on the controller, which outlives a window rebuilt in another language, so notes stay on.
_ANNOTATIONS_PROPERTY = "interviewGuideTrainerAnnotations"
WORD_FILTER = "Word (*.docx)"
# The practice panel's list of questions kept, per controller: it outlives a window rebuilt in another
# language (and the panel with it) for the rest of the session.
_HISTORIES: WeakKeyDictionary[HearingController, list[PracticeAttempt]] = WeakKeyDictionary()


class TrainerMode(QObject):
    """Adds the Training menu to a main window and shows trainer notes on the theme pages."""

    def __init__(self, window: MainWindow, context: CheckContext, may_replace: Callable[[], bool]) -> None:
        """Add the Training menu to ``window``.

        Args:
            window: the main window.
            context: the claim types and reference frame of the open hearing, for the checker.
            may_replace: the unsaved-changes guard, asked before a demo or scenario replaces a hearing.
        """
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.context = context
        self.may_replace = may_replace
        self.bars: list[AnnotationBar] = []
        self.practice: PracticePanel | None = None
        self.examples: ExamplesDialog | None = None
        self.review: ReviewDialog | None = None
        self.curriculum: CurriculumDialog | None = None
        self.compare: CompareDialog | None = None
        self.menu = self._build_menu()
        self.annotations.setChecked(bool(self.controller.property(_ANNOTATIONS_PROPERTY)))
        self.annotations.toggled.connect(self._annotations_toggled)
        self.controller.hearing_replaced.connect(self._hearing_replaced)
        window.start.scenario_requested.connect(self.open_scenario)
        window.start.role_cards_requested.connect(self._write_role_cards)
        window.language_changed.connect(self._language_changed)
        self._update_actions()

    def _language_changed(self, _lang: str) -> None:
        """The window speaks another language now: the dialogs built in the old one (they hold its texts
        and export in it) are closed and made again in the new one; those that were open reopen."""
        was_open = {
            name: dialog is not None and dialog.isVisible()
            for name, dialog in (("practice", self.practice), ("examples", self.examples))
        }
        for dialog in (self.practice, self.examples, self.review, self.curriculum, self.compare):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.practice = self.examples = self.review = self.curriculum = self.compare = None
        if was_open["practice"]:
            self.show_practice()  # the questions kept live on the controller (_HISTORIES)
        if was_open["examples"]:
            self.show_examples()

    def _build_menu(self) -> QMenu:
        window = self.window
        bar = window.menuBar()
        menu = QMenu(self.tr("&Training"), bar)
        menu.setObjectName("trainingMenu")
        actions = bar.actions()
        if actions:  # before Help, which stays last
            bar.insertMenu(actions[-1], menu)
        else:
            bar.addMenu(menu)
        demo = menu.addMenu(self.tr("Open the &demo hearing with annotations"))
        for claim, text in (
            ("lgbti", self.tr("LGBTI claim")),
            ("conversion", self.tr("Conversion claim (subsequent application)")),
            ("both", self.tr("Both claims")),
            ("trans", self.tr("LGBTI claim of a trans applicant")),
        ):
            demo.addAction(
                window.make_command(f"trainer-demo-{claim}", text, None, partial(self.open_demo, claim))
            )
        weaker = menu.addMenu(self.tr("Open the &weaker demo hearing"))
        compare = menu.addMenu(self.tr("Co&mpare the weaker and the good demo"))
        for claim, text in (
            ("lgbti", self.tr("LGBTI claim")),
            ("conversion", self.tr("Conversion claim (subsequent application)")),
            ("both", self.tr("Both claims")),
        ):
            weaker.addAction(
                window.make_command(
                    f"trainer-weaker-{claim}", text, None, partial(self.open_weaker_demo, claim)
                )
            )
            compare.addAction(
                window.make_command(
                    f"trainer-compare-{claim}", text, None, partial(self._compare_demos, claim)
                )
            )
        scenarios = menu.addMenu(self.tr("Role-play &scenarios"))
        scenarios.setObjectName("scenarioMenu")
        cards = menu.addMenu(self.tr("Role c&ards"))
        cards.setObjectName("roleCardsMenu")
        for scenario in SCENARIOS:
            title = scenario.title.get(window.lang)
            scenarios.addAction(
                window.make_command(
                    f"trainer-scenario-{scenario.id}",
                    title,
                    None,
                    partial(self.open_scenario, scenario.id),
                )
            )
            cards.addAction(
                window.make_command(
                    f"trainer-cards-{scenario.id}",
                    title + "…",
                    None,
                    partial(self._write_role_cards, scenario.id),
                )
            )
        menu.addSeparator()
        self.annotations = window.make_command(
            "trainer-annotations",
            self.tr("Show and write &trainer notes"),
            None,
            lambda: None,  # the toggled signal does the work (also when set from code)
            checkable=True,
        )
        menu.addAction(self.annotations)
        menu.addAction(
            window.make_command(
                "trainer-next-note", self.tr("&Next trainer note"), "Alt+PgDown", self.next_note
            )
        )
        menu.addAction(
            window.make_command(
                "trainer-previous-note", self.tr("P&revious trainer note"), "Alt+PgUp", self.previous_note
            )
        )
        menu.addAction(
            window.make_command(
                "trainer-review", self.tr("Re&view practice hearing…"), None, self.show_review
            )
        )
        menu.addAction(
            window.make_command("trainer-curriculum", self.tr("&Curriculum map…"), None, self.show_curriculum)
        )
        menu.addSeparator()
        self.presenter = PresenterMode(window, menu)  # a child of the window: lives as long as it
        menu.addSeparator()
        menu.addAction(
            window.make_command("trainer-practice", self.tr("Practice pane&l…"), None, self.show_practice)
        )
        menu.addAction(
            window.make_command("trainer-examples", self.tr("&Examples…"), None, self.show_examples)
        )
        return menu

    def _update_actions(self) -> None:
        open_hearing = self.controller.hearing is not None
        for key in ("trainer-next-note", "trainer-previous-note", "trainer-review"):
            self.window.commands[key].setEnabled(open_hearing)

    # -- the annotated demo ------------------------------------------------------------------------

    def open_demo(self, claim: str) -> None:
        """Open the fictional demo hearing with the trainer's annotations shown."""
        if not self.may_replace():
            return
        from interview_guide.demo import build_demo_case

        self.controller.load(build_demo_case(claim, self.window.lang), path=None, demo=True)

    def open_weaker_demo(self, claim: str) -> None:
        """Open the weaker version of the demo hearing, with its trainer notes shown."""
        if not self.may_replace():
            return
        from interview_guide.training.weaker_demo import weaker_demo

        self.controller.load(weaker_demo(claim, self.window.lang), path=None, demo=True)

    def _compare_demos(self, claim: str) -> None:
        self.compare_demos(claim)

    def compare_demos(self, claim: str) -> CompareDialog:
        """Show the weaker demo hearing beside the good one, lined up by theme (a new dialog each time)."""
        from interview_guide.demo import build_demo_case
        from interview_guide.training.weaker_demo import weaker_demo

        lang = self.window.lang
        good = build_demo_case(claim, lang)
        titles = (self.tr("Weaker version"), self.tr("Good version (the demo)"))
        banks = [
            bank for bank in self.controller.banks.banks if bank.id in {ref.id for ref in good.case.banks}
        ]
        if self.compare is not None:
            self.compare.close()
            self.compare.deleteLater()
        from interview_guide.ui.trainer.compare_dialog import CompareDialog

        self.compare = CompareDialog(lang, weaker_demo(claim, lang), good, titles, banks, self.window)
        self.compare.show()
        self.compare.raise_()
        self.compare.activateWindow()
        return self.compare

    def open_scenario(self, scenario_id: str) -> None:
        """Open a role-play scenario as a new, unsaved training hearing (no questions asked yet)."""
        if not self.may_replace():
            return
        hearing = build_scenario_case(
            get_scenario(scenario_id), self.controller.banks.banks, self.window.lang
        )
        self.controller.load(hearing, path=None)
        self.controller.mark_unsaved()
        self.window.statusBar().showMessage(
            fmt(self.tr("Scenario opened: %1. Save it to keep the practice hearing."), scenario_id), 8000
        )

    def _write_role_cards(self, scenario_id: str) -> None:
        self.write_role_cards(scenario_id)

    def write_role_cards(self, scenario_id: str, path: Path | None = None) -> Path | None:
        """Write the role cards of a scenario (asks where when ``path`` is None)."""
        scenario = get_scenario(scenario_id)
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Write the role cards"),
                str(Path.home() / fmt(self.tr("role-cards-%1.docx"), scenario.id)),
                WORD_FILTER,
            )
            if not name:
                return None
            path = Path(name)
        from interview_guide.report.role_cards import export_role_cards

        try:
            export_role_cards(scenario, self.controller.banks.banks, self.window.lang, path)
        except InterviewGuideError as exc:
            QMessageBox.critical(self.window, self.tr("Role cards not written"), describe(exc))
            return None
        self.window.statusBar().showMessage(fmt(self.tr("Role cards written: %1"), str(path)), 8000)
        return path

    @property
    def annotations_on(self) -> bool:
        """Whether trainer notes and the checker's findings are shown with each entry."""
        return self.annotations.isChecked()

    def _hearing_replaced(self) -> None:
        if self.controller.demo:  # however the demo was opened: start screen, menu, --demo
            self.annotations.setChecked(True)
        self._update_actions()

    def _annotations_toggled(self, on: bool) -> None:
        self.controller.setProperty(_ANNOTATIONS_PROPERTY, on)
        for bar in self.bars:
            bar.set_enabled(on)

    def attach(self, wizard: HearingWizard) -> None:
        """Put a note bar on every theme page of a new wizard; presenter mode covers its pages too."""
        self.bars = []
        self.presenter.attach(wizard)
        for page in wizard.hearing_pages.themes:  # each when its page is first built
            page.when_built(partial(self._add_bar, page))

    def _add_bar(self, page: ThemePage) -> None:
        bar = AnnotationBar(page.panel, self.controller, self.window.lang, self.context)
        bar.set_enabled(self.annotations_on)
        page.panel.badge_slot.addWidget(bar)
        self.bars.append(bar)

    # -- going through the notes -------------------------------------------------------------------

    def show_entry(self, number: int) -> bool:
        """Open the theme page of entry ``number`` with that entry shown; returns whether it could."""
        hearing = self.controller.hearing
        wizard = self.window.wizard
        if hearing is None or wizard is None or not 1 <= number <= len(hearing.entries):
            return False
        theme_id = hearing.entry(number).theme_id
        page = next((p for p in wizard.theme_pages() if p.theme.id == theme_id), None)
        if page is None:
            return False
        self.window.stack.setCurrentWidget(wizard)
        wizard.go_to_page(page)
        page.panel.show_entry(number)
        return True

    def shown_entry(self) -> int:
        """The entry shown on the theme page on screen (0: none)."""
        page = self.window.current_theme_page()
        return page.panel.number if page is not None else 0

    def step_note(self, delta: int) -> int:
        """Open the next (``delta`` 1) or previous (-1) entry with a trainer note; returns its number."""
        hearing = self.controller.hearing
        if hearing is None:
            return 0
        numbers = annotated_entries(hearing)
        here = self.shown_entry()
        if not here:  # on a page without an entry: start from the newest entry before it
            page = self.window.current_theme_page()
            here = page.panel.last_entry_of_theme() if page is not None else 0
        later = [n for n in numbers if n > here] if delta > 0 else [n for n in reversed(numbers) if n < here]
        if not later:
            self.window.statusBar().showMessage(
                self.tr("No further trainer note.") if delta > 0 else self.tr("No earlier trainer note."),
                4000,
            )
            return 0
        self.annotations.setChecked(True)
        number = later[0]
        self.show_entry(number)
        self.window.statusBar().showMessage(
            fmt(self.tr("Trainer note %1 of %2"), numbers.index(number) + 1, len(numbers)), 4000
        )
        return number

    def next_note(self) -> int:
        """Open the next entry with a trainer note."""
        return self.step_note(1)

    def previous_note(self) -> int:
        """Open the previous entry with a trainer note."""
        return self.step_note(-1)

    # -- review, practice and examples -------------------------------------------------------------

    def show_review(self) -> ReviewDialog | None:
        """Review the open hearing as a practice hearing (one dialog per window, not modal)."""
        hearing = self.controller.hearing
        if hearing is None:
            return None
        if self.review is None:
            from interview_guide.ui.trainer.review_dialog import ReviewDialog

            self.review = ReviewDialog(self.window.lang, self.window)
            self.review.entry_requested.connect(self._open_from_review)
            self.review.export_requested.connect(self.export_feedback)
        self.review.show_review(hearing, self.controller.hearing_banks())
        self.review.show()
        self.review.raise_()
        self.review.activateWindow()
        return self.review

    def _open_from_review(self, number: int) -> None:
        self.annotations.setChecked(True)
        self.show_entry(number)

    def export_feedback(self, path: Path | None = None) -> Path | None:
        """Write the feedback sheet of the open hearing (asks where when ``path`` is None)."""
        hearing = self.controller.hearing
        if hearing is None:
            return None
        if path is None:
            folder = self.controller.path.parent if self.controller.path is not None else Path.home()
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export the feedback sheet"),
                str(folder / self.tr("feedback.docx")),
                WORD_FILTER,
            )
            if not name:
                return None
            path = Path(name)
        from interview_guide.report.feedback_sheet import export_feedback_sheet
        from interview_guide.training.practice_review import review_practice

        banks = self.controller.hearing_banks()
        try:
            export_feedback_sheet(
                hearing, review_practice(hearing, banks, self.window.lang), banks, self.window.lang, path
            )
        except InterviewGuideError as exc:
            QMessageBox.critical(self.window, self.tr("Feedback sheet not written"), describe(exc))
            return None
        self.window.statusBar().showMessage(fmt(self.tr("Feedback sheet written: %1"), str(path)), 8000)
        return path

    def show_curriculum(self) -> CurriculumDialog:
        """Show the curriculum map (one per window, not modal)."""
        if self.curriculum is None:
            from interview_guide.demo import build_demo_case

            demo = build_demo_case("both", self.window.lang)
            from interview_guide.ui.trainer.curriculum_dialog import CurriculumDialog

            self.curriculum = CurriculumDialog(
                self.window.lang, demo, self.controller.banks.banks, self.window
            )
            self.curriculum.link_chosen.connect(self.follow_link)
        self.curriculum.show()
        self.curriculum.raise_()
        self.curriculum.activateWindow()
        return self.curriculum

    def follow_link(self, link: str) -> None:
        """Open what a curriculum link names: a demo entry, examples, a scenario or a theme page."""
        kind, _, value = link.partition(":")
        if kind == "demo":
            hearing = self.controller.hearing
            both = hearing is not None and len(hearing.case.claim_types) == 2
            if not (self.controller.demo and both):
                self.open_demo("both")
            if self.controller.demo:
                self.annotations.setChecked(True)
                self.show_entry(int(value))
        elif kind == "examples":
            from interview_guide.core.question_check import Category

            self.show_examples().set_category(Category(value))
        elif kind == "scenario":
            self.open_scenario(value)
        elif kind == "theme":
            self.show_theme(value)

    def show_theme(self, theme_id: str) -> bool:
        """Go to the page of ``theme_id`` in the open hearing; returns whether it has one."""
        wizard = self.window.wizard
        page = next((p for p in wizard.theme_pages() if p.theme.id == theme_id), None) if wizard else None
        if wizard is None or page is None:
            self.window.statusBar().showMessage(
                self.tr("The open hearing has no page for this theme (open the demo or a scenario first)."),
                8000,
            )
            return False
        self.window.stack.setCurrentWidget(wizard)
        wizard.go_to_page(page)
        return True

    def show_practice(self) -> PracticePanel:
        """Show the practice panel (one per window, not modal)."""
        if self.practice is None:
            from interview_guide.ui.trainer.practice_panel import PracticePanel

            history = _HISTORIES.setdefault(self.controller, [])
            self.practice = PracticePanel(self.window.lang, self._claim_types(), self.window, history)
        self.practice.show()
        self.practice.raise_()
        self.practice.activateWindow()
        return self.practice

    def show_examples(self) -> ExamplesDialog:
        """Show the examples browser (one per window, not modal)."""
        if self.examples is None:
            from interview_guide.ui.trainer.examples_dialog import ExamplesDialog

            self.examples = ExamplesDialog(self.window.lang, self.window)
        self.examples.show()
        self.examples.raise_()
        self.examples.activateWindow()
        return self.examples

    def _claim_types(self) -> list[str]:
        hearing = self.controller.hearing
        return [c.value for c in hearing.case.claim_types] if hearing is not None else []
