"""``encrypt`` and ``decrypt``: convert a case file between plain and encrypted form."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from interview_guide.cli.common import add_case_argument, new_passphrase, open_case_for_update
from interview_guide.core.errors import CaseFileError, InterviewGuideError
from interview_guide.storage import save_case
from interview_guide.storage.case_file import parse_case_file, read_bytes
from interview_guide.storage.crypto import is_encrypted_data


def register(subparsers: Any) -> None:
    """Add the ``encrypt`` and ``decrypt`` commands."""
    encrypt = subparsers.add_parser(
        "encrypt",
        help="write an encrypted copy of a plain case file",
        description="Write an encrypted copy of a plain case file (AES-256-GCM, key from a passphrase). "
        "The new passphrase is read from --passphrase-file or INTERVIEW_GUIDE_PASSPHRASE, or asked twice "
        "on the terminal. Keep it safe: without it the case cannot be opened.",
    )
    decrypt = subparsers.add_parser(
        "decrypt",
        help="write a plain copy of an encrypted case file",
        description="Write a plain (unencrypted) copy of an encrypted case file, for training or for "
        "another tool. The copy holds special-category personal data in the clear.",
    )
    for parser, run in ((encrypt, run_encrypt), (decrypt, run_decrypt)):
        add_case_argument(parser)
        parser.add_argument(
            "-o", "--output", type=Path, required=True, metavar="OUT", help="the file to write"
        )
        parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
        parser.set_defaults(run=run)


def _check_output(args: argparse.Namespace) -> None:
    output: Path = args.output
    if output.is_dir():
        raise InterviewGuideError(f"{output}: is a folder; give a file name")
    if output.exists() and not args.force:
        raise InterviewGuideError(f"{output}: exists already (use --force to overwrite it)")


def run_encrypt(args: argparse.Namespace) -> int:
    """Encrypt a plain case file into OUT."""
    case: Path = args.case
    data = read_bytes(case)
    if is_encrypted_data(data):
        raise CaseFileError(f"{case}: is encrypted already")
    hearing = parse_case_file(data, str(case)).hearing
    _check_output(args)
    save_case(hearing, args.output, new_passphrase(args, args.output))
    print(f"Encrypted copy written to {args.output}.")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    """Decrypt an encrypted case file into OUT."""
    case: Path = args.case
    if not is_encrypted_data(read_bytes(case)):
        raise CaseFileError(f"{case}: is not encrypted")
    _check_output(args)
    opened = open_case_for_update(args)
    save_case(opened.hearing, args.output)
    print(
        f"Plain copy written to {args.output}; it is not encrypted: keep it on an encrypted disk and "
        "delete it when done.",
        file=sys.stderr,
    )
    return 0
