"""The modules and wordings of the shipped banks follow the case and the reference frame: each module is
shown (and required) for the applicants it is written for and left out for others, and the wording of the
conversion questions follows the faith recorded in the frame."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from interview_guide.core.bank_plan import ThemePlan, plan_hearing
from interview_guide.core.conditions import Subject
from interview_guide.core.hearing import CaseData, ClaimType
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.storage.bank_files import load_banks

BANKS = load_banks()


def _plan(claims: list[str], case: dict[str, Any] | None = None, **frame: Any) -> dict[str, ThemePlan]:
    used = [BANKS.by_id("common"), *(BANKS.by_id(c) for c in claims)]
    data = CaseData(claim_types=[ClaimType(c) for c in claims], **(case or {}))
    return {p.theme.id: p for p in plan_hearing(used, Subject(ReferenceFrame(**frame), data))}


def _shown(plans: dict[str, ThemePlan]) -> set[str]:
    return {theme_id for theme_id, plan in plans.items() if plan.shown}


def _questions(plan: ThemePlan) -> list[str]:
    return [q.question.id for q in plan.shown_questions]


# --- modules shown by the case or the frame --------------------------------------------------------------


@pytest.mark.parametrize(
    ("claims", "case", "frame", "module"),
    [
        (["lgbti"], {"subsequent_application": True}, {}, "subsequent-application"),
        (["conversion"], {}, {"disclosure_stage": "later-same-procedure"}, "subsequent-application"),
        (["conversion"], {}, {"prior_applications": 2}, "subsequent-application"),
        (["lgbti"], {}, {"sogiesc": ["lesbian"]}, "lesbian-context"),
        (["lgbti"], {}, {"sogiesc": ["bisexual"], "gender": "woman"}, "lesbian-context"),
        (["lgbti"], {}, {"sogiesc": ["bisexual"]}, "bisexual-context"),
        (["lgbti"], {}, {"different_sex_marriage": "yes"}, "marriage-context"),
        (["lgbti"], {}, {"marital_status": "divorced"}, "marriage-context"),
        (["lgbti", "conversion"], {}, {}, "faith-and-orientation"),
        (["conversion"], {}, {"religion_now": "none"}, "apostasy-nonbelief"),
        (["conversion"], {}, {"religion_now": "islam-shia"}, "between-faiths"),
        (["conversion"], {}, {"religion_now": "bahai"}, "between-faiths"),
        (["conversion"], {}, {"first_contact_place": "netherlands"}, "sur-place"),
        (["conversion"], {}, {"first_contact_place": "transit"}, "sur-place"),
    ],
)
def test_a_module_is_shown_and_required_when_the_case_calls_for_it(
    claims: list[str], case: dict[str, Any], frame: dict[str, Any], module: str
) -> None:
    plans = _plan(claims, case, **frame)
    assert plans[module].shown and plans[module].required
    assert plans[module].because  # the officer sees why
    # ...and without it the module is left out, saying why (LGBTI and conversion together: LGBTI alone).
    bare = _plan(["lgbti"] if module == "faith-and-orientation" else claims)
    assert not bare[module].shown
    assert bare[module].skip_reason() is not None


def test_modules_are_left_out_for_other_applicants() -> None:
    gay = _shown(_plan(["lgbti"], sogiesc=["gay"], marital_status="single"))
    assert not {"lesbian-context", "bisexual-context", "marriage-context", "faith-and-orientation"} & gay
    christian = _shown(_plan(["conversion"], religion_now="christian", first_contact_place="origin"))
    assert not {"apostasy-nonbelief", "between-faiths", "sur-place"} & christian
    assert not {"subsequent-application"} & christian


def test_modules_without_a_condition_are_optional_for_everyone() -> None:
    for claim, modules in (
        ("lgbti", ["imputed-orientation"]),
        ("conversion", ["mixed-faith-family", "imputed-faith"]),
    ):
        plans = _plan([claim])
        for module in modules:
            assert plans[module].shown and not plans[module].required, module


def test_the_subsequent_application_questions_follow_the_kind_of_late_disclosure() -> None:
    later = _questions(_plan(["lgbti"], disclosure_stage="later-same-procedure")["subsequent-application"])
    assert later == ["telling-now", "earlier-hearings", "told-before"]
    subsequent = _questions(_plan(["lgbti"], {"subsequent_application": True})["subsequent-application"])
    assert {"what-is-new", "previous-statements", "since-decision", "new-documents"} <= set(subsequent)
    assert len(subsequent) == 7


def test_orientation_themes_are_optional_for_a_trans_applicant_who_claims_no_orientation() -> None:
    trans = _plan(["lgbti"], sogiesc=["transgender"])
    for theme in ("self-description", "experiences-and-meaning", "relationships"):
        assert trans[theme].shown and not trans[theme].required, theme
    both = _plan(["lgbti"], sogiesc=["transgender", "gay"])
    assert all(both[t].required for t in ("self-description", "experiences-and-meaning", "relationships"))


# --- wording that follows the faith in the frame ---------------------------------------------------------

NEUTRAL_TO_CHRISTIAN = {
    "motives-and-process": [
        ("first-contact-faith", "first-contact"),
        ("what-changed-since", "what-changed"),
        ("commitment-step", "baptism-decision"),
    ],
    "knowledge": [
        ("text-that-matters", "story-that-matters"),
        ("explain-faith-to-family", "explain-to-family"),
        ("at-the-centre", "jesus-for-you"),
        ("learned-in-faith", "learned-about-god"),
        ("day-that-matters", "special-day"),
    ],
    "activities": [("community-now", "church-now"), ("texts-in-daily-life", "bible-in-daily-life")],
    "faith-on-return": [("expect-known-change", "expect-on-return")],
}


def test_the_wording_is_neutral_unless_the_frame_records_a_christian_conversion() -> None:
    for faith in ("unknown", "islam-sunni", "bahai", "other"):
        plans = _plan(["conversion"], religion_now=faith)
        for theme, pairs in NEUTRAL_TO_CHRISTIAN.items():
            shown = _questions(plans[theme])
            for neutral, christian in pairs:
                assert neutral in shown and christian not in shown, (faith, neutral)
        assert "recent-service" not in _questions(plans["activities"])
    plans = _plan(["conversion"], religion_now="christian")
    for theme, pairs in NEUTRAL_TO_CHRISTIAN.items():
        shown = _questions(plans[theme])
        for neutral, christian in pairs:
            assert christian in shown and neutral not in shown, christian
            # The Christian wording takes the neutral question's place.
            plan = next(q for q in plans[theme].shown_questions if q.question.id == christian)
            assert plan.in_place_of is not None and plan.in_place_of.id == neutral
    assert "recent-service" in _questions(plans["activities"])


def test_no_new_faith_is_presumed_for_someone_who_no_longer_believes() -> None:
    plans = _plan(["conversion"], religion_now="none")
    texts = " ".join(
        q.question.text.en.lower()
        for theme in ("motives-and-process", "knowledge", "activities", "faith-on-return")
        for q in plans[theme].shown_questions
    )
    for phrase in ("new faith", "christian", "bible", "pray", "baptis", "church"):
        assert phrase not in texts, phrase
    assert "turning-away" in _questions(plans["motives-and-process"])
    assert "explain-nonbelief-to-family" in _questions(plans["knowledge"])
    assert "made-to-take-part" in _questions(plans["faith-on-return"])
    for pillar in ("motives-and-process", "knowledge", "activities"):
        assert len(plans[pillar].shown_questions) >= 3, pillar


# --- every frame field steers something ------------------------------------------------------------------

# Fields that drive no condition or hint, each with its reason in docs/banks.md ("Reference-frame fields").
UNSTEERED = {"notes", "rejected_terms"}


def test_every_reference_frame_field_drives_a_condition_or_a_hint() -> None:
    used: set[str] = set()
    for bank in BANKS.banks:
        for theme in bank.themes:
            rules = [*theme.conditions, *(r for q in theme.questions for r in q.conditions)]
            hints = [*theme.hints, *(h for q in theme.questions for h in q.hints)]
            for condition in [r.when for r in rules] + [h.when for h in hints]:
                used |= condition.fields()
    assert sorted(f for f in ReferenceFrame.model_fields if f not in used) == sorted(UNSTEERED)
    docs = (Path(__file__).resolve().parent.parent / "docs" / "banks.md").read_text(encoding="utf-8")
    section = docs.split("## Reference-frame fields", 1)[1].split("\n## ", 1)[0]
    assert all(f"`{field}`" in section for field in UNSTEERED)
