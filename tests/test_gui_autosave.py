"""Autosave, recovery and encryption through the real window: status bar, failures, dialogs."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core.hearing import ClaimType, Hearing, HearingType
from interview_guide.core.text import Lang
from interview_guide.i18n import install_translators
from interview_guide.storage import (
    Autosaver,
    CaseKey,
    KdfParams,
    find_unfinished,
    is_encrypted,
    load_case,
    save_case,
)
from interview_guide.ui.file_actions import FileActions
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from interview_guide.ui.recovery_dialog import RecoveryDialog, offer_recovery

CHEAP = KdfParams.argon2id(8, 1, 1)


@pytest.fixture
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """New keys in these tests use cheap KDF parameters (the real ones take half a second)."""
    real = CaseKey.derive.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        CaseKey, "derive", classmethod(lambda cls, secret, kdf=None: real(cls, secret, CHEAP))
    )


def files(context: AppContext) -> FileActions:
    assert context.features is not None
    return context.features.files


def type_answer(window: MainWindow, context: AppContext, qtbot: QtBot, text: str) -> None:
    page = next(p for p in window.wizard.theme_pages() if p.bank.id == "lgbti")
    window.wizard.go_to_page(page)
    if page.panel.number == 0:
        next(iter(page.cards.values())).ask_button.click()
    qtbot.keyClicks(page.panel.answer_edit, text)


def test_typing_is_autosaved_and_shown(window: MainWindow, context: AppContext, qtbot: QtBot) -> None:
    context.controller.new_hearing([ClaimType.LGBTI])
    type_answer(window, context, qtbot, "My grandmother raised me.")
    qtbot.waitUntil(lambda: not context.autosave.pending(), timeout=10_000)
    qtbot.waitUntil(lambda: "Autosaved" in window.save_label.text(), timeout=5_000)
    # What the session holds is what was typed (the crash test checks a real SIGKILL).
    context.autosave.stop(keep_session=True)
    session = find_unfinished()[0]
    assert session.recover().hearing.entries[0].answer_text == "My grandmother raised me."
    session.discard()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to tell the two disks apart")
def test_full_disk_tells_the_officer_and_offers_save_elsewhere(
    window: MainWindow,
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context.controller.new_hearing([ClaimType.LGBTI], HearingType.TRAINING)  # plain: training only
    qtbot.waitUntil(lambda: not context.autosave.pending(), timeout=10_000)
    real_fsync = os.fsync

    def full(fd: int) -> None:
        # The disk of the data folder (the autosaves) is full; the disk "elsewhere" has room.
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(data_dir)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    target = tmp_path / "elsewhere.igcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(os, "fsync", full)
    type_answer(window, context, qtbot, "Still here.")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "autosaveFailed") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "autosaveFailed")
    assert "disk is full" in box.text() and "Ctrl+Shift+S" in box.text()
    assert "FAILED" in window.save_label.text()
    # The officer may be typing blind: the offer never takes the keyboard, the typing goes on.
    assert not box.isModal() and box.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.activeModalWidget() is None
    editor = window.wizard.current_theme_page().panel.answer_edit
    qtbot.keyClicks(editor, " And more.")
    assert context.controller.require().entries[0].answer_text == "Still here. And more."  # in memory
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert load_case(target).entries[0].answer_text == "Still here. And more."  # saved elsewhere
    monkeypatch.setattr(os, "fsync", real_fsync)
    qtbot.waitUntil(lambda: "Autosaved" in window.save_label.text(), timeout=15_000)  # retried and recovered


def test_the_failure_offer_closes_by_itself_once_autosave_works_again(
    window: MainWindow, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.controller.new_hearing([ClaimType.LGBTI], HearingType.TRAINING)
    qtbot.waitUntil(lambda: not context.autosave.pending(), timeout=10_000)
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    type_answer(window, context, qtbot, "Typed on a full disk.")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "autosaveFailed") is not None, timeout=10_000)
    assert offer_shown(window)
    monkeypatch.setattr(os, "fsync", real_fsync)  # space freed
    qtbot.waitUntil(lambda: "Autosaved" in window.save_label.text(), timeout=15_000)
    assert not offer_shown(window)


def offer_shown(window: MainWindow) -> bool:
    """Whether the "save elsewhere" offer of a failed autosave is on screen."""
    return any(box.isVisible() for box in window.findChildren(QMessageBox, "autosaveFailed"))


def leave_unfinished(hearing: Hearing, data_dir: Path, key: CaseKey | None = None) -> None:
    saver = Autosaver.start(hearing, case_file=data_dir / "case.igcase", key=key)
    assert saver.close(keep_session=True)


def test_recovery_restores_the_unfinished_hearing(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    leave_unfinished(small_hearing, data_dir)
    shown: list[str] = []
    monkeypatch.setattr(
        RecoveryDialog, "ask", classmethod(lambda cls, text, parent: shown.append(text) or "restore")
    )
    assert offer_recovery(context.controller, context.autosave, window)
    assert "Entries (questions and answers): 3" in shown[0] and "case.igcase" in shown[0]
    assert context.controller.hearing == small_hearing
    assert context.controller.dirty  # not in the case file yet
    # The old session is gone; the live session of this window is locked and never offered.
    assert find_unfinished() == []


def test_recovery_later_and_discard(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    leave_unfinished(small_hearing, data_dir)
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, text, parent: "later"))
    assert not offer_recovery(context.controller, context.autosave, window)
    assert context.controller.hearing is None
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, text, parent: "discard"))
    assert not offer_recovery(context.controller, context.autosave, window)
    assert find_unfinished() == []


def test_encrypted_recovery_asks_the_passphrase_again_after_a_wrong_one(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    leave_unfinished(small_hearing, data_dir, CaseKey.derive("correct horse", CHEAP))
    answers = iter(["wrong guess", "correct horse"])
    errors: list[str] = []
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, text, parent: "restore"))
    monkeypatch.setattr(
        PassphraseDialog,
        "ask",
        classmethod(lambda cls, name, error, parent: errors.append(error) or next(answers)),
    )
    assert offer_recovery(context.controller, context.autosave, window)
    assert errors[0] == "" and "does not open" in errors[1]
    assert context.controller.hearing == small_hearing
    assert context.controller.key is not None


def test_new_encrypted_case_is_saved_encrypted_and_reopened(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cheap_keys: None
) -> None:
    monkeypatch.setattr(
        NewPassphraseDialog, "ask", classmethod(lambda cls, plain, parent: (True, "a long passphrase"))
    )
    window.start.new_button.click()
    assert context.controller.key is not None
    assert "Encrypted" in window.mode_label.text()
    target = tmp_path / "secret.igcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.commands["save"].trigger()
    assert is_encrypted(target)
    assert b"applicant_name" not in target.read_bytes()
    # Reopen: a wrong passphrase asks again, the right one opens it.
    answers = iter(["not it", "a long passphrase"])
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, name, error, parent: next(answers)))

    assert files(context).open_path(target)
    assert context.controller.path == target and context.controller.key is not None


def test_plain_case_files_still_open_without_a_passphrase(
    window: MainWindow, context: AppContext, small_hearing: Hearing, tmp_path: Path
) -> None:

    target = tmp_path / "plain.igcase"
    save_case(small_hearing, target)
    assert files(context).open_path(target)
    assert context.controller.key is None
    assert "Not encrypted" in window.mode_label.text()


def test_damaged_case_file_gives_one_dialog_and_changes_nothing(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    target = tmp_path / "broken.igcase"
    target.write_bytes(b'{"schema_version": 1, "sittings": [')
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    assert not files(context).open_path(target)
    assert context.controller.hearing is None
    assert len(shown) == 1 and "broken.igcase" in shown[0]


def test_typing_that_never_pauses_is_handed_over_within_the_max_wait(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    """The debounce waits for a pause; the max-wait does not let non-stop typing push the save back."""
    from interview_guide.ui import autosave_service as autosave

    # Handed over within MAX_WAIT_MS of a keystroke, the writer keeps more than half the second.
    assert autosave.DEBOUNCE_MS <= autosave.MAX_WAIT_MS <= 500
    context.controller.new_hearing([ClaimType.LGBTI])
    type_answer(window, context, qtbot, "a")
    qtbot.waitUntil(lambda: not context.autosave.pending(), timeout=10_000)
    service = context.autosave
    max_wait = service._max_wait
    editor = window.current_theme_page().panel.answer_edit  # type: ignore[union-attr]
    qtbot.keyClick(editor, "b")
    assert max_wait.isActive()
    first = max_wait.remainingTime()
    qtbot.wait(30)  # the next keystroke comes a little later, as typing does
    qtbot.keyClick(editor, "c")
    assert max_wait.isActive() and max_wait.remainingTime() <= first  # not restarted by the keystroke
    handed: list[int] = []
    service.recorded.connect(handed.append)
    qtbot.waitUntil(lambda: bool(handed), timeout=10_000)
    qtbot.waitUntil(lambda: not service.pending(), timeout=10_000)
    assert context.controller.require().entries[0].answer_text == "abc"


def test_stale_autosave_older_than_the_case_file_opens_the_case_file_by_default(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QPushButton

    from interview_guide.ui.recovery_dialog import NewerCaseFileDialog

    case = tmp_path / "case.igcase"
    save_case(small_hearing, case)
    stale = small_hearing.model_copy(deep=True)
    stale.course_remarks = "old autosaved work"
    saver = Autosaver.start(stale, case_file=case)
    assert saver.close(keep_session=True)
    newer = small_hearing.model_copy(deep=True)
    newer.course_remarks = "newer work, saved after 'decide later'"
    save_case(newer, case)
    shown: list[str] = []
    monkeypatch.setattr(
        NewerCaseFileDialog, "ask", classmethod(lambda cls, text, parent: shown.append(text) or "open-case")
    )
    assert offer_recovery(context.controller, context.autosave, window)
    assert "holds newer work" in shown[0] and "case.igcase" in shown[0]
    assert context.controller.require().course_remarks == newer.course_remarks
    assert context.controller.path == case
    assert find_unfinished() == []  # set aside, not offered again
    assert len(list((data_dir / "autosave" / "set-aside").iterdir())) == 1
    dialog = NewerCaseFileDialog("text", window)
    assert dialog.findChild(QPushButton, "openCaseFile").isDefault()
    dialog.deleteLater()


def test_stale_autosave_restored_anyway_is_an_unsaved_copy(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from interview_guide.ui.recovery_dialog import NewerCaseFileDialog

    case = tmp_path / "case.igcase"
    save_case(small_hearing, case)
    stale = small_hearing.model_copy(deep=True)
    stale.course_remarks = "old autosaved work"
    assert Autosaver.start(stale, case_file=case).close(keep_session=True)
    small_hearing.course_remarks = "newer work"
    save_case(small_hearing, case)
    monkeypatch.setattr(NewerCaseFileDialog, "ask", classmethod(lambda cls, text, parent: "restore"))
    assert offer_recovery(context.controller, context.autosave, window)
    assert context.controller.require().course_remarks == "old autosaved work"
    assert context.controller.path is None and context.controller.dirty  # "save" asks where
    assert load_case(case).course_remarks == "newer work"


@pytest.mark.parametrize("poison", ["damaged", "bug"])
def test_poisoned_autosave_is_set_aside_and_start_up_goes_on(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    poison: str,
) -> None:
    from interview_guide.storage.recovery import UnfinishedSession
    from interview_guide.storage.session import snapshot_files

    leave_unfinished(small_hearing, data_dir)
    with find_unfinished()[0] as session:
        folder = session.info.folder
    if poison == "damaged":
        for _, path in snapshot_files(folder):
            path.write_text('{"schema_version": 1, "x": ' + "9" * 5000 + "}")
    else:

        def crash(self: UnfinishedSession, passphrase: str | None = None, key: object = None) -> None:
            raise ValueError("an unforeseen bug")

        monkeypatch.setattr(UnfinishedSession, "recover", crash)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    assert not offer_recovery(context.controller, context.autosave, window)
    assert len(warned) == 1 and "set aside" in warned[0]
    assert ("a number of 5000 digits" if poison == "damaged" else "ValueError") in warned[0]
    assert find_unfinished() == []  # never offered again: the next start is clean
    assert not offer_recovery(context.controller, context.autosave, window)


def test_planted_plain_snapshot_in_an_encrypted_session_is_refused_and_named(
    window: MainWindow,
    context: AppContext,
    small_hearing: Hearing,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = CaseKey.derive("correct horse", CHEAP)
    leave_unfinished(small_hearing, data_dir, key)
    with find_unfinished()[0] as session:
        folder = session.info.folder
    planted = small_hearing.model_copy(deep=True)
    planted.course_remarks = "I made it all up"
    (folder / "snapshot-000000000099.igcase").write_text(planted.model_dump_json())
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, text, parent: "restore"))
    monkeypatch.setattr(
        PassphraseDialog, "ask", classmethod(lambda cls, name, error, parent: "correct horse")
    )
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append((a[1], a[2]))))
    assert offer_recovery(context.controller, context.autosave, window)
    assert context.controller.require() == small_hearing and context.controller.key is not None
    assert "changed by something other than Interview Guide" in warned[0][0]
    assert "snapshot-000000000099.igcase: a plain (unencrypted) file in an encrypted autosave" in warned[0][1]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("training", [False, True])
def test_the_passphrase_dialog_never_squeezes_its_text(
    qtbot: QtBot, qapp: QApplication, training: bool, lang: Lang
) -> None:
    """Typing two different passphrases makes the hint under the fields longer; every wrapped text of
    the dialog still shows whole (the Dutch intro was cut off at the top under Xvfb)."""
    install_translators(qapp, lang)
    try:
        dialog = NewPassphraseDialog(training, None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.plain.setChecked(False)
        for first, second in (("", ""), ("abc", ""), ("paars-Tulp-zeven", "x"), ("paars-Tulp-zeven", "")):
            dialog.first.setText(first)
            dialog.second.setText(second)
            QApplication.processEvents()
            for label in dialog.findChildren(QLabel):
                if label.isVisible() and label.wordWrap() and label.text():
                    needed = label.heightForWidth(label.width())
                    assert label.height() >= needed, (first, second, label.text())
    finally:
        install_translators(qapp, "en")
