"""The record side of issue 12: old case files upgrade, the name the applicant uses reaches the report,
and coverage follows the bank conditions (no display)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from interview_guide.core import editing
from interview_guide.core.coverage import BalanceProblem, coverage
from interview_guide.core.hearing import BankRef, ClaimType, Hearing
from interview_guide.core.reference_frame import (
    GenderIdentity,
    ReferenceFrame,
    Religion,
    Sogiesc,
    upgrade_free_text_fields,
)
from interview_guide.demo import build_demo_case
from interview_guide.report.docx_report import export_report
from interview_guide.storage import load_case
from interview_guide.storage.bank_files import load_banks

T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.mark.parametrize(
    ("old", "religion", "gender"),
    [
        (
            {"religion_upbringing": "Sjiitische islam", "gender": "vrouw"},
            Religion.ISLAM_SHIA,
            GenderIdentity.WOMAN,
        ),
        ({"religion_upbringing": "Sunni Islam", "gender": "Man"}, Religion.ISLAM_SUNNI, GenderIdentity.MAN),
        (
            {"religion_upbringing": "Armeens-apostolisch christelijk"},
            Religion.CHRISTIAN,
            GenderIdentity.UNKNOWN,
        ),
        (
            {"religion_upbringing": "Yezidi", "gender": "non-binair"},
            Religion.YAZIDI,
            GenderIdentity.NON_BINARY,
        ),
        ({"religion_upbringing": "geen", "gender": "trans vrouw"}, Religion.NONE, GenderIdentity.WOMAN),
        ({"religion_upbringing": "Mandeeërs", "gender": "two-spirit"}, Religion.OTHER, GenderIdentity.OTHER),
        ({"religion_upbringing": "", "gender": ""}, Religion.UNKNOWN, GenderIdentity.UNKNOWN),
    ],
)
def test_old_free_text_becomes_enumerated_and_the_words_are_kept(
    old: dict[str, str], religion: Religion, gender: GenderIdentity
) -> None:
    frame = ReferenceFrame.model_validate(old)
    assert frame.religion_upbringing == religion
    assert frame.gender == gender
    assert frame.religion_upbringing_notes == old.get("religion_upbringing", "").strip()
    assert frame.gender_self_description == old.get("gender", "").strip()


def test_new_values_are_left_alone() -> None:
    data = {"religion_upbringing": "islam-shia", "religion_upbringing_notes": "thuis", "gender": "woman"}
    assert upgrade_free_text_fields(data) is data


def _version_1_file(tmp_path: Path) -> Path:
    """A case file as the app wrote it before schema 2: free-text religion and gender, no name used."""
    raw: dict[str, Any] = json.loads(build_demo_case("lgbti", "nl").model_dump_json())
    raw["schema_version"] = 1
    frame = raw["reference_frame"]
    frame["religion_upbringing"] = "Sjiitische islam"
    frame["gender"] = "vrouw"
    for new in ("religion_upbringing_notes", "gender_self_description", "religion_now"):
        frame.pop(new)
    frame["sogiesc"] = ["lesbian"]
    for new in ("name_used", "form_of_address"):
        raw["case"].pop(new)
    path = tmp_path / "old.igcase"
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_an_old_case_file_opens_and_exports(tmp_path: Path) -> None:
    hearing = load_case(_version_1_file(tmp_path))
    frame = hearing.reference_frame
    assert (frame.religion_upbringing, frame.religion_upbringing_notes) == (
        Religion.ISLAM_SHIA,
        "Sjiitische islam",
    )
    assert (frame.gender, frame.gender_self_description) == (GenderIdentity.WOMAN, "vrouw")
    assert hearing.case.name_used == "" and hearing.case.applicant_name.startswith("Shirin Karimi")
    out = tmp_path / "old.docx"
    export_report(hearing, out, "nl")
    text = "\n".join(
        cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells
    )
    assert "islam, sjiitisch" in text and "Sjiitische islam" in text
    # Every entry of the old record is in the report, with the question as it was asked.
    assert all(entry.question_text in text for entry in hearing.entries)


def _name_cell(path: Path, caption: str) -> str:
    for table in Document(str(path)).tables:
        for row in table.rows:
            if len(row.cells) == 2 and row.cells[0].text == caption:
                return row.cells[1].text
    raise AssertionError(f"no row {caption!r}")


@pytest.mark.parametrize(
    ("lang", "caption", "expected"),
    [
        (
            "nl",
            "Naam van de aanvrager",
            "Sam Karimi (naam in de registratie: Shirin Karimi); aanspreekvorm: mx. Karimi, hen",
        ),
        (
            "en",
            "Name of the applicant",
            "Sam Karimi (name in the records: Shirin Karimi); form of address: mx. Karimi, hen",
        ),
    ],
)
def test_the_report_names_the_applicant_by_the_name_they_use(
    tmp_path: Path, lang: str, caption: str, expected: str
) -> None:
    hearing = editing.new_hearing([ClaimType.LGBTI], [BankRef(id="lgbti", version="1.0")], T0)
    hearing.case.applicant_name = "Shirin Karimi"
    hearing.case.name_used = "Sam Karimi"
    hearing.case.form_of_address = "mx. Karimi, hen"
    out = tmp_path / f"{lang}.docx"
    export_report(hearing, out, lang)  # type: ignore[arg-type]
    assert _name_cell(out, caption) == expected
    hearing.case.name_used = ""
    hearing.case.form_of_address = ""
    export_report(hearing, out, lang)  # type: ignore[arg-type]
    assert _name_cell(out, caption) == "Shirin Karimi"


# --- coverage follows the conditions -----------------------------------------------------------------


def _hearing(claims: list[ClaimType], **frame: Any) -> tuple[Hearing, list[Any]]:
    banks = load_banks()
    used = [banks.by_id("common"), *(banks.by_id(c.value) for c in claims)]
    hearing = editing.new_hearing(claims, [BankRef(id=b.id, version=b.version) for b in used], T0)
    for name, value in frame.items():
        setattr(hearing.reference_frame, name, value)
    return hearing, used


def _ask(hearing: Hearing, bank: str, theme: str, question: str, answer: str = "Een antwoord.") -> None:
    entry = editing.add_entry(hearing, theme, "?", T0, bank_id=bank, question_id=question)
    editing.set_answer(hearing, entry.number, answer, T0)


def test_coverage_warns_when_gender_identity_is_skipped_for_a_trans_applicant() -> None:
    hearing, banks = _hearing([ClaimType.LGBTI], sogiesc=[Sogiesc.TRANSGENDER])
    _ask(hearing, "lgbti", "self-description", "own-words")
    items = {item.theme_id: item for item in coverage(hearing, banks)}
    assert next(iter(items)) == "gender-identity"  # in the order of the hearing
    gender = items["gender-identity"]
    assert gender.problem == BalanceProblem.SKIPPED and not gender.optional
    assert gender.required_because is not None and "trans" in gender.required_because.en
    assert items["relationships"].optional and items["relationships"].problem is None
    # A gay applicant: the theme stays optional, and nothing is said about it.
    hearing, banks = _hearing([ClaimType.LGBTI], sogiesc=[Sogiesc.GAY])
    items = {item.theme_id: item for item in coverage(hearing, banks)}
    assert items["gender-identity"].problem is None and items["gender-identity"].optional
    assert items["relationships"].problem == BalanceProblem.SKIPPED


def test_coverage_lists_what_the_conditions_show() -> None:
    hearing, banks = _hearing([ClaimType.CONVERSION], conversion_route="passive")
    items = coverage(hearing, banks)
    # The modules shown by a condition (apostasy, between faiths, sur place) are left out for this applicant;
    # the modules without one (mixed-faith family, imputed faith) are there as optional themes.
    assert [i.theme_id for i in items] == [
        "motives-and-process",
        "knowledge",
        "activities",
        "faith-on-return",
        "mixed-faith-family",
        "imputed-faith",
    ]
    assert all(i.shown for i in items)
    assert [i.theme_id for i in items if i.optional] == ["mixed-faith-family", "imputed-faith"]
