"""TrainerMode: the Training menu (annotated demo hearing, practice panel, examples) and its annotations."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.trainer.annotation_bar import AnnotationBar
from interview_guide.ui.trainer.examples_dialog import ExamplesDialog
from interview_guide.ui.trainer.practice_panel import PracticePanel
from interview_guide.ui.widgets.checker_badge import CheckContext
from interview_guide.ui.wizard import HearingWizard


class TrainerMode(QObject):
    """Adds the Training menu to a main window and shows trainer notes on the theme pages."""

    def __init__(self, window: MainWindow, context: CheckContext, may_replace: Callable[[], bool]) -> None:
        """Add the Training menu to ``window``.

        Args:
            window: the main window.
            context: the claim types and reference frame of the open hearing, for the checker.
            may_replace: the unsaved-changes guard, asked before the annotated demo replaces a hearing.
        """
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.context = context
        self.may_replace = may_replace
        self.bars: list[AnnotationBar] = []
        self.practice: PracticePanel | None = None
        self.examples: ExamplesDialog | None = None
        self.menu = self._build_menu()

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
        self.annotations = window.make_command(
            "trainer-annotations",
            self.tr("Show &trainer annotations"),
            None,
            self._refresh_bars,
            checkable=True,
        )
        menu.addAction(self.annotations)
        menu.addSeparator()
        menu.addAction(
            window.make_command("trainer-practice", self.tr("&Practice panel…"), None, self.show_practice)
        )
        menu.addAction(
            window.make_command("trainer-examples", self.tr("&Examples…"), None, self.show_examples)
        )
        return menu

    # -- the annotated demo ------------------------------------------------------------------------

    def open_demo(self, claim: str) -> None:
        """Open the fictional demo hearing with the trainer's annotations shown."""
        if not self.may_replace():
            return
        from interview_guide.demo import build_demo_case

        self.annotations.setChecked(True)
        self.controller.load(build_demo_case(claim, self.window.lang), path=None, demo=True)

    @property
    def annotations_on(self) -> bool:
        """Whether trainer notes and the checker's findings are shown with each entry."""
        return self.annotations.isChecked()

    def attach(self, wizard: HearingWizard) -> None:
        """Put an annotation bar on every theme page of a new wizard."""
        self.bars = []
        for page in wizard.hearing_pages.themes:
            bar = AnnotationBar(page.panel, self.controller, self.window.lang, self.context)
            bar.set_enabled(self.annotations_on)
            page.panel.badge_slot.addWidget(bar)
            self.bars.append(bar)

    def _refresh_bars(self) -> None:
        for bar in self.bars:
            bar.set_enabled(self.annotations_on)

    # -- practice and examples ---------------------------------------------------------------------

    def show_practice(self) -> PracticePanel:
        """Show the practice panel (one per window, not modal)."""
        if self.practice is None:
            self.practice = PracticePanel(self.window.lang, self._claim_types(), self.window)
        self.practice.show()
        self.practice.raise_()
        self.practice.activateWindow()
        return self.practice

    def show_examples(self) -> ExamplesDialog:
        """Show the examples browser (one per window, not modal)."""
        if self.examples is None:
            self.examples = ExamplesDialog(self.window.lang, self.window)
        self.examples.show()
        self.examples.raise_()
        self.examples.activateWindow()
        return self.examples

    def _claim_types(self) -> list[str]:
        hearing = self.controller.hearing
        return [c.value for c in hearing.case.claim_types] if hearing is not None else []
