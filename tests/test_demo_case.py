"""The fictional demo hearing: complete, valid, built from the shipped banks, and written by ``demo-case``."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from interview_guide.core.bank_plan import plan_hearing, subject_of
from interview_guide.core.coverage import coverage, missing_questions
from interview_guide.core.hearing import AttendeeRole, ClaimType, GenderRequest, Hearing, HearingType
from interview_guide.core.reference_frame import (
    ConversionRoute,
    EducationLevel,
    GenderIdentity,
    Literacy,
    Sogiesc,
)
from interview_guide.demo import CLAIMS, DEMO_NOW, build_demo_case
from interview_guide.report.docx_report import export_report
from interview_guide.storage import load_case, save_case
from interview_guide.storage.bank_files import load_banks

REPO = Path(__file__).resolve().parent.parent
CASES = [(claim, lang) for claim in CLAIMS for lang in ("nl", "en")]
# A line written entirely in Arabic script (Farsi or Arabic), as a quote on its own line.
ARABIC_LINE = re.compile(r"^[\u0600-\u06ff\u200c\s،.]+$")


@pytest.fixture(scope="module", params=CASES, ids=[f"{c}-{lang}" for c, lang in CASES])
def demo(request: pytest.FixtureRequest) -> tuple[str, str, Hearing]:
    claim, lang = request.param
    return claim, lang, build_demo_case(claim, lang)


def test_validates_and_round_trips_in_memory(demo: tuple[str, str, Hearing]) -> None:
    _, _, hearing = demo
    assert Hearing.model_validate(hearing.model_dump()) == hearing
    assert Hearing.model_validate_json(hearing.model_dump_json()) == hearing


def test_is_clearly_fictional(demo: tuple[str, str, Hearing]) -> None:
    _, lang, hearing = demo
    case = hearing.case
    assert case.hearing_type == HearingType.TRAINING
    assert case.case_reference.startswith("DEMO-")
    assert ("fictief" if lang == "nl" else "fictional") in case.applicant_name
    assert re.fullmatch(r"\d{10}", case.v_number)
    assert ("Fictief" if lang == "nl" else "Fictional") in hearing.reference_frame.notes
    assert ("Fictief" if lang == "nl" else "Fictional") in hearing.course_remarks


def _claims(claim: str) -> tuple[bool, bool]:
    """Whether the demo hears the LGBTI claim and the conversion claim."""
    return claim in ("lgbti", "both", "trans"), claim in ("conversion", "both")


def test_claim_types_and_banks(demo: tuple[str, str, Hearing]) -> None:
    claim, _, hearing = demo
    lgbti, conversion = _claims(claim)
    expected = ([ClaimType.LGBTI] if lgbti else []) + ([ClaimType.CONVERSION] if conversion else [])
    assert hearing.case.claim_types == expected
    used = {entry.bank_id for entry in hearing.entries if entry.bank_id}
    banks = load_banks()
    refs = {(ref.id, ref.version) for ref in hearing.case.banks}
    assert refs == {(bank_id, banks.by_id(bank_id).version) for bank_id in used}
    assert "common" in used
    assert ("lgbti" in used) == lgbti
    assert ("conversion" in used) == conversion


def test_enough_entries_in_two_sittings(demo: tuple[str, str, Hearing]) -> None:
    _, _, hearing = demo
    assert len(hearing.entries) >= 25
    first, second = hearing.sittings
    assert second.date > first.date
    assert second.interpreter.name_or_number != first.interpreter.name_or_number
    assert {entry.sitting for entry in hearing.entries} == {1, 2}
    # Numbering runs on across sittings.
    assert [entry.number for entry in hearing.entries] == list(range(1, len(hearing.entries) + 1))
    last_of_first = max(e.number for e in hearing.entries if e.sitting == 1)
    assert all(e.sitting == 2 for e in hearing.entries if e.number > last_of_first)


def test_people_present_and_gender_requests(demo: tuple[str, str, Hearing]) -> None:
    _, _, hearing = demo
    roles = [attendee.role for attendee in hearing.sittings[0].attendees]
    assert AttendeeRole.COUNSEL in roles and AttendeeRole.TRAINEE in roles
    assert hearing.case.interpreter_gender_requested == GenderRequest.FEMALE
    assert hearing.case.interpreter_gender_request_honoured is True
    assert all(s.interpreter.gender.value == "female" for s in hearing.sittings)


def test_reference_frame_is_filled(demo: tuple[str, str, Hearing]) -> None:
    claim, _, hearing = demo
    frame = hearing.reference_frame
    assert frame.education_level != EducationLevel.UNKNOWN
    assert frame.literacy != Literacy.UNKNOWN
    assert frame.origin_country and frame.origin_region
    assert frame.religion_upbringing != "unknown" and frame.religion_upbringing_notes
    assert frame.gender != "unknown"
    assert frame.medical_advice.value == "yes" and frame.medical_advice_notes
    assert frame.different_sex_marriage.value == ("no" if claim == "trans" else "yes")
    lgbti, conversion = _claims(claim)
    assert bool(frame.relationships) == (lgbti and claim != "trans")
    assert bool(frame.sogiesc) == lgbti
    assert bool(frame.own_terms) == lgbti
    assert (frame.conversion_route != ConversionRoute.UNKNOWN) == conversion
    assert bool(frame.baptism_date and frame.church_nl and frame.church_contact_person) == conversion


def test_entries_come_from_the_banks(demo: tuple[str, str, Hearing]) -> None:
    _, lang, hearing = demo
    banks = load_banks()
    bank_entries = [e for e in hearing.entries if e.question_id is not None]
    assert len(bank_entries) > len(hearing.entries) * 0.8
    for entry in bank_entries:
        assert entry.bank_id is not None
        theme, question = banks.by_id(entry.bank_id).question(entry.question_id)
        assert entry.theme_id == theme.id
        if entry.follow_up_id is None:
            expected = question.text.get(lang)  # type: ignore[arg-type]
        else:
            [follow_up] = [f for f in question.follow_ups if f.id == entry.follow_up_id]
            expected = follow_up.text.get(lang)  # type: ignore[arg-type]
            # A bank follow-up is linked to the entry of its own question.
            assert entry.follow_up_of is not None
            assert hearing.entry(entry.follow_up_of).question_id == entry.question_id
        assert entry.question_text == expected
    theme_ids = {t.id for b in banks.banks for t in b.themes}
    assert all(entry.theme_id in theme_ids for entry in hearing.entries)


def test_own_questions_follow_ups_and_trainer_notes(demo: tuple[str, str, Hearing]) -> None:
    _, _, hearing = demo
    own = [e for e in hearing.entries if e.own_question]
    assert len(own) >= 2
    assert any(e.follow_up_of is not None for e in own)
    assert len([e for e in hearing.entries if e.follow_up_id is not None]) >= 5
    noted = [e for e in hearing.entries if e.trainer_note]
    assert len(noted) >= 3
    # One own question is deliberately weaker, and its note says what would be better.
    assert any(
        e.own_question
        and e.trainer_note.startswith(("Zwakkere eigen vraag", "A weaker own question"))
        and ("Beter" in e.trainer_note or "Better" in e.trainer_note)
        for e in noted
    )


def test_answers(demo: tuple[str, str, Hearing]) -> None:
    _, _, hearing = demo
    empty = [e for e in hearing.entries if not e.answer_text]
    assert empty and all(e.answered_at is None for e in empty)
    answered = [e for e in hearing.entries if e.answer_text]
    assert all(e.answered_at is not None for e in answered)
    assert any(e.answer_text.count("\n\n") >= 2 for e in answered), "some answers run to several paragraphs"
    assert min(len(e.answer_text) for e in answered) < 150
    lines = [line for e in answered for line in e.answer_text.splitlines()]
    assert len([line for line in lines if line.strip() and ARABIC_LINE.match(line)]) >= 3


def test_times_are_realistic(demo: tuple[str, str, Hearing]) -> None:
    _, _, hearing = demo
    times = [e.asked_at for e in hearing.entries]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert all(t.utcoffset() == dt.timedelta(hours=1) for t in times)
    for entry in hearing.entries:
        if entry.answered_at is not None:
            assert entry.asked_at < entry.answered_at
        assert entry.asked_at.date() == hearing.sittings[entry.sitting - 1].date
    for sitting in hearing.sittings:
        assert sitting.start is not None and sitting.end is not None and sitting.start < sitting.end
        assert sitting.breaks, f"sitting {sitting.number} has no break"
        for pause in sitting.breaks:
            assert pause.end is not None and pause.start < pause.end and pause.reason


def test_record_items(demo: tuple[str, str, Hearing]) -> None:
    _, _, hearing = demo
    assert hearing.statements
    for statement in hearing.statements:
        assert statement.consideration_note
        assert statement.new_facts
        assert all(1 <= n <= len(hearing.entries) for n in statement.confirms_entries)
    assert hearing.material
    assert any(e.communication_issues for e in hearing.entries)
    assert hearing.course_remarks and hearing.consultation_note


def test_deterministic_and_default_time() -> None:
    assert build_demo_case() == build_demo_case("lgbti", "nl", DEMO_NOW)
    assert build_demo_case().sittings[0].date == DEMO_NOW.date()
    later = build_demo_case("conversion", "en", dt.datetime(2026, 11, 2, 13, 0))
    assert later.entries[0].asked_at == dt.datetime(2026, 11, 2, 13, 0, tzinfo=DEMO_NOW.tzinfo)


def test_unknown_claim_or_language() -> None:
    with pytest.raises(ValueError, match="claim"):
        build_demo_case("apostasy")
    with pytest.raises(ValueError, match="language"):
        build_demo_case("lgbti", "fa")


def test_case_file_round_trip(tmp_path: Path) -> None:
    hearing = build_demo_case("both", "nl")
    target = tmp_path / "demo.igcase"
    save_case(hearing, target)
    assert load_case(target) == hearing


@pytest.mark.slow
@pytest.mark.parametrize(("claim", "lang"), CASES)
def test_cli_writes_the_demo(tmp_path: Path, claim: str, lang: str) -> None:
    target = tmp_path / f"demo-{claim}-{lang}.igcase"
    target.write_text("an older file that is overwritten", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "interview_guide",
            "demo-case",
            "-o",
            str(target),
            "--claim",
            claim,
            "--lang",
            lang,
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert load_case(target) == build_demo_case(claim, lang)


@pytest.mark.slow
def test_cli_defaults_and_bad_claim(tmp_path: Path) -> None:
    target = tmp_path / "demo.igcase"
    command = [sys.executable, "-m", "interview_guide", "demo-case", "-o", str(target)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert load_case(target) == build_demo_case()
    bad = subprocess.run(
        [*command, "--claim", "apostasy"], capture_output=True, text=True, cwd=REPO, timeout=120, check=False
    )
    assert bad.returncode == 2
    assert "apostasy" in bad.stderr


def test_demo_package_is_qt_free() -> None:
    code = (
        "import sys\n"
        "from interview_guide.demo import build_demo_case\n"
        "build_demo_case('both', 'en')\n"
        "assert not any(n.startswith('PySide6') for n in sys.modules), 'PySide6 loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, timeout=120)


# --- the demos follow the banks 2.0 and the conditions ------------------------------------------------

# Words that belong to one claim's history only: a demo of the other claim never shows them.
_LGBTI_HISTORY = ("Negar", "Mina", "lesb", "hamjens", "همجنس", "Laleh", "Noor", "transgender", "عابرة")
_CONVERSION_HISTORY = (
    "Injil",
    "kerk",
    "church",
    "doop",
    "baptis",
    "christ",
    "Maryam",
    "Kayseri",
    "predikant",
)


def _all_text(hearing: Hearing) -> str:
    frame = hearing.reference_frame.model_dump_json(exclude_defaults=True)  # values, not empty fields
    parts = [frame, hearing.course_remarks, hearing.consultation_note]
    parts += [f"{e.question_text}\n{e.answer_text}\n{e.trainer_note}" for e in hearing.entries]
    parts += [issue.note for e in hearing.entries for issue in e.communication_issues]
    parts += [s.model_dump_json() for s in hearing.statements]
    parts += [m.model_dump_json() for m in hearing.material]
    return "\n".join(parts)


def test_each_claims_demo_shows_no_history_of_the_other_claim(demo: tuple[str, str, Hearing]) -> None:
    claim, _, hearing = demo
    lgbti, conversion = _claims(claim)
    text = _all_text(hearing)

    def found(words: tuple[str, ...]) -> list[str]:
        return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}", text, re.IGNORECASE)]

    if not conversion:
        assert found(_CONVERSION_HISTORY) == []
    if not lgbti:
        assert found(_LGBTI_HISTORY) == []
    if lgbti and conversion:  # both claimed: both histories, and the module on the two together
        assert found(_LGBTI_HISTORY) and found(_CONVERSION_HISTORY)
        assert any(e.theme_id == "faith-and-orientation" for e in hearing.entries)


def test_every_demo_is_balanced_and_asks_what_its_frame_requires(demo: tuple[str, str, Hearing]) -> None:
    _, _, hearing = demo
    banks = load_banks()
    used = [banks.by_id(ref.id) for ref in hearing.case.banks]
    assert [(c.theme_id, c.problem) for c in coverage(hearing, used) if c.problem] == []
    assert missing_questions(hearing, used) == []
    # The opening asks the name and the form of address first, then whether the applicant can speak
    # freely with this interpreter.
    opening = [e.question_id for e in hearing.entries if e.theme_id == "opening" and e.follow_up_id is None]
    assert opening[:2] == ["name-used", "form-of-address"] and "speak-freely" in opening
    assert hearing.case.form_of_address


def test_entry_12_of_the_lgbti_demo_is_still_the_deliberately_weak_question() -> None:
    for lang, start in (("nl", "Wist u toen al"), ("en", "Did you already know then")):
        entry = build_demo_case("lgbti", lang).entry(12)
        assert entry.own_question and entry.question_text.startswith(start) and entry.trainer_note


def test_the_conversion_demo_is_a_subsequent_application() -> None:
    hearing = build_demo_case("conversion", "en")
    assert hearing.case.subsequent_application
    assert hearing.reference_frame.prior_applications == 1
    module = [e for e in hearing.entries if e.theme_id == "subsequent-application"]
    assert len(module) >= 5 and all(e.sitting == 1 for e in module)
    banks = load_banks()
    plans = {
        p.theme.id: p
        for p in plan_hearing([banks.by_id("common"), banks.by_id("conversion")], subject_of(hearing))
    }
    assert plans["subsequent-application"].shown and plans["subsequent-application"].required
    # The LGBTI demos are first applications: the module is left out there.
    lgbti = build_demo_case("lgbti", "en")
    assert not lgbti.case.subsequent_application
    plans = {
        p.theme.id: p for p in plan_hearing([banks.by_id("common"), banks.by_id("lgbti")], subject_of(lgbti))
    }
    assert not plans["subsequent-application"].shown


def test_the_trans_demo_hears_gender_identity_first_by_the_name_she_uses(tmp_path: Path) -> None:
    hearing = build_demo_case("trans", "nl")
    case, frame = hearing.case, hearing.reference_frame
    assert case.name_used == "Lina Hassan (fictief)" and case.applicant_name == "Ali Hassan (fictief)"
    assert frame.sogiesc == [Sogiesc.TRANSGENDER] and frame.gender == GenderIdentity.WOMAN
    claim_themes = [e.theme_id for e in hearing.entries if e.bank_id == "lgbti"]
    assert claim_themes[0] == "gender-identity"
    # No question about the body or medical treatment was asked.
    asked = " ".join(e.question_text.casefold() for e in hearing.entries)
    assert not any(word in asked for word in ("lichaam", "operatie", "hormon", "medisch"))
    out = tmp_path / "trans.docx"
    export_report(hearing, out, "nl")
    rows = {
        row.cells[0].text: row.cells[1].text
        for table in Document(str(out)).tables
        for row in table.rows
        if len(row.cells) == 2
    }
    assert rows["Naam van de aanvrager"] == (
        "Lina Hassan (fictief) (naam in de registratie: Ali Hassan (fictief)); "
        "aanspreekvorm: mevrouw Hassan, of Lina"
    )
