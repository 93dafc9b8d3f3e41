"""``check-banks``: validate question banks and summarise them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from interview_guide.core.bank import QuestionBank
from interview_guide.core.errors import BankError
from interview_guide.storage.admin_folder import admin_template_files, load_effective_banks
from interview_guide.storage.bank_files import load_banks

EXIT_USER_ERROR = 2


def register(subparsers: Any) -> None:
    """Add the ``check-banks`` command."""
    parser = subparsers.add_parser(
        "check-banks",
        help="validate question banks (default: the ones in use, admin folder included)",
        description="Validate question banks. Prints a summary per bank, or one line per problem "
        "naming the file and the field (exit status 2). Without PATH: the shipped banks with the "
        "admin folder's banks and templates over them.",
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
    """Validate the banks and print the summary.

    Without paths: the banks in use, i.e. the shipped ones with the admin folder's over them; a
    broken file in the admin folder is named on stderr and makes the exit status 2 (the app itself
    then uses the shipped file instead).
    """
    admin_warnings: list[str] = []
    overrides: tuple[str, ...] = ()
    if args.paths:
        bank_set = load_banks(args.paths)
    else:
        effective = load_effective_banks()
        bank_set, overrides, admin_warnings = effective.banks, effective.overrides, list(effective.warnings)
        if admin_template_files():
            from interview_guide.report.admin_templates import admin_template_warnings

            admin_warnings += admin_template_warnings()
    # A bank question the question checker flags (warn or block) is a problem of the bank too.
    from interview_guide.core.bank_quality import check_bank_questions

    problems = [
        f"{source}: {line}"
        for source, bank in zip(bank_set.sources, bank_set.banks, strict=True)
        if source not in overrides  # checked already, with the admin folder
        for line in check_bank_questions(bank)
    ]
    if problems:
        raise BankError(problems)
    summaries = [summary(bank) for bank in bank_set.banks]
    if args.json:
        print(json.dumps(summaries, ensure_ascii=False, indent=2))
    else:
        for item, source in zip(summaries, bank_set.sources, strict=True):
            themes = ", ".join(f"{t['id']} ({t['questions']})" for t in item["themes"])
            origin = f" (admin folder: {source})" if source in overrides else ""
            print(
                f"{item['id']} {item['version']} [{item['claim_type']}; {'/'.join(item['languages'])}]: "
                f"{themes}{origin}"
            )
    for warning in admin_warnings:
        print(f"interview-guide: warning: {warning}", file=sys.stderr)
    return EXIT_USER_ERROR if admin_warnings else 0
