"""YAML text -> QuestionBank, with errors that name the file and the field path (or the line).

The conditions a theme or question may carry (show, hide, require, optional, move, replace on fields
of the reference frame or the case) are described in ``core/conditions.py`` and, with examples, in
``docs/bank-conditions.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from interview_guide.core.bank import QuestionBank
from interview_guide.core.errors import BankError


def format_loc(loc: Iterable[int | str]) -> str:
    """Turn a pydantic error location into a path such as ``themes[2].questions[4].text.en``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


def _describe(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "field required"
    if kind == "extra_forbidden":
        return "unknown field"
    message = str(error["msg"])
    return message.removeprefix("Value error, ")


def parse_bank(text: str, source: str) -> QuestionBank:
    """Parse and validate one bank.

    Args:
        text: the YAML text.
        source: the name used in error messages (usually the file name).

    Returns:
        The validated bank.

    Raises:
        BankError: with one line per problem, each starting with ``source``.
    """
    return validate_bank(bank_data(text, source), source)


def bank_data(text: str, source: str) -> dict[str, Any]:
    """The YAML text of a bank as plain data (a key given twice in one mapping is refused).

    Raises:
        BankError: a YAML syntax error (with its line), or the text is not a mapping.
    """
    import yaml  # only when a bank is read from its YAML, not from its compiled form (bank_compiled.py)

    from interview_guide.core.bank_yaml import UniqueKeyLoader

    try:
        data = yaml.load(text, Loader=UniqueKeyLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown line"
        raise BankError([f"{source}: {where}: YAML syntax error: {exc.problem or exc}"]) from None
    except yaml.YAMLError as exc:
        raise BankError([f"{source}: YAML error: {exc}"]) from None
    if not isinstance(data, dict):
        raise BankError([f"{source}: not a question bank (expected a mapping with id, version, themes)"])
    return data


def validate_bank(data: Any, source: str) -> QuestionBank:
    """Validate the plain data of a bank.

    Raises:
        BankError: one line per problem, each starting with ``source``.
    """
    try:
        return QuestionBank.model_validate(data)
    except ValidationError as exc:
        problems = [f"{source}: {line}" for e in exc.errors() for line in _problem_lines(e)]
        raise BankError(problems) from None


_SUB_PATH = re.compile(r"^[a-z_]+(\[\d+\])+[.:\[]")


def _problem_lines(error: Any) -> list[str]:
    """One line per problem: a check over several items names the path below its own in each line."""
    loc = tuple(error["loc"])
    where = format_loc(loc)
    lines: list[str] = []
    for message in _describe(error).split("\n"):
        if _SUB_PATH.match(message):
            lines.append(f"{where}.{message}" if loc else message)
        else:
            lines.append(f"{where}: {message}")
    return lines


def check_bank_set(banks: list[tuple[str, QuestionBank]]) -> list[str]:
    """Problems across banks that are used together: bank ids and theme ids must be unique.

    Args:
        banks: (source name, bank) pairs.

    Returns:
        One line per problem; empty when the set is consistent.
    """
    problems: list[str] = []
    bank_sources: dict[str, str] = {}
    theme_sources: dict[str, str] = {}
    for source, bank in banks:
        if bank.id in bank_sources:
            problems.append(f"{source}: id: bank id {bank.id!r} is also used by {bank_sources[bank.id]}")
        else:
            bank_sources[bank.id] = source
        for index, theme in enumerate(bank.themes):
            if theme.id in theme_sources and theme_sources[theme.id] != source:
                problems.append(
                    f"{source}: themes[{index}].id: theme id {theme.id!r} is also used by "
                    f"{theme_sources[theme.id]}"
                )
            theme_sources.setdefault(theme.id, source)
    return problems
