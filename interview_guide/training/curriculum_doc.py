"""The curriculum map as a Markdown table, for ``docs/training.md`` (between two marker lines)."""

from __future__ import annotations

from collections.abc import Sequence

from interview_guide.core.bank import QuestionBank
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.trainer_examples import examples_of
from interview_guide.training.curriculum import POINTS, demo_moments
from interview_guide.training.wording import category_label, theme_titles

START = "<!-- curriculum-map:start (written by scripts/update_training_doc.py; do not edit by hand) -->"
END = "<!-- curriculum-map:end -->"
_SHORT = 60


def _short(text: str) -> str:
    text = " ".join(text.split()).replace("|", "/")
    return text if len(text) <= _SHORT else text[: _SHORT - 1].rstrip() + "…"


def curriculum_markdown(demo: Hearing, banks: Sequence[QuestionBank], lang: Lang = "en") -> str:
    """The map: one row per letter point, with demo questions, examples, bank themes and scenarios.

    Args:
        demo: the demo hearing with both claims, in ``lang``.
        banks: the installed banks (theme titles).
        lang: the language of the table.
    """
    titles = theme_titles(banks, lang)
    lines = [
        "| Letter point | Demo questions (both claims) | Examples | Bank themes | Scenarios |",
        "|---|---|---|---|---|",
    ]
    for point in POINTS:
        moments = "<br>".join(
            f"{number}: {_short(demo.entry(number).question_text)}" for number in demo_moments(point, demo, 3)
        )
        examples = []
        for category in point.categories:
            bad_ones = [e for e in examples_of(category) if not e.good]
            bad = next((e for e in bad_ones if e.lang == lang), bad_ones[0])
            examples.append(f"{category_label(category, lang)} (*{_short(bad.text_in(lang))}*)")
        themes = ", ".join(f"{titles.get(t, t)} (`{t}`)" for t in point.themes)
        scenarios = ", ".join(f"`{s}`" for s in point.scenarios)
        title = point.title.get(lang)
        if point.screens is not None:
            title += f"<br>*App: {point.screens.get(lang)}*"
        cells = (title, moments, "<br>".join(examples), themes, scenarios)
        lines.append("| " + " | ".join(cell or "–" for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def replace_map(document: str, table: str) -> str:
    """``document`` with the text between the markers replaced by ``table``.

    Raises:
        ValueError: the markers are missing.
    """
    if START not in document or END not in document:
        raise ValueError("docs/training.md has no curriculum-map markers")
    head, rest = document.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table}{END}{tail}"
