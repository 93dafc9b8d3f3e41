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
    shots = subparsers.add_parser(
        "screenshots",
        help="render every page on the demo hearing into PNG files",
        description="Render the start screen and every page of the window on the demo hearing, "
        "offscreen at 1280x800, into PNG files in DIR.",
    )
    shots.add_argument("folder", type=Path, metavar="DIR")
    shots.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the UI (default nl)")
    shots.add_argument(
        "--claim", choices=("lgbti", "conversion", "both"), default="both", help="which demo hearing"
    )
    shots.set_defaults(run=run_screenshots)


def run_screenshots(args: argparse.Namespace) -> int:
    """Write the screenshots; offscreen unless a platform was chosen.

    They run on an isolated, empty data folder (removed afterwards): the start screen shows no real
    recent case, and no real autosave or setting is read or touched.
    """
    import os
    import tempfile

    from interview_guide.storage.paths import DATA_DIR_VARIABLE

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    before = os.environ.get(DATA_DIR_VARIABLE)
    with tempfile.TemporaryDirectory(prefix="interview-guide-screenshots-") as isolated:
        os.environ[DATA_DIR_VARIABLE] = isolated
        try:
            from interview_guide.screenshots import take_screenshots

            for path in take_screenshots(args.folder, args.lang, args.claim):
                print(path)
        finally:
            if before is None:
                del os.environ[DATA_DIR_VARIABLE]
            else:
                os.environ[DATA_DIR_VARIABLE] = before
    return 0


def run(args: argparse.Namespace) -> int:
    """Start the GUI; PySide6 is imported only here.

    Raises:
        InterviewGuideError: there is no display to show a window on (instead of Qt's abort).
    """
    import os
    import sys

    from interview_guide.core.errors import InterviewGuideError

    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        raise InterviewGuideError(
            "no display to show the window on (DISPLAY is not set): start it in a desktop session, "
            "or set QT_QPA_PLATFORM=offscreen for a check without a window"
        )
    from interview_guide.app import run_app

    return run_app(case=args.case, demo=args.demo, quit_when_shown=args.quit_when_shown)
