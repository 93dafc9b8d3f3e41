"""Workshop commands: ``practice-review`` (figures and a Word feedback sheet of a practice hearing)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from interview_guide.cli.common import add_case_argument, open_case
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.storage.bank_files import load_banks
from interview_guide.training.practice_review import PracticeReview, banks_of, review_practice
from interview_guide.training.wording import category_label


def register(subparsers: Any) -> None:
    """Add the workshop commands."""
    review = subparsers.add_parser(
        "practice-review",
        help="review the questions of a practice hearing (figures, feedback sheet)",
        description="Count the questions of CASE: open, closed (by their form), follow-ups, every checker "
        "category with hints included, questions per theme and pillar, answer length after open and after "
        "closed questions. With -o, write the Word feedback sheet (figures, timeline, the trainer's notes, a "
        "better wording for each flagged question). The review describes the questioning, not the applicant.",
    )
    add_case_argument(review)
    review.add_argument("-o", "--output", type=Path, metavar="FEEDBACK.docx", help="write the feedback sheet")
    review.add_argument("--json", action="store_true", help="print the figures as a JSON object")
    review.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of the sheet (default: nl)")
    review.set_defaults(run=run_practice_review)


def run_practice_review(args: argparse.Namespace) -> int:
    """Review the practice hearing; print the figures and write the sheet when asked."""
    hearing = open_case(args)
    lang: Lang = args.lang
    banks = banks_of(hearing, load_banks().banks)
    review = review_practice(hearing, banks, lang)
    if args.output is not None:
        from interview_guide.report.feedback_sheet import export_feedback_sheet

        export_feedback_sheet(hearing, review, banks, lang, args.output)
    if args.json:
        json.dump(review.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(_summary(review, lang))
        if args.output is not None:
            print(f"{args.output}: feedback sheet written")
    return 0


def _summary(review: PracticeReview, lang: Lang) -> str:
    lines = [
        f"questions: {len(review.questions)}  open: {review.open}  closed: {review.closed}  "
        f"follow-ups: {review.follow_ups}  open share: {review.open_share * 100:.0f} %",
    ]
    for kind in ("open", "closed"):
        mean = review.mean_answer_words(kind)
        lines.append(f"mean answer after {kind} questions: {'-' if mean is None else f'{mean:.0f} words'}")
    for category, count in review.by_category().items():
        lines.append(f"  {category_label(category, lang)}: {count}")
    lines.append(f"flagged: {len(review.flagged)}  with a trainer note: {len(review.annotated)}")
    return "\n".join(lines)
