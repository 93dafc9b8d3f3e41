"""MaterialSection and ExpertSection: submitted material and expert reports, refused where the rules say.

Choosing "sexually explicit" refuses the material at once: a dialog tells the officer not to view it
and to explain the rule to the applicant, the form is cleared, and the record keeps only a neutral
line. Choosing a psychological test of sexual orientation refuses it with the reason (CJEU F).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.labels import label
from interview_guide.core.statements import ContentCategory, ExpertKind, MaterialKind
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.accessibility import describe
from interview_guide.ui.controller import HearingController
from interview_guide.ui.dates import day, day_and_time
from interview_guide.ui.enum_combos import fill_combo, select
from interview_guide.ui.presenting import shown
from interview_guide.ui.widgets.date_field import DateField
from interview_guide.ui.widgets.reflow import WrapRow

REFUSED_STYLE = "color: #a61b1b;"


def _date_edit(name: str) -> DateField:
    edit = DateField(optional=True)
    edit.setObjectName(name)
    return edit


def _short_date(value: dt.date | None) -> str:
    return day(value) if value is not None else "?"


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    # Some choices are long (the refused ones say why); they must not widen the whole column.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _buttons(*buttons: QPushButton) -> WrapRow:
    row = WrapRow()  # a column in presenter mode's large type, where the row is too wide
    for button in buttons:
        row.add(button)
    row.add_stretch()
    return row


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class RecordListSection(QWidget):
    """A numbered list of the record (material, expert reports), a form to add one, and a refusal line.

    Subclasses fill ``form`` and implement ``refresh`` (listing with ``show_items``), ``add`` and
    ``remove``.
    """

    def __init__(
        self,
        controller: HearingController,
        lang: Lang,
        name: str,
        rule: str,
        list_height: int,
        parent: QWidget | None = None,
    ) -> None:
        """The section's rule, list and message; ``name`` prefixes the object names (``materialList``...)."""
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.name = name
        self.setObjectName(f"{name}Section")
        self.column = QVBoxLayout(self)
        rule_label = QLabel(rule)
        rule_label.setObjectName(f"{name}Rule")
        rule_label.setWordWrap(True)
        self.column.addWidget(rule_label)
        self.items = QListWidget()
        self.items.setObjectName(f"{name}List")
        self.items.setWordWrap(True)
        self.items.setMinimumHeight(list_height)
        self.column.addWidget(self.items, 1)
        self.message = QLabel()
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(REFUSED_STYLE)
        self.message.setVisible(False)
        self.column.addWidget(self.message)
        self.form = QFormLayout()
        # a field below its label where the row is too wide (presenter mode's large type)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def add_buttons(self, add_text: str) -> None:
        """Put the form and its "Add" and "Remove selected" buttons under the list."""
        self.column.addLayout(self.form)
        add = _button(add_text, f"{self.name}Add")
        add.clicked.connect(self.add)
        remove = _button(self.tr("Remove selected"), f"{self.name}Remove")
        remove.clicked.connect(self.remove_selected)
        self.column.addWidget(_buttons(add, remove))

    def show_items(self, rows: list[tuple[int, str]], empty: str) -> None:
        """List ``(number, text)`` rows, or ``empty`` when there are none."""
        self.items.clear()
        for number, text in rows:
            self.items.addItem(shown(text))
            self.items.item(self.items.count() - 1).setData(Qt.ItemDataRole.UserRole, number)
        if not rows:
            self.items.addItem(empty)

    def show_message(self, text: str | None) -> None:
        """Show why something was refused (None: hide the line)."""
        self.message.setText(text or "")
        self.message.setVisible(text is not None)

    def remove_selected(self) -> None:
        """Remove the selected item (recorded by mistake)."""
        item = self.items.currentItem()
        number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if number:
            self.remove(int(number))

    def refresh(self) -> None:
        """List the items of the record."""
        raise NotImplementedError

    def add(self) -> None:
        """Record the item described in the form."""
        raise NotImplementedError

    def remove(self, number: int) -> None:
        """Remove item ``number`` from the record."""
        raise NotImplementedError


class MaterialSection(RecordListSection):
    """Material the applicant submitted, described; intimate material is refused."""

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        rule = QCoreApplication.translate(
            "MaterialSection",
            "Describe the material; files are not copied into the record. Sexually explicit images "
            "or videos are never evidence: choosing that category refuses the material.",
        )
        super().__init__(controller, lang, "material", rule, 70, parent)
        describe(
            self.items,
            self.tr("Material recorded"),
            self.tr("The arrow keys choose an item; Remove selected removes it."),
        )
        self.refusals = QLabel()
        self.refusals.setObjectName("materialRefusals")
        self.refusals.setWordWrap(True)
        self.column.insertWidget(self.column.indexOf(self.message), self.refusals)

        form = self.form
        self.kind = _combo("materialKind")
        fill_combo(self.kind, MaterialKind, lang, MaterialKind.PHOTO)
        self.category = _combo("materialCategory")
        fill_combo(self.category, ContentCategory, lang, ContentCategory.DAILY_LIFE)
        self.category.currentIndexChanged.connect(self._category_chosen)
        kinds = WrapRow()  # one under the other where the two do not fit side by side (presenter mode)
        kinds.add(self.kind, 1)
        kinds.add(self.category, 1)
        form.addRow(self.tr("Kind, content"), kinds)
        self.description = QLineEdit()
        self.description.setObjectName("materialDescription")
        self.description.setPlaceholderText(self.tr("what it shows, when and where; not the file itself"))
        form.addRow(self.tr("Description"), self.description)
        self.received = _date_edit("materialReceived")
        form.addRow(self.tr("Received on"), self.received)
        self.add_buttons(self.tr("Add material"))

    def refresh(self) -> None:
        """List the material and the refusals in the record."""
        hearing = self.controller.require()
        rows = [
            (
                item.number,
                fmt(
                    self.tr("%1. %2, %3: %4 (received %5)"),
                    item.number,
                    label(item.kind, self.lang),
                    label(item.content_category, self.lang),
                    item.description or self.tr("(no description)"),
                    _short_date(item.received_on),
                ),
            )
            for item in hearing.material
        ]
        self.show_items(rows, self.tr("No material recorded."))
        lines = [
            fmt(
                self.tr("%1: material of an intimate nature was offered and refused; not retained."),
                day_and_time(refusal.at),
            )
            for refusal in hearing.material_refusals
        ]
        self.refusals.setText("\n".join(lines))
        self.refusals.setVisible(bool(lines))
        if not self.received.text().strip():
            self.received.set_value(self.controller.clock().date())

    def _category_chosen(self, _index: int) -> None:
        if self.category.currentData() == ContentCategory.SEXUALLY_EXPLICIT.value:
            self.refuse()

    def add(self) -> None:
        """Record the material described in the form (refused when it is sexually explicit)."""
        category = ContentCategory(self.category.currentData())
        if category == ContentCategory.SEXUALLY_EXPLICIT:
            self.refuse()
            return
        problem = self.received.problem()
        if problem is not None:
            self.message.setText(problem)
            self.message.setVisible(True)
            self.received.setFocus()
            return
        refusal = self.controller.add_material(
            MaterialKind(self.kind.currentData()),
            self.description.text(),
            category,
            self.received.date(),
        )
        self.message.setVisible(refusal is not None)
        self.message.setText(refusal or "")
        if refusal is None:
            self.description.clear()

    def refuse(self) -> None:
        """Refuse intimate material: keep nothing but the neutral line, and explain why."""
        # Nothing typed about it is passed on or kept, not even in the form.
        self.description.clear()
        self.controller.add_material(MaterialKind.OTHER, "", ContentCategory.SEXUALLY_EXPLICIT)
        self.category.blockSignals(True)
        select(self.category, ContentCategory.DAILY_LIFE)
        self.category.blockSignals(False)
        self.message.setText(
            self.tr(
                "Refused: sexually explicit images or videos are never evidence and are not recorded, "
                "viewed or kept. Only a neutral line was logged."
            )
        )
        self.message.setVisible(True)
        QMessageBox.warning(
            self,
            self.tr("Material refused"),
            self.tr(
                "Sexually explicit images or videos are never used as evidence, and are not recorded, "
                "viewed or kept (CJEU A, B and C).\n\n"
                "Do not view the material, and do not keep a copy.\n\n"
                "Explain this to the applicant: the claim is assessed on their statements and other "
                "evidence, and they do not need to show intimate material.\n\n"
                "Only a neutral line is logged: “material of an intimate nature was offered and "
                "refused; not retained”."
            ),
        )

    def remove_selected(self) -> None:
        """Remove the selected material (recorded by mistake)."""
        item = self.items.currentItem()
        number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if number:
            self.controller.remove_material(int(number))


class ExpertSection(QWidget):
    """Expert reports: never binding, never the sole basis; a test of sexual orientation is refused."""

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.setObjectName("expertSection")
        layout = QVBoxLayout(self)
        rule = QLabel(self.tr("An expert report is never binding and never the sole basis of the decision."))
        rule.setObjectName("expertRule")
        rule.setWordWrap(True)
        layout.addWidget(rule)
        self.items = QListWidget()
        self.items.setObjectName("expertList")
        self.items.setWordWrap(True)
        self.items.setMinimumHeight(50)
        layout.addWidget(self.items, 1)
        self.message = QLabel()
        self.message.setObjectName("expertMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(REFUSED_STYLE)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # as above
        self.kind = _combo("expertKind")
        fill_combo(self.kind, ExpertKind, lang, ExpertKind.COUNTRY_INFORMATION)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        form.addRow(self.tr("Kind"), self.kind)
        author_row = QHBoxLayout()
        self.author = QLineEdit()
        self.author.setObjectName("expertAuthor")
        self.author.setPlaceholderText(self.tr("author or body, e.g. BMA"))
        self.date = _date_edit("expertDate")
        author_row.addWidget(self.author, 2)
        author_row.addWidget(self.date, 1)
        form.addRow(self.tr("Author, date"), author_row)
        self.description = QLineEdit()
        self.description.setObjectName("expertDescription")
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form)
        add = _button(self.tr("Add expert report"), "expertAdd")
        add.clicked.connect(self.add)
        remove = _button(self.tr("Remove selected"), "expertRemove")
        remove.clicked.connect(self.remove_selected)
        layout.addWidget(_buttons(add, remove))

    def refresh(self) -> None:
        """List the expert reports in the record."""
        hearing = self.controller.hearing
        if hearing is None:
            return
        self.items.clear()
        for report in hearing.expert_reports:
            text = fmt(
                self.tr("%1. %2, %3 (%4): %5"),
                report.number,
                label(report.kind, self.lang),
                report.author or self.tr("author unknown"),
                _short_date(report.date),
                report.description or self.tr("(no description)"),
            )
            self.items.addItem(shown(text))
            self.items.item(self.items.count() - 1).setData(Qt.ItemDataRole.UserRole, report.number)
        if not hearing.expert_reports:
            self.items.addItem(self.tr("No expert reports recorded."))

    def _kind_chosen(self, _index: int) -> None:
        if self.kind.currentData() == ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST.value:
            self.add()

    def add(self) -> None:
        """Record the expert report in the form; a psychological orientation test is refused."""
        kind = ExpertKind(self.kind.currentData())
        problem = self.date.problem()
        if problem is not None and kind != ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST:
            self.message.setText(problem)
            self.message.setVisible(True)
            self.date.setFocus()
            return
        refusal = self.controller.add_expert_report(
            kind,
            self.description.text(),
            self.author.text(),
            self.date.date() if problem is None else None,
        )
        if refusal is None:
            self.message.setVisible(False)
            self.author.clear()
            self.description.clear()
            self.date.clear()
            return
        if kind != ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST:
            self.message.setText(refusal)
            self.message.setVisible(True)
            return
        self.kind.blockSignals(True)
        select(self.kind, ExpertKind.OTHER)
        self.kind.blockSignals(False)
        self.message.setText(
            self.tr(
                "Refused: a psychological test of sexual orientation is not allowed as evidence (CJEU F, "
                "C-473/16)."
            )
        )
        self.message.setVisible(True)
        QMessageBox.warning(
            self,
            self.tr("Expert report refused"),
            self.tr(
                "A psychological test of sexual orientation is not allowed as evidence. The Court of "
                "Justice of the EU (case F, C-473/16) ruled that it intrudes on the applicant's private "
                "life (Article 7 of the Charter) and cannot show a person's orientation.\n\n"
                "Nothing was recorded. Other expert reports may be used, but are never binding and "
                "never the sole basis of the decision."
            ),
        )

    def remove_selected(self) -> None:
        """Remove the selected expert report (recorded by mistake)."""
        item = self.items.currentItem()
        number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if number:
            self.controller.remove_expert_report(int(number))
