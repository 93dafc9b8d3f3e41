"""Dutch and English names used in workshop material printed without Qt (feedback sheet, role cards)."""

from __future__ import annotations

from collections.abc import Sequence

from interview_guide.core.bank import QuestionBank
from interview_guide.core.question_check import Category
from interview_guide.core.text import Lang

# The same short names as the GUI's badges (ui/checker/names.py and its Dutch translation).
CATEGORY_NAMES: dict[Category, tuple[str, str]] = {
    Category.CLOSED_YES_NO: ("gesloten vraag", "closed question"),
    Category.LEADING: ("sturend", "leading"),
    Category.STEREOTYPING: ("stereotype", "stereotype"),
    Category.SEXUAL_EXPLICIT: ("seksuele details", "sexual detail"),
    Category.SELF_ACCEPTANCE_AWARENESS: (
        "bewustwordingsproces / zelfacceptatie",
        "awareness process / self-acceptance",
    ),
    Category.KNOWLEDGE_QUIZ: ("kennisquiz", "knowledge quiz"),
    Category.COMPOUND: ("meer dan één vraag", "more than one question"),
    Category.WESTERN_CONCEPT: ("westers begrip", "Western concept"),
    Category.SEXUAL_IMAGE_REQUEST: ("vraagt om seksuele beelden", "asks for sexual images"),
    Category.DISCRETION_EXPECTATION: ("verwacht discretie", "expects discretion"),
    Category.ACCUSATORY: ("beschuldigende toon", "accusatory tone"),
    Category.PROOF_DEMAND: ("eist bewijs", "demands proof"),
    Category.INTERPRETER_LOAD: ("moeilijk te tolken", "hard to interpret"),
    Category.BODY_MEDICAL: ("lichaam of medisch", "body or medical"),
}


def category_label(category: Category, lang: Lang) -> str:
    """The short name of a checker category in ``lang``."""
    nl, en = CATEGORY_NAMES[category]
    return nl if lang == "nl" else en


def theme_titles(banks: Sequence[QuestionBank], lang: Lang) -> dict[str, str]:
    """Theme id -> title in ``lang`` (the first bank that has the id wins)."""
    titles: dict[str, str] = {}
    for bank in banks:
        for theme in bank.themes:
            titles.setdefault(theme.id, theme.title.get(lang))
    return titles
