"""Bank conditions: the syntax, its validation against the record, and the plan they make (no display)."""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview_guide.core import editing
from interview_guide.core.bank import QuestionBank
from interview_guide.core.bank_loader import parse_bank
from interview_guide.core.bank_plan import ThemePlan, condition_fields, plan_hearing, plan_inputs
from interview_guide.core.condition_text import describe
from interview_guide.core.conditions import Condition, Effect, Subject
from interview_guide.core.coverage import missing_questions
from interview_guide.core.errors import BankError
from interview_guide.core.hearing import BankRef, CaseData, ClaimType
from interview_guide.core.reference_frame import ReferenceFrame, Sogiesc
from interview_guide.storage.bank_files import load_banks

REPO = Path(__file__).resolve().parent.parent
T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _text(word: str) -> dict[str, str]:
    return {"nl": f"Vertel eens over {word}.", "en": f"Tell me about {word}."}


def _question(qid: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": qid,
        "text": _text(qid),
        "follow_ups": [{"id": "a", "text": _text(f"{qid} a")}, {"id": "b", "text": _text(f"{qid} b")}],
        **extra,
    }


def _theme(tid: str, questions: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    ids = questions or [f"{tid}-q{i}" for i in range(1, 7)]
    return {
        "id": tid,
        "title": {"nl": tid, "en": tid},
        "purpose": {"nl": "Doel.", "en": "Purpose."},
        "guidance": {"nl": "Leidraad.", "en": "Guidance."},
        "questions": [_question(q) for q in ids],
        **extra,
    }


def _bank(themes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": "test",
        "version": "1.0",
        "claim_type": "lgbti",
        "title": {"nl": "Test", "en": "Test"},
        "description": {"nl": "Test.", "en": "Test."},
        "themes": themes,
    }


def _parse(data: dict[str, Any]) -> QuestionBank:
    return parse_bank(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "test.yaml")


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(BankError) as info:
        _parse(data)
    return info.value.problems


def _subject(case: CaseData | None = None, **frame: Any) -> Subject:
    return Subject(ReferenceFrame(**frame), case or CaseData())


def _shown(plans: list[ThemePlan]) -> list[str]:
    return [p.theme.id for p in plans if p.shown]


# --- conditions ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("condition", "frame", "expected"),
    [
        ({"field": "conversion_route", "values": ["passive", "mixed"]}, {"conversion_route": "mixed"}, True),
        ({"field": "conversion_route", "values": ["passive"]}, {"conversion_route": "active"}, False),
        ({"field": "sogiesc", "values": ["transgender"]}, {"sogiesc": ["gay", "transgender"]}, True),
        ({"field": "sogiesc", "values": ["transgender"]}, {"sogiesc": []}, False),
        ({"field": "own_terms", "filled": True}, {"own_terms": "  "}, False),
        ({"field": "own_terms", "filled": True}, {"own_terms": "hamjensgara"}, True),
        ({"field": "religion_upbringing", "filled": False}, {}, True),  # unknown is not filled
        ({"field": "prior_applications", "min": 1}, {"prior_applications": 2}, True),
        ({"field": "prior_applications", "min": 1}, {"prior_applications": 0}, False),
        ({"field": "prior_applications", "max": 0}, {}, False),  # unknown matches no number
        ({"not": {"field": "sogiesc", "values": ["gay"]}}, {"sogiesc": ["lesbian"]}, True),
        (
            {"all": [{"field": "gender", "values": ["woman"]}, {"field": "sogiesc", "values": ["bisexual"]}]},
            {"gender": "woman", "sogiesc": ["bisexual"]},
            True,
        ),
        (
            {
                "any": [
                    {"field": "gender", "values": ["non-binary"]},
                    {"field": "literacy", "values": ["none"]},
                ]
            },
            {"gender": "man"},
            False,
        ),
    ],
)
def test_conditions_on_the_reference_frame(
    condition: dict[str, Any], frame: dict[str, Any], expected: bool
) -> None:
    assert Condition.model_validate(condition).holds(_subject(**frame)) is expected


def test_conditions_on_the_case() -> None:
    # YAML reads an unquoted yes as a boolean: both spellings mean the check box is ticked.
    for raw in ("values: [yes]", 'values: ["yes"]', "values: [true]"):
        condition = Condition.model_validate(yaml.safe_load(f"{{case: subsequent_application, {raw}}}"))
        assert condition.values == ["yes"]
        assert condition.holds(_subject(CaseData(subsequent_application=True)))
        assert not condition.holds(_subject(CaseData()))
    both = Condition.model_validate({"case": "claim_types", "values": ["conversion"]})
    assert both.holds(_subject(CaseData(claim_types=[ClaimType.LGBTI, ClaimType.CONVERSION])))
    assert not both.holds(_subject(CaseData(claim_types=[ClaimType.LGBTI])))


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ({"field": "shoe_size", "values": ["42"]}, "unknown reference-frame field 'shoe_size'"),
        ({"case": "shoe_size", "values": ["42"]}, "unknown case field 'shoe_size'"),
        (
            {"field": "conversion_route", "values": ["sudden"]},
            "unknown value(s) sudden for reference-frame field",
        ),
        ({"case": "subsequent_application", "values": ["maybe"]}, "unknown value(s) maybe for case field"),
        ({"field": "notes", "values": ["x"]}, "'notes' takes no list of values"),
        ({"field": "notes", "min": 1}, "'notes' is not a number"),
        ({"field": "notes"}, "exactly one of values, filled, or min/max"),
        (
            {"field": "notes", "case": "v_number", "filled": True},
            "exactly one of field, case, all, any or not",
        ),
        ({"all": [{"field": "gender", "values": ["woman"]}], "filled": True}, "belong to a field or case"),
    ],
)
def test_a_wrong_condition_names_file_and_field(condition: dict[str, Any], message: str) -> None:
    data = _bank([_theme("one"), _theme("two")])
    data["themes"][1]["conditions"] = [{"effect": "hide", "when": condition}]
    [problem] = _problems(data)
    assert problem.startswith("test.yaml: themes[1].conditions[0].when: "), problem
    assert message in problem


def test_a_nested_wrong_condition_names_its_path() -> None:
    data = _bank([_theme("one")])
    data["themes"][0]["questions"][2]["conditions"] = [
        {
            "effect": "hide",
            "when": {"any": [{"field": "gender", "values": ["woman"]}, {"field": "x", "filled": True}]},
        }
    ]
    [problem] = _problems(data)
    assert problem.startswith(
        "test.yaml: themes[0].questions[2].conditions[0].when.any[1]: unknown reference"
    )


@pytest.mark.parametrize(
    ("rule", "where", "message"),
    [
        (
            {"effect": "move", "when": {"field": "gender", "filled": True}},
            "conditions[0]",
            "exactly one of to",
        ),
        ({"effect": "replace", "when": {"field": "gender", "filled": True}}, "conditions[0]", "with: <id>"),
        (
            {"effect": "hide", "to": "first", "when": {"field": "gender", "filled": True}},
            "conditions[0]",
            "move",
        ),
        (
            {"effect": "hide", "with": "two", "when": {"field": "gender", "filled": True}},
            "conditions[0]",
            "replace",
        ),
        (
            {"effect": "vanish", "when": {"field": "gender", "filled": True}},
            "conditions[0].effect",
            "Input should",
        ),
    ],
)
def test_wrong_rules(rule: dict[str, Any], where: str, message: str) -> None:
    data = _bank([_theme("one"), _theme("two")])
    data["themes"][0]["conditions"] = [rule]
    [problem] = _problems(data)
    assert problem.startswith(f"test.yaml: themes[0].{where}"), problem
    assert message in problem


def test_targets_must_exist_and_replacements_stand_alone() -> None:
    when = {"field": "gender", "filled": True}
    data = _bank([_theme("one"), _theme("two"), _theme("three")])
    data["themes"][0]["conditions"] = [{"effect": "move", "before": "nowhere", "when": when}]
    data["themes"][1]["conditions"] = [{"effect": "replace", "with": "three", "when": when}]
    data["themes"][2]["conditions"] = [{"effect": "hide", "when": when}]
    problems = _problems(data)
    assert "test.yaml: themes[0].conditions[0]: no theme 'nowhere' here to move before" in problems
    assert any(
        p.startswith("test.yaml: themes[2].conditions: 'three' takes the place of another") for p in problems
    )

    data = _bank([_theme("one")])
    data["themes"][0]["questions"][0]["conditions"] = [{"effect": "optional", "when": when}]
    data["themes"][0]["questions"][1]["conditions"] = [{"effect": "replace", "with": "one-q2", "when": when}]
    problems = _problems(data)
    assert (
        "test.yaml: themes[0].questions[0].conditions[0]: a question is optional unless required; "
        in problems[0]
    )
    assert "cannot replace with itself" in problems[1]


def test_opening_and_closing_have_no_conditions_of_their_own() -> None:
    data = _bank([_theme("opening"), _theme("closing")])
    data.update(id="common", claim_type="common")
    data["themes"][0]["conditions"] = [{"effect": "hide", "when": {"field": "gender", "filled": True}}]
    [problem] = _problems(data)
    assert problem.startswith("test.yaml: themes[0].conditions: the opening is always part of the hearing")


@pytest.mark.slow
def test_check_banks_refuses_a_condition_on_an_unknown_field(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    for path in (REPO / "question_banks").glob("*.yaml"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load((folder / "conversion.yaml").read_text(encoding="utf-8"))
    data["themes"][2]["conditions"] = [{"effect": "hide", "when": {"field": "baptised", "values": ["yes"]}}]
    (folder / "conversion.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "interview_guide", "check-banks", str(folder)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    where = f"{folder / 'conversion.yaml'}: themes[2].conditions[0].when"
    assert result.stderr.strip() == f"{where}: unknown reference-frame field 'baptised'"


# --- the plan: each effect ------------------------------------------------------------------------------

_TRANS = {"field": "sogiesc", "values": ["transgender"]}


def _effects_bank() -> QuestionBank:
    data = _bank(
        [
            _theme("a"),
            _theme("b", optional=True),
            _theme("c"),
            _theme("module"),
            _theme("d"),
            _theme("d-alt"),
        ]
    )
    themes = {t["id"]: t for t in data["themes"]}
    themes["b"]["conditions"] = [
        {"effect": "require", "when": _TRANS, "because": {"nl": "trans", "en": "trans"}},
        {"effect": "move", "to": "first", "when": _TRANS},
    ]
    themes["c"]["conditions"] = [{"effect": "optional", "when": _TRANS}]
    themes["module"]["conditions"] = [
        {"effect": "show", "when": {"case": "subsequent_application", "values": [True]}},
        {"effect": "hide", "when": {"field": "literacy", "values": ["none"]}},
    ]
    themes["d"]["conditions"] = [
        {"effect": "replace", "with": "d-alt", "when": {"field": "gender", "values": ["woman"]}}
    ]
    questions = themes["a"]["questions"]
    questions[1]["conditions"] = [
        {"effect": "hide", "when": {"field": "conversion_route", "values": ["passive"]}}
    ]
    questions[2]["conditions"] = [{"effect": "move", "to": "last", "when": _TRANS}]
    questions[3]["conditions"] = [{"effect": "move", "before": "a-q1", "when": _TRANS}]
    questions[4]["conditions"] = [
        {"effect": "replace", "with": "a-q6", "when": _TRANS},
        {"effect": "require", "when": _TRANS},
    ]
    return _parse(data)


def test_nothing_applies_by_default() -> None:
    plans = plan_hearing([_effects_bank()], _subject())
    # The module is there only when shown; the alternative theme only in place of another.
    assert _shown(plans) == ["a", "b", "c", "d"]
    assert [p.theme.id for p in plans] == ["a", "b", "c", "module", "d"]
    assert [p.required for p in plans if p.shown] == [True, False, True, True]
    module = plans[3]
    reason = module.skip_reason()
    assert reason is not None and reason.effect == Effect.SHOW and not reason.met
    assert [q.question.id for q in plans[0].shown_questions] == ["a-q1", "a-q2", "a-q3", "a-q4", "a-q5"]


def test_each_effect_applies() -> None:
    case = CaseData(subsequent_application=True)
    plans = plan_hearing(
        [_effects_bank()], _subject(case, sogiesc=["transgender"], gender="woman", conversion_route="passive")
    )
    # move to first, show (module), replace (d by d-alt), require (b) and optional (c).
    assert _shown(plans) == ["b", "a", "c", "module", "d-alt"]
    by_id = {p.theme.id: p for p in plans}
    assert by_id["b"].required and not by_id["c"].required and by_id["module"].required
    assert [b.text.en for b in by_id["b"].because if b.effect == Effect.REQUIRE] == ["trans"]
    assert by_id["d-alt"].in_place_of is not None and by_id["d-alt"].in_place_of.id == "d"
    d_reason = by_id["d"].skip_reason()
    assert d_reason is not None and d_reason.effect == Effect.REPLACE and d_reason.other == "d-alt"
    # Questions: hide (q2), move last (q3), move before q1 (q4), replace and require (q5 -> q6).
    a = by_id["a"]
    assert [q.question.id for q in a.shown_questions] == ["a-q4", "a-q1", "a-q6", "a-q3"]
    [skipped_hidden, skipped_replaced] = a.skipped_questions
    assert skipped_hidden.question.id == "a-q2"
    hidden_reason = skipped_hidden.skip_reason()
    assert hidden_reason is not None and hidden_reason.text.nl == "Route van de bekering: passief (overkomen)"
    assert skipped_replaced.question.id == "a-q5"
    q6 = next(q for q in a.shown_questions if q.question.id == "a-q6")
    assert q6.required and q6.in_place_of is not None and q6.in_place_of.id == "a-q5"


def test_a_required_question_not_asked_is_reported() -> None:
    bank = _effects_bank()
    hearing = editing.new_hearing([ClaimType.LGBTI], [BankRef(id="test", version="1.0")], T0)
    assert missing_questions(hearing, [bank]) == []
    hearing.reference_frame.sogiesc = [Sogiesc.TRANSGENDER]
    [missing] = missing_questions(hearing, [bank])
    assert (missing.theme_id, missing.question_id) == ("a", "a-q6")  # in place of a-q5
    assert (
        missing.because is not None
        and missing.because.en == "Sexual orientation, gender identity: transgender"
    )
    editing.add_entry(hearing, "a", "?", T0, bank_id="test", question_id="a-q6")
    assert missing_questions(hearing, [bank]) == []


def test_hide_wins_over_show() -> None:
    case = CaseData(subsequent_application=True)
    plans = plan_hearing([_effects_bank()], _subject(case, literacy="none"))
    module = next(p for p in plans if p.theme.id == "module")
    reason = module.skip_reason()
    assert not module.shown and reason is not None and reason.effect == Effect.HIDE


def test_require_wins_over_optional() -> None:
    data = _bank([_theme("one"), _theme("two")])
    data["themes"][1]["conditions"] = [
        {"effect": "optional", "when": _TRANS},
        {"effect": "require", "when": {"field": "sogiesc", "values": ["gay"]}},
    ]
    bank = _parse(data)
    assert not plan_hearing([bank], _subject(sogiesc=["transgender"]))[1].required
    assert plan_hearing([bank], _subject(sogiesc=["transgender", "gay"]))[1].required


def test_the_plan_inputs_change_only_with_what_a_condition_reads() -> None:
    bank = _effects_bank()
    fields = condition_fields([bank])
    assert fields == {"sogiesc", "literacy", "gender", "conversion_route", "case.subsequent_application"}
    subject = _subject()
    before = plan_inputs(fields, subject)
    subject.frame.notes = "typed in a field no condition reads"
    assert plan_inputs(fields, subject) == before
    subject.frame.sogiesc = [Sogiesc.TRANSGENDER]
    assert plan_inputs(fields, subject) != before
    data = _bank([_theme("one"), _theme("two")])
    data["themes"][1]["conditions"] = [{"effect": "hide", "when": {"field": "own_terms", "filled": True}}]
    fields = condition_fields([_parse(data)])
    subject = _subject()
    empty = plan_inputs(fields, subject)
    subject.frame.own_terms = "h"
    filled = plan_inputs(fields, subject)
    subject.frame.own_terms = "hamjensgara"
    assert empty != filled == plan_inputs(fields, subject)  # text counts only as filled in or not


def test_described_conditions() -> None:
    condition = Condition.model_validate(
        {
            "all": [
                {"field": "sogiesc", "values": ["transgender", "intersex"]},
                {"not": {"case": "subsequent_application", "values": ["yes"]}},
                {"field": "prior_applications", "min": 1},
                {"field": "own_terms", "filled": True},
            ]
        }
    )
    assert describe(condition, "nl") == (
        "Seksuele oriëntatie, genderidentiteit: transgender of intersekse en niet (opvolgende aanvraag) en "
        "Eerdere aanvragen: ten minste 1 en Eigen woorden van de aanvrager ingevuld"
    )
    assert describe(condition, "en").startswith(
        "Sexual orientation, gender identity: transgender or intersex and"
    )


def test_a_copied_bank_with_conditions_still_round_trips() -> None:
    bank = _effects_bank()
    again = QuestionBank.model_validate(copy.deepcopy(bank.model_dump(by_alias=True)))
    assert again == bank


# --- the shipped banks ------------------------------------------------------------------------------------


def _shipped_plan(claims: list[str], case: CaseData | None = None, **frame: Any) -> dict[str, ThemePlan]:
    banks = load_banks()
    used = [banks.by_id("common"), *(banks.by_id(c) for c in claims)]
    return {p.theme.id: p for p in plan_hearing(used, _subject(case, **frame))}


def test_shipped_passive_route_does_not_ask_about_searching() -> None:
    plans = _shipped_plan(["conversion"], conversion_route="passive")
    motives = plans["motives-and-process"]
    shown = [q.question.id for q in motives.shown_questions]
    assert "searching" not in shown
    [skipped] = [q for q in motives.skipped_questions if q.question.id == "searching"]
    reason = skipped.skip_reason()
    assert reason is not None and reason.text.nl == "passieve route"
    # ...and the experience comes before what drew the applicant to the faith.
    assert shown.index("decisive-experience") == shown.index("faith-growing-up") + 1
    active = _shipped_plan(["conversion"], conversion_route="active")["motives-and-process"]
    assert "searching" in [q.question.id for q in active.shown_questions]


def test_shipped_first_contact_decides_the_question_on_faith_in_the_country_of_origin() -> None:
    def activities(place: str) -> list[str]:
        return [
            q.question.id
            for q in _shipped_plan(["conversion"], first_contact_place=place)["activities"].shown_questions
        ]

    assert activities("origin")[0] == "faith-in-origin" and "faith-on-the-way" not in activities("origin")
    assert "faith-in-origin" not in activities("netherlands")
    assert "faith-on-the-way" not in activities("netherlands")
    assert activities("transit")[0] == "faith-on-the-way" and "faith-in-origin" not in activities("transit")


@pytest.mark.parametrize(
    "frame", [{"sogiesc": ["transgender"]}, {"sogiesc": ["intersex"]}, {"gender": "non-binary"}]
)
def test_shipped_gender_identity_is_required_and_early_for_trans_intersex_non_binary(
    frame: dict[str, Any],
) -> None:
    plans = _shipped_plan(["lgbti"], **frame)
    lgbti = [p for p in plans.values() if p.bank.id == "lgbti"]
    assert lgbti[0].theme.id == "gender-identity"
    assert plans["gender-identity"].required
    assert not plans["relationships"].required  # no orientation claimed
    claimed_too = _shipped_plan(["lgbti"], sogiesc=["transgender", "lesbian"])
    assert claimed_too["relationships"].required and claimed_too["gender-identity"].required


def test_shipped_gender_identity_stays_optional_and_last_otherwise() -> None:
    plans = _shipped_plan(["lgbti"], sogiesc=["gay"])
    lgbti = [p for p in plans.values() if p.bank.id == "lgbti"]
    assert lgbti[-1].theme.id == "gender-identity" and not lgbti[-1].required
