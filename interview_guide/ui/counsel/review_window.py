"""CounselReview: counsel's tool for a report received from the IND, without the case file.

The report is shown read-only (every section, and the questions and answers); beside it counsel
types corrections per entry and additions in the box; below, the check of the recorded text against
the copy embedded in the report (with the tracked changes and comments and where they will land, and
the items the IND's import will read) and the question checker's findings per entry. "Save the filled
report" writes the report with counsel's text in its corrections column, ready to send back.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.labels import label
from interview_guide.i18n import fmt
from interview_guide.report.counsel_check import CounselReport, load_for_counsel
from interview_guide.report.counsel_fill import fill_report
from interview_guide.ui.domain_messages import describe

WORD_FILTER = "Word (*.docx)"


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class CounselReview(QDialog):
    """The report read-only, a corrections editor per entry, the check and the question review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counselReview")
        self.setWindowTitle(self.tr("Review a report (counsel)"))
        self.resize(1200, 800)
        self.path: Path | None = None
        self.report: CounselReport | None = None
        self.texts: dict[int, str] = {}  # what counsel has typed per entry
        self.current = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open a report…"))
        self.open_button.setObjectName("counselOpenButton")
        self.open_button.clicked.connect(self.choose)
        top.addWidget(self.open_button)
        self.path_label = QLabel(self.tr("No report open."))
        self.path_label.setObjectName("counselPath")
        top.addWidget(self.path_label, 1)
        self.save_button = QPushButton(self.tr("Save the filled report…"))
        self.save_button.setObjectName("counselSaveButton")
        self.save_button.clicked.connect(self.save_dialog)
        self.save_button.setEnabled(False)
        top.addWidget(self.save_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.entry_list = QListWidget()
        self.entry_list.setObjectName("counselEntryList")
        self.entry_list.currentRowChanged.connect(self._select)
        splitter.addWidget(self.entry_list)
        self.view = QTextBrowser()
        self.view.setObjectName("counselReportView")
        splitter.addWidget(self.view)
        splitter.addWidget(self._editors())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(splitter)

        self.tabs = QTabWidget()
        self.check_list = QListWidget()
        self.check_list.setObjectName("counselCheckList")
        self.check_list.setWordWrap(True)
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("counselFindingsList")
        self.findings_list.setWordWrap(True)
        self.findings_list.itemActivated.connect(self._jump_to_finding)
        self.tabs.addTab(self.check_list, self.tr("Check of the recorded text"))
        self.tabs.addTab(self.findings_list, self.tr("Question review"))
        vertical.addWidget(self.tabs)
        vertical.setStretchFactor(0, 4)
        vertical.setStretchFactor(1, 1)
        layout.addWidget(vertical, 1)

    def _editors(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        self.entry_box = QGroupBox(self.tr("Corrections and additions"))
        box_layout = QVBoxLayout(self.entry_box)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("counselCorrectionEdit")
        self.editor.setPlaceholderText(
            self.tr("Your correction or addition to this entry; start with a marker such as [vertaalfout]")
        )
        self.editor.textChanged.connect(self._typed)
        box_layout.addWidget(self.editor)
        column.addWidget(self.entry_box, 2)
        additions_box = QGroupBox(self.tr("Additions (not tied to one entry)"))
        additions_layout = QVBoxLayout(additions_box)
        self.additions = QPlainTextEdit()
        self.additions.setObjectName("counselAdditionsEdit")
        self.additions.setPlaceholderText(
            self.tr("Separate additions with an empty line; “12: …” ties one to entry 12")
        )
        additions_layout.addWidget(self.additions)
        column.addWidget(additions_box, 1)
        self.entry_box.setEnabled(False)
        return panel

    # -- loading ---------------------------------------------------------------------------------

    def choose(self) -> None:
        """Ask for a report and open it."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a report"), str(Path.home()), WORD_FILTER)
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Open ``path``; a report that cannot be read gives one dialog and changes nothing."""
        try:
            report = load_for_counsel(path)
        except InterviewGuideError as exc:
            QMessageBox.critical(self, self.tr("The report cannot be opened"), describe(exc))
            return False
        self.path, self.report = path, report
        self.texts = {entry.number: entry.corrections for entry in report.entries}
        self.path_label.setText(str(path))
        self.save_button.setEnabled(True)
        self.entry_list.blockSignals(True)
        self.entry_list.clear()
        for entry in report.entries:
            first = entry.question.splitlines()[0] if entry.question else ""
            item = QListWidgetItem(f"{entry.number}  {first[:60]}")
            item.setToolTip(entry.question)
            self.entry_list.addItem(item)
        self.entry_list.blockSignals(False)
        self.additions.setPlainText(report.additions)
        self._show_report()
        self._show_check()
        self._show_findings()
        self.entry_box.setEnabled(bool(report.entries))
        if report.entries:
            self.entry_list.setCurrentRow(0)
        return True

    def _show_report(self) -> None:
        assert self.report is not None
        parts = []
        for heading, text in self.report.sections:
            if text:
                parts.append(f"<p>{_html(text)}</p>")
            if heading == self.report.entries_heading:
                for entry in self.report.entries:
                    parts.append(
                        f'<a name="entry-{entry.number}"></a><h3>{entry.number}</h3>'
                        f'<p style="color:#595959">{_html(entry.notes)}</p>'
                        f"<p><i>{_html(entry.question)}</i></p>"
                        f"<p>{_html(entry.answer)}</p><hr>"
                    )
        self.view.setHtml("\n".join(parts))

    def _show_check(self) -> None:
        assert self.report is not None
        check = self.report.check
        self.check_list.clear()
        if check.problem:
            self.check_list.addItem(check.problem)
        elif check.intact:
            self.check_list.addItem(self.tr("The recorded text is unchanged."))
        for problem in check.differences:
            self.check_list.addItem(problem.line(check.lang))
        if check.changes:
            self.check_list.addItem(self.tr("Tracked changes and comments, and where they will land:"))
            for line in check.changes:
                self.check_list.addItem("  " + line)
        real = [item for item in check.items if item.text]
        self.check_list.addItem(fmt(self.tr("What the IND will read: %1 item(s)"), len(real)))
        for item in real:
            kind = label(item.type, check.lang)
            self.check_list.addItem(f"  {check.where(item)} [{kind}]: {' '.join(item.text.split())}")

    def _show_findings(self) -> None:
        assert self.report is not None
        self.findings_list.clear()
        word = "vraag" if self.report.lang == "nl" else "entry"
        for review in self.report.reviews:
            for finding in review.findings:
                severity, message, basis = finding["severity"], finding["message"], finding["basis"]
                item = QListWidgetItem(f"{word} {review.entry}: [{severity}] {message} ({basis})")
                item.setData(Qt.ItemDataRole.UserRole, review.entry)
                self.findings_list.addItem(item)
        if self.findings_list.count() == 0:
            self.findings_list.addItem(self.tr("The question checker found nothing."))

    # -- editing ---------------------------------------------------------------------------------

    def _select(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.entries):
            return
        entry = self.report.entries[row]
        self.current = entry.number
        self.entry_box.setTitle(fmt(self.tr("Corrections and additions at entry %1"), entry.number))
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.texts.get(entry.number, ""))
        self.editor.blockSignals(False)
        self.view.scrollToAnchor(f"entry-{entry.number}")

    def _typed(self) -> None:
        if self.current:
            self.texts[self.current] = self.editor.toPlainText()

    def _jump_to_finding(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if self.report is not None and isinstance(number, int):
            numbers = [entry.number for entry in self.report.entries]
            if number in numbers:
                self.entry_list.setCurrentRow(numbers.index(number))

    # -- saving ----------------------------------------------------------------------------------

    def save_dialog(self) -> None:
        """Ask where to save the filled report, then save it."""
        if self.path is None:
            return
        suggested = self.path.with_name(self.path.stem + "-filled.docx")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the filled report"), str(suggested), WORD_FILTER
        )
        if name:
            self.save(Path(name) if name.lower().endswith(".docx") else Path(name + ".docx"))

    def save(self, target: Path) -> bool:
        """Write the report with counsel's texts to ``target`` and show it as saved."""
        assert self.report is not None and self.path is not None
        before = {entry.number: entry.corrections for entry in self.report.entries}
        changed = {n: text for n, text in self.texts.items() if text != before.get(n, "")}
        additions = self.additions.toPlainText()
        try:
            fill_report(self.path, target, changed, additions if additions != self.report.additions else None)
        except InterviewGuideError as exc:
            QMessageBox.critical(self, self.tr("The report was not saved"), describe(exc))
            return False
        current = self.current
        self.load(target)
        numbers = [entry.number for entry in self.report.entries] if self.report else []
        if current in numbers:
            self.entry_list.setCurrentRow(numbers.index(current))
        return True
