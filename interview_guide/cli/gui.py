"""``gui``: start the desktop app (the default command)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``gui`` command."""
    parser = subparsers.add_parser("gui", help="start the desktop app (default)")
    parser.add_argument("case", nargs="?", type=Path, metavar="CASE", help="a case file to open")
    parser.add_argument("--demo", action="store_true", help="open the demo hearing (for trainers)")
    parser.add_argument(
        "--quit-when-shown",
        action="store_true",
        help="build the window, show it, and quit at once (start-up check; never opens a dialog)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Start the GUI; PySide6 is imported only here."""
    from interview_guide.app import run_app

    return run_app(case=args.case, demo=args.demo, quit_when_shown=args.quit_when_shown)
