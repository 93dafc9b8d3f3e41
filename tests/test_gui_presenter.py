"""Presenter mode (Training › Presenter mode, Ctrl+Shift+P): larger type app-wide, dialogs included, and
the applicant's names, V-number, case reference and date of birth, and the names of the others present,
hidden from the room on every page and in every entry, the record unchanged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, switch_language
from interview_guide.core.presenting import (
    DEFAULT_ZOOM,
    ZOOM_LEVELS,
    check_zoom,
    pseudonym,
    scaled_point_size,
)
from interview_guide.demo import build_demo_case
from interview_guide.ui.features.presenter import PERSONAL_FIELDS
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.presenting import base_point_size, presenting, set_presenting

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture(autouse=True)
def presenter_off(qapp: QApplication) -> Iterator[None]:
    """Presenter mode is app-wide: every test here leaves the application font as it found it, and
    deletes the windows it built (a window closed with deleteLater is otherwise only deleted by an
    event loop, which a test run never returns to: thousands of live widgets slow the tests after it)."""
    size = QApplication.font().pointSizeF()
    yield
    set_presenting(False, DEFAULT_ZOOM)
    font = QApplication.font()
    font.setPointSizeF(size)
    QApplication.setFont(font)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_zoom_levels_and_the_pseudonym() -> None:
    assert ZOOM_LEVELS[0] == 125 and ZOOM_LEVELS[-1] == 200 and DEFAULT_ZOOM in ZOOM_LEVELS
    assert scaled_point_size(10, 150) == 15 and scaled_point_size(9, 200) == 18
    with pytest.raises(ValueError, match="125, 150, 175, 200"):
        check_zoom(300)
    assert pseudonym("nl") == "Aanvrager A" and pseudonym("en") == "Applicant A"


def _line(window: MainWindow, name: str) -> QLineEdit:
    (edit,) = window.findChildren(QLineEdit, name)
    return edit


def test_presenter_mode_zooms_and_hides_names_and_v_number(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    hearing = build_demo_case("trans", "en")  # a name used beside the name on file
    context.controller.load(hearing, path=None)  # as a real case: the title shows the V-number
    case = context.controller.require().case
    before = case.model_dump()
    assert case.v_number and case.name_used and case.applicant_name
    assert window.wizard is not None
    base = base_point_size()
    assert case.v_number in window.windowTitle()
    # A question card's text has a font of its own, sized when the page was built.
    window.wizard.theme_pages()[0].ensure_built()  # pages are built when first shown
    card_text = window.wizard.theme_pages()[0].findChild(QLabel, "questionText")
    assert card_text is not None
    card_size = card_text.font().pointSizeF()

    action = window.commands["presenter-mode"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    action.trigger()
    assert presenting() and action.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert card_text.font().pointSizeF() == pytest.approx(card_size * 1.5, abs=0.02)
    assert case.v_number not in window.windowTitle() and "Applicant A" in window.windowTitle()
    for name in PERSONAL_FIELDS:
        edit = _line(window, name)
        assert edit.isReadOnly() and edit.echoMode() is QLineEdit.EchoMode.Password, name
    assert case.applicant_name not in _line(window, "applicantName").displayText()
    assert case.v_number not in _line(window, "vNumber").displayText()
    # The theme pages name the applicant by the pseudonym.
    page = window.wizard.theme_pages()[0]
    window.wizard.go_to_page(page)
    address = page.status.address.text()
    assert "Applicant A" in address
    assert not {"Lina", "Hassan", "Ali"} & set(address.replace(",", " ").replace(";", " ").split())

    # 200 %: the window and a dialog opened now follow the application font.
    window.commands["presenter-zoom-200"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    assert context.features is not None
    dialog = context.features.training.show_examples()
    assert dialog.font().pointSizeF() == pytest.approx(base * 2)
    dialog.close()

    # Nothing in the record changed.
    assert context.controller.require().case.model_dump() == before

    # Off: the type, the fields and the title are as before.
    action.trigger()
    assert not presenting() and QApplication.font().pointSizeF() == pytest.approx(base)
    assert card_text.font().pointSizeF() == pytest.approx(card_size, abs=0.02)
    for name in PERSONAL_FIELDS:
        edit = _line(window, name)
        assert not edit.isReadOnly() and edit.echoMode() is QLineEdit.EchoMode.Normal, name
    assert _line(window, "applicantName").displayText() == case.applicant_name
    assert case.v_number in window.windowTitle()
    window.wizard.go_to_page(page)
    assert case.name_used in page.status.address.text()


def test_presenter_mode_survives_a_language_switch_and_a_new_hearing(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    window.commands["presenter-zoom-175"].trigger()
    window.commands["presenter-mode"].trigger()
    switch_language(context, "nl")
    qtbot.waitUntil(lambda: window.lang == "nl")  # in place, once Qt delivers LanguageChange
    new_window = context.window
    assert new_window is window  # the language is switched in place (issue 10, point 8)
    assert new_window.commands["presenter-mode"].isChecked()
    assert new_window.commands["presenter-zoom-175"].isChecked()
    context.controller.load(build_demo_case("conversion", "nl"), path=None)
    v_number = context.controller.require().case.v_number
    assert "Aanvrager A" in new_window.windowTitle() and v_number not in new_window.windowTitle()
    assert _line(new_window, "vNumber").echoMode() is QLineEdit.EchoMode.Password
    new_window.set_close_guard(lambda: True)
    new_window.close()
    new_window.deleteLater()


def test_the_window_fits_a_1280_pixel_projector_up_to_150_percent(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    # The start screen (with its Training column) sits in the same stack as the hearing: its width
    # is the window's minimum (every page at 200 %: tests/test_presenter_fit.py).
    assert window.minimumSizeHint().width() <= 1280
    context.controller.load(build_demo_case("trans", "en"), path=None)
    window.commands["presenter-zoom-150"].trigger()
    window.commands["presenter-mode"].trigger()
    assert window.minimumSizeHint().width() <= 1280


def _visible_texts(window: MainWindow) -> list[tuple[str, str]]:
    """Every text a person sees in the window: labels, buttons, fields shown as text, drop-downs, the
    rows of lists and tables, the title."""
    found = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QLineEdit) and widget.echoMode() is QLineEdit.EchoMode.Normal:
            found.append((name, widget.text()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append((name, widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            found.append((name, widget.currentText()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    found.append((name, str(value or "")))
    return found


def test_presenting_hides_names_numbers_and_birth_date_on_every_page_and_entry(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    hearing = build_demo_case("both", "nl")
    context.controller.load(hearing, path=None, demo=True)
    record = context.controller.require().model_dump()
    case = hearing.case
    assert case.date_of_birth is not None
    birth = case.date_of_birth.as_date()
    assert birth is not None
    sitting = hearing.sittings[0]
    # What the demo holds that identifies people (each also appears in the hearing's texts).
    secrets = [
        "Shirin",
        "Karimi",
        case.v_number,
        "DEMO-LHBTI",
        birth.strftime("%d-%m-%Y"),
        birth.isoformat(),
        "van Dijk",  # the officer
        "40512",  # the interpreter's number
        *(attendee.name.split()[-2] for attendee in sitting.attendees),  # "Jansen", "Bos"
        "Parisa",  # the author of a third-party statement (a friend)
        "Bakker",  # the author of another (a pastor)
    ]
    authors = [statement.author_name for statement in hearing.statements]
    assert any("Parisa" in author for author in authors) and any("Bakker" in a for a in authors)
    window.commands["trainer-annotations"].setChecked(True)  # the trainer's note bar shows too
    window.commands["presenter-mode"].trigger()
    assert presenting() and window.wizard is not None
    wizard = window.wizard
    leaks: list[str] = []
    entries_shown = 0

    def look(where: str) -> None:
        for name, text in _visible_texts(window):
            leaks.extend(
                f"{where}: {name}: {secret!r} in {text[:70]!r}" for secret in secrets if secret in text
            )

    for page_id in wizard.pageIds():
        wizard.go_to(page_id)
        QApplication.processEvents()
        page = wizard.page(page_id)
        look(page.objectName())
        if isinstance(page, ThemePage):
            page.set_guidance_visible(True)
            for entry in context.controller.require().entries:
                if entry.theme_id == page.theme.id:
                    page.panel.show_entry(entry.number)
                    entries_shown += 1
                    look(f"{page.objectName()} entry {entry.number}")
    assert entries_shown == len(hearing.entries)
    assert leaks == []
    # The masked fields cannot be edited, and nothing of the mask reached the record.
    assert context.controller.require().model_dump() == record
    page = wizard.theme_pages()[0]
    wizard.go_to_page(page)
    first = next(e for e in context.controller.require().entries if e.theme_id == page.theme.id)
    page.panel.show_entry(first.number)
    if "Aanvrager A" in page.panel.question_edit.toPlainText() + page.panel.answer_edit.toPlainText():
        assert page.panel.answer_edit.isReadOnly()

    # Off: the texts are the record's again and can be edited.
    window.commands["presenter-mode"].trigger()
    page.panel.show_entry(first.number)
    assert page.panel.answer_edit.toPlainText() == first.answer_text
    assert not page.panel.answer_edit.isReadOnly() and not page.panel.question_edit.isReadOnly()
    wizard.go_to(wizard.pageIds()[0])
    QApplication.processEvents()
    assert any(case.v_number in text for _name, text in _visible_texts(window))
    assert any("Jansen" in text for _name, text in _visible_texts(window))  # the attendees table
    assert context.controller.require().model_dump() == record


def test_the_trainers_note_follows_every_zoom_change(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    """The note is what the room reads: it grows with the zoom like the rest (its bar has a style sheet,
    and a widget with one kept the font it was first polished with), and stays three lines high."""
    context.controller.load(build_demo_case("both", "en"), path=None, demo=True)
    window.commands["presenter-mode"].trigger()
    window.commands["trainer-next-note"].trigger()
    note = window.findChild(QPlainTextEdit, "trainerNote")
    assert note is not None and note.isVisible() and note.toPlainText()
    for zoom in (125, 200, 150):
        window.commands[f"presenter-zoom-{zoom}"].trigger()
        qtbot.waitUntil(lambda: note.font().pointSizeF() == QApplication.font().pointSizeF())
        assert QApplication.font().pointSizeF() == scaled_point_size(base_point_size(), zoom)
        assert note.height() >= 3 * note.fontMetrics().lineSpacing()


def test_presenting_hides_the_applicants_name_in_the_review_dialog(
    window: MainWindow, context: AppContext
) -> None:
    """The feedback round is projected too: the practice review shows the questions as asked, and a
    trainee's question may name the applicant."""
    assert context.features is not None
    context.controller.load(build_demo_case("both", "nl"), path=None, demo=True)
    entry = context.controller.ask("life-now", "Mevrouw Karimi, bent u lesbisch?")  # flagged: closed
    assert entry is not None
    context.controller.require().entries[-1].trainer_note = "Shirin Karimi hoort hier een open vraag."
    window.commands["presenter-mode"].trigger()
    review = context.features.training.show_review()
    assert review is not None and review.isVisible()
    shown_texts: list[str] = []
    for tab in range(review.tabs.count()):  # every table of the review, each on its own tab
        review.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        texts = [text for _widget, text in _visible_texts(window)]
        shown_texts += texts
        assert not [text for text in texts for name in ("Shirin", "Karimi") if name in text]
    assert any("Applicant A, bent u lesbisch?" in text for text in shown_texts)  # an English window
