"""``demo-case``: write the fictional demo hearing to a plain case file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from interview_guide.core.text import LANGUAGES
from interview_guide.demo import CLAIMS, build_demo_case
from interview_guide.storage import save_case


def register(subparsers: Any) -> None:
    """Add the ``demo-case`` command."""
    parser = subparsers.add_parser(
        "demo-case",
        help="write the fictional demo hearing to a case file",
        description="Write a complete, fictional demo hearing (two sittings, bank questions, statements, "
        "trainer notes) to a plain case file. The same options always give the same file; an existing file "
        "is overwritten.",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the case file to write"
    )
    parser.add_argument(
        "--claim", choices=CLAIMS, default="lgbti", help="which claim the demo shows (default: lgbti)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="nl", help="language of the demo texts (default: nl)"
    )
    parser.add_argument(
        "--scenario",
        metavar="ID",
        help="write a role-play scenario instead: the case and reference frame, no questions yet "
        "(see `interview-guide scenarios`)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build the demo hearing (or a scenario) and save it."""
    if args.scenario is not None:
        from interview_guide.storage.bank_files import load_banks
        from interview_guide.training.scenarios import build_scenario_case, get_scenario

        scenario = get_scenario(args.scenario)
        hearing = build_scenario_case(scenario, load_banks().banks, args.lang)
        save_case(hearing, args.output)
        print(f"{args.output}: scenario {scenario.id} ({args.lang}), no questions asked yet")
        return 0
    hearing = build_demo_case(args.claim, args.lang)
    save_case(hearing, args.output)
    print(f"{args.output}: demo hearing ({args.claim}, {args.lang}), {len(hearing.entries)} entries")
    return 0
