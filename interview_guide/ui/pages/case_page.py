"""CasePage: case data, the sitting (date, interpreter, who is present) and gender requests."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.case_completeness import case_problems
from interview_guide.core.hearing import (
    AttendeeRole,
    Gender,
    GenderRequest,
    HearingType,
    InterpreterMode,
    ProcedureTrack,
    RegisterStatus,
)
from interview_guide.core.labels import label
from interview_guide.core.record_paths import RecordField
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.controller import HearingController
from interview_guide.ui.dates import day
from interview_guide.ui.enum_combos import fill_combo
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.presenting import shown
from interview_guide.ui.style import MESSAGE, tint
from interview_guide.ui.widgets.date_field import DateField, TimeField
from interview_guide.ui.widgets.form_bindings import (
    Binding,
    CheckBinding,
    DateBinding,
    EnumBinding,
    Getter,
    LineBinding,
    OptionalBoolBinding,
    Putter,
    TimeBinding,
    add_enum,
    add_line,
    add_remove_row,
    message_label,
)
from interview_guide.ui.widgets.reflow import ReflowScroll

# The fields marked * in the order of the page: the case page puts the cursor in the first empty one.
REQUIRED_FIELDS = (
    "vNumber",
    "applicantName",
    "nationality",
    "language",
    "officerName",
    "sittingLocation",
    "interpreterName",
)


class CasePage(RecordPage):
    """Who is heard, by whom, with which interpreter, and who else is present."""

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(controller, lang, parent)
        self.bindings: list[Binding[Any]] = []
        self.sitting = 1
        self.setObjectName("casePage")
        self.setTitle(self.tr("Case and attendees"))
        self.setSubTitle(self.tr("Fields marked * are needed for the report."))

    def build(self) -> None:
        """The case data on the left; the sitting and the gender requests on the right."""
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self._sitting_group())
        right_column.addWidget(self._requests_group())
        # Side by side where they fit; one below the other in presenter mode's large type.
        scroll = ReflowScroll([self._case_group(), right])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problems = QLabel()
        self.problems.setObjectName("caseProblems")
        tint(self.problems, MESSAGE)
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        layout.addWidget(scroll)
        self.follow_while_shown(self.controller.section_changed, self._on_section_changed)

    # -- building --------------------------------------------------------------------------------

    def _line(self, form: QFormLayout, caption: str, field: str, name: str) -> QLineEdit:
        return add_line(
            form,
            self.bindings,
            caption,
            name,
            self._case_value(field),
            self._put_case(field),
            with_message=True,
        )

    def _enum(
        self, form: QFormLayout, caption: str, enum_type: type[StrEnum], field: str, name: str
    ) -> QComboBox:
        return add_enum(
            form,
            self.bindings,
            caption,
            name,
            enum_type,
            self.lang,
            self._case_value(field),
            self._put_case(field),
        )

    def _case_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Case"))
        form = QFormLayout(group)
        self.v_number = self._line(form, self.tr("V-number *"), "v_number", "vNumber")
        self.v_number.setPlaceholderText(self.tr("10 digits"))
        self.v_number.setMaxLength(12)
        self._line(form, self.tr("Case reference"), "case_reference", "caseReference")
        self._line(form, self.tr("Applicant's name *"), "applicant_name", "applicantName")
        used = self._line(form, self.tr("Name the applicant uses"), "name_used", "nameUsed")
        used.setPlaceholderText(self.tr("if it differs from the name in the records"))
        address = self._line(form, self.tr("Form of address"), "form_of_address", "formOfAddress")
        address.setPlaceholderText(self.tr("as the applicant wishes, e.g. mevrouw, meneer, first name only"))
        birth = DateField(partial=True)
        birth.setObjectName("dateOfBirth")
        form.addRow(self.tr("Date of birth"), birth)
        birth_message = message_label()
        form.addRow("", birth_message)
        self.bindings.append(
            DateBinding(
                birth,
                lambda: self.controller.require().case.date_of_birth,
                lambda v: self.controller.set_case_field("date_of_birth", v),
                birth_message,
            )
        )
        self._line(form, self.tr("Nationality *"), "nationality", "nationality")
        self._enum(form, self.tr("Kind of hearing"), HearingType, "hearing_type", "hearingType")
        self._enum(form, self.tr("Procedure"), ProcedureTrack, "procedure_track", "procedureTrack")
        subsequent = QCheckBox(self.tr("subsequent application"))
        subsequent.setObjectName("subsequent")
        form.addRow(subsequent)  # a whole row: a check box cannot wrap its text
        self.bindings.append(
            CheckBinding(
                subsequent,
                lambda: self.controller.require().case.subsequent_application,
                lambda v: self.controller.set_case_field("subsequent_application", v),
            )
        )
        self._line(form, self.tr("Language of the hearing *"), "language", "language")
        self._line(form, self.tr("Dialect"), "dialect", "dialect")
        self._line(form, self.tr("Officer *"), "officer_name", "officerName")
        self._enum(form, self.tr("Officer's gender"), Gender, "officer_gender", "officerGender")
        objects = QCheckBox(self.tr("the applicant objects to counsel receiving the report"))
        objects.setObjectName("objectsToCounsel")
        form.addRow(objects)
        self.bindings.append(
            CheckBinding(
                objects,
                lambda: self.controller.require().case.applicant_objects_to_counsel_report,
                lambda v: self.controller.set_case_field("applicant_objects_to_counsel_report", v),
            )
        )
        self.claims = QLabel()
        self.claims.setObjectName("claimTypes")
        form.addRow(self.tr("Claim"), self.claims)
        return group

    def _sitting_group(self) -> QGroupBox:
        self.sitting_box = QGroupBox()
        grid = QFormLayout(self.sitting_box)
        self.sitting_choice = QComboBox()
        self.sitting_choice.setObjectName("sittingChoice")
        self.sitting_choice.currentIndexChanged.connect(self._choose_sitting)
        grid.addRow(self.tr("Sitting"), self.sitting_choice)
        sitting, put, put_int = self._sitting_value, self._put_sitting, self._put_interpreter
        sitting_date = DateField()
        sitting_date.setObjectName("sittingDate")
        grid.addRow(self.tr("Date *"), sitting_date)
        date_message = message_label()
        grid.addRow("", date_message)
        self.bindings.append(DateBinding(sitting_date, sitting("date"), put("date"), date_message))
        location = QLineEdit()
        location.setObjectName("sittingLocation")
        grid.addRow(self.tr("Location *"), location)
        self.bindings.append(LineBinding(location, sitting("location"), put("location")))
        times = QHBoxLayout()
        times_message = message_label()
        for field, name in (("start", "sittingStart"), ("end", "sittingEnd")):
            edit = TimeField()
            edit.setObjectName(name)
            times.addWidget(edit)
            self.bindings.append(TimeBinding(edit, sitting(field), put(field), times_message))
        grid.addRow(self.tr("Start and end"), times)
        grid.addRow("", times_message)
        interpreter = QLineEdit()
        interpreter.setObjectName("interpreterName")
        interpreter.setPlaceholderText(self.tr("name or number"))
        grid.addRow(self.tr("Interpreter *"), interpreter)
        self.bindings.append(
            LineBinding(interpreter, self._interpreter_value("name_or_number"), put_int("name_or_number"))
        )
        for caption, enum_type, field, name in (
            (self.tr("Register status"), RegisterStatus, "register_status", "registerStatus"),
            (self.tr("Interpreter's gender"), Gender, "gender", "interpreterGender"),
            (self.tr("Interpreting"), InterpreterMode, "mode", "interpreterMode"),
        ):
            combo = QComboBox()
            combo.setObjectName(name)
            grid.addRow(caption, combo)
            self.bindings.append(
                EnumBinding(
                    combo,
                    enum_type,
                    self.lang,
                    self._interpreter_value(field),
                    put_int(field),
                )
            )
        reason = QLineEdit()
        reason.setObjectName("notRegisteredReason")
        reason.setPlaceholderText(self.tr("why an interpreter outside the register"))
        grid.addRow(self.tr("Reason (not in register)"), reason)
        self.bindings.append(
            LineBinding(
                reason, self._interpreter_value("not_registered_reason"), put_int("not_registered_reason")
            )
        )
        grid.addRow(QLabel(self.tr("Others present:")))
        self.attendees = QTableWidget(0, 2)
        self.attendees.setObjectName("attendeesTable")
        self.attendees.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.attendees.horizontalHeader().setStretchLastSection(True)
        self.attendees.setMinimumHeight(110)
        self.attendees.itemChanged.connect(self._attendee_edited)
        grid.addRow(self.attendees)
        grid.addRow(
            add_remove_row(
                self.tr("Add person"),
                "addAttendee",
                self._add_attendee,
                self.tr("Remove selected"),
                self._remove_attendee,
            )
        )
        return self.sitting_box

    def _requests_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Requested gender of officer and interpreter"))
        grid = QGridLayout(group)
        labels = (self.tr("—"), self.tr("honoured"), self.tr("not honoured"))
        for row, (who, field) in enumerate(
            ((self.tr("Officer"), "officer"), (self.tr("Interpreter"), "interpreter"))
        ):
            grid.addWidget(QLabel(who), row, 0)
            request = QComboBox()
            request.setObjectName(f"{field}GenderRequest")
            grid.addWidget(request, row, 1)
            self.bindings.append(
                EnumBinding(
                    request,
                    GenderRequest,
                    self.lang,
                    self._case_value(f"{field}_gender_requested"),
                    self._put_case(f"{field}_gender_requested"),
                )
            )
            honoured = QComboBox()
            honoured.setObjectName(f"{field}GenderHonoured")
            grid.addWidget(honoured, row, 2)
            self.bindings.append(
                OptionalBoolBinding(
                    honoured,
                    labels,
                    self._case_value(f"{field}_gender_request_honoured"),
                    self._put_case(f"{field}_gender_request_honoured"),
                )
            )
        return group

    # -- reading and writing -------------------------------------------------------------------

    def _case_value(self, field: str) -> Getter:
        return lambda: getattr(self.controller.require().case, field)

    def _put_case(self, field: str) -> Putter:
        return lambda value: self.controller.set_case_field(field, value)

    def _sitting_value(self, field: str) -> Getter:
        return lambda: getattr(self.controller.require().sittings[self.sitting - 1], field)

    def _put_sitting(self, field: str) -> Putter:
        return lambda value: self.controller.set_sitting_field(self.sitting, field, value)

    def _interpreter_value(self, field: str) -> Getter:
        return lambda: getattr(self.controller.require().sittings[self.sitting - 1].interpreter, field)

    def _put_interpreter(self, field: str) -> Putter:
        return lambda value: self.controller.set_interpreter_field(self.sitting, field, value)

    def refresh(self) -> None:
        """Bring every field up to date with the record."""
        hearing = self.controller.require()
        self.sitting = min(max(self.sitting, 1), len(hearing.sittings))
        self.sitting_choice.blockSignals(True)
        self.sitting_choice.clear()
        for s in hearing.sittings:
            self.sitting_choice.addItem(self._sitting_text(s.number), s.number)
        self.sitting_choice.setCurrentIndex(self.sitting - 1)
        self.sitting_choice.blockSignals(False)
        self.sitting_box.setTitle(fmt(self.tr("Sitting %1"), self.sitting))
        for binding in self.bindings:
            binding.refresh()
        self.claims.setText(", ".join(label(c, self.lang) for c in hearing.case.claim_types))
        self._load_attendees()
        self._show_problems()

    def _choose_sitting(self, index: int) -> None:
        if index >= 0 and self.controller.hearing is not None:
            self.sitting = index + 1
            self.refresh()

    def _load_attendees(self) -> None:
        self.attendees.blockSignals(True)
        people = self.controller.require().sittings[self.sitting - 1].attendees
        for row in range(self.attendees.rowCount()):  # replaced below; deleted only later, so hide them
            old = self.attendees.cellWidget(row, 1)
            if old is not None:
                old.hide()
        self.attendees.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(shown(person.name))  # the role instead, while presenting
            if name.text() != person.name:  # masked: not editable (the pseudonym never reaches the record)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.attendees.setItem(row, 0, name)
            combo = QComboBox()
            fill_combo(combo, AttendeeRole, self.lang, person.role)
            combo.currentIndexChanged.connect(lambda _=0, r=row, c=combo: self._role_changed(r, c))
            self.attendees.setCellWidget(row, 1, combo)
            # as high as its role drop-down (presenter mode's large type needs more than the default)
            height = max(combo.sizeHint().height(), self.attendees.verticalHeader().defaultSectionSize())
            self.attendees.setRowHeight(row, height)
        self.attendees.blockSignals(False)

    def _add_attendee(self) -> None:
        row = self.controller.add_attendee(self.sitting)
        self._load_attendees()
        item = self.attendees.item(row, 0)
        if item is not None:
            self.attendees.editItem(item)

    def _remove_attendee(self) -> None:
        self.controller.remove_attendee(self.sitting, self.attendees.currentRow())
        self._load_attendees()

    def _attendee_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.controller.set_attendee_field(self.sitting, item.row(), "name", item.text())

    def _role_changed(self, row: int, combo: QComboBox) -> None:
        self.controller.set_attendee_field(self.sitting, row, "role", AttendeeRole(combo.currentData()))

    def take_focus(self) -> None:
        """The first required field still empty (the V-number when all are filled in)."""
        for name in REQUIRED_FIELDS:
            field = self.findChild(QLineEdit, name)
            if field is not None and field.isEnabled() and not field.text().strip():
                field.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.v_number.setFocus(Qt.FocusReason.TabFocusReason)

    def _sitting_text(self, number: int) -> str:
        sitting_date = self.controller.require().sittings[number - 1].date
        return fmt(self.tr("Sitting %1 (%2)"), number, day(sitting_date))

    def _on_section_changed(self, section: RecordField) -> None:
        if section in (RecordField.CASE, RecordField.SITTINGS):
            self._show_problems()
        if section == RecordField.SITTINGS:  # a sitting's date typed: the drop-down says the new one
            for row in range(min(self.sitting_choice.count(), len(self.controller.require().sittings))):
                text = self._sitting_text(row + 1)
                if self.sitting_choice.itemText(row) != text:
                    self.sitting_choice.setItemText(row, text)

    def _show_problems(self) -> None:
        problems = case_problems(self.controller.require(), self.lang)
        self.problems.setText("\n".join("• " + p for p in problems))
        self.problems.setVisible(bool(problems))
