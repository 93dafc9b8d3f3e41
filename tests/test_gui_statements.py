"""Third-party statements, material and expert reports through the real widgets; finalising the hearing."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import jump
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.labels import STATEMENT_LEGAL_CLASS
from interview_guide.core.statements import (
    AuthorRole,
    ContentCategory,
    ExpertKind,
    MaterialKind,
    StatementBasis,
)
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.statements_page import StatementsPage


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


@pytest.fixture
def page(window: MainWindow) -> StatementsPage:
    jump(window, "Third-party statements")
    assert window.wizard is not None
    current = window.wizard.currentPage()
    assert isinstance(current, StatementsPage)
    return current


class Dialogs:
    """Records the message boxes shown; ``question`` answers ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer
        for kind in ("warning", "question", "information"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._recorder(kind)))

    def _recorder(self, kind: str):  # type: ignore[no-untyped-def]
        def show(_parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.shown]


def choose(combo: QComboBox, value: str) -> None:
    """Choose an item of a combo box as the officer would (by its value)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_statement_through_the_page_then_finalising(
    window: MainWindow,
    context: AppContext,
    page: StatementsPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hearing = context.controller.require()
    assert len(hearing.statements) == 1  # the demo's statement
    qtbot.mouseClick(page.findChild(QPushButton, "addStatement"), Qt.MouseButton.LeftButton)
    assert len(hearing.statements) == 2 and page.editor.number == 2

    qtbot.keyClicks(page.findChild(QLineEdit, "statementAuthor"), "Pastor J. (fictional)")
    choose(page.findChild(QComboBox, "statementRole"), AuthorRole.CHURCH_LEADER.value)
    qtbot.keyClicks(page.findChild(QLineEdit, "statementRelation"), "pastor of her church in Assen")
    qtbot.keyClicks(page.findChild(QLineEdit, "statementDate"), "25-02-2026")
    qtbot.keyClicks(page.findChild(QLineEdit, "statementReceived"), "27-2-2026")
    choose(page.findChild(QComboBox, "statementBasis"), StatementBasis.HEARSAY.value)
    facts = page.findChild(QPlainTextEdit, "statementNewFacts")
    qtbot.keyClicks(facts, "Attends the women's group every week.")
    qtbot.keyClick(facts, Qt.Key.Key_Return)
    qtbot.keyClicks(facts, "Spoke to him about her partner Negar.")
    confirms = page.findChild(QLineEdit, "statementConfirms")
    qtbot.keyClicks(confirms, "12, 99")
    # Refused inline and what was typed stays visible; the record keeps the last valid value ("12, 9").
    assert "no entry 99" in confirms.toolTip() and confirms.text() == "12, 99"
    assert hearing.statements[1].confirms_entries == [9, 12]
    confirms.clear()
    qtbot.keyClicks(confirms, "12, 31-33")

    statement = hearing.statements[1]
    assert statement.author_name == "Pastor J. (fictional)"
    assert statement.author_role == AuthorRole.CHURCH_LEADER
    assert statement.relationship_to_applicant == "pastor of her church in Assen"
    assert (statement.date_of_statement, statement.date_received) == (
        dt.date(2026, 2, 25),
        dt.date(2026, 2, 27),
    )
    assert statement.basis == StatementBasis.HEARSAY
    assert statement.new_facts == [
        "Attends the women's group every week.",
        "Spoke to him about her partner Negar.",
    ]
    assert statement.confirms_entries == [12, 31, 32, 33]
    assert statement.legal_class == "statement-own-observation"
    assert page.findChild(QLabel, "statementLegalClass").text() == STATEMENT_LEGAL_CLASS.en
    marker = page.findChild(QLabel, "considerationMarker")
    assert marker.text() == "Required before finalising the hearing"
    items = page.findChild(QListWidget, "statementList")
    assert "consideration note missing" in items.item(1).text()

    # Finalising is refused while the consideration note is missing; the dialog says which statement.
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    window.commands["finalise"].trigger()
    assert dialogs.kinds() == ["warning"]
    assert "Statement 2 (Pastor J. (fictional))" in dialogs.shown[0][2]
    assert hearing.finalised_at is None

    qtbot.keyClicks(
        page.findChild(QPlainTextEdit, "statementConsideration"),
        "Hearsay about the partner; confirms her church life (entry 12) as fact.",
    )
    assert statement.consideration_note.startswith("Hearsay about the partner")
    assert marker.text().startswith("✓")
    assert "weighed" in items.item(1).text()

    # Now it can be finalised, from the button the review page got from the feature.
    jump(window, "Review")
    assert window.wizard is not None
    button = window.wizard.currentPage().findChild(QPushButton, "finaliseButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["warning", "question"]
    assert hearing.finalised_at == context.controller.clock()
    label = window.findChild(QLabel, "finalisedLabel")
    assert label.isVisible() and label.text().startswith("Finalised")


def test_removing_a_statement_renumbers(
    context: AppContext, page: StatementsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hearing = context.controller.require()
    add = page.findChild(QPushButton, "addStatement")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.findChild(QLineEdit, "statementAuthor"), "Second")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.findChild(QLineEdit, "statementAuthor"), "Third")
    page.statement_list.setCurrentRow(1)
    assert page.findChild(QLineEdit, "statementAuthor").text() == "Second"
    Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.findChild(QPushButton, "removeStatement"), Qt.MouseButton.LeftButton)
    assert [(s.number, s.author_name) for s in hearing.statements] == [
        (1, "Parisa R. (fictional)"),
        (2, "Third"),
    ]
    assert page.findChild(QLineEdit, "statementAuthor").text() == "Third"


def test_sexually_explicit_material_is_refused(
    context: AppContext, page: StatementsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hearing = context.controller.require()
    before = [m.model_dump() for m in hearing.material]
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Ok)
    description = page.findChild(QLineEdit, "materialDescription")
    qtbot.keyClicks(description, "Private video from the phone")
    category = page.findChild(QComboBox, "materialCategory")
    choose(category, ContentCategory.SEXUALLY_EXPLICIT.value)

    # The officer is told not to view it and to explain the rule to the applicant.
    assert dialogs.kinds() == ["warning"]
    _, title, text = dialogs.shown[0]
    assert title == "Material refused"
    assert "Do not view the material" in text and "Explain this to the applicant" in text
    # Only the neutral line is kept: nothing about the material, not even in the form.
    assert [m.model_dump() for m in hearing.material] == before
    assert [r.at for r in hearing.material_refusals] == [context.controller.clock()]
    assert "Private video" not in hearing.model_dump_json()
    assert description.text() == ""
    assert category.currentData() == ContentCategory.DAILY_LIFE.value
    # The page says why, and lists the neutral line.
    message = page.findChild(QLabel, "materialMessage")
    assert message.isVisible() and "never evidence" in message.text()
    refusals = page.findChild(QLabel, "materialRefusals")
    assert refusals.text().endswith("material of an intimate nature was offered and refused; not retained.")

    # Ordinary material is recorded by description.
    choose(page.findChild(QComboBox, "materialKind"), MaterialKind.CHURCH_CERTIFICATE.value)
    choose(category, ContentCategory.RELIGIOUS_ACTIVITY.value)
    qtbot.keyClicks(description, "Membership letter of the church in Assen, 2025")
    qtbot.mouseClick(page.findChild(QPushButton, "materialAdd"), Qt.MouseButton.LeftButton)
    added = hearing.material[-1]
    assert (added.number, added.kind, added.content_category) == (
        2,
        MaterialKind.CHURCH_CERTIFICATE,
        ContentCategory.RELIGIOUS_ACTIVITY,
    )
    assert added.description == "Membership letter of the church in Assen, 2025"
    assert added.received_on == context.controller.clock().date()
    assert page.findChild(QListWidget, "materialList").count() == 2
    assert page.tabs.tabText(0) == "Submitted material (2)"


def test_psychological_orientation_test_is_refused(
    context: AppContext, page: StatementsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hearing = context.controller.require()
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Ok)
    tabs = page.tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    # (each tab scrolls up and down: the section is inside the tab's scroll area)
    assert tabs.currentWidget().isAncestorOf(page.experts) and tabs.tabText(1) == "Expert reports (0)"
    kind = page.findChild(QComboBox, "expertKind")
    assert kind.findData(ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST.value) >= 0  # offered, to be refused
    choose(kind, ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST.value)
    assert dialogs.kinds() == ["warning"]
    assert "C-473/16" in dialogs.shown[0][2] and "Nothing was recorded" in dialogs.shown[0][2]
    assert hearing.expert_reports == []
    message = page.findChild(QLabel, "expertMessage")
    assert message.isVisible() and "CJEU F" in message.text()
    assert kind.currentData() == ExpertKind.OTHER.value

    choose(kind, ExpertKind.COUNTRY_INFORMATION.value)
    qtbot.keyClicks(page.findChild(QLineEdit, "expertAuthor"), "Ministry of Foreign Affairs")
    qtbot.keyClicks(page.findChild(QLineEdit, "expertDescription"), "Country report Iran, 2025")
    qtbot.mouseClick(page.findChild(QPushButton, "expertAdd"), Qt.MouseButton.LeftButton)
    assert [(r.kind, r.author, r.used_as_sole_basis) for r in hearing.expert_reports] == [
        (ExpertKind.COUNTRY_INFORMATION, "Ministry of Foreign Affairs", False)
    ]
    assert not message.isVisible() and tabs.tabText(1) == "Expert reports (1)"
    assert "Country report Iran" in page.findChild(QListWidget, "expertList").item(0).text()
