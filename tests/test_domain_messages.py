"""The record's rules speak the officer's language: every message id of the core is worded in the UI,
with the same values, the same English text, and a Dutch translation; the Dutch window shows them.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import T0, FakeClock
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from interview_guide.core import editing
from interview_guide.core.errors import FileAction, FileProblem, OsReason, RecordRuleError
from interview_guide.core.hearing import ClaimType
from interview_guide.core.messages import ENGLISH, MessageId, english
from interview_guide.i18n import install_translators
from interview_guide.storage import atomic
from interview_guide.storage.atomic import WriteError
from interview_guide.ui import domain_messages

VALUES = ("12", "30")


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "en")


@pytest.mark.parametrize("message_id", list(MessageId))
def test_every_rule_is_worded_in_the_ui_as_in_the_core(message_id: MessageId, qapp: QApplication) -> None:
    template = ENGLISH[message_id]
    count = len(set(re.findall(r"\{(\d)\}", template)))
    assert domain_messages.message(message_id, *VALUES[:count]) == english(message_id, *VALUES[:count])


@pytest.mark.parametrize("message_id", list(MessageId))
def test_every_rule_has_a_dutch_wording(message_id: MessageId, dutch: None) -> None:
    count = len(set(re.findall(r"\{(\d)\}", ENGLISH[message_id])))
    worded = domain_messages.message(message_id, *VALUES[:count])
    assert worded != english(message_id, *VALUES[:count])
    assert all(value in worded for value in VALUES[:count])


def test_a_refused_edit_is_described_in_dutch(dutch: None) -> None:
    hearing = editing.new_hearing([ClaimType.LGBTI], [], T0)
    with pytest.raises(RecordRuleError) as caught:
        editing.add_entry(hearing, "life-now", "  ", T0)
    assert domain_messages.describe(caught.value) == "Een vraag kan niet leeg zijn."


def test_the_dutch_window_explains_a_bad_v_number_in_dutch(qtbot: QtBot, dutch: None, data_dir: Path) -> None:
    from interview_guide.app import build_window, create_context

    context = create_context("nl", clock=FakeClock())
    window = build_window(context)
    try:
        context.controller.new_hearing([ClaimType.LGBTI])
        assert window.wizard is not None
        v_number = window.wizard.hearing_pages.case.findChild(QLineEdit, "vNumber")
        assert v_number is not None
        qtbot.keyClicks(v_number, "12x")
        assert v_number.toolTip() == "het V-nummer bestaat alleen uit cijfers"
        assert context.controller.require().case.v_number == "12"
    finally:
        window.set_close_guard(lambda: True)
        window.close()
        context.autosave.stop(keep_session=False)


@pytest.mark.parametrize("reason", list(OsReason))
def test_every_reason_of_the_operating_system_is_worded_in_the_ui_as_in_the_core(
    reason: OsReason, qapp: QApplication
) -> None:
    for action in FileAction:
        problem = FileProblem("/media/usb/zaak.igcase", action, reason, reason.value)
        assert domain_messages.file_problem_text(problem) == f"/media/usb/zaak.igcase: {action}: {reason}"


@pytest.mark.parametrize("reason", list(OsReason))
def test_every_reason_of_the_operating_system_has_a_dutch_wording(reason: OsReason, dutch: None) -> None:
    for action in FileAction:
        worded = domain_messages.file_problem_text(FileProblem("/x/zaak.igcase", action, reason, reason))
        assert worded.startswith("/x/zaak.igcase: ") and action.value not in worded
        assert reason.value not in worded, worded


def test_a_full_disk_is_described_in_dutch_and_the_message_stays_english_for_the_cli(
    tmp_path: Path, dutch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(source: str, target: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    path = tmp_path / "zaak.igcase"
    with pytest.raises(WriteError) as caught:
        atomic.write_atomic(path, b"data")
    assert str(caught.value) == f"{path}: cannot be written: the disk is full"
    assert domain_messages.describe(caught.value) == f"{path}: kan niet worden opgeslagen: de schijf is vol"


def test_a_reason_without_words_of_its_own_keeps_the_operating_systems_text(dutch: None) -> None:
    problem = FileProblem("/x/zaak.igcase", FileAction.READ, None, "Too many open files")
    assert (
        domain_messages.file_problem_text(problem)
        == "/x/zaak.igcase: kan niet worden gelezen: Too many open files"
    )
