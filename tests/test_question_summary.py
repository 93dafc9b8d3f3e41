"""The checker's findings summed up over a hearing (Qt-free)."""

from __future__ import annotations

import datetime as dt

from interview_guide.core import editing
from interview_guide.core.hearing import BankRef, ClaimType, Hearing
from interview_guide.core.question_check import Category
from interview_guide.core.question_summary import HearingChecker, summarise_hearing

T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _hearing(*questions: tuple[str, str | None]) -> Hearing:
    hearing = editing.new_hearing([ClaimType.LGBTI], [BankRef(id="lgbti", version="1.0")], T0)
    for text, question_id in questions:
        editing.add_entry(
            hearing,
            "self-description",
            text,
            T0,
            bank_id="lgbti" if question_id else None,
            question_id=question_id,
        )
    return hearing


def test_counts_per_category_own_and_bank() -> None:
    hearing = _hearing(
        ("How would you describe yourself, in your own words?", "q1"),
        ("Were you in love with him?", None),
        ("You were afraid of your brother, weren't you?", None),
        ("Did you feel ashamed of it?", "q2"),
        ("What did you do in bed together?", None),
    )
    editing.override_check(hearing, 5, ["sexual-explicit"], "The applicant raised it herself.", T0)
    summary = summarise_hearing(hearing)
    assert summary.checked == 5
    assert summary.count(Category.CLOSED_YES_NO) == 2
    assert summary.own_count(Category.CLOSED_YES_NO) == 1
    assert summary.by_category[Category.LEADING] == (3,)
    assert summary.by_category[Category.SEXUAL_EXPLICIT] == (5,)
    assert summary.flagged == (2, 3, 4, 5)
    assert summary.overrides == (5,)
    assert summary.entries[5].override is not None
    assert summary.finding(3, Category.LEADING) is not None
    assert summary.finding(1, Category.LEADING) is None
    # Categories come in the checker's order (the most serious kind first).
    assert next(iter(summary.by_category)) is Category.SEXUAL_EXPLICIT


def test_hints_are_not_counted() -> None:
    summary = summarise_hearing(_hearing(("Was that in 2019?", None)))
    assert summary.entries[1].findings and not summary.entries[1].problems
    assert summary.by_category == {} and summary.flagged == ()


def test_messages_in_the_ui_language() -> None:
    summary = summarise_hearing(_hearing(("Were you in love with him?", None)), ui_lang="nl")
    assert "Gesloten vraag" in summary.entries[1].findings[0].message


def test_the_cache_follows_edits_to_questions_and_the_frame() -> None:
    hearing = _hearing(("Were you in love with him?", None))
    checker = HearingChecker()
    assert checker.summarise(hearing).count(Category.CLOSED_YES_NO) == 1
    editing.set_question_text(hearing, 1, "What did you feel for him?", T0)
    assert checker.summarise(hearing).flagged == ()
    editing.add_entry(hearing, "self-description", "Name the twelve apostles.", T0)
    hearing.case.claim_types = [ClaimType.CONVERSION]
    again = checker.summarise(hearing)
    assert again.by_category == {Category.KNOWLEDGE_QUIZ: (2,)}
