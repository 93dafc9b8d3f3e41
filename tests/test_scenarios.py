"""The scenario library: `scenarios`, `demo-case --scenario`, `role-cards`, and what the cases carry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from interview_guide.cli import main
from interview_guide.core.bank_plan import plan_hearing, subject_of
from interview_guide.core.hearing import ClaimType, Hearing
from interview_guide.core.reference_frame import (
    ConversionRoute,
    DisclosureStage,
    GenderIdentity,
    Literacy,
    Place,
    ReferenceFrame,
    Sogiesc,
    UrbanRural,
)
from interview_guide.core.text import Lang
from interview_guide.storage import load_case
from interview_guide.storage.bank_files import load_banks
from interview_guide.training.scenario_model import APPLICANT_PLAY, INTERPRETER_PLAY, Bi
from interview_guide.training.scenarios import SCENARIOS, build_scenario_case

REQUIRED = {
    "rural-low-literacy": ["lgbti"],
    "trans-woman": ["lgbti"],
    "late-disclosure-subsequent": ["lgbti"],
    "passive-convert": ["conversion"],
    "house-church-active": ["conversion"],
    "both-claims": ["lgbti", "conversion"],
}


def test_scenarios_lists_at_least_six_with_the_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenarios", "--json", "--lang", "en"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) >= 6
    assert all(set(item) == {"id", "title", "claims", "summary"} for item in listed)
    assert {item["id"]: item["claims"] for item in listed} == REQUIRED
    assert all(item["title"] and len(item["summary"]) > 60 for item in listed)
    assert main(["scenarios"]) == 0
    plain = capsys.readouterr().out.splitlines()
    assert len(plain) == len(listed) and plain[0].startswith("rural-low-literacy")
    assert "Laaggeletterde man van het platteland" in plain[0]


@pytest.mark.parametrize("scenario_id", list(REQUIRED))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_scenario_file_opens_validates_and_has_no_questions(
    scenario_id: str, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"{scenario_id}.igcase"
    assert main(["demo-case", "-o", str(path), "--scenario", scenario_id, "--lang", lang]) == 0
    assert "no questions asked yet" in capsys.readouterr().out
    hearing = load_case(path)
    assert hearing.entries == []
    assert len(hearing.statements) == (2 if scenario_id == "house-church-active" else 0)
    assert [c.value for c in hearing.case.claim_types] == REQUIRED[scenario_id]
    assert hearing.case.name_used and hearing.case.form_of_address and hearing.case.nationality
    assert hearing.case.hearing_type.value == "training"
    frame = hearing.reference_frame
    filled = [
        name
        for name, field in ReferenceFrame.model_fields.items()
        if getattr(frame, name) != field.get_default(call_default_factory=True)
    ]
    assert len(filled) >= 20, filled
    assert ("Fictief" if lang == "nl" else "Fictional") in frame.notes
    # The same options always give the same file.
    again = tmp_path / "again.igcase"
    assert main(["demo-case", "-o", str(again), "--scenario", scenario_id, "--lang", lang]) == 0
    assert again.read_bytes() == path.read_bytes()


def _case(scenario_id: str) -> Hearing:
    scenario = next(s for s in SCENARIOS if s.id == scenario_id)
    return build_scenario_case(scenario, load_banks().banks, "en")


def _shown(scenario_id: str) -> dict[str, bool]:
    hearing = _case(scenario_id)
    banks = load_banks()
    plans = plan_hearing([banks.by_id(ref.id) for ref in hearing.case.banks], subject_of(hearing))
    return {plan.theme.id: plan.required for plan in plans if plan.shown}


def test_each_scenario_is_the_applicant_it_says() -> None:
    rural = _case("rural-low-literacy").reference_frame
    assert (rural.literacy, rural.urban_rural, rural.gender) == (
        Literacy.NONE,
        UrbanRural.RURAL,
        GenderIdentity.MAN,
    )
    trans = _case("trans-woman")
    assert trans.reference_frame.gender is GenderIdentity.WOMAN
    assert trans.reference_frame.sogiesc == [Sogiesc.TRANSGENDER]
    assert trans.case.name_used == "Nour" and "Noureddine" in trans.case.applicant_name
    late = _case("late-disclosure-subsequent")
    assert late.case.subsequent_application and late.reference_frame.prior_applications == 1
    assert late.reference_frame.disclosure_stage is DisclosureStage.SUBSEQUENT_APPLICATION
    assert _case("passive-convert").reference_frame.conversion_route is ConversionRoute.PASSIVE
    house = _case("house-church-active").reference_frame
    assert house.conversion_route is ConversionRoute.ACTIVE and house.first_contact_place is Place.NETHERLANDS
    assert "house church" in house.church_nl
    both = _case("both-claims")
    assert both.case.claim_types == [ClaimType.LGBTI, ClaimType.CONVERSION]


def test_the_scenarios_bring_the_bank_modules_into_play() -> None:
    # A trans applicant: the gender-identity theme is required and comes first after the opening.
    trans = list(_shown("trans-woman"))
    assert trans[1] == "gender-identity" and _shown("trans-woman")["gender-identity"]
    assert _shown("late-disclosure-subsequent").get("subsequent-application") is True
    assert "subsequent-application" not in _shown("rural-low-literacy")
    assert "sur-place" in _shown("house-church-active")
    assert "faith-and-orientation" in _shown("both-claims")


def test_every_card_text_is_in_dutch_and_english() -> None:
    texts: list[Bi] = [*APPLICANT_PLAY, *INTERPRETER_PLAY]
    for scenario in SCENARIOS:
        texts += [scenario.title, scenario.summary, scenario.form_of_address, scenario.nationality]
        for part in (
            scenario.officer,
            scenario.applicant,
            scenario.only_when_asked,
            scenario.interpreter_problem,
            scenario.debrief,
        ):
            assert part, scenario.id
            texts += list(part)
    same = {"Iran", "Dari", "Scenario"}  # words that are the same in both languages
    for text in texts:
        assert text.nl.strip() and text.en.strip(), text
        assert text.nl != text.en or text.nl in same, text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_role_cards_write_a_card_per_role_each_headed_with_it(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cards.docx"
    assert main(["role-cards", "late-disclosure-subsequent", "-o", str(out), "--lang", lang]) == 0
    document = Document(str(out))
    titles = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Title"]
    if lang == "nl":
        assert titles == ["Rol: hoormedewerker", "Rol: aanvrager", "Rol: tolk", "Trainer (niet uitdelen)"]
    else:
        assert titles == [
            "Role: hearing officer",
            "Role: applicant",
            "Role: interpreter",
            "Trainer (do not hand out)",
        ]
    text = "\n".join(p.text for p in document.paragraphs)
    scenario = next(s for s in SCENARIOS if s.id == "late-disclosure-subsequent")
    for line in scenario.only_when_asked + scenario.interpreter_problem:
        assert line.get(lang) in text  # type: ignore[arg-type]
    heading = "Alleen op een open vraag" if lang == "nl" else "Only when asked openly"
    assert heading in text
    # Every card after the first starts on a new page.
    xml = document.element.body.xml
    assert xml.count('w:type="page"') == 3
    # The officer's card shows the filled-in frame, not the planted problem.
    officer = text.split(titles[1])[0]
    assert scenario.interpreter_problem[0].get(lang) not in officer  # type: ignore[arg-type]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Basra" in cells


def test_role_cards_of_an_unknown_scenario_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["role-cards", "nope", "-o", str(tmp_path / "c.docx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "rural-low-literacy" in err
    assert not (tmp_path / "c.docx").exists()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_statement_with_facts_beside_an_opinion_whose_weighing_belongs_in_the_decision(lang: Lang) -> None:
    scenario = next(s for s in SCENARIOS if s.id == "house-church-active")
    facts, opinion = build_scenario_case(scenario, load_banks().banks, lang).statements
    assert len(facts.new_facts) == 2 and opinion.new_facts == [] and opinion.confirms_entries == []
    decision = "in het besluit" if lang == "nl" else "in the decision"
    assert decision in opinion.consideration_note and ("oordeel" if lang == "nl" else "opinion") in (
        opinion.consideration_note
    )
    assert opinion.legal_class == "statement-own-observation"
