"""StatementEditor: every field of one third-party statement, written to the record on every edit."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.errors import RecordRuleError
from interview_guide.core.labels import STATEMENT_LEGAL_CLASS
from interview_guide.core.statement_edits import format_entry_numbers, parse_entry_numbers
from interview_guide.core.statements import AuthorRole, StatementBasis, ThirdPartyStatement
from interview_guide.core.text import Lang
from interview_guide.ui.controller import HearingController
from interview_guide.ui.domain_messages import describe
from interview_guide.ui.widgets.date_field import DateField
from interview_guide.ui.widgets.form_bindings import (
    Binding,
    DateBinding,
    Getter,
    LineBinding,
    Putter,
    TextBinding,
    add_enum,
    add_line,
    message_label,
)
from interview_guide.ui.widgets.reflow import WrapRow

MISSING_STYLE = "color: #a61b1b; font-weight: bold;"
DONE_STYLE = "color: #1b6e2d;"


class StatementEditor(QWidget):
    """Edits the statement with number ``self.number`` (0: none; the editor is then disabled)."""

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.number = 0
        self.bindings: list[Binding[Any]] = []
        self.setObjectName("statementEditor")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.author = self._line(form, self.tr("Author"), "author_name", "statementAuthor")
        self._enum(form, self.tr("Role"), AuthorRole, "author_role", "statementRole")
        relation = self._line(
            form, self.tr("Relation to the applicant"), "relationship_to_applicant", "statementRelation"
        )
        relation.setPlaceholderText(self.tr("e.g. partner since 2023, pastor of the applicant's church"))
        dates = WrapRow()  # the two dates one under the other where they do not fit side by side
        dates_message = message_label()
        for caption, field, name in (
            (self.tr("written"), "date_of_statement", "statementDate"),
            (self.tr("received"), "date_received", "statementReceived"),
        ):
            edit = DateField(optional=True)
            edit.setObjectName(name)
            pair = QWidget()
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.addWidget(QLabel(caption))
            pair_row.addWidget(edit, 1)
            dates.add(pair, 1)
            self.bindings.append(
                DateBinding(
                    edit,
                    self._value(field),
                    self._putter(field),
                    dates_message,
                )
            )
        form.addRow(self.tr("Dates"), dates)
        form.addRow("", dates_message)
        self._enum(form, self.tr("Basis"), StatementBasis, "basis", "statementBasis")
        legal = QLabel(STATEMENT_LEGAL_CLASS.get(lang))
        legal.setObjectName("statementLegalClass")
        legal.setWordWrap(True)
        legal.setToolTip(
            self.tr("Fixed by policy: a third-party statement is never classed as an expert report.")
        )
        form.addRow(self.tr("Legal class"), legal)

        self.new_facts = QPlainTextEdit()
        self.new_facts.setObjectName("statementNewFacts")
        self.new_facts.setTabChangesFocus(True)
        self.new_facts.setPlaceholderText(self.tr("New facts it adds, one per line"))
        self.new_facts.setMinimumHeight(50)
        self.new_facts.setMaximumHeight(100)
        form.addRow(self.tr("New facts"), self.new_facts)
        self.bindings.append(
            TextBinding(
                self.new_facts,
                lambda: "\n".join(self._statement().new_facts),
                lambda text: self._put(
                    "new_facts", [line.strip() for line in text.splitlines() if line.strip()]
                ),
            )
        )
        self.confirms = QLineEdit()
        self.confirms.setObjectName("statementConfirms")
        self.confirms.setPlaceholderText(self.tr("entry numbers, e.g. 3, 7, 12"))
        confirms_message = message_label()
        form.addRow(self.tr("Confirms entries"), self.confirms)
        form.addRow("", confirms_message)
        self.bindings.append(
            LineBinding(
                self.confirms,
                lambda: format_entry_numbers(self._statement().confirms_entries),
                self._put_confirms,
                confirms_message,
            )
        )

        note_box = QWidget()
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        self.note_marker = QLabel()
        self.note_marker.setObjectName("considerationMarker")
        note_layout.addWidget(self.note_marker)
        self.note = QPlainTextEdit()
        self.note.setObjectName("statementConsideration")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        self.note.setPlaceholderText(
            self.tr("How was the statement weighed, or why does it not change the assessment?")
        )
        note_layout.addWidget(self.note)
        form.addRow(self.tr("Consideration"), note_box)
        self.bindings.append(
            TextBinding(
                self.note,
                lambda: self._statement().consideration_note,
                lambda v: self._put("consideration_note", v),
            )
        )
        self.show_statement(0)

    def _line(self, form: QFormLayout, caption: str, field: str, name: str) -> QLineEdit:
        return add_line(
            form,
            self.bindings,
            caption,
            name,
            lambda: getattr(self._statement(), field),
            lambda v: self._put(field, v),
        )

    def _enum(self, form: QFormLayout, caption: str, enum_type: type[StrEnum], field: str, name: str) -> None:
        add_enum(
            form,
            self.bindings,
            caption,
            name,
            enum_type,
            self.lang,
            lambda: getattr(self._statement(), field),
            lambda v: self._put(field, v),
        )

    def _value(self, field: str) -> Getter:
        return lambda: getattr(self._statement(), field)

    def _putter(self, field: str) -> Putter:
        return lambda value: self._put(field, value)

    def _statement(self) -> ThirdPartyStatement:
        return self.controller.require().statements[self.number - 1]

    def _put(self, field: str, value: Any) -> str | None:
        if not self.number:
            return None
        return self.controller.set_statement_field(self.number, field, value)

    def _put_confirms(self, text: str) -> str | None:
        try:
            numbers = parse_entry_numbers(text, len(self.controller.require().entries))
        except RecordRuleError as exc:
            return describe(exc)
        return self._put("confirms_entries", numbers)

    def show_statement(self, number: int) -> None:
        """Show statement ``number`` for editing (0: none)."""
        self.number = number
        self.setEnabled(bool(number))
        if number:
            for binding in self.bindings:
                binding.refresh()
        else:
            for binding in self.bindings:
                binding.loading = True
            for edit in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
                edit.clear()
            for binding in self.bindings:
                binding.loading = False
        self.update_marker()

    def update_marker(self) -> None:
        """Show whether the statement shown has its consideration note (required before finalising)."""
        hearing = self.controller.hearing
        statements = hearing.statements if hearing is not None else []
        noted = 0 < self.number <= len(statements) and statements[self.number - 1].consideration_note.strip()
        if noted:
            self.note_marker.setText(self.tr("✓ Recorded (required before finalising)"))
            self.note_marker.setStyleSheet(DONE_STYLE)
        else:
            self.note_marker.setText(self.tr("Required before finalising the hearing"))
            self.note_marker.setStyleSheet(MISSING_STYLE)
