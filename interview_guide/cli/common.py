"""What several commands share: opening a case file named on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from interview_guide.core.hearing import Hearing
from interview_guide.storage import load_case


def add_case_argument(parser: argparse.ArgumentParser) -> None:
    """Add the CASE positional argument."""
    parser.add_argument("case", type=Path, metavar="CASE", help="the case file (.igcase)")


def open_case(args: argparse.Namespace) -> Hearing:
    """Load the case named by ``args.case``.

    Raises:
        CaseFileError: the file cannot be opened.
    """
    path: Path = args.case
    return load_case(path)
