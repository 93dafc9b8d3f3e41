"""Small dialogs: break reason, interpreter or communication problem, new sitting, shortcuts help.

Each has a classmethod ``ask(...)`` that returns the result or None, so tests can replace it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.hearing import (
    CommunicationIssueKind,
    Gender,
    Interpreter,
    InterpreterMode,
    RegisterStatus,
)
from interview_guide.core.text import Lang
from interview_guide.ui.enum_combos import fill_combo
from interview_guide.ui.widgets.date_field import DateField
from interview_guide.ui.widgets.form_bindings import message_label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class BreakDialog(QDialog):
    """Asks why a break starts (optional)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a break"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reason for the break (optional):")))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                "",
                self.tr("Offered by the officer"),
                self.tr("Asked for by the applicant"),
                self.tr("Asked for by the interpreter"),
                self.tr("Medical reasons"),
                self.tr("Lunch"),
            ]
        )
        layout.addWidget(self.reason)
        layout.addWidget(_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The reason, or None when cancelled."""
        dialog = cls(parent)
        return dialog.reason.currentText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


class IssueDialog(QDialog):
    """Logs an interpreter or communication problem at the current entry."""

    def __init__(self, number: int, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interpreter or communication problem"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("At entry %1").replace("%1", str(number))))
        self.kind = QComboBox()
        fill_combo(self.kind, CommunicationIssueKind, lang)
        layout.addRow(self.tr("Kind:"), self.kind)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("What happened, in a few words (e.g. the applicant does not understand the dialect)")
        )
        layout.addRow(self.tr("Note:"), self.note)
        layout.addRow(_buttons(self))
        # The officer types the note at once (the kind defaults to the interpreter); Tab goes on to
        # the kind, Ctrl+Return notes the problem (see ui/input_guard.py).
        self.note.setFocus()

    @classmethod
    def ask(
        cls, number: int, lang: Lang, parent: QWidget | None
    ) -> tuple[CommunicationIssueKind, str] | None:
        """The kind and note, or None when cancelled."""
        dialog = cls(number, lang, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return CommunicationIssueKind(dialog.kind.currentData()), dialog.note.toPlainText().strip()


class NewSittingDialog(QDialog):
    """Continue the hearing on another day: date, location, interpreter."""

    def __init__(
        self, previous: Interpreter, location: str, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Continue on another day"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("A new sitting starts; entry numbering runs on.")))
        self.date = DateField()
        self.date.setObjectName("newSittingDate")
        self.date.set_value(dt.date.today())
        layout.addRow(self.tr("Date:"), self.date)
        self.date_message = message_label()
        layout.addRow("", self.date_message)
        self.location = QLineEdit(location)
        layout.addRow(self.tr("Location:"), self.location)
        self.interpreter = QLineEdit(previous.name_or_number)
        self.interpreter.setPlaceholderText(self.tr("name or number"))
        layout.addRow(self.tr("Interpreter:"), self.interpreter)
        self.register = QComboBox()
        fill_combo(self.register, RegisterStatus, lang, previous.register_status)
        layout.addRow(self.tr("Register status:"), self.register)
        self.gender = QComboBox()
        fill_combo(self.gender, Gender, lang, previous.gender)
        layout.addRow(self.tr("Interpreter's gender:"), self.gender)
        self.mode = QComboBox()
        fill_combo(self.mode, InterpreterMode, lang, previous.mode)
        layout.addRow(self.tr("Interpreting:"), self.mode)
        layout.addRow(_buttons(self))

    def accept(self) -> None:
        """Close with OK only when the date is a date."""
        problem = self.date.problem()
        self.date_message.setText(problem or "")
        self.date_message.setVisible(problem is not None)
        if problem is not None:
            self.date.setFocus()
            return
        super().accept()

    @classmethod
    def ask(
        cls, previous: Interpreter, location: str, lang: Lang, parent: QWidget | None
    ) -> tuple[dt.date, str, Interpreter] | None:
        """The date, location and interpreter of the new sitting, or None when cancelled."""
        dialog = cls(previous, location, lang, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        interpreter = Interpreter(
            name_or_number=dialog.interpreter.text().strip(),
            register_status=RegisterStatus(dialog.register.currentData()),
            gender=Gender(dialog.gender.currentData()),
            mode=InterpreterMode(dialog.mode.currentData()),
        )
        day = dialog.date.date()
        assert day is not None  # accept() lets only a full date through
        return day, dialog.location.text().strip(), interpreter


class ShortcutsDialog(QDialog):
    """Lists the keyboard shortcuts."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        for row, (keys, action) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
