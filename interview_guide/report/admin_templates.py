"""Which Word template an export uses: the admin folder's, when it is sound, else the shipped one.

An IT department can replace ``hearing_report_nl.docx`` or ``hearing_report_en.docx`` by putting a
file of that name in ``report_templates`` in the admin folder (see ``storage/admin_folder.py``). A
template there that cannot be read, is not a Word document, uses a value the report does not provide or
leaves out one every report must print is not used: the shipped template is, with a warning.
"""

from __future__ import annotations

from pathlib import Path

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.report.docx_report import check_template, default_template
from interview_guide.storage.admin_folder import admin_template
from interview_guide.storage.bounded_reader import MAX_DOCX_BYTES, read_bounded


def template_for(
    lang: Lang, *, audit_trail: bool = False, folder: Path | None = None
) -> tuple[Path, str | None]:
    """The template an export in ``lang`` uses, and a warning when the admin folder's one is broken.

    Args:
        lang: the report language.
        audit_trail: the export includes the audit-trail annex (the template must print it).
        folder: the admin folder (default: :func:`storage.admin_folder.admin_dir`).

    Returns:
        (template, None), or (the shipped template, a warning naming the admin file and its problem).
    """
    shipped = default_template(lang)
    admin = admin_template(shipped.name, folder)
    if admin is None:
        return shipped, None
    try:
        read_bounded(admin, MAX_DOCX_BYTES, what="report template")  # a regular file of sane size
        problems = check_template(admin, audit_trail=audit_trail)
    except InterviewGuideError as exc:
        problems = [str(exc)]
    if problems:
        return shipped, (
            f"{admin.name} in the admin folder is broken, the shipped template is used instead: "
            + "; ".join(problems)
        )
    return admin, None


def admin_template_warnings(folder: Path | None = None) -> list[str]:
    """A warning for every broken template in the admin folder (checked at start)."""
    return [warning for lang in LANGUAGES if (warning := template_for(lang, folder=folder)[1])]
