"""What several commands share: opening a case file named on the command line, and saving it back."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from interview_guide.core.hearing import Hearing
from interview_guide.storage import load_case, save_case


@dataclass
class OpenedCase:
    """A case opened from the command line, with what is needed to save it back the same way."""

    path: Path
    hearing: Hearing
    passphrase: str | None = None


def add_case_argument(parser: argparse.ArgumentParser) -> None:
    """Add the CASE positional argument."""
    parser.add_argument("case", type=Path, metavar="CASE", help="the case file (.igcase)")


def open_case_for_update(args: argparse.Namespace) -> OpenedCase:
    """Load the case named by ``args.case`` so that it can be saved back with :func:`save_opened`.

    Raises:
        CaseFileError: the file cannot be opened.
    """
    path: Path = args.case
    return OpenedCase(path=path, hearing=load_case(path))


def open_case(args: argparse.Namespace) -> Hearing:
    """Load the case named by ``args.case``.

    Raises:
        CaseFileError: the file cannot be opened.
    """
    return open_case_for_update(args).hearing


def save_opened(opened: OpenedCase) -> None:
    """Save a case back to where it came from, in the same form (plain stays plain).

    Raises:
        WriteError: the file cannot be written; the old file stays as it was.
    """
    save_case(opened.hearing, opened.path)
