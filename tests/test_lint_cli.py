"""The ``lint`` command: readable and JSON output, standard input, exit status."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def lint(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m interview_guide lint ARGS``."""
    return subprocess.run(
        [sys.executable, "-m", "interview_guide", "lint", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_json_shape_and_order() -> None:
    result = lint("--json", "Are you gay?", "Tell me about your family.", "Was that in 2016?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [item["text"] for item in data] == [
        "Are you gay?",
        "Tell me about your family.",
        "Was that in 2016?",
    ]
    assert [item["ok"] for item in data] == [False, True, True]
    for item in data:
        assert set(item) == {"text", "ok", "findings"}
        for finding in item["findings"]:
            assert set(finding) == {"category", "severity", "message", "suggestion"}
    (closed,) = data[0]["findings"]
    assert closed["category"] == "closed-yes-no" and closed["severity"] == "warn" and closed["suggestion"]
    assert data[2]["findings"][0]["severity"] == "hint"


def test_stdin_one_question_per_line() -> None:
    stdin = "Bent u homoseksueel?\n\nWat betekende dat voor u?\nWhat exactly did you do in bed?\n"
    result = lint("--json", "-", stdin=stdin)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [item["text"] for item in data] == [
        "Bent u homoseksueel?",
        "Wat betekende dat voor u?",
        "What exactly did you do in bed?",
    ]
    assert [item["ok"] for item in data] == [False, True, False]
    assert data[2]["findings"][0]["severity"] == "block"


def test_lang_and_ui_lang() -> None:
    result = lint("--json", "--lang", "nl", "--ui-lang", "nl", "Bent u christen?")
    assert result.returncode == 0
    (finding,) = json.loads(result.stdout)[0]["findings"]
    assert "Gesloten vraag" in finding["message"]


def test_readable_report() -> None:
    result = lint("Did you love him?", "What did he mean to you?")
    assert result.returncode == 0
    assert "NOT OK: Did you love him?" in result.stdout
    assert "closed-yes-no" in result.stdout and "closed.yes-no" in result.stdout
    assert "ok: What did he mean to you?" in result.stdout


@pytest.mark.parametrize("args", [[], ["--lang", "fr", "Are you gay?"], ["--bogus", "x"]])
def test_bad_usage_exits_2(args: list[str]) -> None:
    result = lint(*args)
    assert result.returncode == 2
    assert result.stderr.strip() and "Traceback" not in result.stderr


def test_lang_nl_answers_in_dutch_without_ui_lang() -> None:
    result = lint("--json", "--lang", "nl", "Bent u christen?", "Heeft u naaktfoto's van hem?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data[0]["findings"][0]["message"].startswith("Gesloten vraag")
    assert data[0]["findings"][0]["suggestion"].startswith("Hoe")
    assert data[1]["findings"][0]["category"] == "sexual-image-request"
    assert "Kamerbrief" in data[1]["findings"][0]["message"]
    # Without --lang, each question is answered in the language it is written in.
    mixed = json.loads(lint("--json", "Bent u christen?", "Are you a Christian?").stdout)
    assert mixed[0]["findings"][0]["message"].startswith("Gesloten vraag")
    assert mixed[1]["findings"][0]["message"].startswith("Closed question")


def test_stdin_gives_exactly_one_result_per_line_most_severe_first() -> None:
    lines = [
        "Did you love him, and did you have photos of him without clothes?",
        "Wat betekende dat voor u?",
        "Were you ashamed, weren't you?",
        "Kleedde hij zich uit?",
        "Tell me about your church.",
    ]
    result = lint("--json", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [item["text"] for item in data] == lines
    rank = {"block": 2, "warn": 1, "hint": 0}
    for item in data:
        severities = [rank[f["severity"]] for f in item["findings"]]
        assert severities == sorted(severities, reverse=True)
        assert item["ok"] == all(f["severity"] == "hint" for f in item["findings"])
    assert data[0]["findings"][0]["category"] == "sexual-image-request"
    assert data[3]["findings"][0]["category"] == "sexual-explicit"
    assert [item["ok"] for item in data] == [False, True, False, False, True]


def test_body_medical_is_a_category_of_the_json_contract() -> None:
    data = json.loads(lint("--json", "Have you started taking hormones?").stdout)
    (finding,) = data[0]["findings"]
    assert (finding["category"], finding["severity"]) == ("body-medical", "block")
