"""Commands for counsel, without the case file: ``check-report`` and ``review-questions``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from interview_guide.core.labels import label

_TEXTS: dict[str, tuple[str, str]] = {
    "intact": (
        "de vastgelegde tekst is onveranderd ({n} vragen; vingerafdruk {fp})",
        "the recorded text is unchanged ({n} entries; fingerprint {fp})",
    ),
    "differs": (
        "de vastgelegde tekst wijkt af op {n} plaats(en):",
        "the recorded text differs in {n} place(s):",
    ),
    "changes": (
        "Bijgehouden wijzigingen en opmerkingen, en waar ze terechtkomen:",
        "Tracked changes and comments, and where they will land:",
    ),
    "items": ("Wat de IND zal inlezen ({n}):", "What the IND will read ({n}):"),
    "none": ("  (niets)", "  (nothing)"),
    "withdrawal": ("intrekking", "withdrawal"),
    "reviewed": (
        "{flagged} van {total} vragen met een bevinding",
        "{flagged} of {total} questions with a finding",
    ),
}


def _t(key: str, lang: str, **values: object) -> str:
    nl, en = _TEXTS[key]
    return (nl if lang == "nl" else en).format(**values)


def register(subparsers: Any) -> None:
    """Add ``check-report`` and ``review-questions``."""
    check = subparsers.add_parser(
        "check-report",
        help="for counsel: check that a report's recorded text is unchanged, and list what will be read",
        description="Check a hearing report without the case file: compare its recorded text with the copy "
        "embedded in it, list tracked changes and comments and where they will land, and the items the "
        "IND's import will read. Exit status 0 when the recorded text is unchanged, 2 when it differs "
        "(each entry named on its own line) or the report cannot be checked.",
    )
    check.add_argument("report", type=Path, metavar="REPORT", help="the report (.docx)")
    check.set_defaults(run=run_check)
    review = subparsers.add_parser(
        "review-questions",
        help="for counsel: run the question checker over the officer's questions in a report",
        description="Run the question checker over every question of a hearing report (verbatim, as "
        "printed), in the report's language, and write per entry the finding and its basis, for "
        "counsel's corrections and additions. Exit status 0 whenever it ran, with findings or without.",
    )
    review.add_argument("report", type=Path, metavar="REPORT", help="the report (.docx)")
    review.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of {entry, question, findings: [{category, severity, message, basis}]}",
    )
    review.set_defaults(run=run_review)


def run_check(args: argparse.Namespace) -> int:
    """Check a report against its embedded copy."""
    from interview_guide.report.counsel_check import check_report

    check = check_report(args.report)
    lang = check.lang
    if check.problem:
        print(f"{args.report}: {check.problem}")
    elif check.intact:
        fingerprint = check.copy.fingerprint if check.copy is not None else "—"
        print(f"{args.report}: {_t('intact', lang, n=check.entries, fp=fingerprint)}")
    else:
        print(f"{args.report}: {_t('differs', lang, n=len(check.differences))}")
        for problem in check.differences:
            print(problem.line(lang))
    print(_t("changes", lang))
    print("\n".join(f"  {line}" for line in check.changes) or _t("none", lang))
    real = [item for item in check.items if item.text]
    print(_t("items", lang, n=len(real)))
    for item in check.items:
        kind = label(item.type, lang) if item.text else _t("withdrawal", lang)
        text = " ".join(item.text.split()) or " / ".join(item.struck)
        print(f"  {check.where(item)} [{kind}]: {text}")
    if not real and not check.items:
        print(_t("none", lang))
    return 0 if check.intact else 2


def run_review(args: argparse.Namespace) -> int:
    """Review the officer's questions in a report."""
    from interview_guide.report.counsel_check import review_questions

    lang, reviews = review_questions(args.report)
    if args.json:
        payload = [{"entry": r.entry, "question": r.question, "findings": r.findings} for r in reviews]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    label = "vraag" if lang == "nl" else "entry"
    for review in reviews:
        for finding in review.findings:
            print(
                f"{label} {review.entry}: [{finding['severity']}] {finding['message']} ({finding['basis']})"
            )
    flagged = sum(1 for r in reviews if r.findings)
    print(_t("reviewed", lang, flagged=flagged, total=len(reviews)))
    return 0
