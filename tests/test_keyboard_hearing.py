"""A whole hearing with the keyboard only: from the start screen to an exported report, through every page.

Every action is a key event sent to the widget that has the keyboard focus (as a keyboard would), also
in the modal dialogs (passphrase, interpreter problem, break, the notice before export, Qt's file
dialog); no widget method is called to drive the app, and a filter fails the test on any mouse event.
What the test reads (focus, texts, the record, the .docx) it only reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context
from interview_guide.i18n import install_translators
from interview_guide.storage import CaseKey, KdfParams, load_case
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.theme_page import ThemePage

# Captured before the test-wide guard (conftest) replaces them: this test uses the real dialogs.
REAL = {
    (QDialog, "exec"): QDialog.exec,
    **{(QMessageBox, name): getattr(QMessageBox, name) for name in ("question", "warning", "information")},
    **{(QFileDialog, name): getattr(QFileDialog, name) for name in ("getSaveFileName", "getOpenFileName")},
    (QInputDialog, "getInt"): QInputDialog.getInt,
}
PASSPHRASE = "een lange wachtwoordzin"
Modifier = Qt.KeyboardModifier


class NoMouse(QObject):
    """Counts mouse events anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            self.seen.append(f"{event.type()} on {watched}")
        return False


def focused() -> QWidget:
    if QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
        # What a window manager does when a dialog closes (the offscreen platform has none).
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                window.activateWindow()
                QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(name: Qt.Key, modifiers: Modifier = Modifier.NoModifier) -> None:
    QTest.keyClick(focused(), name, modifiers)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(object_name: str, limit: int = 60) -> None:
    """Press Tab until the widget named ``object_name`` has the focus."""
    for _ in range(limit):
        if focused().objectName() == object_name:
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {object_name!r} (stuck at {focused().objectName()!r})")


def in_dialog(steps: Callable[[], None], title_part: str = "") -> list[str]:
    """Run ``steps`` (key presses) once a modal dialog is up; returns the titles of the dialogs seen."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        ready = dialog is not None and focus is not None and (focus is dialog or dialog.isAncestorOf(focus))
        if not ready or title_part not in dialog.windowTitle():  # type: ignore[union-attr]
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.windowTitle())  # type: ignore[union-attr]
        try:
            steps()
        except BaseException:
            dialog.reject()  # type: ignore[union-attr]  # fail the test rather than wait for ever
            raise

    QTimer.singleShot(0, poll)
    return seen


@pytest.fixture
def context(qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    for (owner, name), real in REAL.items():
        monkeypatch.setattr(owner, name, real)
    cheap = KdfParams.argon2id(8, 1, 1)
    derive = CaseKey.derive.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        CaseKey, "derive", classmethod(lambda cls, secret, kdf=None: derive(cls, secret, cheap))
    )
    context = create_context("nl")
    yield context
    context.autosave.stop(keep_session=False)
    install_translators(qapp, "en")


@pytest.fixture
def window(context: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    window = build_window(context)
    window.resize(1366, 705)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield window
    window.set_close_guard(lambda: True)
    window.close()


def current_page_name(window: MainWindow) -> str:
    assert window.wizard is not None
    return window.wizard.currentPage().objectName()


def button_key(window: MainWindow, qtbot: QtBot, letter: Qt.Key) -> str:
    """Alt+letter on a button (Volgende, Terug): Qt clicks it a moment later; returns the new page."""
    before = current_page_name(window)
    key(letter, Modifier.AltModifier)
    qtbot.waitUntil(lambda: current_page_name(window) != before)
    return current_page_name(window)


# The offscreen platform cannot raise a window or grab the keyboard (Qt's file dialog and progress
# dialog ask for both); on a desktop they do.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_a_whole_hearing_with_the_keyboard_only(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    mouse = NoMouse()
    QApplication.instance().installEventFilter(mouse)  # type: ignore[union-attr]
    try:
        walk_the_hearing(window, context, qtbot, tmp_path)
    finally:
        QApplication.instance().removeEventFilter(mouse)  # type: ignore[union-attr]
    assert mouse.seen == []


def walk_the_hearing(window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    # The start screen: the focus is on "Start new hearing"; Return starts it; the passphrase twice.
    assert focused().objectName() == "startNewButton"

    def passphrase() -> None:
        assert focused().objectName() == "passphrase"
        type_text(PASSPHRASE)
        key(Qt.Key.Key_Tab)
        type_text(PASSPHRASE)
        key(Qt.Key.Key_Return)

    in_dialog(passphrase)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: context.controller.hearing is not None)
    assert context.controller.key is not None  # encrypted

    # Case page: the cursor starts in the first required field.
    qtbot.waitUntil(lambda: focused().objectName() == "vNumber")
    type_text("1234567890")
    for name, text in (
        ("applicantName", "R. Testpersoon"),
        ("dateOfBirth", "00-03-1994"),
        ("nationality", "Iraanse"),
        ("language", "Farsi"),
        ("officerName", "J. de Boer"),
        ("sittingLocation", "Zevenaar"),
        ("interpreterName", "Tolk 123"),
    ):
        tab_to(name)
        type_text(text)
    case = context.controller.require().case
    assert (case.v_number, case.nationality, case.date_of_birth.iso()) == ("1234567890", "Iraanse", "1994-03")  # type: ignore[union-attr]
    assert context.controller.require().sittings[0].location == "Zevenaar"

    # Every page with Alt+V (Volgende); on each theme page ask, answer and log with the keyboard.
    assert button_key(window, qtbot, Qt.Key.Key_V) == "framePage"
    assert focused().objectName() == "frame-education_level"
    key(Qt.Key.Key_Down)  # a value chosen with the arrow key, the field having the focus
    assert context.controller.require().reference_frame.education_level.value != "unknown"
    tab_to("frame-origin_country")
    type_text("Iran")

    answered: list[str] = []
    themes_seen = 0
    while True:
        button_key(window, qtbot, Qt.Key.Key_V)
        page = window.current_theme_page()
        if page is None:
            break
        themes_seen += 1
        ask_and_answer(page, answered, themes_seen)
    assert themes_seen >= 8  # the opening, the LGBTI themes, the closing

    # Ctrl+E from a page that is not a theme page: the own question of the theme shown last.
    assert current_page_name(window) == "statementsPage"
    key(Qt.Key.Key_E, Modifier.ControlModifier)
    assert focused().objectName() == "questionEdit"
    type_text("Wat wilt u verder nog vertellen?")
    key(Qt.Key.Key_Return, Modifier.ControlModifier)
    assert focused().objectName() == "answerEditor"
    type_text("Niets meer, dank u.")
    answered.append("Niets meer, dank u.")
    key(Qt.Key.Key_Return, Modifier.ControlModifier)

    # An interpreter problem (Ctrl+I): the cursor is in the note, Ctrl+Return notes it.
    in_dialog(
        lambda: (
            type_text("De tolk sprak een ander dialect."),
            key(Qt.Key.Key_Return, Modifier.ControlModifier),
        )
    )
    key(Qt.Key.Key_I, Modifier.ControlModifier)
    issues = [i for e in context.controller.require().entries for i in e.communication_issues]
    assert [i.note for i in issues] == ["De tolk sprak een ander dialect."]

    # A break (Ctrl+B, Return) and its end (Ctrl+B).
    in_dialog(lambda: key(Qt.Key.Key_Return))
    key(Qt.Key.Key_B, Modifier.ControlModifier)
    key(Qt.Key.Key_B, Modifier.ControlModifier)
    breaks = context.controller.require().sittings[-1].breaks
    assert len(breaks) == 1 and breaks[0].end is not None

    # On to the review page and the corrections page (every page visited).
    while current_page_name(window) != "correctionsPage":
        button_key(window, qtbot, Qt.Key.Key_V)
    assert button_key(window, qtbot, Qt.Key.Key_R) == "reviewPage"  # Te&rug
    assert focused().objectName() == "reviewEntries"

    # Export the report (Ctrl+P): the notice (Return), then the file name typed in Qt's dialog.
    report = tmp_path / "rapport.docx"

    def file_name(target: Path) -> Callable[[], None]:
        def steps() -> None:
            assert isinstance(QApplication.activeModalWidget(), QFileDialog)
            key(Qt.Key.Key_A, Modifier.ControlModifier)
            type_text(str(target))
            key(Qt.Key.Key_Return)

        return steps

    def notice_then_file() -> None:
        key(Qt.Key.Key_Return)  # the notice about the unencrypted report
        in_dialog(file_name(report), "")

    in_dialog(notice_then_file)
    key(Qt.Key.Key_P, Modifier.ControlModifier)
    qtbot.waitUntil(report.is_file, timeout=60_000)
    text = "\n".join(
        cell.text for table in Document(str(report)).tables for row in table.rows for cell in row.cells
    )
    for answer in answered:
        assert answer in text

    # Save (Ctrl+S): the suggested name is the case number; a typed path and Return save there.
    case_file = tmp_path / "gehoor.igcase"
    seen = in_dialog(file_name(case_file))
    key(Qt.Key.Key_S, Modifier.ControlModifier)
    qtbot.waitUntil(case_file.is_file, timeout=30_000)
    assert seen
    assert load_case(case_file, PASSPHRASE).entries[-1].answer_text == "Niets meer, dank u."


def ask_and_answer(page: ThemePage, answered: list[str], index: int) -> None:
    """On a theme page: the focus is on the next Ask; Return proposes it and a second Return asks it
    (a stray key never logs a question), the answer is typed, Ctrl+Return logs it and the focus goes
    to the next question."""
    assert focused().objectName() == "askButton", focused().objectName()
    key(Qt.Key.Key_Return)
    assert focused().objectName() == "confirmAskButton", focused().objectName()
    key(Qt.Key.Key_Return)
    assert focused().objectName() == "answerEditor", focused().objectName()
    answer = f"Antwoord {index}: in mijn eigen woorden, zoals ik het heb beleefd."
    type_text(answer)
    answered.append(answer)
    key(Qt.Key.Key_Return, Modifier.ControlModifier)
    assert focused().objectName() in ("askButton", "questionEdit")
