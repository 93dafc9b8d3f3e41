"""The review of a practice hearing: a hand-counted practice file, the JSON of the command, the sheet."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from docx import Document

from interview_guide.cli import main
from interview_guide.core.question_check import check_question, is_ok
from interview_guide.storage import load_case
from interview_guide.storage.bank_files import load_banks
from interview_guide.training.practice_review import banks_of, review_practice

PRACTICE = Path(__file__).parent / "data" / "practice" / "practice-15.igcase"

# Counted by hand from the file (its 15 questions, answers and links):
#  1 open            opening                    36 words
#  2 open            self-description           18
#  3 closed          self-description            1   "Are you gay?" (note; tags closed, reference frame)
#  4 open            experiences-and-meaning    43
#  5 closed  f-up 4  experiences-and-meaning     2   "Did you tell your mother?" (a hint only)
#  6 open    f-up 5  experiences-and-meaning    21   (depth 2; trainer note, good practice)
#  7 open            experiences-and-meaning    10   awareness process (trainer note)
#  8 open            relationships              37
#  9 closed  f-up 8  relationships               1
# 10 closed          environment-origin          3   leading tag question
# 11 open            living-with-risk           50
# 12 closed  f-up 11 living-with-risk            3   "Was that in the summer of 2019?" (a hint only)
# 13 open            relationships              18   two questions in one
# 14 closed          life-now                    -   Pride march: Western concept; no answer logged
# 15 open            closing                     1
# Closed by form: 3, 5, 9, 10, 12, 14 = 6; open: 9. Yes/no questions the checker names closed (hints
# included): 3, 5, 9, 12, 14 = 5 (in 10 the leading finding covers it). Follow-ups: 5, 6, 9, 12 = 4.
# Answers after open questions: 234 words / 9 = 26.0; after closed: 10 words / 5 answered = 2.0.
EXPECTED_THEMES = {
    "opening": 1,
    "self-description": 2,
    "experiences-and-meaning": 4,
    "relationships": 3,
    "environment-origin": 1,
    "living-with-risk": 2,
    "life-now": 1,
    "closing": 1,
}
EXPECTED_CATEGORIES = {
    "closed-yes-no": 5,
    "leading": 1,
    "self-acceptance-awareness": 1,
    "compound": 1,
    "western-concept": 1,
}


def test_the_hand_counted_practice_file_gives_the_right_counts() -> None:
    hearing = load_case(PRACTICE)
    review = review_practice(hearing, banks_of(hearing, load_banks().banks), "en")
    data = review.as_json()
    assert data["questions"] == 15
    assert (data["open"], data["closed"], data["follow_ups"]) == (9, 6, 4)
    assert data["open_share"] == 0.6
    assert data["max_follow_up_depth"] == 2
    assert data["by_category"] == EXPECTED_CATEGORIES
    assert data["themes"] == EXPECTED_THEMES
    assert data["answer_words"] == {"after_open": 26.0, "after_closed": 2.0}
    assert [q["number"] for q in data["timeline"] if q["kind"] == "closed"] == [3, 5, 9, 10, 12, 14]
    assert [n["number"] for n in data["notes"]] == [3, 6, 7]
    assert data["notes"][0]["tags"] == ["closed", "reference-frame"]
    # Flagged: a warning or a block (the hints on 5 and 12 are counted above but not flagged).
    assert [b["number"] for b in data["better_wordings"]] == [3, 7, 9, 10, 13, 14]
    by_number = {b["number"]: b for b in data["better_wordings"]}
    assert by_number[3] == {
        "number": 3,
        "question": "Are you gay?",
        "better": "What words do you use for yourself?",
        "source": "trainer",
    }
    coverage = {c["theme"]: c for c in data["coverage"]}
    assert coverage["relationships"]["questions"] == 3 and coverage["relationships"]["words"] == 56


def test_every_better_wording_passes_the_checker_in_the_language_of_the_question() -> None:
    for claim in ("lgbti", "conversion", "both"):
        from interview_guide.demo import build_demo_case

        for lang in ("nl", "en"):
            hearing = build_demo_case(claim, lang)
            banks = banks_of(hearing, load_banks().banks)
            other = "en" if lang == "nl" else "nl"
            for review in (review_practice(hearing, banks, lang), review_practice(hearing, banks, other)):
                for question in review.flagged:
                    assert question.better is not None
                    findings = check_question(question.better.text, claim_types=hearing.case.claim_types)
                    assert is_ok(findings), (question.number, question.better)


def test_practice_review_json_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practice-review", str(PRACTICE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"questions", "open", "closed", "follow_ups", "by_category", "themes"} <= set(data)
    assert data["by_category"]["closed-yes-no"] == 5


def test_practice_review_writes_the_feedback_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "feedback.docx"
    assert main(["practice-review", str(PRACTICE), "-o", str(out), "--lang", "en"]) == 0
    assert "questions: 15  open: 9  closed: 6" in capsys.readouterr().out
    document = Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "The trainer's notes" in text and "A better wording for each flagged question" in text
    # The trainer's notes, with their tags, and the better wording of every flagged question.
    assert "The awareness process is no longer the emphasis (letter of 2018)." in text
    assert "About: closed question, reference frame" in text
    assert "Are you gay?" in cells and "What words do you use for yourself? (from the trainer)" in cells
    assert any(cell.startswith("Where did you meet Reza") for cell in cells)
    # The figures, and the timeline with a box per question.
    assert "Closed questions" in cells and "6" in cells
    assert "↳12" in cells and "15" in cells
    with zipfile.ZipFile(out) as docx:
        assert b"F4C7C3" in docx.read("word/document.xml")  # a flagged question is shaded red


def test_practice_review_in_dutch(tmp_path: Path) -> None:
    out = tmp_path / "feedback-nl.docx"
    assert main(["practice-review", str(PRACTICE), "-o", str(out), "--lang", "nl"]) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Feedback op het oefengehoor" in text and "Aantekeningen van de trainer" in text
    assert "Over: gesloten vraag, referentiekader" in text


def test_practice_review_of_a_missing_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["practice-review", str(tmp_path / "nope.igcase"), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.igcase" in err


def test_practice_review_to_a_folder_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["practice-review", str(PRACTICE), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "folder" in err
