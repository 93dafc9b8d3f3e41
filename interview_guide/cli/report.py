"""Report commands: ``export`` (the Word hearing report) and ``import-corrections`` (counsel's reply)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from interview_guide.cli.common import add_case_argument, open_case, open_case_for_update, save_opened
from interview_guide.core.deadlines import Deadline, compute_deadline, explicit_deadline
from interview_guide.core.hearing import Hearing


def register(subparsers: Any) -> None:
    """Add the ``export`` and ``import-corrections`` commands."""
    export = subparsers.add_parser(
        "export",
        help="write the hearing report as a Word file",
        description="Write the hearing report (.docx) of CASE: every question and answer verbatim, with "
        "a column and a section for counsel's corrections and additions. An existing OUT is replaced.",
    )
    add_case_argument(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="the .docx to write")
    export.add_argument("--lang", choices=("nl", "en"), default="nl", help="report language (default: nl)")
    export.add_argument("--template", type=Path, metavar="PATH", help="a custom Word template")
    export.add_argument(
        "--final",
        action="store_true",
        help="the final report: add the annex with the corrections and additions and the officer's responses",
    )
    export.add_argument(
        "--audit-trail",
        action="store_true",
        help="end with an annex of every change to a question or answer after it was recorded "
        "(when, old text, new text)",
    )
    _add_deadline_options(export)
    export.set_defaults(run=run_export)

    imp = subparsers.add_parser(
        "import-corrections",
        help="read counsel's corrections and additions back from a returned report",
        description="Read the corrections (last column) and additions (Additions box) that counsel wrote "
        "in an exported report back into CASE, which is updated in place. Nothing is imported if the "
        "report belongs to another case or its questions or answers were changed (exit status 2).",
    )
    add_case_argument(imp)
    imp.add_argument("report", type=Path, metavar="REPORT", help="the returned report (.docx)")
    imp.add_argument(
        "--submitted-by", default="counsel", metavar="NAME", help="who sent it (default: counsel)"
    )
    imp.add_argument(
        "--received-at",
        type=_moment,
        metavar="TIME",
        help="when it was received, e.g. 2026-03-03T11:20 (default: now)",
    )
    _add_deadline_options(imp)
    imp.set_defaults(run=run_import)


def _moment(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time: {text!r} (use e.g. 2026-03-03T12:00)"
        ) from None
    if len(text.strip()) == 10:  # a date alone: the end of that day
        moment = moment.replace(hour=23, minute=59)
    return moment


def _add_deadline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--deadline",
        type=_moment,
        metavar="TIME",
        help="the deadline for corrections and additions, e.g. 2026-03-03T12:00 (default: from the "
        "procedure track and deadlines.yaml in the data folder)",
    )
    parser.add_argument(
        "--deadlines-file", type=Path, metavar="PATH", help="deadline rules to use instead of deadlines.yaml"
    )


def deadline_for(hearing: Hearing, args: argparse.Namespace) -> Deadline:
    """The deadline from --deadline, or from the rules (--deadlines-file or the data folder's file).

    Raises:
        SettingsFileError: the deadlines file is malformed.
    """
    if args.deadline is not None:
        return explicit_deadline(hearing, args.deadline)
    from interview_guide.storage.settings_files import load_deadlines

    return compute_deadline(hearing, load_deadlines(args.deadlines_file))


def run_export(args: argparse.Namespace) -> int:
    """Export the report of a case."""
    from interview_guide.report.docx_report import export_report

    hearing = open_case(args)
    template = args.template
    if template is None:  # the admin folder's template if it is sound, else the shipped one
        from interview_guide.report.admin_templates import template_for

        template, warning = template_for(args.lang, audit_trail=args.audit_trail)
        if warning:
            print(f"interview-guide: warning: {warning}", file=sys.stderr)
    fingerprint = export_report(
        hearing,
        args.output,
        args.lang,
        template,
        final=args.final,
        audit_trail=args.audit_trail,
        deadline=deadline_for(hearing, args),
    )
    print(f"{args.output}: {len(hearing.entries)} entries; fingerprint {fingerprint}")
    print(
        f"interview-guide: warning: {args.output} is not encrypted: it holds special-category personal "
        "data in the clear; keep it on an encrypted disk and delete it once it has been sent",
        file=sys.stderr,
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Import counsel's corrections and additions into a case."""
    from interview_guide.report.corrections import import_corrections

    opened = open_case_for_update(args)
    received = args.received_at or dt.datetime.now().astimezone()
    result = import_corrections(
        opened.hearing,
        args.report,
        submitted_by=args.submitted_by,
        received_at=received,
        deadline=deadline_for(opened.hearing, args),
    )
    if result.added:
        save_opened(opened)
    for warning in result.warnings:
        print(f"interview-guide: warning: {warning}", file=sys.stderr)
    late = sum(1 for item in result.added if not item.within_deadline)
    print(
        f"{args.case}: {len(result.added)} item(s) imported"
        + (f", {late} after the deadline" if late else "")
        + (f"; {result.already_present} already present" if result.already_present else "")
    )
    return 0
