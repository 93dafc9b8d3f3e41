"""The misses and false alarms issue 11 names, each pinned: meaning, not spelling or word order."""

from __future__ import annotations

import pytest

from interview_guide.core.question_check import Category, Severity, check_question, is_ok


def first(text: str, lang: str) -> tuple[str, str] | None:
    findings = check_question(text, lang)  # type: ignore[arg-type]
    return (findings[0].category.value, findings[0].severity.value) if findings else None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # cue words inside longer words or ordinary phrases of a hearing
        ("Kunt u een voorbeeld geven van een gewone dag?", "nl"),
        ("Welk gebed bidt u het vaakst?", "nl"),
        ("Hoe reageerde uw familie toen u vertelde dat u interseks bent?", "nl"),
        ("What does your sexuality mean to you today?", "en"),
        ("Who leads the Bible study group you go to?", "en"),
        (
            "You mentioned that the pastor visited you in the camp in Greece. What did those visits mean?",
            "en",
        ),
        ("How did that anger come out?", "en"),
        ("How did you keep in touch with him?", "en"),
        ("Could you describe the first time you felt drawn to someone of the same sex?", "en"),
        ("What did the doctor say about your injuries after the attack?", "en"),
        ("Is he your biological father?", "en"),
        ("What does the body of Christ mean to you?", "en"),
        ("Who is the photographer of this picture?", "en"),
        ("Which story from the Bible touches you most, and why?", "en"),
        ("Hoe ervaart u de gemeenschap met God?", "nl"),
        ("Hoe is uw contact met de Iraanse gemeenschap hier?", "nl"),
        # a Dutch (or English) conditional opening is not a double question
        ("Stel dat u terug moet, wat zou u dan doen?", "nl"),
        ("Mocht u terug moeten, hoe zou u dan leven?", "nl"),
        ("Zou u terug moeten, wat verwacht u dan?", "nl"),
        ("Say you had to go back, what would you do?", "en"),
        # the applicant's own experience of a service is not a knowledge quiz
        ("What did your experience at the Christmas service mean to you?", "en"),
        ("Wat betekende de kerstdienst voor u?", "nl"),
        ("Hoe heeft u de paasdienst beleefd?", "nl"),
        # an invitation interrupted by an inserted phrase is one request
        ("Could you, in your own words, tell me what happened next?", "en"),
        ("Kunt u, als u terugdenkt aan die tijd, vertellen wat u voelde?", "nl"),
        # the applicant's own word picked up
        ("U noemde schaamte. Hoe merkte u die schaamte?", "nl"),
        ("You said you went to gay bars in Tehran. What did those evenings mean to you?", "en"),
    ],
)
def test_no_false_alarm(text: str, lang: str) -> None:
    findings = check_question(text, lang)  # type: ignore[arg-type]
    assert is_ok(findings), [(f.category.value, f.rule_id) for f in findings]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a preamble that quotes an earlier statement does not hide the question after it
        (
            "You told us last time that you met Ali at the bazaar in 2019, that you worked together in his "
            "uncle's shop, and that after some months you became close. Were you in love with him?",
            "en",
            ("closed-yes-no", "warn"),
        ),
        ("You said you were gay. When did you come out to your parents?", "en", ("western-concept", "warn")),
        (
            "You said you felt ashamed at school; how did you struggle with it?",
            "en",
            ("self-acceptance-awareness", "warn"),
        ),
        (
            "U zei dat u in 2021 in Athene gedoopt bent door een voorganger die John heet. Wat zijn de zeven "
            "sacramenten?",
            "nl",
            ("knowledge-quiz", "warn"),
        ),
        # inflections, separable verbs and word order
        ("Hebben jullie gevreeën?", "nl", ("sexual-explicit", "block")),
        ("Kleedde hij zich toen uit?", "nl", ("sexual-explicit", "block")),
        ("Met wie sliep u toen?", "nl", ("sexual-explicit", "block")),
        ("Welke standjes deden jullie?", "nl", ("sexual-explicit", "block")),
        ("Hoe vaak had u gemeenschap met hem?", "nl", ("sexual-explicit", "block")),
        ("Did he touch you when you read the Bible together?", "en", ("sexual-explicit", "block")),
        ("Which sex positions did you two like?", "en", ("sexual-explicit", "block")),
        (
            "Heeft hij jullie toen opgenomen, toen jullie alleen waren?",
            "nl",
            ("sexual-image-request", "block"),
        ),
        ("Wanneer heeft u zichzelf aanvaard?", "nl", ("self-acceptance-awareness", "warn")),
        ("Hoe heeft u geworsteld met uw geaardheid?", "nl", ("self-acceptance-awareness", "warn")),
        # interpreter-mediated
        ("Ask her if she loved him.", "en", ("closed-yes-no", "warn")),
        ("Vraag hem of hij van mannen houdt.", "nl", ("closed-yes-no", "warn")),
        ("Tell him that we simply do not believe his story.", "en", ("accusatory", "warn")),
    ],
)
def test_flagged_whatever_the_wording(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert first(text, lang) == expected, [(f.category.value, f.rule_id) for f in check_question(text, lang)]  # type: ignore[arg-type]


def test_a_trans_applicants_body_and_treatment_are_never_a_fine_fact() -> None:
    for text in ("Have you had surgery?", "Heeft u een operatie gehad?", "Were you born a boy?"):
        findings = check_question(text)
        assert findings[0].category is Category.BODY_MEDICAL and findings[0].severity is Severity.BLOCK
        assert all("fine" not in f.message and "prima" not in f.message for f in findings)
