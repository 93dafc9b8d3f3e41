"""Each kind of bank condition walked through the real wizard: the frame and the case steer the pages."""

from __future__ import annotations

import pytest
from gui_helpers import jump
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWizardPage
from pytestqt.qtbot import QtBot
from test_bank_conditions import _bank, _parse, _theme

from interview_guide.app import AppContext
from interview_guide.core.hearing import ClaimType
from interview_guide.core.labels import label
from interview_guide.core.reference_frame import Sogiesc
from interview_guide.storage.bank_files import BankSet, load_banks
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.review_page import ReviewPage
from interview_guide.ui.pages.theme_page import ThemePage


def _start(window: MainWindow, context: AppContext, claims: list[ClaimType]) -> None:
    context.controller.new_hearing(claims)
    assert window.wizard is not None


def _walk(window: MainWindow) -> list[QWizardPage]:
    """Press Next from the first page to the last; the pages visited, in order."""
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to_page(wizard.row_pages()[0])
    visited = [wizard.currentPage()]
    while wizard.button(wizard.WizardButton.CustomButton2).isEnabled():
        wizard.button(wizard.WizardButton.CustomButton2).click()
        visited.append(wizard.currentPage())
    return visited


def _choose(page: QWizardPage, field: str, value: str) -> None:
    combo = page.findChild(QComboBox, f"frame-{field}")
    combo.setCurrentIndex(combo.findData(value))


def _theme_page(window: MainWindow, theme_id: str) -> ThemePage:
    assert window.wizard is not None
    return next(p for p in window.wizard.theme_pages() if p.theme.id == theme_id)


def _visible_cards(page: ThemePage) -> list[str]:
    return [q for q in page.card_order if page.cards[q].isVisibleTo(page)]


def test_a_passive_route_convert_is_not_asked_about_searching(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    _start(window, context, [ClaimType.CONVERSION])
    wizard = window.wizard
    assert wizard is not None
    wizard.step(1)  # case -> reference frame
    _choose(wizard.currentPage(), "conversion_route", "passive")
    assert context.controller.require().reference_frame.conversion_route == "passive"
    visited = _walk(window)
    motives = _theme_page(window, "motives-and-process")
    assert motives in visited
    wizard.go_to_page(motives)
    shown = _visible_cards(motives)
    assert "searching" not in shown
    assert shown.index("decisive-experience") == shown.index("faith-growing-up") + 1
    skipped = motives.findChild(QLabel, "skippedList")
    assert skipped.isVisibleTo(motives)
    assert "How did your search for this faith unfold? — passive route" in skipped.text()
    note = motives.cards["decisive-experience"].findChild(QLabel, "conditionNote")
    assert note.text() == "For this applicant: order changed (passive route: the experience first)."
    # The officer may still show it, and ask it.
    motives.skipped.button.click()
    assert motives.cards["searching"].isVisibleTo(motives)
    assert "Skipped for this applicant: passive route." in motives.cards["searching"].condition_note.text()
    # Another route: the question is back, in its place.
    jump(window, "Reference frame")
    _choose(wizard.currentPage(), "conversion_route", "active")
    wizard.go_to_page(motives)
    motives.skipped.button.setChecked(False)
    assert _visible_cards(motives)[:5] == [
        "faith-growing-up",
        "first-contact-faith",
        "what-drew-you",
        "decisive-experience",
        "searching",
    ]
    assert not motives.skipped.isVisibleTo(motives)


def test_the_place_of_first_contact_replaces_or_leaves_out_a_question(
    window: MainWindow, context: AppContext
) -> None:
    _start(window, context, [ClaimType.CONVERSION])
    wizard = window.wizard
    assert wizard is not None
    wizard.step(1)
    frame = wizard.currentPage()
    activities = _theme_page(window, "activities")
    _choose(frame, "first_contact_place", "transit")
    wizard.go_to_page(activities)
    assert _visible_cards(activities)[0] == "faith-on-the-way"
    assert "faith-in-origin" not in _visible_cards(activities)
    note = activities.cards["faith-on-the-way"].condition_note.text()
    assert note.startswith(
        "In place of “How did you live your faith in your country of origin?”: first contact"
    )
    # Asking it logs the question that was asked, under its own id.
    activities.cards["faith-on-the-way"].ask_button.click()
    entry = context.controller.require().entries[-1]
    assert entry.question_id == "faith-on-the-way" and entry.theme_id == "activities"
    wizard.go_to_page(frame)
    _choose(frame, "first_contact_place", "netherlands")
    wizard.go_to_page(activities)
    assert {"faith-on-the-way", "faith-in-origin"}.isdisjoint(_visible_cards(activities))
    assert "first contact with the faith in the Netherlands" in activities.skipped.list.text()


@pytest.mark.parametrize("identity", [Sogiesc.TRANSGENDER, Sogiesc.INTERSEX, Sogiesc.NON_BINARY])
def test_gender_identity_is_required_and_early_for_a_trans_intersex_or_non_binary_applicant(
    window: MainWindow, context: AppContext, identity: Sogiesc
) -> None:
    _start(window, context, [ClaimType.LGBTI])
    wizard = window.wizard
    assert wizard is not None
    gender = _theme_page(window, "gender-identity")
    rows = wizard.row_pages()
    assert rows.index(gender) == len(rows) - 5  # last theme before the closing
    wizard.step(1)
    frame = wizard.currentPage()
    box = next(c for c in frame.findChildren(QCheckBox) if c.text() == label(identity, "en"))
    box.click()
    assert context.controller.require().reference_frame.sogiesc == [identity]
    # The side list follows at once: the theme comes right after the opening (modules of the common bank
    # that are left out for this applicant may stand in between, greyed).
    opening = _theme_page(window, "opening")
    rows = wizard.row_pages()
    shown = [page for page in rows if page not in wizard.skipped_pages()]
    assert shown.index(gender) == shown.index(opening) + 1
    assert wizard.page_list.item(rows.index(gender)).text().startswith("Gender identity")
    wizard.go_to_page(opening)
    wizard.step(1)
    assert wizard.currentPage() is gender
    status = gender.findChild(QLabel, "themeStatus")
    assert status.isVisibleTo(gender)
    assert (
        status.text()
        == "For this applicant: required, order changed (trans, intersex or non-binary applicant)."
    )
    relationships = _theme_page(window, "relationships")
    wizard.go_to_page(relationships)
    assert relationships.status.status.text() == (
        "For this applicant: optional (gender or sex characteristics, no sexual orientation claimed)."
    )
    # The balance view: the theme was skipped, and it is required for this applicant.
    review = next(p for p in wizard.row_pages() if isinstance(p, ReviewPage))
    wizard.go_to_page(review)
    warnings = review.findChild(QLabel, "balanceWarnings").text()
    assert "Theme Gender identity and sex characteristics was not discussed." in warnings
    assert "It is required for this applicant: trans, intersex or non-binary applicant." in warnings
    assert "Relationships" not in warnings


def test_a_trans_applicant_is_asked_name_and_form_of_address_in_the_opening(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    _start(window, context, [ClaimType.LGBTI])
    wizard = window.wizard
    assert wizard is not None
    wizard.step(1)
    frame = wizard.currentPage()
    next(c for c in frame.findChildren(QCheckBox) if c.text() == "transgender").click()
    wizard.step(1)
    opening = wizard.currentPage()
    assert opening is _theme_page(window, "opening")
    assert _visible_cards(opening)[:2] == ["name-used", "form-of-address"]
    required = "For this applicant: required (trans, intersex or non-binary applicant)."
    assert opening.cards["name-used"].condition_note.text() == required
    assert opening.cards["form-of-address"].condition_note.text() == required
    assert opening.cards["how-are-you"].condition_note.text() == ""
    review = next(p for p in wizard.row_pages() if isinstance(p, ReviewPage))

    def warnings() -> str:
        wizard.go_to_page(review)
        text = review.findChild(QLabel, "balanceWarnings").text()
        wizard.go_to_page(opening)
        return text

    missing = "Not asked, though required for this applicant (trans, intersex or non-binary applicant): "
    assert missing + "What name would you like me to use for you?" in warnings()
    assert missing + "Which form of address would you like me to use?" in warnings()
    # The officer asks both, with the keyboard and the mouse as in a hearing, and types the answers.
    opening.cards["name-used"].ask_button.click()
    qtbot.keyClicks(opening.panel.answer_edit, "Lina.")
    opening.cards["form-of-address"].ask_button.click()
    qtbot.keyClicks(opening.panel.answer_edit, "Ms Hassan.")
    entries = context.controller.require().entries
    assert [(e.question_id, e.answer_text) for e in entries] == [
        ("name-used", "Lina."),
        ("form-of-address", "Ms Hassan."),
    ]
    assert missing not in warnings()


def test_the_name_and_form_of_address_are_in_view_on_every_theme_page(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    _start(window, context, [ClaimType.LGBTI])
    wizard = window.wizard
    assert wizard is not None
    case_page = wizard.currentPage()
    qtbot.keyClicks(case_page.findChild(QLineEdit, "nameUsed"), "Sam")
    qtbot.keyClicks(case_page.findChild(QLineEdit, "formOfAddress"), "Sam, no title")
    assert context.controller.require().case.name_used == "Sam"
    for theme_id in ("opening", "self-description", "closing"):
        page = _theme_page(window, theme_id)
        wizard.go_to_page(page)
        line = page.findChild(QLabel, "addressLine")
        assert line.isVisibleTo(page)
        assert line.text() == "The applicant: name: Sam; form of address: Sam, no title."


# --- modules and left-out themes (a small bank set of its own) --------------------------------------


def _module_banks() -> BankSet:
    shipped = load_banks()
    common = shipped.by_id("common").model_dump(mode="json", by_alias=True, exclude_none=True)
    common["themes"] = [t for t in common["themes"] if t["id"] in ("opening", "closing")]
    module = _theme("later-claim")
    module["conditions"] = [
        {
            "effect": "show",
            "when": {"case": "subsequent_application", "values": ["yes"]},
            "because": {"nl": "opvolgende aanvraag", "en": "subsequent application"},
        }
    ]
    common["themes"].insert(1, module)
    claim = _bank([_theme("first"), _theme("second"), _theme("third")])
    claim["themes"][1]["conditions"] = [
        {"effect": "hide", "when": {"field": "literacy", "values": ["none"]}},
    ]
    common_bank = _parse(common)
    return BankSet((common_bank, _parse(claim)))


def test_a_module_and_a_left_out_theme_in_the_wizard(window: MainWindow, context: AppContext) -> None:
    context.controller.banks = _module_banks()
    _start(window, context, [ClaimType.LGBTI])
    wizard = window.wizard
    assert wizard is not None
    titles = [wizard.page_list.item(r).text() for r in range(wizard.page_list.count())]
    assert titles[2:7] == [
        "Opening",
        "later-claim — only for: subsequent application",
        "first",
        "second",
        "third",
    ]
    assert set(wizard.skipped_pages()) == {_theme_page(window, "later-claim")}
    visited = _walk(window)
    assert _theme_page(window, "later-claim") not in visited
    assert _theme_page(window, "second") in visited

    # Ticking "subsequent application" on the case page brings the module in.
    jump(window, "Case and attendees")
    wizard.currentPage().findChild(QCheckBox, "subsequent").click()
    assert wizard.page_list.item(3).text() == "later-claim"
    assert _theme_page(window, "later-claim") in _walk(window)

    # No schooling at all: the second theme is left out, with why; a click still opens it.
    jump(window, "Reference frame")
    _choose(wizard.currentPage(), "literacy", "none")
    row = wizard.row_pages().index(_theme_page(window, "second"))
    assert wizard.page_list.item(row).text() == "second — skipped: Literacy: cannot read or write"
    assert _theme_page(window, "second") not in _walk(window)
    jump(window, "second")
    page = _theme_page(window, "second")
    assert wizard.currentPage() is page
    assert page.status.status.text() == (
        "Skipped for this applicant: Literacy: cannot read or write. You can still ask its questions."
    )


def test_the_case_switches_on_the_subsequent_application_module(
    window: MainWindow, context: AppContext
) -> None:
    _start(window, context, [ClaimType.CONVERSION])
    wizard = window.wizard
    assert wizard is not None
    module = _theme_page(window, "subsequent-application")
    row = wizard.row_pages().index(module)
    assert wizard.page_list.item(row).text() == (
        "Subsequent application and later disclosure — only for: subsequent application or raised later"
    )
    assert module not in _walk(window)
    jump(window, "Case and attendees")
    wizard.currentPage().findChild(QCheckBox, "subsequent").click()
    assert context.controller.require().case.subsequent_application
    row = wizard.row_pages().index(module)
    assert wizard.page_list.item(row).text() == "Subsequent application and later disclosure"
    visited = _walk(window)
    assert visited.index(module) == visited.index(_theme_page(window, "opening")) + 1
    wizard.go_to_page(module)
    assert "what-is-new" in _visible_cards(module)
