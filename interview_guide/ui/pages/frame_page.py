"""ReferenceFramePage: every dimension of the applicant's reference frame, each with a line on how it
changes the questioning. Values shape how questions are asked; they are never a sign against the applicant.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.hearing import ClaimType
from interview_guide.core.labels import field_label, label
from interview_guide.core.reference_frame import (
    FIELD_GUIDANCE,
    ReferenceFrame,
    Sogiesc,
    YesNoUnknown,
)
from interview_guide.core.text import Lang
from interview_guide.ui.controller import HearingController
from interview_guide.ui.enum_combos import fill_combo, let_shrink
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.style import GUIDANCE, tint
from interview_guide.ui.widgets.form_bindings import (
    Binding,
    EnumBinding,
    Getter,
    IntBinding,
    LineBinding,
    Putter,
    TextBinding,
    add_remove_row,
)
from interview_guide.ui.widgets.reflow import FieldsUnderLabels, ReflowScroll


class Group(StrEnum):
    """A group of reference-frame fields, in the order of the page."""

    EDUCATION = "education"
    ORIGIN = "origin"
    LIFE_PHASE = "life-phase"
    FAMILY = "family"
    RELIGION = "religion"
    GENDER = "gender"
    INFORMATION = "information"
    HEALTH = "health"
    DISCLOSURE = "disclosure"
    LGBTI = "lgbti"  # only when the claim is LGBTI
    CONVERSION = "conversion"  # only when the claim is a conversion
    OTHER = "other"


FIELDS: dict[Group, list[str]] = {
    Group.EDUCATION: ["education_level", "literacy"],
    Group.ORIGIN: ["origin_country", "origin_region", "urban_rural"],
    Group.LIFE_PHASE: ["life_phase", "age_at_key_events"],
    Group.FAMILY: ["marital_status", "children", "different_sex_marriage", "family_notes"],
    Group.RELIGION: ["religion_upbringing", "religion_upbringing_notes", "religiosity_family"],
    Group.GENDER: ["gender", "gender_self_description", "pronouns", "own_terms", "rejected_terms"],
    Group.INFORMATION: ["internet_access", "prior_contact"],
    Group.HEALTH: ["medical_advice", "medical_advice_notes", "trauma_indicators", "special_procedural_needs"],
    Group.DISCLOSURE: ["disclosure_stage", "prior_applications", "country_context", "coi_references"],
    Group.LGBTI: ["sogiesc", "sogiesc_self_description", "relationships"],
    Group.CONVERSION: [
        "religion_now",
        "conversion_route",
        "first_contact_date",
        "first_contact_place",
        "baptism_date",
        "church_nl",
        "denomination",
        "church_contact_person",
        "faith_practice_origin",
    ],
    Group.OTHER: ["notes"],
}
WHOLE_ROW = {"sogiesc", "relationships"}


def group_title(group: Group) -> str:
    """The title of a group of fields, in the UI language."""
    translate = QCoreApplication.translate
    match group:
        case Group.EDUCATION:
            return translate("ReferenceFramePage", "Education and literacy")
        case Group.ORIGIN:
            return translate("ReferenceFramePage", "Origin and culture")
        case Group.LIFE_PHASE:
            return translate("ReferenceFramePage", "Life phase")
        case Group.FAMILY:
            return translate("ReferenceFramePage", "Family")
        case Group.RELIGION:
            return translate("ReferenceFramePage", "Religious background")
        case Group.GENDER:
            return translate("ReferenceFramePage", "Gender and own words")
        case Group.INFORMATION:
            return translate("ReferenceFramePage", "Access to information")
        case Group.HEALTH:
            return translate("ReferenceFramePage", "Health")
        case Group.DISCLOSURE:
            return translate("ReferenceFramePage", "Disclosure and country context")
        case Group.LGBTI:
            return translate("ReferenceFramePage", "LGBTI")
        case Group.CONVERSION:
            return translate("ReferenceFramePage", "Conversion")
        case Group.OTHER:
            return translate("ReferenceFramePage", "Other")


MULTILINE = {
    "family_notes",
    "medical_advice_notes",
    "special_procedural_needs",
    "coi_references",
    "own_terms",
    "rejected_terms",
    "sogiesc_self_description",
    "age_at_key_events",
}


class ReferenceFramePage(RecordPage):
    """The applicant's reference frame; fields of the other claim type are hidden."""

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(controller, lang, parent)
        self.relationships: QTableWidget | None = None
        self.bindings: list[Binding[Any]] = []
        self.sogiesc_checks: dict[Sogiesc, QCheckBox] = {}
        self.setObjectName("framePage")
        self.setTitle(self.tr("Reference frame"))
        self.setSubTitle(
            self.tr(
                "Who the applicant is shapes how you ask: these values adapt the questioning and the "
                "expectations. They are never a sign against the applicant."
            )
        )

    def build(self) -> None:
        """A group of fields per dimension, two columns; the claim's own groups only for that claim."""
        claims = self.controller.require().case.claim_types
        left_out = {Group.LGBTI: ClaimType.LGBTI, Group.CONVERSION: ClaimType.CONVERSION}
        groups = [g for g in Group if g not in left_out or left_out[g] in claims]
        # Two columns where they fit; one in presenter mode's large type (never sideways scrolling).
        scroll = ReflowScroll([self._group(group_title(group), FIELDS[group]) for group in groups])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _group(self, title: str, fields: list[str]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        # On a narrow screen a field goes under its (long) label instead of widening the page.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        FieldsUnderLabels(group, form)  # and every field under its label where one would be squeezed
        for field in fields:
            if field in WHOLE_ROW:  # a table or a grid of check boxes: under its label, the whole width
                form.addRow(QLabel(field_label(field, self.lang)))
                form.addRow(self._field_widget(field))
            else:
                form.addRow(field_label(field, self.lang), self._field_widget(field))
            guidance = FIELD_GUIDANCE.get(field)
            if guidance is not None:
                line = QLabel(guidance.get(self.lang))
                line.setObjectName("fieldGuidance")
                tint(line, GUIDANCE)
                line.setWordWrap(True)  # as many lines as the column's width needs (height for width)
                form.addRow("", line)
        return group

    def _field_widget(self, field: str) -> QWidget:
        get, put = self._frame_value(field), self._put_frame(field)
        annotation = ReferenceFrame.model_fields[field].annotation
        if field == "sogiesc":
            return self._sogiesc_widget()
        if field == "relationships":
            return self._relationships_widget()
        widget: QWidget
        if isinstance(annotation, type) and issubclass(annotation, StrEnum):
            widget = QComboBox()
            let_shrink(widget)
            self.bindings.append(EnumBinding(widget, annotation, self.lang, get, put))
        elif field in ("children", "prior_applications"):
            widget = QSpinBox()
            self.bindings.append(IntBinding(widget, self.tr("unknown"), 40, get, put))
        elif field in MULTILINE:
            widget = QPlainTextEdit()
            widget.setMaximumHeight(60)
            widget.setTabChangesFocus(True)
            self.bindings.append(TextBinding(widget, get, put))
        else:
            widget = QLineEdit()
            self.bindings.append(LineBinding(widget, get, put))
        widget.setObjectName(f"frame-{field}")
        return widget

    def _frame_value(self, field: str) -> Getter:
        return lambda: getattr(self.controller.require().reference_frame, field)

    def _put_frame(self, field: str) -> Putter:
        return lambda value: self.controller.set_frame_field(field, value)

    def _sogiesc_widget(self) -> QWidget:
        box = QWidget()
        box.setObjectName("frame-sogiesc")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, member in enumerate(Sogiesc):
            check = QCheckBox(label(member, self.lang))
            check.toggled.connect(self._sogiesc_changed)
            self.sogiesc_checks[member] = check
            grid.addWidget(check, index // 2, index % 2)
        return box

    def _sogiesc_changed(self) -> None:
        chosen = [m for m, check in self.sogiesc_checks.items() if check.isChecked()]
        self.controller.set_frame_field("sogiesc", chosen)

    def _relationships_widget(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        table = QTableWidget(0, 5)
        table.setObjectName("frame-relationships")
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Period"), self.tr("Place"), self.tr("Partner in NL"), self.tr("Notes")]
        )
        # The columns share the width of the column of the page: it never scrolls sideways.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        # Rows as high as their drop-down, also after presenter mode's zoom.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(100)
        table.itemChanged.connect(self._relationship_edited)
        column.addWidget(table)
        self.relationships = table
        column.addLayout(
            add_remove_row(
                self.tr("Add relationship"),
                "addRelationship",
                self._add_relationship,
                self.tr("Remove selected"),
                self._remove_relationship,
            )
        )
        return box

    _REL_FIELDS = ("name", "period", "place", "partner_in_nl", "notes")

    def _load_relationships(self, table: QTableWidget) -> None:
        items = self.controller.require().reference_frame.relationships
        table.blockSignals(True)
        table.setRowCount(len(items))
        for row, rel in enumerate(items):
            values = (rel.name, rel.period, rel.place, "", rel.notes)
            for col, field in enumerate(self._REL_FIELDS):
                if field == "partner_in_nl":
                    combo = QComboBox()
                    fill_combo(combo, YesNoUnknown, self.lang, rel.partner_in_nl)
                    combo.currentIndexChanged.connect(lambda _=0, r=row, c=combo: self._partner_changed(r, c))
                    table.setCellWidget(row, col, combo)
                else:
                    table.setItem(row, col, QTableWidgetItem(values[col]))
        table.blockSignals(False)

    def _add_relationship(self) -> None:
        self.controller.add_relationship()
        if self.relationships is not None:
            self._load_relationships(self.relationships)

    def _remove_relationship(self) -> None:
        if self.relationships is not None:
            self.controller.remove_relationship(self.relationships.currentRow())
            self._load_relationships(self.relationships)

    def _relationship_edited(self, item: QTableWidgetItem) -> None:
        self.controller.set_relationship_field(item.row(), self._REL_FIELDS[item.column()], item.text())

    def _partner_changed(self, row: int, combo: QComboBox) -> None:
        self.controller.set_relationship_field(row, "partner_in_nl", YesNoUnknown(combo.currentData()))

    # -- reading the record ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read every field from the record."""
        for binding in self.bindings:
            binding.refresh()
        chosen = set(self.controller.require().reference_frame.sogiesc)
        for member, check in self.sogiesc_checks.items():
            check.blockSignals(True)
            check.setChecked(member in chosen)
            check.blockSignals(False)
        if self.relationships is not None:
            self._load_relationships(self.relationships)
