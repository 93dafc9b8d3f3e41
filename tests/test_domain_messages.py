"""The record's rules speak the officer's language: every message id of the core is worded in the UI,
with the same values, the same English text, and a Dutch translation; the Dutch window shows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import T0, FakeClock
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from interview_guide.core import editing
from interview_guide.core.errors import RecordRuleError
from interview_guide.core.hearing import ClaimType
from interview_guide.core.messages import ENGLISH, MessageId, english
from interview_guide.i18n import install_translators
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
