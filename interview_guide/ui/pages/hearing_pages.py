"""HearingPages: every page of one hearing's wizard, by kind, built once per hearing.

The composition root builds them (``build_hearing_pages``) and hands them to the wizard and to the
features that add to them (the checker's badges, the export button...), so nobody searches the
wizard for a page of some class.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_guide.core.bank import COMMON_THEMES
from interview_guide.core.text import Lang
from interview_guide.ui.controller import HearingController
from interview_guide.ui.entries_model import EntriesModel
from interview_guide.ui.pages.case_page import CasePage
from interview_guide.ui.pages.corrections_page import CorrectionsPage
from interview_guide.ui.pages.frame_page import ReferenceFramePage
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.pages.review_page import ReviewPage
from interview_guide.ui.pages.statements_page import StatementsPage
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.widgets.entry_panel import OwnQuestionGuard


@dataclass(frozen=True)
class HearingPages:
    """The pages of a hearing, in the order of the wizard."""

    case: CasePage
    frame: ReferenceFramePage
    themes: list[ThemePage]  # the opening, the themes or pillars of each claim, the closing
    statements: StatementsPage
    review: ReviewPage
    corrections: CorrectionsPage

    def in_order(self) -> list[RecordPage]:
        """Every page, as the wizard shows them."""
        return [self.case, self.frame, *self.themes, self.statements, self.review, self.corrections]


def build_theme_pages(
    controller: HearingController, entries: EntriesModel, lang: Lang, guard: OwnQuestionGuard | None = None
) -> list[ThemePage]:
    """A page for every theme of the hearing's banks, in the order of the banks.

    The opening and the closing, the common bank's modules and each theme or pillar of the claim
    banks all get a page, also those the bank conditions leave out for this applicant: the wizard
    orders them and passes over the left-out ones (``core/bank_plan.py``), and the officer can still
    open one.
    """
    pages: list[ThemePage] = []
    common = controller.common_bank()
    if common is not None:
        pages.append(ThemePage(controller, entries, common, common.theme("opening"), lang, guard))
        modules = [t for t in common.themes if t.id not in COMMON_THEMES]
        pages += [ThemePage(controller, entries, common, theme, lang, guard) for theme in modules]
    for bank in controller.claim_banks():
        pages += [ThemePage(controller, entries, bank, theme, lang, guard) for theme in bank.themes]
    if common is not None:
        pages.append(ThemePage(controller, entries, common, common.theme("closing"), lang, guard))
    return pages


def build_hearing_pages(
    controller: HearingController, entries: EntriesModel, lang: Lang, guard: OwnQuestionGuard | None = None
) -> HearingPages:
    """Every page for the hearing now in ``controller``.

    Args:
        controller: the controller, with a hearing open.
        entries: the entries model.
        lang: the UI language.
        guard: asked before an own question is logged (the question checker).
    """
    return HearingPages(
        case=CasePage(controller, lang),
        frame=ReferenceFramePage(controller, lang),
        themes=build_theme_pages(controller, entries, lang, guard),
        statements=StatementsPage(controller, lang),
        review=ReviewPage(controller, entries, lang),
        corrections=CorrectionsPage(controller, lang),
    )
