"""The smaller points of the five-hour hearing review, each as the officer met it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import close_without_asking, go_to_theme
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QFileSystemModel, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context
from interview_guide.core.hearing import Attendee, AttendeeRole, ClaimType, Hearing
from interview_guide.core.script_text import fill_script
from interview_guide.core.text import Lang
from interview_guide.demo import build_demo_case
from interview_guide.i18n import install_translators
from interview_guide.storage import Autosaver
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.qt_strings import qt_dialog_strings
from interview_guide.ui.recovery_dialog import RecoveryDialog, offer_recovery


@pytest.fixture
def context(qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:
    context = create_context("nl")
    yield context
    context.autosave.stop(keep_session=False)
    install_translators(qapp, "en")  # the translators are the application's: leave English behind


def open_window(context: AppContext, qtbot: QtBot, lang: Lang = "nl") -> MainWindow:
    context.settings.ui_lang = lang
    window = build_window(context)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(context: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    window = open_window(context, qtbot)
    yield window
    close_without_asking(window)
    window.deleteLater()


# -- the opening script names the people of the case --------------------------------------------


def test_the_script_fills_in_the_names_from_the_case(small_hearing: Hearing) -> None:
    line = "Mijn naam is [uw naam]. Ook aanwezig is [naam gemachtigde]. [Naam collega] luistert mee."
    assert fill_script(line, small_hearing) == line  # nothing recorded: the officer sees what to say
    small_hearing.case.officer_name = "J. de Vries"
    people = small_hearing.sittings[-1].attendees
    people += [
        Attendee(name="mr. P. Smit", role=AttendeeRole.COUNSEL),
        Attendee(name="A. Bakker", role=AttendeeRole.TRAINEE),
        Attendee(name="B. Jansen", role=AttendeeRole.TRAINEE),
    ]
    assert fill_script(line, small_hearing) == (
        "Mijn naam is J. de Vries. Ook aanwezig is mr. P. Smit. A. Bakker en B. Jansen luistert mee."
    )
    english = "My name is [your name]. Also present is [counsel's name]. [Colleague's name] listens."
    assert fill_script(english, small_hearing) == (
        "My name is J. de Vries. Also present is mr. P. Smit. A. Bakker and B. Jansen listens."
    )


def test_the_opening_page_reads_the_names_of_the_demo_case(window: MainWindow, context: AppContext) -> None:
    context.controller.load(build_demo_case("lgbti", "nl"), path=None, demo=True)
    page = go_to_theme(window, "opening")
    script = " ".join(label.text() for label in page.script_lines)
    assert "Mijn naam is J. van Dijk (fictief)." in script
    assert "Ook aanwezig is mr. A. Jansen (fictief), uw advocaat." in script
    # No colleague in training at the demo's second sitting: the placeholder stays to be spoken.
    assert "[Naam collega]" in script and script.count("[") == 1


# -- the review page: no "0 asked anyway", nothing clipped --------------------------------------------


def test_question_quality_does_not_say_none_were_asked_when_a_warned_one_was(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    context.controller.new_hearing([ClaimType.LGBTI])
    page = go_to_theme(window, "self-description")
    page.panel.question_edit.setPlainText("Was u verliefd op hem?")  # a closed question: a warning
    assert page.panel.ask_own()
    assert window.wizard is not None
    window.wizard.go_to_page(window.wizard.hearing_pages.review)
    view = window.findChild(QLabel, "qualityCategories")
    assert view is not None
    qtbot.waitUntil(lambda: "gecontroleerd" in view.text())
    assert "1 gecontroleerd, 1 met een waarschuwing of blokkade" in view.text()
    assert "ondanks" not in view.text() and " 0 " not in view.text()


def test_one_hint_is_singular_in_dutch(window: MainWindow) -> None:
    source = "(and %n hints for this applicant)"
    one = QCoreApplication.translate("ThemePage", source, "", 1)
    three = QCoreApplication.translate("ThemePage", source, "", 3)
    assert one == "(en 1 aanwijzing voor deze aanvrager)"
    assert three == "(en 3 aanwijzingen voor deze aanvrager)"


# -- file dialogs ----------------------------------------------------------------------------------


def test_the_file_dialog_speaks_dutch(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    (tmp_path / "a folder").mkdir()
    dialog = QFileDialog(window, "Opslaan", str(tmp_path), "Interview Guide (*.igcase)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    try:
        qtbot.waitExposed(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Zoeken in:"
        assert labels["fileTypeLabel"] == "Bestands&type:"
        assert labels["fileNameLabel"] == "Bestands&naam:"
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        folder = str(tmp_path / "a folder")
        qtbot.waitUntil(lambda: model.index(folder, 2).data() is not None)
        assert model.index(folder, 2).data() == "Map"  # the kind of entry, not "Folder"
        english = [source for source, dutch in qt_dialog_strings().items() if dutch == source]
        assert english == []
    finally:
        dialog.close()


def test_save_starts_by_the_last_case_file_named_after_the_case_number(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = tmp_path / "cases" / "earlier.igcase"
    earlier.parent.mkdir()
    earlier.write_bytes(b"")
    context.settings.remember_case(earlier, "0000000001", None)  # a plain (training) case file
    context.controller.load(build_demo_case("lgbti", "nl"), path=None, demo=True)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a[2]) or ("", ""))
    )
    assert context.features is not None
    context.features.files.save_as()
    assert asked == [str(earlier.parent / "9900012345.igcase")]
    assert "Karimi" not in asked[0]


def test_the_report_is_suggested_under_a_dutch_name(window: MainWindow, context: AppContext) -> None:
    context.controller.load(build_demo_case("lgbti", "nl"), path=None, demo=True)
    assert context.features is not None
    name = context.features.export.suggested_name(final=False)
    assert name.startswith("9900012345-rapport-van-gehoor-") and name.endswith(".docx")
    assert "Karimi" not in name


# -- the sitting drop-down follows the date typed ----------------------------------------------------


def test_the_sitting_drop_down_shows_the_date_just_typed(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    context.controller.new_hearing([ClaimType.LGBTI])
    assert window.wizard is not None
    page = window.wizard.hearing_pages.case
    window.wizard.go_to_page(page)
    day = page.findChild(QLineEdit, "sittingDate")
    choice = page.findChild(QComboBox, "sittingChoice")
    assert day is not None and choice is not None
    day.setFocus()
    day.selectAll()
    qtbot.keyClicks(day, "17-02-2026")
    assert choice.currentText() == "Zitting 1 (17-02-2026)"


# -- recovering the demo -----------------------------------------------------------------------------


def test_recovering_the_demo_says_it_is_the_demo(
    window: MainWindow, context: AppContext, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = Autosaver.start(build_demo_case("lgbti", "nl"))
    assert saver.close(keep_session=True)
    shown: list[str] = []
    monkeypatch.setattr(
        RecoveryDialog, "ask", classmethod(lambda cls, text, parent: shown.append(text) or "restore")
    )
    assert offer_recovery(context.controller, context.autosave, window)
    assert "het demogehoor" in shown[0] and "nieuw gehoor" not in shown[0]
    assert context.controller.demo
    assert window.windowTitle().startswith("demogehoor")
