"""``check-banks``: validate question banks and summarise them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from interview_guide.core.bank import QuestionBank
from interview_guide.core.errors import BankError
from interview_guide.storage.bank_files import load_banks


def register(subparsers: Any) -> None:
    """Add the ``check-banks`` command."""
    parser = subparsers.add_parser(
        "check-banks",
        help="validate question banks (default: the shipped ones)",
        description="Validate question banks. Prints a summary per bank, or one line per problem "
        "naming the file and the field (exit status 2).",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="bank files or folders")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(run=run)


def summary(bank: QuestionBank) -> dict[str, Any]:
    """The JSON summary of one bank."""
    return {
        "id": bank.id,
        "version": bank.version,
        "claim_type": bank.claim_type.value,
        "languages": bank.languages,
        "themes": [{"id": theme.id, "questions": len(theme.questions)} for theme in bank.themes],
    }


def run(args: argparse.Namespace) -> int:
    """Validate the banks and print the summary."""
    bank_set = load_banks(args.paths or None)
    # A bank question the question checker flags (warn or block) is a problem of the bank too.
    from interview_guide.core.bank_quality import check_bank_questions

    problems = [
        f"{source}: {line}"
        for source, bank in zip(bank_set.sources, bank_set.banks, strict=True)
        for line in check_bank_questions(bank)
    ]
    if problems:
        raise BankError(problems)
    summaries = [summary(bank) for bank in bank_set.banks]
    if args.json:
        print(json.dumps(summaries, ensure_ascii=False, indent=2))
        return 0
    for item in summaries:
        themes = ", ".join(f"{t['id']} ({t['questions']})" for t in item["themes"])
        print(
            f"{item['id']} {item['version']} [{item['claim_type']}; {'/'.join(item['languages'])}]: {themes}"
        )
    return 0
