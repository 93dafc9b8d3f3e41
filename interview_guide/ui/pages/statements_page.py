"""StatementsPage: third-party statements (list and editor), submitted material and expert reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.labels import label
from interview_guide.core.record_paths import RecordField
from interview_guide.core.statements import ThirdPartyStatement
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.accessibility import describe
from interview_guide.ui.controller import HearingController
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.presenting import shown
from interview_guide.ui.widgets.material_section import ExpertSection, MaterialSection
from interview_guide.ui.widgets.reflow import RoomyTabScroll, WrapRow, vertical_scroll
from interview_guide.ui.widgets.statement_editor import StatementEditor


class StatementsPage(RecordPage):
    """Statements of partners, friends, churches and others; material; expert reports."""

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(controller, lang, parent)
        self.sized = False
        self.setObjectName("statementsPage")
        self.setTitle(self.tr("Third-party statements and material"))
        self.setSubTitle(
            self.tr(
                "A third-party statement is weighed as a statement from the author's own observation, "
                "never as an expert report; record how each one was weighed."
            )
        )

    def build(self) -> None:
        """The statements (list and editor) on the left; material and expert reports in tabs."""
        controller, lang = self.controller, self.lang
        statements = QGroupBox(self.tr("Third-party statements"))
        column = QVBoxLayout(statements)
        self.statement_list = QListWidget()
        self.statement_list.setObjectName("statementList")
        self.statement_list.setWordWrap(True)
        self.statement_list.setMaximumHeight(90)
        self.statement_list.currentItemChanged.connect(self._selected)
        column.addWidget(self.statement_list)
        buttons = WrapRow()  # a column in presenter mode's large type, where the row is too wide
        self.add_button = QPushButton(self.tr("Add statement"))
        self.add_button.setObjectName("addStatement")
        self.add_button.clicked.connect(self.add_statement)
        self.remove_button = QPushButton(self.tr("Remove statement"))
        self.remove_button.setObjectName("removeStatement")
        self.remove_button.clicked.connect(self.remove_statement)
        buttons.add(self.add_button)
        buttons.add(self.remove_button)
        buttons.add_stretch()
        column.addWidget(buttons)
        self.editor = StatementEditor(controller, lang)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        column.addWidget(scroll, 1)

        # Material and expert reports in tabs: each gets the full height for its list, form and notes.
        self.material = MaterialSection(controller, lang)
        self.experts = ExpertSection(controller, lang)
        right = QTabWidget()
        right.setObjectName("materialTabs")
        # Each tab scrolls up and down: in presenter mode's large type the form is taller than the room.
        right.addTab(vertical_scroll(self.material), "")
        right.addTab(vertical_scroll(self.experts), "")
        RoomyTabScroll(right.tabBar())
        describe(
            right.tabBar(),
            self.tr("Submitted material and expert reports"),
            self.tr("Ctrl+Tab goes to the other tab."),
        )
        self.tabs = right
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        splitter.addWidget(statements)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.follow_while_shown(controller.section_changed, self._on_section_changed)

    def showEvent(self, event: QShowEvent) -> None:
        """Divide the width 3:2 on first show."""
        if self.built and not self.sized:  # 3:2, not what the tabs' size hints would give on first show
            self.sized = True
            width = max(self.splitter.width(), 500)
            self.splitter.setSizes([width * 3 // 5, width * 2 // 5])
        super().showEvent(event)

    def refresh(self) -> None:
        """Bring the page up to date with the record."""
        self._fill_list(keep=self.editor.number)
        self.editor.show_statement(self.editor.number)
        self.material.refresh()
        self.experts.refresh()
        self._tab_titles()

    def _tab_titles(self) -> None:
        hearing = self.controller.require()
        self.tabs.setTabText(0, fmt(self.tr("Submitted material (%1)"), len(hearing.material)))
        self.tabs.setTabText(1, fmt(self.tr("Expert reports (%1)"), len(hearing.expert_reports)))

    # -- the list of statements ------------------------------------------------------------------

    def _summary(self, statement: ThirdPartyStatement) -> str:
        status = (
            self.tr("weighed")
            if statement.consideration_note.strip()
            else self.tr("⚠ consideration note missing")
        )
        return fmt(
            self.tr("%1. %2 (%3) · %4"),
            statement.number,
            shown(statement.author_name) or self.tr("author not given"),
            label(statement.author_role, self.lang),
            status,
        )

    def _fill_list(self, keep: int) -> None:
        statements = self.controller.require().statements
        self.statement_list.blockSignals(True)
        self.statement_list.clear()
        for statement in statements:
            item = QListWidgetItem(self._summary(statement))
            item.setData(Qt.ItemDataRole.UserRole, statement.number)
            self.statement_list.addItem(item)
        number = keep if 0 < keep <= len(statements) else (1 if statements else 0)
        if number:
            self.statement_list.setCurrentRow(number - 1)
        self.statement_list.blockSignals(False)
        self.editor.number = number
        self.remove_button.setEnabled(bool(statements))

    def _update_texts(self) -> None:
        statements = self.controller.require().statements
        if self.statement_list.count() != len(statements):
            self._fill_list(keep=self.editor.number)
            self.editor.show_statement(self.editor.number)
            return
        for row, statement in enumerate(statements):
            self.statement_list.item(row).setText(self._summary(statement))

    def _selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        number = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 0
        if number != self.editor.number:
            self.editor.show_statement(number)

    def _on_section_changed(self, section: RecordField) -> None:
        if section is RecordField.STATEMENTS:
            self._update_texts()
            self.editor.update_marker()
        elif section in (RecordField.MATERIAL, RecordField.MATERIAL_REFUSALS):
            self.material.refresh()
            self._tab_titles()
        elif section is RecordField.EXPERT_REPORTS:
            self.experts.refresh()
            self._tab_titles()

    # -- adding and removing ---------------------------------------------------------------------

    def add_statement(self) -> None:
        """Add a statement and put the cursor in its author field."""
        number = self.controller.add_statement()
        self._fill_list(keep=number)
        self.editor.show_statement(number)
        self.editor.author.setFocus()

    def remove_statement(self) -> None:
        """Remove the selected statement (added by mistake), after asking."""
        number = self.editor.number
        if not number:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove statement"),
            fmt(
                self.tr("Remove statement %1 and everything typed for it? The later ones are renumbered."),
                number,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.controller.remove_statement(number)
        self._fill_list(keep=min(number, len(self.controller.require().statements)))
        self.editor.show_statement(self.editor.number)
