"""The command line: ``interview-guide [COMMAND] ...``; plain ``interview-guide`` starts the GUI.

Each command lives in its own module with a ``register(subparsers)`` function. User errors
(InterviewGuideError) become one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from interview_guide import __version__
from interview_guide.core.errors import BankError, InterviewGuideError

# Modules under interview_guide.cli that register commands, in the order of the help text.
COMMAND_MODULES = (
    "gui",
    "banks",
    "case",
    "lint",
    "crypt",
    "report",
    "demo",
)

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message} (see --help)\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every command registered (or only the module ``only``).

    Starting the GUI registers only ``gui``, so start-up does not import what the other commands need.
    """
    parser = _Parser(
        prog="interview-guide",
        description="Interview Guide: hearings of LGBTI and conversion asylum claims (IND).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES if only is None else (only,):
        module = importlib.import_module(f"interview_guide.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")):
        args_list.insert(0, "gui")
    parser = build_parser(only="gui" if args_list[0] in ("gui", "screenshots") else None)
    args = parser.parse_args(args_list)
    try:
        status: int = args.run(args)
    except BankError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_USER_ERROR
    except InterviewGuideError as exc:
        print(f"interview-guide: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interview-guide: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        from interview_guide.cli.common import release_opened

        release_opened()
    return status
