"""CorrectionsPage: counsel's corrections and additions read back, the responses, and the final report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.deadlines import compute_deadline
from interview_guide.core.labels import label
from interview_guide.core.record_paths import RecordField
from interview_guide.core.sanitize import clean_text
from interview_guide.core.statements import Correction
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.storage.settings_files import load_deadlines_or_defaults
from interview_guide.ui.accessibility import describe
from interview_guide.ui.controller import HearingController
from interview_guide.ui.dates import DATE_TIME_FORMAT, day_and_time, from_qdatetime, to_qdatetime
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.widgets.form_bindings import TextBinding

WORD_FILTER = "Word (*.docx)"
LATE_STYLE = "color: #a61b1b; font-weight: bold;"
COLUMNS = 8  # number, entry, type, text, submitted by, received, deadline, responded
TEXT_COLUMN = 3  # stretches; never hidden
# Hidden in this order when the table is too narrow for every column (presenter mode's large type on
# a 1280-pixel projector): what they say is also in the item's detail beside the table.
LESS_NEEDED = (4, 5, 2, 6)
TEXT_MIN_CHARS = 12  # the text column keeps room for at least this many characters


def _one_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class CorrectionsPage(RecordPage):
    """The corrections and additions counsel returned, each with the officer's response."""

    final_export_requested = Signal()

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(controller, lang, parent)
        self.selected = 0  # number of the correction shown, 0: none
        self.last_folder: Path | None = None
        self._received_edited = False
        self.setObjectName("correctionsPage")
        self.setTitle(self.tr("Corrections and additions"))
        self.setSubTitle(
            self.tr(
                "Counsel's corrections and additions, read from the returned report: a separate layer, "
                "the recorded questions and answers never change. Respond to each one."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._import_box())

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("correctionsTable")
        describe(
            self.table,
            self.tr("Corrections and additions"),
            self.tr("One item a row; the arrow keys move, the response column is typed in."),
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Entry"),
                self.tr("Type"),
                self.tr("Text"),
                self.tr("Submitted by"),
                self.tr("Received"),
                self.tr("Deadline"),
                self.tr("Responded"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.currentCellChanged.connect(lambda row, *_: self._select_row(row))
        self.table.installEventFilter(self)  # columns to hide when it is resized

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        self.response_box = QGroupBox(self.tr("Response"))
        response_layout = QVBoxLayout(self.response_box)
        self.response = QPlainTextEdit()
        self.response.setObjectName("responseEdit")
        self.response.setTabChangesFocus(True)
        self.response.setPlaceholderText(
            self.tr("How the item is taken into account (printed in the annex of the final report)")
        )
        response_layout.addWidget(self.response)
        self.response_binding = TextBinding(
            self.response,
            lambda: self._correction().response if self.selected else "",
            self._put_response,
        )
        left_layout.addWidget(self.response_box, 1)

        detail = QGroupBox(self.tr("The item and the entry as recorded"))
        detail_layout = QVBoxLayout(detail)
        self.entry_view = QTextBrowser()
        self.entry_view.setObjectName("entryView")
        detail_layout.addWidget(self.entry_view)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.finalised_label = QLabel()
        self.finalised_label.setObjectName("finalisedState")
        self.finalised_label.setWordWrap(True)
        bottom.addWidget(self.finalised_label, 1)
        self.export_button = QPushButton(self.tr("Export the final report (with annex)…"))
        self.export_button.setObjectName("exportFinalButton")
        self.export_button.clicked.connect(self.final_export_requested)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self.follow_while_shown(controller.section_changed, self._on_section_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the table's columns to its new width (or font)."""
        if watched is self.table and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.FontChange,
        ):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _column_width(self, column: int) -> int:
        if column == TEXT_COLUMN:
            return self.table.fontMetrics().averageCharWidth() * TEXT_MIN_CHARS
        header = self.table.horizontalHeader()
        return max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))

    def _fit_columns(self) -> None:
        """Every column where the table is wide enough; else the less needed ones hidden, so that the
        table never scrolls sideways (their values are in the item's detail)."""
        room = (
            self.table.width()
            - 2 * self.table.frameWidth()
            - self.table.verticalScrollBar().sizeHint().width()
        )
        hidden: set[int] = set()
        for column in LESS_NEEDED:
            if sum(self._column_width(c) for c in range(COLUMNS) if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in hidden:
            self.table.setColumnHidden(column, True)

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Counsel's returned report"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Submitted by")))
        self.submitted_by = QLineEdit(self.tr("counsel"))
        self.submitted_by.setObjectName("submittedBy")
        row.addWidget(self.submitted_by, 1)
        row.addWidget(QLabel(self.tr("Received")))
        self.received = QDateTimeEdit()
        self.received.setObjectName("receivedAt")
        self.received.setDisplayFormat(DATE_TIME_FORMAT)
        self.received.setCalendarPopup(True)
        self.received.dateTimeChanged.connect(self._received_changed)
        row.addWidget(self.received)
        self.import_button = QPushButton(self.tr("Import corrections from counsel's report…"))
        self.import_button.setObjectName("importCorrectionsButton")
        self.import_button.clicked.connect(self.import_report)
        row.addWidget(self.import_button)
        column.addLayout(row)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadlineLabel")
        self.deadline_label.setWordWrap(True)
        column.addWidget(self.deadline_label)
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        column.addWidget(self.result_label)
        return box

    # -- reading from the record -----------------------------------------------------------------

    def refresh(self) -> None:
        """Bring the page up to date with the record."""
        hearing = self.controller.require()
        if not self._received_edited:
            self.received.blockSignals(True)
            self.received.setDateTime(to_qdatetime(self.controller.clock()))
            self.received.blockSignals(False)
        sent = [v for v in hearing.exported_versions if not v.final]
        if sent:
            due = sent[-1].deadline
        else:
            settings, _warning = load_deadlines_or_defaults()
            due = compute_deadline(hearing, settings).due
        text = (
            fmt(self.tr("Deadline for corrections and additions: %1"), day_and_time(due))
            if due is not None
            else self.tr("Deadline for corrections and additions: with the response to the notice of intent")
        )
        if sent:
            text += " " + fmt(
                self.tr("(report version %1, sent on %2)"),
                sent[-1].number,
                sent[-1].sent_on.strftime("%d-%m-%Y"),
            )
        self.deadline_label.setText(text)
        self._fill_table()
        self._show_finalised()

    def _correction(self) -> Correction:
        return next(c for c in self.controller.require().corrections if c.number == self.selected)

    def _row_texts(self, item: Correction) -> list[str]:
        replaced = {c.replaces for c in self.controller.require().corrections if c.replaces is not None}
        status = ""
        if item.withdrawn_at is not None:
            status = self.tr("[withdrawn] ")
        elif item.number in replaced:
            status = self.tr("[replaced] ")
        elif item.replaces is not None:
            status = fmt(self.tr("[replaces %1] "), item.replaces)
        where = str(item.entry_number) if item.entry_number is not None else item.place or self.tr("general")
        return [
            str(item.number),
            where,
            label(item.type, self.lang),
            status + _one_line(item.text),
            item.submitted_by,
            day_and_time(item.received_at),
            self.tr("on time") if item.within_deadline else self.tr("LATE"),
            self.tr("yes") if item.response.strip() else self.tr("not yet"),
        ]

    def _fill_table(self) -> None:
        corrections = self.controller.require().corrections
        self.table.blockSignals(True)
        self.table.setRowCount(len(corrections))
        for row, item in enumerate(corrections):
            for column, text in enumerate(self._row_texts(item)):
                cell = self.table.item(row, column)
                if cell is None:
                    cell = QTableWidgetItem()
                    self.table.setItem(row, column, cell)
                if cell.text() != text:
                    cell.setText(text)
                if column in (3, 7):
                    cell.setToolTip(item.text if column == 3 else item.response)
                if column == 6:
                    late = Qt.GlobalColor.darkRed if not item.within_deadline else None
                    cell.setData(Qt.ItemDataRole.ForegroundRole, late)
                    cell.setToolTip(
                        fmt(self.tr("Deadline: %1"), day_and_time(item.deadline)) if item.deadline else ""
                    )
        self.table.blockSignals(False)
        self._fit_columns()
        numbers = [c.number for c in corrections]
        if self.selected not in numbers:
            self._select_row(0 if corrections else -1)
        elif self.table.currentRow() != numbers.index(self.selected):
            self.table.selectRow(numbers.index(self.selected))

    def _select_row(self, row: int) -> None:
        corrections = self.controller.require().corrections
        number = corrections[row].number if 0 <= row < len(corrections) else 0
        if row >= 0 and self.table.currentRow() != row:
            self.table.blockSignals(True)
            self.table.selectRow(row)
            self.table.blockSignals(False)
        if number == self.selected and number:
            return
        self.selected = number
        self.response_box.setEnabled(bool(number))
        self.response_box.setTitle(
            fmt(self.tr("Response to item %1"), number) if number else self.tr("Response")
        )
        self.response_binding.refresh()
        self._show_detail()

    def _show_detail(self) -> None:
        if not self.selected:
            self.entry_view.setPlainText(self.tr("No corrections or additions imported yet."))
            return
        item = self._correction()
        parts = [
            fmt(self.tr("Item %1 (%2):"), item.number, label(item.type, self.lang)),
            item.text,
            "",
            fmt(
                self.tr("Submitted by %1, received %2 (%3)."),
                item.submitted_by,
                day_and_time(item.received_at),
                self.tr("on time") if item.within_deadline else self.tr("LATE"),
            ),
            "",
        ]
        if item.entry_number is None:
            parts.append(self.tr("General: not tied to an entry."))
        else:
            entry = self.controller.require().entry(item.entry_number)
            parts += [
                fmt(self.tr("Entry %1 as recorded"), entry.number),
                self.tr("Question:"),
                entry.question_text,
                "",
                self.tr("Answer:"),
                entry.answer_text or self.tr("(no answer recorded)"),
            ]
        self.entry_view.setPlainText("\n".join(parts))

    def _show_finalised(self) -> None:
        finalised = self.controller.require().finalised_at
        self.finalised_label.setText(
            fmt(self.tr("Finalised on %1."), day_and_time(finalised))
            if finalised is not None
            else self.tr(
                "Not finalised yet (Hearing › Finalise the hearing…); the final report can be exported "
                "anyway."
            )
        )

    def _on_section_changed(self, section: RecordField) -> None:
        if section is RecordField.CORRECTIONS:
            self._fill_table()
            # A response set elsewhere (not typed here) is shown; typing here is never overwritten.
            if (
                self.selected
                and clean_text(self.response.toPlainText()).strip() != self._correction().response
            ):
                self.response_binding.refresh()
        elif section is RecordField.FINALISED_AT:
            self._show_finalised()
        elif section in (RecordField.CASE, RecordField.SITTINGS, RecordField.EXPORTED_VERSIONS):
            self.refresh()

    # -- writing ---------------------------------------------------------------------------------

    def _put_response(self, text: str) -> str | None:
        if self.selected:
            self.controller.respond_to_correction(self.selected, text)
        return None

    def _received_changed(self) -> None:
        self._received_edited = True

    def received_at(self) -> dt.datetime | None:
        """When the report was received as the officer set it (None: now, at import)."""
        if not self._received_edited:
            return None
        return from_qdatetime(self.received.dateTime())

    def import_report(self) -> None:
        """Ask for counsel's returned report and read its corrections and additions into the record."""
        if self.controller.hearing is None:
            return
        folder = self.last_folder or Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import corrections from counsel's report"), str(folder), WORD_FILTER
        )
        if not name:
            return
        path = Path(name)
        self.last_folder = path.parent
        settings, warning = load_deadlines_or_defaults()
        result = self.controller.import_corrections(
            path,
            submitted_by=self.submitted_by.text().strip() or "counsel",
            received_at=self.received_at(),
            deadline_settings=settings,
        )
        if result is None:
            self._show_result(self.tr("Nothing was imported."), error=True)
            return
        lines = [fmt(self.tr("%1 added, %2 already present."), len(result.added), result.already_present)]
        late = sum(1 for item in result.added if not item.within_deadline)
        if late:
            lines.append(fmt(self.tr("%1 received after the deadline (marked LATE)."), late))
        if result.withdrawn:
            numbers = ", ".join(str(n) for n in result.withdrawn)
            lines.append(fmt(self.tr("Withdrawn by counsel: %1."), numbers))
        listed = result.lines()
        lines += listed
        lines += [fmt(self.tr("Note: %1"), text) for text in filter(None, [warning])]
        self._show_result("\n".join(lines), error=not result.complete)
        if not result.complete:
            QMessageBox.warning(
                self,
                self.tr("Not everything was imported"),
                self.tr("The items of these entries and places were not imported; the rest was:")
                + "\n\n"
                + "\n".join(listed),
            )
        if result.added:
            corrections = self.controller.require().corrections
            self._select_row(corrections.index(result.added[0]))

    def _show_result(self, text: str, error: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(LATE_STYLE if error else "")
        self.result_label.setVisible(True)
