"""ReviewPage: every entry in order (editable), the balance of themes, interpreter problems,
remarks on the course of the hearing, the consultation note, and the export of the report.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.labels import label
from interview_guide.core.record_paths import RecordField
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.accessibility import describe
from interview_guide.ui.controller import HearingController, RemarkField
from interview_guide.ui.entries_model import EntriesModel
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.pages.theme_page import QuestionScroll
from interview_guide.ui.widgets.coverage_view import CoverageView
from interview_guide.ui.widgets.entry_list import EntryList
from interview_guide.ui.widgets.entry_panel import EntryPanel
from interview_guide.ui.widgets.form_bindings import Binding, TextBinding


class ReviewPage(RecordPage):
    """The last page: review and finish the hearing."""

    export_requested = Signal()

    def __init__(
        self, controller: HearingController, entries: EntriesModel, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, lang, parent)
        self.bindings: list[Binding[Any]] = []
        self.setObjectName("reviewPage")
        self.setTitle(self.tr("Review and report"))
        self.setSubTitle(
            self.tr("Every entry in order; click one to correct it (changes are kept in the audit trail).")
        )
        self.entries_model = entries

    def build(self) -> None:
        """Every entry and its editor on the left; balance, problems, remarks and export on the right."""
        controller, entries, lang = self.controller, self.entries_model, self.lang
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.entries = EntryList(controller, entries)
        describe(
            self.entries,
            self.tr("Every entry of the hearing"),
            self.tr("The arrow keys choose an entry; Return opens it in the editor below for correcting."),
        )
        self.entries.setObjectName("reviewEntries")
        self.entries.entry_selected.connect(self._edit)
        left_layout.addWidget(self.entries, 3)
        self.editor = EntryPanel(controller, None)
        self.editor.setObjectName("reviewEditor")
        left_layout.addWidget(self.editor, 2)
        splitter.addWidget(left)

        right = QWidget()
        self.side = QVBoxLayout(right)
        self.side.setContentsMargins(0, 0, 0, 0)
        balance = QGroupBox(self.tr("Balance of themes and pillars"))
        balance_layout = QVBoxLayout(balance)
        self.coverage = CoverageView(lang)
        balance_layout.addWidget(self.coverage)
        self.side.addWidget(balance, 3)

        issues = QGroupBox(self.tr("Interpreter and communication problems"))
        issues_layout = QVBoxLayout(issues)
        self.issues = QListWidget()
        self.issues.setObjectName("issueList")
        self.issues.setWordWrap(True)
        self.issues.itemClicked.connect(lambda item: self._edit(int(item.data(Qt.ItemDataRole.UserRole))))
        issues_layout.addWidget(self.issues)
        self.side.addWidget(issues, 1)

        self.side.addWidget(
            self._text_box(
                self.tr("Remarks on the course of the hearing"), RecordField.COURSE_REMARKS, "courseRemarks"
            ),
            1,
        )
        self.side.addWidget(
            self._text_box(
                self.tr("Consultation"),
                RecordField.CONSULTATION_NOTE,
                "consultationNote",
                self.tr("Was a colleague or coordinator consulted on the assessment, and why?"),
            ),
            1,
        )

        self.export_button = QPushButton(self.tr("Export the hearing report (Word)…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_requested)
        self.side.addWidget(self.export_button)
        self.open_folder_button = QPushButton(self.tr("Open the folder of the report"))
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_folder_button.setVisible(False)
        self.side.addWidget(self.open_folder_button)
        # The column holds several sections; it scrolls rather than squeezing them (or the window).
        # Never narrower than its sections need (a group's title cannot wrap): never sideways.
        side_scroll = QuestionScroll()
        side_scroll.setObjectName("reviewSide")
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right.setMinimumHeight(900)
        side_scroll.setWidget(right)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # Edits in the review editor change the balance and the problems: shown once typing pauses.
        self._figures = QTimer(self)
        self._figures.setSingleShot(True)
        self._figures.setInterval(300)
        self._figures.timeout.connect(self._refresh_figures)
        self.follow_while_shown(controller.entry_changed, lambda *_: self._figures.start())

    def _text_box(self, title: str, field: RemarkField, name: str, question: str = "") -> QGroupBox:
        box = QGroupBox(title)  # a group title cannot wrap: the question goes inside
        layout = QVBoxLayout(box)
        if question:
            asked = QLabel(question)
            asked.setWordWrap(True)
            layout.addWidget(asked)
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        layout.addWidget(edit)
        self.bindings.append(
            TextBinding(
                edit,
                lambda: self._remark(field),
                lambda v: self.controller.set_remark(field, v),
            )
        )
        return box

    def _remark(self, field: RemarkField) -> str:
        hearing = self.controller.require()
        return hearing.course_remarks if field is RecordField.COURSE_REMARKS else hearing.consultation_note

    def add_side_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add a section to the right-hand column, above the export button (used by features)."""
        self.side.insertWidget(self.side.indexOf(self.export_button), widget, stretch)

    def take_focus(self) -> None:
        """The list of entries: arrow keys choose one, Return opens it in the editor."""
        self.entries.setFocus(Qt.FocusReason.TabFocusReason)

    def refresh(self) -> None:
        """Bring the page up to date with the record."""
        self._refresh_figures()
        for binding in self.bindings:
            binding.refresh()

    def _refresh_figures(self) -> None:
        self._figures.stop()
        self.coverage.refresh(self.controller.require(), self.controller.hearing_banks())
        self._refresh_issues()

    def _refresh_issues(self) -> None:
        hearing = self.controller.require()
        self.issues.clear()
        for entry in hearing.entries:
            for issue in entry.communication_issues:
                text = fmt(
                    self.tr("Entry %1, %2: %3"),
                    entry.number,
                    label(issue.kind, self.lang),
                    issue.note or self.tr("(no note)"),
                )
                self.issues.addItem(text)
                self.issues.item(self.issues.count() - 1).setData(Qt.ItemDataRole.UserRole, entry.number)
        if self.issues.count() == 0:
            self.issues.addItem(self.tr("None noted."))

    def _edit(self, number: int) -> None:
        if number:
            self.editor.show_entry(number)

    def show_message(self, text: str) -> None:
        """Show a short line under the export button (e.g. where the report was written)."""
        if not hasattr(self, "_message"):
            self._message = QLabel()
            self._message.setObjectName("exportMessage")
            self._message.setWordWrap(True)
            self.side.addWidget(self._message)
        self._message.setText(text)
