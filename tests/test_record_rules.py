"""Rules the record enforces itself: no intimate material, no psychological test of orientation (CJEU F)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from docx import Document
from pydantic import ValidationError
from test_report_data import T0, rich_hearing

from interview_guide.core import editing
from interview_guide.core.errors import RecordRuleError
from interview_guide.core.hearing import Hearing
from interview_guide.core.messages import MessageId, english
from interview_guide.core.statements import (
    ContentCategory,
    ExpertKind,
    ExpertReport,
    MaterialKind,
    SubmittedMaterial,
    ThirdPartyStatement,
)
from interview_guide.report.docx_report import export_report

SECRET = "description of the refused video"


def test_intimate_material_is_refused_and_only_a_neutral_trace_is_kept() -> None:
    hearing = editing.new_hearing(rich_hearing().case.claim_types, [], T0)
    with pytest.raises(RecordRuleError) as caught:
        editing.add_material(hearing, MaterialKind.VIDEO, SECRET, ContentCategory.SEXUALLY_EXPLICIT, T0)
    assert caught.value.message_id is MessageId.INTIMATE_MATERIAL
    assert str(caught.value) == english(MessageId.INTIMATE_MATERIAL)
    assert hearing.material == []
    assert [r.model_dump() for r in hearing.material_refusals] == [{"at": T0}]
    assert SECRET not in hearing.model_dump_json()


def test_the_record_cannot_hold_intimate_material() -> None:
    with pytest.raises(ValidationError, match="never evidence"):
        SubmittedMaterial(number=1, content_category=ContentCategory.SEXUALLY_EXPLICIT)
    item = SubmittedMaterial(number=1, description="photo at a church service")
    with pytest.raises(ValidationError):
        item.content_category = ContentCategory.SEXUALLY_EXPLICIT
    data = json.loads(rich_hearing().model_dump_json())
    data["material"][0]["content_category"] = "sexually-explicit"
    with pytest.raises(ValidationError):
        Hearing.model_validate(data)


def test_the_report_shows_a_refusal_as_one_neutral_line(tmp_path: Path) -> None:
    hearing = rich_hearing()
    out = tmp_path / "r.docx"
    export_report(hearing, out, "en")
    doc = Document(str(out))
    lines = [p.text for p in doc.paragraphs if "intimate" in p.text]
    assert lines == [
        "2 March 2026, 09:51: material of an intimate nature was offered and refused; not retained."
    ]
    assert "never stored" not in doc.element.xml
    export_report(hearing, out, "nl")
    lines = [p.text for p in Document(str(out)).paragraphs if "intieme" in p.text]
    assert lines == [
        "2 maart 2026, 09:51: materiaal van intieme aard is aangeboden en geweigerd; niet bewaard."
    ]


def test_a_psychological_test_of_orientation_is_refused() -> None:
    hearing = rich_hearing()
    before = list(hearing.expert_reports)
    with pytest.raises(RecordRuleError) as caught:
        editing.add_expert_report(hearing, ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST, "phallometric test")
    assert caught.value.message_id is MessageId.PSYCHOLOGICAL_TEST
    assert str(caught.value) == english(MessageId.PSYCHOLOGICAL_TEST)
    assert hearing.expert_reports == before
    with pytest.raises(ValidationError, match="CJEU F"):
        ExpertReport(number=1, kind=ExpertKind.PSYCHOLOGICAL_ORIENTATION_TEST)


def test_an_expert_report_is_never_the_sole_basis() -> None:
    with pytest.raises(ValidationError):
        ExpertReport(number=1, kind=ExpertKind.MEDICAL_ADVICE, used_as_sole_basis=True)  # type: ignore[arg-type]


def test_a_third_party_statement_is_never_an_expert_report() -> None:
    statement = ThirdPartyStatement(number=1, author_name="Ds. P. Visser")
    assert statement.legal_class == "statement-own-observation"
    with pytest.raises(ValidationError):
        statement.legal_class = "expert-report"  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        ThirdPartyStatement(number=1, legal_class="expert-report")  # type: ignore[arg-type]


def test_other_material_is_recorded_by_description() -> None:
    hearing = editing.new_hearing(rich_hearing().case.claim_types, [], T0)
    item = editing.add_material(
        hearing,
        MaterialKind.CHURCH_CERTIFICATE,
        " Doopbewijs\x07 ",
        ContentCategory.RELIGIOUS_ACTIVITY,
        T0,
        received_on=dt.date(2026, 3, 2),
    )
    assert (item.number, item.description) == (1, "Doopbewijs")
    assert hearing.material_refusals == []
