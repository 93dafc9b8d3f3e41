"""``encrypt``, ``decrypt`` and ``passwd``: convert a case file between plain and encrypted form, or
re-encrypt it under a new passphrase."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from interview_guide.cli.common import (
    NEW_PASSPHRASE_VARIABLE,
    add_case_argument,
    can_prompt,
    new_passphrase,
    open_case,
    open_case_for_update,
)
from interview_guide.core.errors import CaseFileError, InterviewGuideError
from interview_guide.core.hearing import HearingType
from interview_guide.storage import CaseKey, save_case
from interview_guide.storage.case_file import parse_case_file, read_bytes
from interview_guide.storage.crypto import is_encrypted_data


def register(subparsers: Any) -> None:
    """Add the ``encrypt``, ``decrypt`` and ``passwd`` commands."""
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
        "another tool. The copy holds special-category personal data in the clear: for a hearing that "
        "is not a training hearing it is written only after a confirmation on the terminal, or with "
        "--force.",
    )
    for parser, run in ((encrypt, run_encrypt), (decrypt, run_decrypt)):
        add_case_argument(parser)
        parser.add_argument(
            "-o", "--output", type=Path, required=True, metavar="OUT", help="the file to write"
        )
        parser.set_defaults(run=run)
    encrypt.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    decrypt.add_argument(
        "--force",
        action="store_true",
        help="overwrite OUT if it exists, and write a plain copy of a hearing that is not a training "
        "hearing without asking",
    )
    passwd = subparsers.add_parser(
        "passwd",
        help="re-encrypt a case file under a new passphrase",
        description="Re-encrypt an encrypted case file under a new passphrase, in place; nothing is "
        "written in plain text. The current passphrase comes from --passphrase-file or "
        "INTERVIEW_GUIDE_PASSPHRASE, the new one from --new-passphrase-file or "
        f"{NEW_PASSPHRASE_VARIABLE}; otherwise both are asked on the terminal. An unfinished autosave "
        "of the case made before still opens with the old passphrase.",
    )
    add_case_argument(passwd)
    passwd.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the new passphrase from the first line of FILE (or set {NEW_PASSPHRASE_VARIABLE})",
    )
    passwd.set_defaults(run=run_passwd)


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
    """Decrypt an encrypted case file into OUT (a real hearing only when confirmed)."""
    case: Path = args.case
    if not is_encrypted_data(read_bytes(case, head=16)):
        raise CaseFileError(f"{case}: is not encrypted")
    _check_output(args)
    hearing = open_case(args)
    kind = hearing.case.hearing_type
    if kind != HearingType.TRAINING and not args.force and not _confirmed(case, kind):
        raise InterviewGuideError(
            f"{case}: is a {kind.value} hearing, not a training hearing: a plain copy holds "
            "special-category personal data in the clear; nothing was written (add --force to write it)"
        )
    save_case(hearing, args.output)
    print(
        f"Plain copy written to {args.output}; it is not encrypted: keep it on an encrypted disk and "
        "delete it when done.",
        file=sys.stderr,
    )
    return 0


def _confirmed(case: Path, kind: HearingType) -> bool:
    if not can_prompt():
        return False
    print(
        f"{case.name} is a {kind.value} hearing, not a training hearing. A plain copy holds "
        "special-category personal data in the clear.",
        file=sys.stderr,
    )
    answer = input("Write the plain copy anyway? Type yes to go on: ")
    return answer.strip().lower() in ("yes", "ja")


def run_passwd(args: argparse.Namespace) -> int:
    """Re-encrypt a case file under a new passphrase (atomically, in place; no plain text on disk)."""
    opened = open_case_for_update(args)
    if opened.key is None or opened.handle is None:
        raise CaseFileError(f"{args.case}: is not encrypted (use encrypt to make an encrypted copy)")
    new = new_passphrase(args, args.case, changing=True)
    if new == opened.passphrase:
        raise InterviewGuideError(f"{args.case}: the new passphrase is the same as the current one")
    key = CaseKey.derive(new)  # a new salt too: nothing of the old key is reused
    opened.handle.save(opened.hearing, key)
    print(f"{args.case}: re-encrypted under the new passphrase.")
    return 0
