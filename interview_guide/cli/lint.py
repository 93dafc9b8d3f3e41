"""``lint``: check officers' questions with the question-quality checker."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from interview_guide.core.hearing import ClaimType
from interview_guide.core.question_check import Finding, check_question, is_ok


def register(subparsers: Any) -> None:
    """Add the ``lint`` command."""
    parser = subparsers.add_parser(
        "lint",
        help="check questions for closed, leading, stereotyping, sexual or quiz questions and more",
        description="Check questions in Dutch or English and say what is wrong, why, and how to ask "
        "better. Give the questions as arguments, or '-' to read one question per line from standard "
        "input. Exit status 0 whenever the analysis ran, also when questions were flagged.",
    )
    parser.add_argument("texts", nargs="+", metavar="TEXT", help="a question, or '-' for standard input")
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the questions (default: detect)")
    parser.add_argument(
        "--ui-lang",
        choices=["nl", "en"],
        help="language of messages and suggestions (default: the language of each question)",
    )
    parser.add_argument(
        "--claim",
        action="append",
        choices=[c.value for c in ClaimType],
        default=[],
        help="claim type of the hearing (repeatable); tunes the messages",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list, one object per question")
    parser.set_defaults(run=run)


def _questions(texts: list[str]) -> list[str]:
    questions: list[str] = []
    for text in texts:
        if text == "-":
            questions.extend(line.strip() for line in sys.stdin if line.strip())
        else:
            questions.append(text)
    return questions


def run(args: argparse.Namespace) -> int:
    """Check every question and print the findings."""
    claims = [ClaimType(value) for value in args.claim]
    results = [
        (text, check_question(text, args.lang, claim_types=claims, ui_lang=args.ui_lang))
        for text in _questions(args.texts)
    ]
    if args.json:
        payload = [
            {"text": text, "ok": is_ok(findings), "findings": [f.as_dict() for f in findings]}
            for text, findings in results
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for text, findings in results:
        print(_report(text, findings))
    return 0


def _report(text: str, findings: list[Finding]) -> str:
    """A readable report of one question: verdict, then each finding with its rule and evidence."""
    lines = [f"{'ok' if is_ok(findings) else 'NOT OK'}: {text}"]
    for finding in findings:
        lines.append(
            f"  {finding.severity.value:5}  {finding.category.value}  "
            f'[{finding.rule_id}: "{finding.matched}"]'
        )
        lines.extend(
            textwrap.wrap(
                finding.message, width=100, initial_indent="         ", subsequent_indent="         "
            )
        )
        if finding.suggestion:
            lines.append(f"         -> {finding.suggestion}")
    return "\n".join(lines)
