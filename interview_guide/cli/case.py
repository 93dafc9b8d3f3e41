"""Commands on the hearing record: ``schema`` and ``fingerprint``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from interview_guide.cli.common import add_case_argument, open_case
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import Hearing


def register(subparsers: Any) -> None:
    """Add the ``schema`` and ``fingerprint`` commands."""
    schema = subparsers.add_parser("schema", help="print the JSON Schema of the case file")
    schema.set_defaults(run=run_schema)
    fp = subparsers.add_parser(
        "fingerprint",
        help="print the record's fingerprint (as in the report footer)",
        description="Print the SHA-256 fingerprint of the recorded hearing (case data, sittings and "
        "entries), the same 64 hex characters as in the footer of the report.",
    )
    add_case_argument(fp)
    fp.set_defaults(run=run_fingerprint)


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the .igcase file."""
    print(json.dumps(Hearing.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def run_fingerprint(args: argparse.Namespace) -> int:
    """Print the fingerprint of a case."""
    print(fingerprint(open_case(args)))
    return 0
