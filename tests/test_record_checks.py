"""Record-aware checks (core, Qt-free): a question read against the hearing it is in."""

from __future__ import annotations

import datetime as dt

from interview_guide.core import editing
from interview_guide.core.checks.record_rules import (
    RecordKind,
    check_in_record,
    rejected_terms,
    review_record,
    unexplored_experiences,
)
from interview_guide.core.hearing import ClaimType, Hearing
from interview_guide.core.question_check import Severity

T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def hearing(*turns: tuple[str, str, str]) -> Hearing:
    """A hearing with the given (theme, question, answer) turns."""
    record = editing.new_hearing([ClaimType.LGBTI], [], T0)
    for theme, question, answer in turns:
        entry = editing.add_entry(record, theme, question, T0)
        editing.set_answer(record, entry.number, answer, T0)
    return record


def kinds(record: Hearing, text: str, lang: str = "en") -> dict[RecordKind, Severity]:
    return {f.kind: f.severity for f in check_in_record(record, text, ui_lang=lang)}  # type: ignore[arg-type]


def test_a_loaded_word_is_a_hint_until_the_applicant_has_used_it_in_either_language() -> None:
    record = hearing(("experiences", "What was school like for you?", "I was bullied."))
    assert kinds(record, "How did you cope with the shame?") == {RecordKind.LOADED_WORD: Severity.HINT}
    assert RecordKind.LOADED_WORD in kinds(record, "Hoe ging u om met uw schaamte?", "nl")
    said = hearing(("experiences", "Wat deed dat met u?", "Ik schaamde me heel erg voor mijn familie."))
    assert RecordKind.LOADED_WORD not in kinds(said, "You said you felt ashamed. What was that like?")
    for word in ("struggle", "accepted yourself", "come out", "a sin"):
        assert RecordKind.LOADED_WORD in kinds(record, f"What about {word}?"), word


def test_a_word_the_applicant_rejects_is_a_warning_with_her_own_words() -> None:
    record = hearing(("self", "Which words do you use for yourself?", "Hamjensgara."))
    record.reference_frame.own_terms = "hamjensgara"
    record.reference_frame.rejected_terms = "hamjensbaz, lesbian\nhomo"
    assert rejected_terms(record.reference_frame.rejected_terms) == ["hamjensbaz", "lesbian", "homo"]
    (found,) = check_in_record(record, "When did you first feel you were a lesbian?", ui_lang="en")
    assert found.kind is RecordKind.REJECTED_TERM and found.severity is Severity.WARN
    assert "'lesbian'" in found.message and "hamjensgara" in found.message
    assert RecordKind.REJECTED_TERM in kinds(record, "Wat betekent het woord hamjensbaz voor u?", "nl")
    assert RecordKind.REJECTED_TERM not in kinds(record, "What does hamjensgara mean to you?")


def test_a_closed_question_before_any_open_one_on_its_topic_is_a_hint() -> None:
    record = hearing(("relationships", "When did you arrive here?", "In May."))
    assert kinds(record, "Were you in love with Reza?") == {RecordKind.CLOSED_BEFORE_OPEN: Severity.HINT}
    opened = hearing(("relationships", "Tell me about Reza.", "We met at university in Shiraz."))
    assert RecordKind.CLOSED_BEFORE_OPEN not in kinds(opened, "Were you in love with Reza?")
    told = hearing(("relationships", "Tell me about your time at university.", "There I met Reza."))
    assert RecordKind.CLOSED_BEFORE_OPEN not in kinds(told, "Was Reza your classmate?")
    faith = hearing(("faith", "How does your faith show in your daily life?", "I pray every morning."))
    assert RecordKind.CLOSED_BEFORE_OPEN not in kinds(faith, "Do you pray every day?")
    assert RecordKind.CLOSED_BEFORE_OPEN in kinds(record, "Bidt u elke dag?", "nl")


def test_the_same_fact_asked_a_third_time_is_a_warning() -> None:
    record = hearing(
        ("risk", "When did you leave Iran?", "In 2023."),
        ("risk", "Tell me about the journey.", "By bus to Turkey."),
    )
    assert RecordKind.REPEATED_FACT not in kinds(record, "On what date did you leave Iran?")
    editing.add_entry(record, "risk", "On what date did you leave Iran?", T0)
    (found,) = [f for f in check_in_record(record, "So when exactly did you leave Iran?") if f.severity]
    assert found.kind is RecordKind.REPEATED_FACT and found.severity is Severity.WARN
    assert found.entries == (1, 3)
    assert RecordKind.REPEATED_FACT not in kinds(record, "When did you arrive in the Netherlands?")


def test_an_experience_told_without_a_question_on_its_meaning_is_listed() -> None:
    story = (
        "One evening the police came to the house. They took my phone and arrested me, and my father saw "
        "it happen. They beat me in the car and I was held for three days before my uncle found me."
    )
    record = hearing(
        ("risk", "Tell me what happened that evening.", story),
        ("risk", "Where were you held?", "In the station near the bazaar."),
    )
    (number,) = unexplored_experiences(record, "en")
    assert number == 1
    assert "Entry 1" in unexplored_experiences(record, "en")[1].message
    assert "Vraag 1" in unexplored_experiences(record, "nl")[1].message
    editing.add_entry(record, "risk", "What did that night mean for you?", T0)
    assert unexplored_experiences(record, "en") == {}


def test_the_review_checks_each_question_against_the_entries_before_it() -> None:
    record = hearing(
        ("risk", "Were you afraid of your brother?", "Yes."),
        ("risk", "How did your brother treat you?", "He hit me."),
        ("risk", "Were you afraid of your brother?", "Yes."),
    )
    review = review_record(record, "en")
    assert [f.kind for f in review.by_entry[1]] == [RecordKind.CLOSED_BEFORE_OPEN]
    assert 3 not in review.by_entry  # the open question came before it
