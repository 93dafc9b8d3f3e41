"""Render a ReportContext into a Word template (docxtpl, jinja2 with autoescaping) and write it atomically.

Three steps: ``build_context`` (report/context.py), :func:`render`, and ``write_atomic``;
:func:`export_report` runs all three for the GUI and the command line and returns the
``ExportedVersion`` the caller keeps in the case (so a return made on it can be checked against it).
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate, RichText  # type: ignore[import-untyped]  # docxtpl ships no type hints
from jinja2 import Environment, StrictUndefined, TemplateError, Undefined, UndefinedError
from markupsafe import Markup, escape

from interview_guide.core.bank import QuestionBank
from interview_guide.core.deadlines import Deadline, DeadlineSettings, compute_deadline
from interview_guide.core.errors import BankError, ReportError
from interview_guide.core.hearing import Hearing
from interview_guide.core.report_versions import ExportedVersion
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.report.bidi import flag_rtl
from interview_guide.report.context import ReportContext, build_context
from interview_guide.report.docx_finish import Finished, finish, set_languages, set_properties
from interview_guide.report.languages import REPORT_TAGS, record_tag, rtl_tag
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


def _used_variables(path: Path) -> set[str] | str:
    """The variables a template uses (or its syntax error), remembered per file version.

    Finding them parses the whole template with jinja2, about a sixth of a long report's export time;
    the shipped templates never change while the app runs.
    """
    try:
        info = path.stat()
    except OSError:
        info = None
    key = (str(path), info.st_mtime_ns if info else 0, info.st_size if info else 0)
    if key not in _USED:
        template = _open_template(path)
        try:
            _USED[key] = set(template.get_undeclared_template_variables(make_environment()))
        except TemplateError as exc:
            return f"{path.name}: template syntax error: {exc}"
    return set(_USED[key])


_USED: dict[tuple[str, int, int], set[str]] = {}


def check_template(path: Path, *, audit_trail: bool = False) -> list[str]:
    """Problems that would make ``path`` print a wrong or incomplete report (empty list: none).

    Lists variables the template uses that the report does not provide, and required ones it leaves out
    (with ``audit_trail``, also the audit-trail annex: a template made before it would silently omit it).
    """
    _open_template(path)
    used = _used_variables(path)
    if isinstance(used, str):
        return [used]
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


def _rich(pieces: Iterable[tuple[str, str]]) -> RichText:
    # One line of "what changed": removed words struck through, added words underlined.
    text = RichText()
    for kind, piece in pieces:
        text.add(piece, strike=kind == "del", underline="single" if kind == "ins" else None)
    return text


def _template_data(context: ReportContext) -> dict[str, Any]:
    data = context.model_dump()
    for change in data["changes"]:
        change["changes"] = [_rich(line) for line in change["changes"]]
    return data


def render_report(context: ReportContext, template: Path | None = None) -> bytes:
    """Render ``context`` into the template (default: the shipped one of the context's language).

    Returns:
        The .docx file as bytes.

    Raises:
        ReportError: the template is missing, not a .docx, or uses a variable the report lacks.
    """
    return render(context, template).data


def render(
    context: ReportContext,
    template: Path | None = None,
    *,
    tags: tuple[str, str] | None = None,
    now: dt.datetime | None = None,
) -> Finished:
    """Render ``context``, tag its languages, and embed the recorded copy.

    Args:
        context: what to print.
        template: a custom template (default: the shipped one of the context's language).
        tags: the language tags of the recorded text and of right-to-left text.
        now: the creation time to record in the document properties (default: now).

    Raises:
        ReportError: the template is missing, not a .docx, or uses a variable the report lacks.
    """
    path = template or default_template(context.lang)
    problems = check_template(path, audit_trail=context.audit_annex)
    if problems:
        raise ReportError("; ".join(problems))
    document = _open_template(path)
    try:
        document.render(_template_data(context), make_environment(), autoescape=True)
    except TemplateError as exc:
        near = " ".join(" ".join(getattr(exc, "docx_context", [])).split())[:120]
        where = f" near “{near}”" if near else ""
        what = (
            "uses a value the report does not provide"
            if isinstance(exc, UndefinedError)
            else "cannot be filled in"
        )
        raise ReportError(f"{path.name}: the template {what}: {exc}{where}") from None
    document_part = document.docx
    flag_rtl(document_part.element.body)
    record, rtl = tags or (REPORT_TAGS[context.lang], "ar-SA")
    set_languages(document_part, REPORT_TAGS[context.lang], record, rtl)
    set_properties(document_part, context.lang, _title(context), now or dt.datetime.now(dt.UTC))
    return finish(document_part, context.fingerprint, context.lang, context.final, path.name)


def _title(context: ReportContext) -> str:
    kind = context.hearing_kind
    return f"Rapport van {kind}" if context.lang == "nl" else f"Record of the {kind}"


def installed_banks(hearing: Hearing) -> list[QuestionBank]:
    """The installed question banks the hearing used ([] if they cannot be read).

    The admin folder's banks when the IT department installed some (the same set the window uses);
    otherwise only the hearing's own bank files are parsed when they can be found by id (parsing every
    bank costs more than rendering a long report), else all installed banks are tried. The GUI passes
    the banks it has loaded instead.
    """
    from interview_guide.resources import banks_dir
    from interview_guide.storage.admin_folder import admin_bank_files, load_effective_banks
    from interview_guide.storage.bank_files import load_banks

    used = [b.id for b in hearing.case.banks]
    if not used:
        return []
    if admin_bank_files()[0]:
        try:
            return list(load_effective_banks().banks.banks)
        except BankError:
            pass
    files = [banks_dir() / f"{bank_id}.yaml" for bank_id in used]
    for paths in ([f for f in files if f.is_file()] or None, None):
        try:
            return list(load_banks(paths).banks)
        except BankError:
            continue
    return []


def bank_texts(
    hearing: Hearing, banks: Iterable[QuestionBank], lang: Lang
) -> tuple[dict[str, str], dict[str, str]]:
    """Theme id -> title and bank id -> title, in ``lang``, from the banks the hearing used first."""
    used = [b.id for b in hearing.case.banks]
    ordered = sorted(banks, key=lambda bank: used.index(bank.id) if bank.id in used else len(used))
    themes: dict[str, str] = {}
    titles: dict[str, str] = {}
    for bank in ordered:
        titles.setdefault(bank.id, bank.title.get(lang))
        for theme in bank.themes:
            themes.setdefault(theme.id, theme.title.get(lang))
    return themes, titles


def theme_titles(hearing: Hearing, lang: Lang) -> dict[str, str]:
    """Theme id -> title from the installed question banks the hearing used; {} if they cannot be read."""
    return bank_texts(hearing, installed_banks(hearing), lang)[0]


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
    sent_on: dt.date | None = None,
    banks: Iterable[QuestionBank] | None = None,
    now: dt.datetime | None = None,
) -> ExportedVersion:
    """Export the hearing report as a Word file (for the GUI and the command line).

    The caller keeps the returned version in the case (``report_versions.add_version``), so that a
    return made on this report is checked against what it showed.

    Args:
        hearing: the record.
        out_path: the .docx to write; an existing file is replaced atomically.
        lang: ``"nl"`` or ``"en"``.
        template: a custom Word template (default: the shipped one for ``lang``).
        progress: called with (fraction done, step) while exporting.
        final: the final report: no instructions or columns for corrections, and the annex with the
            corrections and additions and the officer's responses (see ``final_problems``).
        audit_trail: end with the annex of every change to a question or answer after it was recorded
            (when, old text, new text); the report itself and its fingerprint show the final record.
        deadline: the deadline to print (default: computed from ``deadline_settings`` and ``sent_on``).
        deadline_settings: the deadline rules (default: the built-in defaults; the CLI and GUI pass
            what ``storage.settings_files.load_deadlines`` read).
        sent_on: the date the report is sent to counsel; the deadline runs from it (default: today).
        banks: the question banks loaded by the caller, for theme and bank titles (default: the
            installed banks the hearing used).
        now: the moment of the export (default: now).

    Returns:
        The exported version: fingerprint, copy hash, dates, and the text of every place it shows.

    Raises:
        ReportError: an unknown language, a bad template, or the file cannot be written.
    """
    if lang not in LANGUAGES:
        raise ReportError(f"unknown report language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    if final:
        from interview_guide.core.finalise import final_report_problems

        problems = final_report_problems(hearing, "en")
        if problems:
            raise ReportError("no final report yet: " + " ".join(problems))

    def step(fraction: float, text: str) -> None:
        if progress is not None:
            progress(fraction, text)

    moment = now or dt.datetime.now().astimezone()
    day = sent_on or moment.date()
    step(0.0, "collecting the record")
    themes, titles = bank_texts(hearing, installed_banks(hearing) if banks is None else banks, lang)
    due = deadline or compute_deadline(hearing, deadline_settings, sent_on=day)
    context = build_context(
        hearing, lang, due, themes, final=final, audit_trail=audit_trail, sent_on=day, bank_titles=titles
    )
    step(0.2, "filling in the template")
    finished = render(
        context,
        Path(template) if template is not None else None,
        tags=(record_tag(hearing), rtl_tag(hearing)),
        now=moment,
    )
    step(0.9, "writing the file")
    write_report(finished.data, Path(out_path))
    step(1.0, "done")
    return ExportedVersion(
        number=len(hearing.exported_versions) + 1,
        fingerprint=context.fingerprint,
        copy_hash=finished.copy_hash,
        exported_at=moment,
        sent_on=day,
        deadline=due.due,
        lang=lang,
        final=final,
        places=finished.places,
    )
