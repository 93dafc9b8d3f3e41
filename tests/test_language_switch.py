"""Switching the UI language retranslates the window in place: same window, size, page, entry, cursor
and indicators, and nothing of the old language left connected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import close_without_asking, go_to_theme
from PySide6.QtCore import QEvent, QMetaMethod, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext, build_window, create_context
from interview_guide.core.hearing import ClaimType
from interview_guide.i18n import install_translators
from interview_guide.storage import CaseKey, KdfParams, load_case
from interview_guide.ui.main_window import MainWindow


@pytest.fixture
def context(qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:
    context = create_context("nl")
    yield context
    context.autosave.stop(keep_session=False)
    install_translators(qapp, "en")


@pytest.fixture
def window(context: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    window = build_window(context)
    window.resize(1200, 690)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    close_without_asking(window)


def connections(obj: QObject) -> dict[str, int]:
    """How many slots each signal of ``obj`` is connected to."""
    meta = obj.metaObject()
    counts = {}
    for index in range(meta.methodCount()):
        method = meta.method(index)
        if method.methodType() == QMetaMethod.MethodType.Signal:
            signature = bytes(method.methodSignature().data()).decode()
            counts[signature] = obj.receivers(f"2{signature}")  # "2" marks a signal (SIGNAL())
    return counts


def switch(window: MainWindow, qtbot: QtBot, lang: str) -> None:
    window.commands[f"lang-{lang}"].trigger()  # Settings › Language
    qtbot.waitUntil(lambda: window.lang == lang)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old pages are gone


def differences(before: dict[QObject, dict[str, int]]) -> list[str]:
    found = []
    for obj, counts in before.items():
        now = connections(obj)
        found += [f"{type(obj).__name__}.{s}: {n} -> {now[s]}" for s, n in counts.items() if now[s] != n]
    return found


def test_switching_keeps_window_page_entry_cursor_and_indicators(
    window: MainWindow, context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = CaseKey.derive("een lange wachtwoordzin", KdfParams.argon2id(8, 1, 1))
    context.controller.new_hearing([ClaimType.LGBTI], key=key)
    page = go_to_theme(window, "self-description")
    page.take_focus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # proposes the first question
    assert page.proposed.isVisible()
    qtbot.keyClick(page.proposed.ask_button, Qt.Key.Key_Return)  # asks it
    assert page.panel.number is not None
    editor = page.panel.answer_edit
    qtbot.keyClicks(editor, "Ik houd van vrouwen. Zo zeg ik het liefst.")
    for _ in range(10):
        qtbot.keyClick(editor, Qt.Key.Key_Left)  # the cursor in the middle of the answer
    cursor = editor.textCursor().position()
    entry = page.panel.number
    size = window.size()
    before = {obj: connections(obj) for obj in (context.controller, context.entries, context.autosave)}
    assert window.mode_label.text() == "🔒 Versleuteld"
    assert window.menuBar().actions()[0].text() == "&Bestand"

    switch(window, qtbot, "en")

    assert context.window is window and window.size() == size  # the same window, the same size
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.mode_label.text() == "🔒 Encrypted"
    assert window.windowTitle().startswith("case without a V-number")  # the English title
    assert window.wizard is not None
    assert window.wizard.button(window.wizard.WizardButton.CustomButton1).text() == "< &Back"
    page = window.current_theme_page()
    assert page is not None and page.theme.id == "self-description"
    assert page.title() == "Self-description in own words"
    assert page.panel.number == entry
    editor = page.panel.answer_edit
    assert editor.hasFocus() and editor.textCursor().position() == cursor
    assert window.commands["lang-en"].isChecked() and not window.commands["lang-nl"].isChecked()
    # Nothing of the Dutch window is left connected: each signal has as many receivers as before.
    assert differences(before) == []

    # Typing goes on where the cursor was; saving works (an old page left connected raised here).
    qtbot.keyClicks(editor, "X")
    answer = context.controller.require().entries[0].answer_text
    typed = "Ik houd van vrouwen. Zo zeg ik het liefst."
    assert answer == typed[:cursor] + "X" + typed[cursor:]
    target = tmp_path / "case.igcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.commands["save"].trigger()
    assert load_case(target, "een lange wachtwoordzin").entries[0].answer_text == answer

    switch(window, qtbot, "nl")
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert window.wizard.button(window.wizard.WizardButton.CustomButton1).text() == "< Te&rug"
    assert window.current_theme_page().title() == "Zelfbeschrijving in eigen woorden"  # type: ignore[union-attr]
    assert differences(before) == []


def test_switching_on_the_start_screen(window: MainWindow, context: AppContext, qtbot: QtBot) -> None:
    assert window.start.new_button.text() == "Nieuw gehoor starten"
    switch(window, qtbot, "en")
    assert window.start.new_button.text() == "Start new hearing"
    assert window.start.type_combo.itemText(2) == "Training"
    assert context.settings.ui_lang == "en"
