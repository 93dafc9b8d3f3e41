"""Bank versions: every id that went away is named in the bank's changelog, and a case recorded with an
older bank still opens, exports and counts in the coverage (its questions are in the record)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document

from interview_guide.core.bank import QuestionBank
from interview_guide.core.coverage import coverage
from interview_guide.core.errors import BankError
from interview_guide.core.text import Lang
from interview_guide.report.docx_report import export_report
from interview_guide.storage import load_case
from interview_guide.storage.bank_files import BankSet, load_banks

DATA = Path(__file__).resolve().parent / "data" / "old_cases"
SHIPPED = Path(__file__).resolve().parent.parent / "question_banks"
# Every id of the 1.0 banks (bank -> theme -> question -> follow-ups), taken from the banks as released.
IDS_1_0: dict[str, Any] = json.loads((DATA / "bank-ids-1.0.json").read_text(encoding="utf-8"))
# A plain case file recorded with the 1.0 banks, asking questions that the 2.0 banks removed.
OLD_CASE = DATA / "banks-1.0.igcase"


@pytest.fixture(scope="module")
def shipped() -> BankSet:
    return load_banks()


def _removed(bank: QuestionBank) -> tuple[set[str], set[str], set[str]]:
    themes = {t for entry in bank.changelog for t in entry.removed_themes}
    questions = {q for entry in bank.changelog for q in entry.removed_questions}
    follow_ups = {f for entry in bank.changelog for f in entry.removed_follow_ups}
    return themes, questions, follow_ups


def test_every_id_that_went_away_is_in_the_changelog(shipped: BankSet) -> None:
    missing = []
    for bank_id, old in IDS_1_0.items():
        bank = shipped.by_id(bank_id)
        themes, questions, follow_ups = _removed(bank)
        now = {q.id: {f.id for f in q.follow_ups} for t in bank.themes for q in t.questions}
        for theme_id, old_questions in old["themes"].items():
            if theme_id not in {t.id for t in bank.themes} and theme_id not in themes:
                missing.append(f"{bank_id}: theme {theme_id}")
            for question_id, old_follow_ups in old_questions.items():
                if question_id not in now:
                    if question_id not in questions:
                        missing.append(f"{bank_id}: question {question_id}")
                    continue
                for follow_up_id in old_follow_ups:
                    ref = f"{question_id}/{follow_up_id}"
                    if follow_up_id not in now[question_id] and ref not in follow_ups:
                        missing.append(f"{bank_id}: follow-up {ref}")
    assert missing == []


def test_the_changelog_names_only_ids_that_existed(shipped: BankSet) -> None:
    unknown = []
    for bank in shipped.banks:
        old = IDS_1_0[bank.id]["themes"]
        old_questions = {q: f for questions in old.values() for q, f in questions.items()}
        themes, questions, follow_ups = _removed(bank)
        unknown += [f"{bank.id}: theme {t}" for t in themes if t not in old]
        unknown += [f"{bank.id}: question {q}" for q in questions if q not in old_questions]
        for ref in follow_ups:
            question_id, follow_up_id = ref.split("/")
            if follow_up_id not in old_questions.get(question_id, []):
                unknown.append(f"{bank.id}: follow-up {ref}")
    assert unknown == []


def test_versions_were_bumped_and_the_newest_changelog_entry_is_the_version(shipped: BankSet) -> None:
    for bank in shipped.banks:
        assert bank.version != IDS_1_0[bank.id]["version"], bank.id
        assert bank.changelog and bank.changelog[0].version == bank.version, bank.id
        assert bank.changelog[0].summary.nl.strip() and bank.changelog[0].summary.en.strip()


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    shutil.copytree(SHIPPED, folder)
    return folder


def _edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_removed_id_never_comes_back(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "lgbti.yaml", lambda d: d["themes"][0]["questions"][0].update(id="first-person"))
    with pytest.raises(BankError) as info:
        load_banks([folder])
    [problem] = info.value.problems
    assert problem.startswith(f"{folder / 'lgbti.yaml'}: (top level): removed ids are still in use")
    assert "question 'first-person'" in problem


def test_a_removed_follow_up_never_comes_back(tmp_path: Path) -> None:
    folder = _copy(tmp_path)

    def reuse(data: dict[str, Any]) -> None:
        question = next(q for t in data["themes"] for q in t["questions"] if q["id"] == "own-words")
        question["follow_ups"][0]["id"] = "feeling-now"

    _edit(folder / "lgbti.yaml", reuse)
    with pytest.raises(BankError) as info:
        load_banks([folder])
    assert "follow-up 'own-words/feeling-now'" in info.value.problems[0]


def test_the_newest_changelog_entry_must_be_the_version(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "common.yaml", lambda d: d.update(version="2.1"))
    with pytest.raises(BankError) as info:
        load_banks([folder])
    assert info.value.problems == [
        f"{folder / 'common.yaml'}: (top level): the newest changelog entry is version 2.0, "
        "but the bank is version 2.1"
    ]


def test_a_malformed_removed_follow_up_is_named(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "conversion.yaml", lambda d: d["changelog"][0]["removed_follow_ups"].append("weighed"))
    with pytest.raises(BankError) as info:
        load_banks([folder])
    assert info.value.problems == [
        f"{folder / 'conversion.yaml'}: changelog[0].removed_follow_ups[3]: "
        "'weighed' is not question-id/follow-up-id"
    ]


# --- a case recorded with the 1.0 banks ----------------------------------------------------------------


def test_an_old_case_opens_with_its_questions_in_the_record(shipped: BankSet) -> None:
    hearing = load_case(OLD_CASE)
    assert [(b.id, b.version) for b in hearing.case.banks] == [
        ("common", "1.0"),
        ("lgbti", "1.0"),
        ("conversion", "1.0"),
    ]
    gone = []
    for entry in hearing.entries:
        assert entry.question_text and entry.answer_text
        bank = shipped.by_id(entry.bank_id or "")
        try:
            bank.question(entry.question_id or "")
        except KeyError:
            gone.append(entry.question_id)
    # The record keeps the questions the newer banks no longer have, as they were asked.
    assert {"first-person", "childhood-friendships", "police-and-state", "keep-doing"} <= set(gone)
    first_person = next(e for e in hearing.entries if e.question_id == "first-person")
    assert first_person.question_text == "Vertel eens over de eerste persoon voor wie u zulke gevoelens had."


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_old_case_exports_every_question_as_asked(tmp_path: Path, lang: Lang) -> None:
    hearing = load_case(OLD_CASE)
    out = tmp_path / f"old_{lang}.docx"
    export_report(hearing, out, lang)
    text = "\n".join(
        cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells
    )
    for entry in hearing.entries:
        assert entry.question_text in text, entry.number
        assert entry.answer_text in text, entry.number


def test_an_old_case_still_counts_in_the_coverage(shipped: BankSet) -> None:
    hearing = load_case(OLD_CASE)
    items = {c.theme_id: c for c in coverage(hearing, [shipped.by_id("lgbti"), shipped.by_id("conversion")])}
    # Entries of themes that stayed count, whichever question they came from.
    assert items["experiences-and-meaning"].questions == 3
    assert items["return-expectations"].questions == 1
    assert items["faith-on-return"].questions == 2
