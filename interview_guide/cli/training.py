"""Workshop commands: ``practice-review`` (figures and a Word feedback sheet of a practice hearing),
``scenarios`` (the role-play library) and ``role-cards`` (printable cards for a scenario).
"""

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

    listing = subparsers.add_parser(
        "scenarios",
        help="list the role-play scenarios",
        description="List the fictional role-play scenarios. Write one as a case file with "
        "`demo-case -o FILE --scenario ID` and print its cards with `role-cards ID -o CARDS.docx`.",
    )
    listing.add_argument(
        "--json", action="store_true", help="print a JSON list of {id, title, claims, summary}"
    )
    listing.add_argument(
        "--lang", choices=LANGUAGES, default="nl", help="language of the texts (default: nl)"
    )
    listing.set_defaults(run=run_scenarios)

    cards = subparsers.add_parser(
        "role-cards",
        help="write printable role cards for a scenario",
        description="Write the role cards of scenario ID to a Word file, each card on its own page, headed "
        "with its role: officer, applicant (what to tell only when asked openly), interpreter (with a "
        "planted "
        "problem) and the trainer's card (what is planted; not to hand out).",
    )
    cards.add_argument("scenario", metavar="ID", help="the scenario (see `interview-guide scenarios`)")
    cards.add_argument(
        "-o", "--output", type=Path, required=True, metavar="CARDS.docx", help="the .docx to write"
    )
    cards.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of the cards (default: nl)")
    cards.set_defaults(run=run_role_cards)


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


def run_scenarios(args: argparse.Namespace) -> int:
    """List the scenarios."""
    from interview_guide.training.scenarios import SCENARIOS

    lang: Lang = args.lang
    if args.json:
        json.dump([s.listing(lang) for s in SCENARIOS], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for scenario in SCENARIOS:
        claims = "+".join(claim.value for claim in scenario.claims)
        print(f"{scenario.id:28} {claims:17} {scenario.title.get(lang)}")
    return 0


def run_role_cards(args: argparse.Namespace) -> int:
    """Write the role cards of a scenario."""
    from interview_guide.report.role_cards import export_role_cards
    from interview_guide.training.scenarios import get_scenario

    scenario = get_scenario(args.scenario)
    export_role_cards(scenario, load_banks().banks, args.lang, args.output)
    print(f"{args.output}: role cards of {scenario.id} (officer, applicant, interpreter, trainer)")
    return 0
