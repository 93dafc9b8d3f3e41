"""Render a ReportContext into a Word template (docxtpl, jinja2 with autoescaping) and write it atomically.

Three steps: ``build_context`` (report/context.py), :func:`render_report`, and ``write_atomic``;
:func:`export_report` runs all three for the GUI and the command line.
"""

from __future__ import annotations

import errno
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate  # type: ignore[import-untyped]  # docxtpl ships no type hints
from jinja2 import Environment, StrictUndefined, TemplateError, Undefined, UndefinedError
from markupsafe import Markup, escape

from interview_guide.core.deadlines import Deadline, DeadlineSettings, compute_deadline
from interview_guide.core.errors import BankError, ReportError
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.report.bidi import flag_rtl
from interview_guide.report.context import ReportContext, build_context
from interview_guide.resources import templates_dir
from interview_guide.storage.atomic import WriteError, write_atomic

ProgressCallback = Callable[[float, str], None]
"""Called with the fraction done (0.0 to 1.0) and a short description of the current step."""

# A template that leaves these out would produce a report that is not the legal record.
REQUIRED_VARIABLES = frozenset({"entries", "fingerprint", "case"})
# What a template must print to show the audit-trail annex when it is asked for.
AUDIT_VARIABLES = frozenset({"audit_annex", "audit_events"})

# docxtpl turns "{_{", "}_}", "{_%" and "%_}" into "{{", "}}", "{%" and "%}" after rendering, in the
# data too; writing the underscore as a character reference keeps such user text verbatim.
_LISTING_CHARS = re.compile("[\t\a\n\f]")
_DOCXTPL_UNESCAPES = (("{_{", "{&#95;{"), ("}_}", "}&#95;}"), ("{_%", "{&#95;%"), ("%_}", "%&#95;}"))


class _ReportTemplate(DocxTemplate):  # type: ignore[misc]  # its base is untyped (docxtpl)
    """docxtpl's template, minus a slow pass that has nothing to do in most reports."""

    def resolve_listing(self, xml: str) -> str:
        # docxtpl rewrites tab, \a, \n and \f in every paragraph with nested regexes, which is about a
        # quarter of the rendering time of a long report; our lines hold no \a, \n or \f, and tabs are rare.
        if _LISTING_CHARS.search(xml) is None:
            return xml
        return str(super().resolve_listing(xml))


def default_template(lang: Lang) -> Path:
    """The shipped template of ``lang``."""
    return templates_dir() / f"hearing_report_{lang}.docx"


def _finalize(value: Any) -> Any:
    # Escape here (autoescape would do it too) so the docxtpl post-render substitutions can be
    # neutralised on the escaped text; Undefined passes through so StrictUndefined still raises.
    if isinstance(value, Undefined):
        return value
    text = str(escape(value))
    for plain, guarded in _DOCXTPL_UNESCAPES:
        text = text.replace(plain, guarded)
    return Markup(text)


def make_environment() -> Environment:
    """The jinja2 environment of every report: autoescaping, and an unknown name is an error."""
    return Environment(autoescape=True, undefined=StrictUndefined, finalize=_finalize)


def _open_template(path: Path) -> _ReportTemplate:
    if not path.is_file():
        raise ReportError(f"{path}: no such report template")
    try:
        with zipfile.ZipFile(path) as archive:
            archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        raise ReportError(f"{path}: not a Word document (.docx); choose a .docx report template") from None
    return _ReportTemplate(str(path))


def check_template(path: Path, *, audit_trail: bool = False) -> list[str]:
    """Problems that would make ``path`` print a wrong or incomplete report (empty list: none).

    Lists variables the template uses that the report does not provide, and required ones it leaves out
    (with ``audit_trail``, also the audit-trail annex: a template made before it would silently omit it).
    """
    template = _open_template(path)
    try:
        used = template.get_undeclared_template_variables(make_environment())
    except TemplateError as exc:
        return [f"{path.name}: template syntax error: {exc}"]
    problems = [
        f"{path.name}: uses {{{{ {name} }}}}, which the report does not provide"
        for name in sorted(used - set(ReportContext.model_fields))
    ]
    problems += [
        f"{path.name}: never prints {{{{ {name} }}}}, which every report must show"
        for name in sorted(REQUIRED_VARIABLES - used)
    ]
    if audit_trail and not AUDIT_VARIABLES <= used:
        problems.append(
            f"{path.name}: has no audit-trail annex ({{{{ audit_events }}}}); use a template made for this "
            "version, or export without the audit trail"
        )
    return problems


def render_report(context: ReportContext, template: Path | None = None) -> bytes:
    """Render ``context`` into the template (default: the shipped one of the context's language).

    Returns:
        The .docx file as bytes.

    Raises:
        ReportError: the template is missing, not a .docx, or uses a variable the report lacks.
    """
    path = template or default_template(context.lang)
    problems = check_template(path, audit_trail=context.audit_annex)
    if problems:
        raise ReportError("; ".join(problems))
    document = _open_template(path)
    try:
        document.render(context.model_dump(), make_environment(), autoescape=True)
    except TemplateError as exc:
        near = " ".join(" ".join(getattr(exc, "docx_context", [])).split())[:120]
        where = f" near “{near}”" if near else ""
        what = (
            "uses a value the report does not provide"
            if isinstance(exc, UndefinedError)
            else "cannot be filled in"
        )
        raise ReportError(f"{path.name}: the template {what}: {exc}{where}") from None
    flag_rtl(document.docx.element.body)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def theme_titles(hearing: Hearing, lang: Lang) -> dict[str, str]:
    """Theme id -> title from the installed question banks the hearing used; {} if they cannot be read.

    Only the hearing's own bank files are parsed when they can be found by id (parsing every bank
    costs more than rendering a long report); otherwise all installed banks are tried.
    """
    from interview_guide.resources import banks_dir
    from interview_guide.storage.admin_folder import admin_bank_files, load_effective_banks
    from interview_guide.storage.bank_files import load_banks

    used = [b.id for b in hearing.case.banks]
    if not used:
        return {}
    banks = None
    if admin_bank_files()[0]:  # the IT department's banks: the same set the window uses
        try:
            banks = load_effective_banks().banks.banks
        except BankError:
            pass
    files = [banks_dir() / f"{bank_id}.yaml" for bank_id in used]
    for paths in ([f for f in files if f.is_file()] or None, None):
        if banks is not None:
            break
        try:
            banks = load_banks(paths).banks
        except BankError:
            continue
    titles: dict[str, str] = {}
    ordered = sorted(banks or (), key=lambda bank: used.index(bank.id) if bank.id in used else len(used))
    for bank in ordered:
        for theme in bank.themes:
            titles.setdefault(theme.id, theme.title.get(lang))
    return titles


def _lock_file(out_path: Path) -> Path | None:
    # LibreOffice and Word leave a lock file beside a document they have open.
    candidates = [out_path.with_name(f".~lock.{out_path.name}#")]
    if len(out_path.name) > 2:
        candidates.append(out_path.with_name("~$" + out_path.name[2:]))
    return next((c for c in candidates if c.exists()), None)


def write_report(data: bytes, out_path: Path) -> None:
    """Write the report atomically, replacing an existing file.

    Raises:
        ReportError: the file is open in Word or LibreOffice, or the folder is not writable.
    """
    lock = _lock_file(out_path)
    if lock is not None:
        raise ReportError(
            f"{out_path} is open in Word or LibreOffice (lock file {lock.name}); close it and export "
            f"again (if it is not open, delete the lock file)"
        )
    if out_path.is_dir():
        raise ReportError(f"{out_path} is a folder; give a file name such as report.docx")
    try:
        write_atomic(out_path, data)
    except WriteError as exc:
        cause = exc.__cause__
        code = cause.errno if isinstance(cause, OSError) else None
        reason = str(exc).split(": cannot be written: ")[-1]
        if code == errno.ENOENT:
            hint = "create the folder or choose another one"
        elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
            hint = "the folder is not writable or the file is locked; close the file or choose another folder"
        else:
            hint = "choose another folder"
        raise ReportError(f"cannot write the report to {out_path}: {reason}; {hint}") from None


def export_report(
    hearing: Hearing,
    out_path: Path | str,
    lang: Lang = "nl",
    template: Path | str | None = None,
    progress: ProgressCallback | None = None,
    *,
    final: bool = False,
    audit_trail: bool = False,
    deadline: Deadline | None = None,
    deadline_settings: DeadlineSettings | None = None,
) -> str:
    """Export the hearing report as a Word file (for the GUI and the command line).

    Args:
        hearing: the record.
        out_path: the .docx to write; an existing file is replaced atomically.
        lang: ``"nl"`` or ``"en"``.
        template: a custom Word template (default: the shipped one for ``lang``).
        progress: called with (fraction done, step) while exporting.
        final: add the annex with the corrections and additions and the officer's responses.
        audit_trail: end with the annex of every change to a question or answer after it was recorded
            (when, old text, new text); the report itself and its fingerprint show the final record.
        deadline: the deadline to print (default: computed from ``deadline_settings``).
        deadline_settings: the deadline rules (default: the built-in defaults; the CLI and GUI pass
            what ``storage.settings_files.load_deadlines`` read).

    Returns:
        The record's fingerprint, as printed in the footer.

    Raises:
        ReportError: an unknown language, a bad template, or the file cannot be written.
    """
    if lang not in LANGUAGES:
        raise ReportError(f"unknown report language {lang!r}; choose one of {', '.join(LANGUAGES)}")

    def step(fraction: float, text: str) -> None:
        if progress is not None:
            progress(fraction, text)

    step(0.0, "collecting the record")
    titles = theme_titles(hearing, lang)
    context = build_context(
        hearing,
        lang,
        deadline or compute_deadline(hearing, deadline_settings),
        titles,
        final=final,
        audit_trail=audit_trail,
    )
    step(0.2, "filling in the template")
    data = render_report(context, Path(template) if template is not None else None)
    step(0.9, "writing the file")
    write_report(data, Path(out_path))
    step(1.0, "done")
    return context.fingerprint
