"""The shipped Word templates: current with their generator script, and every one renders strictly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from docxtpl import DocxTemplate
from test_report_data import minutes, rich_hearing

from interview_guide.core import editing
from interview_guide.core.deadlines import compute_deadline
from interview_guide.report.context import ReportContext, build_context
from interview_guide.report.docx_report import (
    AUDIT_VARIABLES,
    check_template,
    make_environment,
    render_report,
)
from interview_guide.resources import templates_dir

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(templates_dir().glob("*.docx"))


def _generator():  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / "build_report_templates.py"
    spec = importlib.util.spec_from_file_location("build_report_templates", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_report_templates", module)
    spec.loader.exec_module(module)
    return module


def test_both_languages_are_shipped() -> None:
    assert {p.name for p in TEMPLATES} >= {"hearing_report_nl.docx", "hearing_report_en.docx"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_committed_templates_are_what_the_script_builds(lang: str) -> None:
    generator = _generator()
    built = generator.build(lang)
    assert built == generator.build(lang), "the generator is not reproducible"
    committed = templates_dir() / f"hearing_report_{lang}.docx"
    assert committed.read_bytes() == built, (
        f"{committed.name} is not what scripts/build_report_templates.py makes; run the script (or, if the "
        "template was edited in Word on purpose, carry the change over into the script)"
    )


@pytest.mark.parametrize("path", TEMPLATES, ids=[p.name for p in TEMPLATES])
def test_every_template_uses_only_known_variables(path: Path) -> None:
    assert check_template(path) == []
    assert check_template(path, audit_trail=True) == []
    used = DocxTemplate(str(path)).get_undeclared_template_variables(make_environment())
    assert used <= set(ReportContext.model_fields)
    assert used >= AUDIT_VARIABLES, "the shipped templates have the audit-trail annex"


@pytest.mark.parametrize("path", TEMPLATES, ids=[p.name for p in TEMPLATES])
@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize("audit_trail", [False, True])
def test_every_template_renders_strictly(path: Path, final: bool, audit_trail: bool) -> None:
    hearing = rich_hearing()
    editing.set_question_text(hearing, 1, "Hoe omschrijft u uzelf?", minutes(200))
    lang = "en" if path.stem.endswith("_en") else "nl"
    context = build_context(hearing, lang, compute_deadline(hearing), final=final, audit_trail=audit_trail)
    assert len(context.audit_events) == (1 if audit_trail else 0)
    data = render_report(context, path)
    assert data[:2] == b"PK"
