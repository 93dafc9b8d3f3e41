"""Strict typing stays strict: mypy --strict covers the whole package (CI runs it), nothing is switched
off wholesale, and every ``# type: ignore`` names its error code and its reason (few in ui/).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "interview_guide"
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[a-z0-9\-, ]+\])?(?P<rest>.*)$")
MAX_IGNORES_IN_UI = 15


def test_mypy_is_strict_over_the_whole_package() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    mypy = config["tool"]["mypy"]
    assert mypy["strict"] is True
    assert mypy["files"] == ["interview_guide"]
    assert "exclude" not in mypy
    for override in mypy.get("overrides", []):
        assert not {"ignore_errors", "disable_error_code", "ignore_missing_imports"} & set(override), override
    assert not {"ignore_errors", "disable_error_code"} & set(mypy)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "mypy --strict interview_guide" in ci


def test_mypy_and_its_stubs_are_pinned_in_the_test_extra() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    test_extra = config["project"]["optional-dependencies"]["test"]
    pinned = {line.split("==")[0] for line in test_extra if "==" in line}
    assert {"mypy", "types-PyYAML"} <= pinned


def test_every_type_ignore_names_its_code_and_reason() -> None:
    in_ui = 0
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "mypy: ignore-errors" not in text, path
        for number, line in enumerate(text.splitlines(), start=1):
            match = IGNORE.search(line)
            if match is None:
                continue
            where = f"{path.relative_to(REPO)}:{number}"
            if not match.group("codes"):
                wrong.append(f"{where}: no error code")
            elif not re.match(r"\s*#\s*\S", match.group("rest")):
                wrong.append(f"{where}: no reason after it")
            if path.is_relative_to(PACKAGE / "ui"):
                in_ui += 1
    assert wrong == []
    assert in_ui <= MAX_IGNORES_IN_UI
