"""The shipped question banks: they load, follow the house rules, and broken banks are reported precisely."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview_guide.core.bank import CONVERSION_PILLARS, MIN_QUESTIONS_PER_THEME, QuestionBank
from interview_guide.core.errors import BankError
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.resources import banks_dir
from interview_guide.storage.bank_files import BankSet, load_banks

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "question_banks"

LGBTI_THEMES = [
    "self-description",
    "experiences-and-meaning",
    "environment-origin",
    "relationships",
    "lesbian-context",
    "bisexual-context",
    "marriage-context",
    "living-with-risk",
    "imputed-orientation",
    "life-now",
    "return-expectations",
    "faith-and-orientation",
    "gender-identity",
]
LGBTI_MODULES = [
    "lesbian-context",
    "bisexual-context",
    "marriage-context",
    "imputed-orientation",
    "faith-and-orientation",
    "gender-identity",
]
CONVERSION_MODULES = [
    "apostasy-nonbelief",
    "between-faiths",
    "sur-place",
    "mixed-faith-family",
    "imputed-faith",
]
CONVERSION_THEMES = [*CONVERSION_PILLARS, "faith-on-return", *CONVERSION_MODULES]


@pytest.fixture(scope="module")
def shipped() -> BankSet:
    """The shipped banks, loaded the way the app loads them (defaults)."""
    return load_banks()


def _asked_texts(bank: QuestionBank) -> Iterator[tuple[str, str, str]]:
    """Every question and follow-up of a bank as (where, language, text)."""
    for theme in bank.themes:
        for question in theme.questions:
            items = [(f"{question.id}", question.text)]
            items += [(f"{question.id}/{f.id}", f.text) for f in question.follow_ups]
            for where, text in items:
                for lang in LANGUAGES:
                    yield f"{bank.id}:{theme.id}:{where}:{lang}", lang, text.get(lang)


# --- the shipped banks -------------------------------------------------------------------------------


def test_default_folder_holds_exactly_the_three_banks() -> None:
    assert banks_dir().resolve() == SHIPPED.resolve()
    assert sorted(p.name for p in SHIPPED.iterdir() if p.is_file()) == [
        "common.yaml",
        "conversion.yaml",
        "lgbti.yaml",
    ]
    # and their compiled forms (a faster start-up; tests/test_compiled_banks.py)
    assert sorted(p.name for p in SHIPPED.iterdir() if p.is_dir()) == ["compiled"]


def test_shipped_banks_load_with_defaults(shipped: BankSet) -> None:
    assert [(b.id, b.version, b.claim_type.value) for b in shipped.banks] == [
        ("common", "2.0", "common"),
        ("conversion", "2.0", "conversion"),
        ("lgbti", "2.0", "lgbti"),
    ]
    for bank in shipped.banks:
        assert bank.languages == ["en", "nl"]


def test_common_bank_opens_and_closes(shipped: BankSet) -> None:
    common = shipped.by_id("common")
    assert [t.id for t in common.themes] == ["opening", "subsequent-application", "closing"]
    # A module: shown (and then required) when the case or frame records a subsequent application.
    assert not common.theme("subsequent-application").optional
    assert common.theme("subsequent-application").conditions
    opening = common.theme("opening")
    # What the officer explains lives in the script; the questions are real questions.
    assert len(opening.script) >= 5
    assert len(common.theme("closing").script) >= 2
    script_text = " ".join(s.en for s in opening.script).lower()
    for topic in ("interpreter", "confidential", "break", "report", "corrections"):
        assert topic in script_text


def test_the_opening_asks_name_and_form_of_address_first(shipped: BankSet) -> None:
    opening = shipped.by_id("common").theme("opening")
    assert [q.id for q in opening.questions[:2]] == ["name-used", "form-of-address"]
    assert "aanspreekvorm" in opening.questions[1].text.nl


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        (
            "en",
            (
                "questions about sex",
                "intimate photos or videos",
                "does not accept",
                "interpreter's community",
            ),
        ),
        ("nl", ("vragen over seks", "intieme foto's of video's", "niet aan", "gemeenschap van de tolk")),
    ],
)
def test_the_opening_script_promises_what_the_letter_asks(
    shipped: BankSet, lang: Lang, phrases: tuple[str, ...]
) -> None:
    # Never asked about sex, intimate images neither asked for nor accepted, confidential also towards the
    # interpreter's community; and the opening asks whether the applicant can speak freely (vrijuit).
    opening = shipped.by_id("common").theme("opening")
    script = " ".join(s.get(lang) for s in opening.script)
    for phrase in phrases:
        assert phrase in script, phrase
    speak_freely = next(q for q in opening.questions if q.id == "speak-freely")
    assert "vrijuit" in speak_freely.text.nl


def test_at_least_twenty_themes_each_with_six_questions(shipped: BankSet) -> None:
    themes = [t for b in shipped.banks for t in b.themes]
    assert len(themes) >= 20
    assert all(len(t.questions) >= 6 for t in themes)


def test_no_question_text_is_repeated_across_themes(shipped: BankSet) -> None:
    seen: dict[tuple[str, str], str] = {}
    repeated = []
    for bank in shipped.banks:
        for theme in bank.themes:
            for where, lang, text in _asked_texts(bank):
                if where.split(":")[1] != theme.id:
                    continue
                key = (lang, " ".join(text.lower().split()))
                other = seen.setdefault(key, theme.id)
                if other != theme.id:
                    repeated.append(f"{where}: also in {other}: {text}")
    assert repeated == []


def test_the_lgbti_bank_rebuilds_no_awareness_timeline(shipped: BankSet) -> None:
    lgbti = shipped.by_id("lgbti")
    ids = {q.id for t in lgbti.themes for q in t.questions}
    follow_ups = {f"{q.id}/{f.id}" for t in lgbti.themes for q in t.questions for f in q.follow_ups}
    # First person and age, childhood friendships, looking back, changed meaning, "what it gives you".
    for gone in (
        "first-person",
        "childhood-friendships",
        "future-as-young",
        "meaning-now",
        "meaning-of-own-word",
    ):
        assert gone not in ids
    assert not {"own-words/feeling-now", "first-person/age"} & follow_ups
    texts = " ".join(text for _, lang, text in _asked_texts(lgbti) if lang == "en").lower()
    for phrase in ("first time", "how old were you", "look back", "over time", "give you to be"):
        assert phrase not in texts, phrase


def test_lgbti_themes(shipped: BankSet) -> None:
    lgbti = shipped.by_id("lgbti")
    assert [t.id for t in lgbti.themes] == LGBTI_THEMES
    # Modules without a condition of their own are optional; the others are shown (and required) by one.
    assert [t.id for t in lgbti.themes if t.optional] == ["imputed-orientation", "gender-identity"]
    assert all(lgbti.theme(t).conditions for t in LGBTI_MODULES if t != "imputed-orientation")
    assert not any(t.pillar for t in lgbti.themes)


def test_conversion_pillars(shipped: BankSet) -> None:
    conversion = shipped.by_id("conversion")
    assert [t.id for t in conversion.themes] == CONVERSION_THEMES
    assert [t.id for t in conversion.themes if t.pillar] == list(CONVERSION_PILLARS)
    assert [t.id for t in conversion.themes if t.optional] == ["mixed-faith-family", "imputed-faith"]
    assert all(conversion.theme(t).conditions for t in ("apostasy-nonbelief", "between-faiths", "sur-place"))


def test_conversion_serves_active_and_passive_routes(shipped: BankSet) -> None:
    conversion = shipped.by_id("conversion")
    route_values: set[str] = set()
    for theme in conversion.themes:
        hints = list(theme.hints) + [h for q in theme.questions for h in q.hints]
        route_values.update(
            v for h in hints if h.when.field == "conversion_route" for v in (h.when.values or [])
        )
    assert {"active", "passive"} <= route_values


def test_every_theme_is_complete(shipped: BankSet) -> None:
    for bank in shipped.banks:
        for theme in bank.themes:
            assert theme.purpose.nl.strip() and theme.purpose.en.strip(), theme.id
            assert theme.guidance.nl.strip() and theme.guidance.en.strip(), theme.id
            assert len(theme.questions) >= MIN_QUESTIONS_PER_THEME, theme.id
            for question in theme.questions:
                assert len(question.follow_ups) >= 2, question.id


def test_claim_banks_carry_reference_frame_hints(shipped: BankSet) -> None:
    for bank_id in ("lgbti", "conversion"):
        bank = shipped.by_id(bank_id)
        fields = {
            field
            for t in bank.themes
            for h in [*t.hints, *(h for q in t.questions for h in q.hints)]
            for field in h.when.fields()
        }
        assert {"literacy", "trauma_indicators"} & fields, bank_id
    lgbti_fields = {
        field
        for t in shipped.by_id("lgbti").themes
        for q in t.questions
        for h in q.hints
        for field in h.when.fields()
    }
    assert "different_sex_marriage" in lgbti_fields


def test_ids_are_unique(shipped: BankSet) -> None:
    theme_ids = [t.id for b in shipped.banks for t in b.themes]
    assert len(theme_ids) == len(set(theme_ids))
    for bank in shipped.banks:
        question_ids = [q.id for t in bank.themes for q in t.questions]
        assert len(question_ids) == len(set(question_ids)), bank.id


def test_one_question_at_a_time(shipped: BankSet) -> None:
    for bank in shipped.banks:
        for where, _, text in _asked_texts(bank):
            assert text.count("?") <= 1, where
            assert text == text.strip() and "  " not in text, where


# Cues from domain brief B.3 that no shipped question may contain (the question checker in
# core/question_check.py is the full rule set; this keeps the banks clean of the obvious ones).
_FORBIDDEN = re.compile(
    r"\btoch\b|nietwaar|\bzeker\b|must have|surely|didn't you|isn't it|"  # leading
    r"typisch|typical|echte christen|real christian|vrouwelijk|mannelijk|feminine|masculine|"  # stereotype
    r"seks|\bsex|geslachtsgemeenschap|intercourse|\bin bed\b|naakt|naked|intiem|intimate|"  # explicit
    r"bewustwording|zelfacceptatie|accept|worstel|struggl|schaam|ashamed|coming to terms|realis|"  # process
    r"\bnoem (de|alle)\b|name the|hoeveel|how many|opsommen|which verse|welk hoofdstuk|"  # quiz
    r"coming out|uit de kast|\bpride\b|gay bar|homobar|grindr|\bcoc\b|denomination|stroming|"  # Western
    r"\bfoto|photo|video|picture|"  # images
    r"discreet|discretie|voor uzelf houden|to yourself|be careful|niet laten merken|\bhide\b",  # discretion
    re.IGNORECASE,
)
_CLOSED_START = {
    "nl": re.compile(
        r"^(bent|heeft|hebt|is|was|waren|kunt|wilt|weet|ging|zou|doet|deed|had|vindt|voelt|denkt)\b"
        r"(?! u (vertellen|beschrijven|uitleggen)\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^(are|is|was|were|do|does|did|have|has|can|could|would|will)\b(?! you (tell|describe|explain)\b)",
        re.IGNORECASE,
    ),
}


def test_questions_avoid_the_practices_to_avoid(shipped: BankSet) -> None:
    problems = []
    for bank in shipped.banks:
        for where, lang, text in _asked_texts(bank):
            if _CLOSED_START[lang].search(text):
                problems.append(f"{where}: closed question: {text}")
            if match := _FORBIDDEN.search(text):
                problems.append(f"{where}: {match.group(0)!r}: {text}")
    assert problems == []


def test_questions_pass_the_question_checker(shipped: BankSet) -> None:
    checker = pytest.importorskip("interview_guide.core.question_check")
    problems = []
    for bank in shipped.banks:
        for where, lang, text in _asked_texts(bank):
            findings = checker.check_question(text, lang)
            if not checker.is_ok(findings):
                problems.append(f"{where}: {[f.rule_id for f in findings]}: {text}")
    assert problems == []


# --- broken banks ------------------------------------------------------------------------------------


def _copy_shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    for path in SHIPPED.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    return folder


def _edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _problems(folder: Path) -> list[str]:
    with pytest.raises(BankError) as info:
        load_banks([folder])
    return info.value.problems


def test_copied_banks_still_load(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    _edit(folder / "lgbti.yaml", lambda data: None)  # a YAML round trip changes nothing that matters
    assert [b.id for b in load_banks([folder]).banks] == ["common", "conversion", "lgbti"]


def test_missing_language(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    _edit(folder / "lgbti.yaml", lambda d: d["themes"][0]["questions"][0]["text"].pop("en"))
    assert _problems(folder) == [f"{folder / 'lgbti.yaml'}: themes[0].questions[0].text.en: field required"]


def test_empty_text(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    _edit(
        folder / "common.yaml",
        lambda d: d["themes"][1]["questions"][2]["follow_ups"][0]["text"].update(nl=""),
    )
    [problem] = _problems(folder)
    assert problem.startswith(f"{folder / 'common.yaml'}: themes[1].questions[2].follow_ups[0].text.nl: ")


def test_duplicate_question_id_in_a_theme(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)

    def duplicate(data: dict[str, Any]) -> None:
        questions = data["themes"][1]["questions"]
        questions[1]["id"] = questions[0]["id"]

    _edit(folder / "lgbti.yaml", duplicate)
    [problem] = _problems(folder)
    assert problem.startswith(f"{folder / 'lgbti.yaml'}: themes[1]: duplicate question id")
    assert "questions[0].id and questions[1].id" in problem


def test_duplicate_question_id_across_themes(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)

    def duplicate(data: dict[str, Any]) -> None:
        data["themes"][2]["questions"][0]["id"] = data["themes"][0]["questions"][0]["id"]

    _edit(folder / "conversion.yaml", duplicate)
    [problem] = _problems(folder)
    assert problem.startswith(f"{folder / 'conversion.yaml'}: ")
    assert "duplicate question id" in problem
    assert "themes[0].questions[0].id and themes[2].questions[0].id" in problem


def test_theme_id_used_by_two_banks(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    _edit(folder / "conversion.yaml", lambda d: d["themes"][3].update(id="closing"))
    conversion, common = folder / "conversion.yaml", folder / "common.yaml"
    assert _problems(folder) == [f"{conversion}: themes[3].id: theme id 'closing' is also used by {common}"]


def test_unknown_key(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    _edit(folder / "lgbti.yaml", lambda d: d["themes"][2]["questions"][0].update(colour="blue"))
    assert _problems(folder) == [f"{folder / 'lgbti.yaml'}: themes[2].questions[0].colour: unknown field"]


def test_duplicate_key(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    path = folder / "common.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = lines.index('version: "2.0"') + 2
    lines.insert(number - 1, "id: again")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [problem] = _problems(folder)
    assert problem.startswith(f"{path}: line {number}, column 1: ")
    assert "duplicate key 'id'" in problem


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    path = folder / "common.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = lines.index("id: common") + 1
    lines[number - 1] = "id: common: broken"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [problem] = _problems(folder)
    assert problem.startswith(f"{path}: line {number}, column ")
    assert "YAML syntax error" in problem


def test_hint_on_unknown_reference_frame_field(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    hint = {"when": {"field": "shoe_size", "values": ["42"]}, "text": {"nl": "Tekst.", "en": "Text."}}
    _edit(folder / "lgbti.yaml", lambda d: d["themes"][3]["questions"][0].update(hints=[hint]))
    where = f"{folder / 'lgbti.yaml'}: themes[3].questions[0].hints[0].when"
    assert _problems(folder) == [f"{where}: unknown reference-frame field 'shoe_size'"]


def test_hint_on_unknown_value(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    hint = {"when": {"field": "conversion_route", "values": ["sudden"]}, "text": {"nl": "T.", "en": "T."}}
    _edit(folder / "conversion.yaml", lambda d: d["themes"][0].update(hints=[hint]))
    [problem] = _problems(folder)
    assert problem.startswith(
        f"{folder / 'conversion.yaml'}: themes[0].hints[0].when: unknown value(s) sudden"
    )


def test_missing_pillar(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    _edit(folder / "conversion.yaml", lambda d: d["themes"][1].update(pillar=False))
    [problem] = _problems(folder)
    assert problem.startswith(f"{folder / 'conversion.yaml'}: ")
    assert "knowledge" in problem and "pillar" in problem


# --- the command line --------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_guide", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_cli_reports_every_broken_file(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    _edit(folder / "lgbti.yaml", lambda d: d["themes"][0]["questions"][0]["text"].pop("en"))
    _edit(folder / "lgbti.yaml", lambda d: d["themes"][2]["questions"][0].update(colour="blue"))
    common = folder / "common.yaml"
    common.write_text(common.read_text(encoding="utf-8").replace("id: common\n", "id: common: broken\n"))
    _edit(folder / "conversion.yaml", lambda d: d["themes"][1]["questions"][0]["follow_ups"][0].pop("id"))

    result = _cli("check-banks", str(folder))

    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 4, result.stderr
    assert lines[0].startswith(f"{common}: line 3, column ")
    conversion = folder / "conversion.yaml"
    assert lines[1] == f"{conversion}: themes[1].questions[0].follow_ups[0].id: field required"
    assert lines[2] == f"{folder / 'lgbti.yaml'}: themes[0].questions[0].text.en: field required"
    assert lines[3] == f"{folder / 'lgbti.yaml'}: themes[2].questions[0].colour: unknown field"


@pytest.mark.slow
def test_cli_json_summary() -> None:
    result = _cli("check-banks", "--json")
    assert result.returncode == 0, result.stderr
    expected = []
    for path in sorted(SHIPPED.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected.append(
            {
                "id": raw["id"],
                "version": raw["version"],
                "claim_type": raw["claim_type"],
                "languages": ["en", "nl"],
                "themes": [{"id": t["id"], "questions": len(t["questions"])} for t in raw["themes"]],
            }
        )
    assert [item["id"] for item in expected] == ["common", "conversion", "lgbti"]
    assert json.loads(result.stdout) == expected


@pytest.mark.slow
def test_cli_plain_summary() -> None:
    result = _cli("check-banks", str(SHIPPED))
    assert result.returncode == 0, result.stderr
    assert [line.split(" ")[0] for line in result.stdout.splitlines()] == ["common", "conversion", "lgbti"]


def test_check_banks_reports_a_question_the_checker_flags(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)

    def leading(data: dict[str, Any]) -> None:
        data["themes"][1]["questions"][2]["text"]["nl"] = "U schaamde zich daar toch voor?"

    _edit(folder / "lgbti.yaml", leading)
    load_banks([folder])  # the bank itself is valid data...
    result = _cli("check-banks", str(folder))
    assert result.returncode == 2  # ...but check-banks refuses the question
    lines = result.stderr.strip().splitlines()
    assert lines and all(
        line.startswith(f"{folder / 'lgbti.yaml'}: themes[1].questions[2].text.nl: ") for line in lines
    )
    assert any("leading" in line for line in lines)
