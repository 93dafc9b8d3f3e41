"""Withdrawing a question logged by mistake, in the record and the report (Qt-free): the last entry
without an answer leaves both, an answered one stays marked, and the audit trail keeps the question.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from helpers import T0

from interview_guide.core import editing
from interview_guide.core.errors import RecordRuleError
from interview_guide.core.hearing import Hearing
from interview_guide.core.messages import MessageId
from interview_guide.report.docx_report import export_report
from interview_guide.storage import load_case, save_case

LATER = T0 + dt.timedelta(minutes=5)


def all_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_the_last_question_without_an_answer_leaves_the_record_and_the_report(
    small_hearing: Hearing, tmp_path: Path
) -> None:
    last = small_hearing.entries[-1]
    assert last.answer_text == ""
    assert editing.withdraw_entry(small_hearing, last.number, LATER) is True
    assert last.number > len(small_hearing.entries)
    event = small_hearing.audit_trail[-1]
    assert (event.field, event.entry_number, event.old, event.new) == (
        "withdrawn",
        last.number,
        last.question_text,
        "",
    )
    out = tmp_path / "report.docx"
    export_report(small_hearing, out, "en", audit_trail=True)
    text = all_text(out)
    assert "Question withdrawn" in text  # the audit annex keeps it
    assert text.count(last.question_text) == 1  # only there, not among the entries


def test_an_answered_question_stays_marked_withdrawn(small_hearing: Hearing, tmp_path: Path) -> None:
    first = small_hearing.entries[0]
    assert editing.withdraw_entry(small_hearing, first.number, LATER) is False
    assert small_hearing.entry(first.number).withdrawn_at == LATER
    with pytest.raises(RecordRuleError) as caught:
        editing.withdraw_entry(small_hearing, first.number, LATER)
    assert caught.value.message_id is MessageId.ALREADY_WITHDRAWN
    for lang, words in (("en", "withdrawn at"), ("nl", "ingetrokken op")):
        out = tmp_path / f"report-{lang}.docx"
        export_report(small_hearing, out, lang)  # type: ignore[arg-type]  # "nl" and "en" are Langs
        assert words in all_text(out)
    # A case file keeps the mark (schema 3).
    save_case(small_hearing, tmp_path / "case.igcase")
    assert load_case(tmp_path / "case.igcase").entry(first.number).withdrawn_at == LATER


def test_an_unanswered_entry_others_refer_to_stays(small_hearing: Hearing) -> None:
    editing.add_entry(small_hearing, "life-now", "And later?", LATER, follow_up_of=len(small_hearing.entries))
    referred = len(small_hearing.entries) - 1  # unanswered, and the new last entry follows up on it
    assert editing.withdraw_entry(small_hearing, referred, LATER) is False
    assert small_hearing.entry(referred).withdrawn_at == LATER
