"""Unit tests of the question-quality checker: every category in both languages, hard cases, messages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from interview_guide.core.bank import QuestionBank
from interview_guide.core.bank_quality import check_bank_questions
from interview_guide.core.checks import messages
from interview_guide.core.hearing import ClaimType
from interview_guide.core.question_check import (
    CATEGORY_ORDER,
    Category,
    Finding,
    Severity,
    check_question,
    detect_language,
    is_ok,
)
from interview_guide.core.reference_frame import (
    Access,
    ConversionRoute,
    EducationLevel,
    ReferenceFrame,
    YesNoUnknown,
)


def categories(text: str, lang: str | None = None, **kwargs: object) -> dict[str, str]:
    """Category -> severity of the findings for ``text``."""
    return {f.category.value: f.severity.value for f in check_question(text, lang, **kwargs)}  # type: ignore[arg-type]


BAD = [
    # closed-yes-no
    ("Are you a Christian?", "en", "closed-yes-no", "warn"),
    ("Did you have a boyfriend back then?", "en", "closed-yes-no", "warn"),
    ("Voelde u zich daar thuis?", "nl", "closed-yes-no", "warn"),
    ("Bent u lesbisch?", "nl", "closed-yes-no", "warn"),
    # leading
    ("You were scared of him, weren't you?", "en", "leading", "warn"),
    ("Surely you told your sister?", "en", "leading", "warn"),
    ("U was toen al verliefd op hem, toch?", "nl", "leading", "warn"),
    ("Dat moet heel zwaar voor u zijn geweest?", "nl", "leading", "warn"),
    # stereotyping
    ("You don't look like a lesbian.", "en", "stereotyping", "warn"),
    ("Why do you have a wife if you are gay?", "en", "stereotyping", "warn"),
    ("Echte christenen bidden elke dag, u ook?", "nl", "stereotyping", "warn"),
    ("U komt niet over als een homo, hoe kan dat?", "nl", "stereotyping", "warn"),
    # sexual-explicit
    ("What did you do together in bed?", "en", "sexual-explicit", "block"),
    ("Who was the active partner?", "en", "sexual-explicit", "block"),
    ("Hoe vaak hadden jullie seks?", "nl", "sexual-explicit", "block"),
    ("Wat deden jullie toen jullie naakt waren?", "nl", "sexual-explicit", "block"),
    # self-acceptance-awareness
    ("How did you come to accept yourself as gay?", "en", "self-acceptance-awareness", "warn"),
    ("When did you realise that you were a lesbian?", "en", "self-acceptance-awareness", "warn"),
    ("Hoe verliep uw proces van zelfacceptatie?", "nl", "self-acceptance-awareness", "warn"),
    ("Beschrijf uw innerlijke worsteling.", "nl", "self-acceptance-awareness", "warn"),
    # knowledge-quiz
    ("Name the four gospels.", "en", "knowledge-quiz", "warn"),
    ("What do Christians celebrate at Easter?", "en", "knowledge-quiz", "warn"),
    ("Hoeveel apostelen had Jezus?", "nl", "knowledge-quiz", "warn"),
    ("Wat wordt er met Pinksteren gevierd?", "nl", "knowledge-quiz", "warn"),
    # compound
    ("When did you meet him and how did your family react?", "en", "compound", "warn"),
    ("What happened? Who was there?", "en", "compound", "warn"),
    ("Waar woonde u en wie wist ervan?", "nl", "compound", "warn"),
    ("Wat voelde u? Wat deed u toen?", "nl", "compound", "warn"),
    # western-concept
    ("When did you come out to your parents?", "en", "western-concept", "warn"),
    ("Which gay bars did you go to?", "en", "western-concept", "warn"),
    ("Wanneer kwam u uit de kast?", "nl", "western-concept", "warn"),
    ("Bent u lid van het COC?", "nl", "western-concept", "warn"),
    # sexual-image-request
    ("Do you have videos of you having sex with him?", "en", "sexual-image-request", "block"),
    ("Can you show us naked pictures of your partner?", "en", "sexual-image-request", "block"),
    ("Heeft u intieme foto's van u samen?", "nl", "sexual-image-request", "block"),
    ("Stuur ons een seksfilmpje als bewijs.", "nl", "sexual-image-request", "block"),
    # discretion-expectation
    ("Couldn't you just keep it to yourself when you go back?", "en", "discretion-expectation", "warn"),
    ("Why not pray in secret after your return?", "en", "discretion-expectation", "warn"),
    ("Kunt u na terugkeer uw relatie niet geheim houden?", "nl", "discretion-expectation", "warn"),
    ("Waarom zou u uw geloof in de toekomst niet voor uzelf houden?", "nl", "discretion-expectation", "warn"),
    # own categories
    ("Do you expect me to believe that?", "en", "accusatory", "warn"),
    ("Dat is toch onzin?", "nl", "accusatory", "warn"),
    ("How can you prove that you are bisexual?", "en", "proof-demand", "warn"),
    ("Wilt u een psychologische test doen om uw geaardheid vast te stellen?", "nl", "proof-demand", "warn"),
    # body-medical (issue 11): the body in a sexual or medical sense, medical or psychological tests
    ("Wilt u een psychologische test doen om uw geaardheid vast te stellen?", "nl", "body-medical", "block"),
    ("How have you experienced your body as you grew up?", "en", "body-medical", "block"),
    ("Have you had any operations to change your body?", "en", "body-medical", "block"),
    ("Neemt u hormonen?", "nl", "body-medical", "block"),
]


@pytest.mark.parametrize(("text", "lang", "category", "severity"), BAD)
def test_bad_question_is_flagged_with_its_category(
    text: str, lang: str, category: str, severity: str
) -> None:
    found = categories(text, lang)
    assert found.get(category) == severity, found
    assert not is_ok(check_question(text, lang))  # type: ignore[arg-type]


GOOD = [
    # open questions about experience and meaning, also when they mention faith, a partner, the body
    ("What did that moment mean to you?", "en"),
    ("How did your partner's family treat the two of you?", "en"),
    ("Which Bible story means most to you personally, and why?", "en"),
    ("Describe an ordinary Sunday at your church here.", "en"),
    ("Hoe beleeft u uw geloof in het dagelijks leven?", "nl"),
    ("Vertel eens over de eerste keer dat u de kerk bezocht.", "nl"),
    ("Wat betekent Pasen voor u?", "nl"),
    # open invitations in a yes/no form
    ("Can you tell me more about that?", "en"),
    ("Could you give an example?", "en"),
    ("Is there anything else you would like to add?", "en"),
    ("Kunt u beschrijven hoe dat ging?", "nl"),
    ("Wilt u daar nog iets over vertellen?", "nl"),
    ("Heeft u nog iets toe te voegen?", "nl"),
    # fact-fixing closed questions (a hint at most)
    ("Was that in 2016?", "en"),
    ("Is Samir the name of your partner?", "en"),
    ("Woonde u toen in Kabul?", "nl"),
    ("Was dat voor of na uw doop?", "nl"),
    # one question with a list of wh-phrases
    ("Welk verhaal, welke leer of welk gebed betekent het meest voor u?", "nl"),
    ("When and where did you meet?", "en"),
    # a short "and why?" tail; past secrecy is not an expectation of discretion
    ("Hoe reageerde uw moeder, en waarom?", "nl"),
    ("What did you do to keep the relationship secret?", "en"),
    ("Hoe hield u uw geloof verborgen voor uw familie?", "nl"),
    # picking up the applicant's own word
    ("You said you felt ashamed. What did that feel like?", "en"),
    # procedure
    ("Do you understand the interpreter?", "en"),
    ("Wilt u even pauzeren, of kunnen we doorgaan?", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), GOOD)
def test_good_question_passes(text: str, lang: str) -> None:
    findings = check_question(text, lang)  # type: ignore[arg-type]
    assert is_ok(findings), [(f.category.value, f.severity.value, f.rule_id) for f in findings]


# Gaps found in review: each is caught by a rule for the phenomenon, and the same words in a harmless
# question stay unflagged.
ROLE_IN_SEX = [
    ("Wie van u tweeën was de actieve partner?", "nl"),
    ("Wie was bij jullie meestal de passieve partij?", "nl"),
    ("Wie van u beiden was de vrouw?", "nl"),
    ("Wie was de man en wie de vrouw in jullie relatie?", "nl"),
    ("Which one of you was the active one in the relationship?", "en"),
    ("Was he the top or were you?", "en"),
    ("Who was the man between the two of you?", "en"),
    ("Who took the receiving role with him?", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ROLE_IN_SEX)
def test_roles_in_sex_are_blocked(text: str, lang: str) -> None:
    findings = check_question(text, lang)  # type: ignore[arg-type]
    assert findings and findings[0].category is Category.SEXUAL_EXPLICIT, findings
    assert findings[0].severity is Severity.BLOCK
    assert findings[0].rule_id == "sexual.role"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wat betekent het voor u om actief te zijn in de kerk?", "nl"),
        ("Welke rol speelde uw partner in de gemeente?", "nl"),
        ("Hoe actief was uw vriend in de huiskerk?", "nl"),
        ("How did your conversion come about, actively or passively?", "en"),
        ("What did it mean to you to be an active member of the congregation?", "en"),
        ("Who of you two was more involved in the church?", "en"),
        ("Who was the man who reported you to the police?", "en"),
        ("Who of you was standing at the top of the stairs?", "en"),
        ("Who was the woman in the photo with your partner?", "en"),
    ],
)
def test_active_and_roles_outside_sex_pass(text: str, lang: str) -> None:
    findings = check_question(text, lang)  # type: ignore[arg-type]
    assert Category.SEXUAL_EXPLICIT not in {f.category for f in findings}, findings


def test_a_passive_conversion_is_not_sexual() -> None:
    for text in ("Was your conversion active or passive?", "Verliep uw bekering actief of passief?"):
        assert Category.SEXUAL_EXPLICIT not in {f.category for f in check_question(text)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kunt u bewijzen dat u christen bent?", "nl"),
        ("Hoe bewijst u dat u werkelijk homoseksueel bent?", "nl"),
        ("Kunt u ons overtuigen dat u echt gelooft?", "nl"),
        ("Hoe kunnen wij weten dat u echt lesbisch bent?", "nl"),
        ("Heeft u bewijs van uw geaardheid?", "nl"),
        ("Prove to us that you are a believer.", "en"),
        ("What proof do you have that you converted?", "en"),
        ("How can we be sure that you are bisexual?", "en"),
        ("Is there any way you can demonstrate your faith?", "en"),
    ],
)
def test_proof_of_faith_or_orientation_is_demanded(text: str, lang: str) -> None:
    found = categories(text, lang)
    assert found.get("proof-demand") == "warn", found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kunt u bewijzen dat u in 2018 in Griekenland was?", "nl"),
        ("Hoe kunt u bewijzen dat de politie u zocht?", "nl"),
        ("Welke documenten heeft u over uw doop?", "nl"),
        ("What convinced you that you wanted to become a Christian?", "en"),
        ("How did you know that the man at the door was from the police?", "en"),
    ],
)
def test_evidence_of_facts_is_not_a_proof_demand(text: str, lang: str) -> None:
    assert "proof-demand" not in categories(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kunt u uw geloof in Iran niet gewoon discreet beleven?", "nl"),
        ("Waarom laat u in Iran niet gewoon niemand merken dat u christen bent?", "nl"),
        ("Kunt u in uw land van herkomst niet gewoon in stilte bidden?", "nl"),
        ("Zou u in Marokko niet gewoon zonder dat iemand het merkt kunnen leven?", "nl"),
        ("Couldn't you just practise your faith quietly in Iran?", "en"),
        ("Why not keep your relationship hidden in Cameroon?", "en"),
        ("In Pakistan, couldn't you tell nobody that you are gay?", "en"),
        ("You could simply be discreet in your home country.", "en"),
    ],
)
def test_discretion_in_the_named_country_of_origin(text: str, lang: str) -> None:
    findings = check_question(text, lang)  # type: ignore[arg-type]
    assert findings and findings[0].category is Category.DISCRETION_EXPECTATION, findings
    assert "CJEU" in check_question(text, lang, ui_lang="en")[0].message  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wat deed u in Iran om uw relatie verborgen te houden?", "nl"),
        ("Hoe zou u uw geloof willen beleven als u terug zou gaan?", "nl"),
        ("Waarom moest u uw geloof in Iran geheim houden?", "nl"),
        ("Hoe hield u het in Irak verborgen voor uw familie?", "nl"),
        ("Why did you keep your relationship secret in Nigeria?", "en"),
        ("What did you do in Iran to hide your faith, since you could not be open?", "en"),
        ("How would you want to live your faith in Iran if you had to go back?", "en"),
        ("Could you keep quiet about it in the Netherlands?", "en"),
    ],
)
def test_questions_about_past_secrecy_or_wishes_pass(text: str, lang: str) -> None:
    assert "discretion-expectation" not in categories(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Are you lying to me?", "en"),
        ("Were you lying to us just now?", "en"),
        ("Did you lie about your conversion?", "en"),
        ("Are you telling us the truth?", "en"),
        ("You lied to us earlier.", "en"),
        ("Liegt u tegen mij?", "nl"),
        ("Heeft u tegen ons gelogen?", "nl"),
        ("Bent u aan het liegen?", "nl"),
        ("Spreekt u wel de waarheid?", "nl"),
        ("Is uw hele verhaal gelogen?", "nl"),
    ],
)
def test_asking_whether_the_applicant_lies_is_accusatory(text: str, lang: str) -> None:
    found = categories(text, lang)
    assert found.get("accusatory") == "warn", found
    assert "closed-yes-no" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Did you have to lie to your family about where you went?", "en"),
        ("Why did you lie to the border guards about your name?", "en"),
        ("Were you lying on the ground when they hit you?", "en"),
        ("What did your father do when he found out that you had lied?", "en"),
        ("You must tell the truth in this interview; do you understand that?", "en"),
        ("Hoe voelde het om tegen uw ouders te liegen?", "nl"),
        ("Moest u tegen de politie liegen over uw geloof?", "nl"),
        ("U bent verplicht de waarheid te spreken; begrijpt u dat?", "nl"),
    ],
)
def test_lies_told_to_others_and_the_duty_of_truth_are_not_accusations(text: str, lang: str) -> None:
    assert "accusatory" not in categories(text, lang)


def test_fact_fixing_closed_question_is_a_hint() -> None:
    findings = check_question("Were you born in Shiraz?", "en")
    assert [(f.category, f.severity) for f in findings] == [(Category.CLOSED_YES_NO, Severity.HINT)]
    assert findings[0].suggestion is None


def test_closed_question_about_feelings_is_a_warning_with_an_open_suggestion() -> None:
    (finding,) = check_question("Were you afraid?", "en")
    assert finding.severity is Severity.WARN
    assert finding.suggestion and not finding.suggestion.lower().startswith(("were", "did", "are"))


def test_quiz_dressed_up_as_an_open_question() -> None:
    assert "knowledge-quiz" in categories("Could you tell me what Christians celebrate at Pentecost?", "en")
    assert "knowledge-quiz" in categories("Vertel eens wat er in het boek Exodus staat.", "nl")


def test_two_questions_under_one_question_mark() -> None:
    assert "compound" in categories("Where did you meet him, and what did your mother say?", "en")
    assert "compound" in categories("Hoe leerde u de kerk kennen en waarom bleef u?", "nl")


def test_compound_suggestion_splits_the_question() -> None:
    finding = next(f for f in check_question("Where did you meet him and how long were you together?", "en"))
    assert finding.category is Category.COMPOUND
    assert finding.suggestion is not None
    assert "Where did you meet him?" in finding.suggestion
    assert "How long were you together?" in finding.suggestion


def test_block_comes_first_and_subsumes_the_closed_form() -> None:
    findings = check_question("Did you have sex with him?", "en")
    assert findings[0].category is Category.SEXUAL_EXPLICIT
    assert findings[0].severity is Severity.BLOCK
    assert Category.CLOSED_YES_NO not in {f.category for f in findings}


def test_finding_names_rule_and_evidence() -> None:
    text = "You must have felt ashamed, didn't you?"
    for finding in check_question(text, "en"):
        assert finding.rule_id
        start, end = finding.span
        assert text[start:end] == finding.matched
        assert finding.matched


@pytest.mark.parametrize("ui_lang", ["nl", "en"])
def test_messages_are_in_the_ui_language_and_suggestions_in_the_questions(ui_lang: str) -> None:
    findings = check_question("Bent u homoseksueel?", "nl", ui_lang=ui_lang)  # type: ignore[arg-type]
    (finding,) = findings
    assert finding.suggestion is not None
    if ui_lang == "nl":
        assert "Gesloten vraag" in finding.message and "Kamerbrief" in finding.message
    else:
        assert "Closed question" in finding.message and "policy letter" in finding.message
    # The suggestion is a question to ask in this hearing: in the language the officer asks in.
    assert finding.suggestion.startswith("Hoe zou u")


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("You don't look gay.", "CJEU A, B and C"),
        ("Can you prove that you are gay?", "CJEU F"),
        ("Can't you just hide it when you go back?", "CJEU X, Y and Z"),
        ("What exactly did you do in bed?", "Art. 7 Charter"),
        ("Describe your process of self-acceptance.", "policy letter"),
    ],
)
def test_messages_name_their_basis(text: str, basis: str) -> None:
    assert basis in check_question(text, "en")[0].message


def test_every_category_has_a_message_in_both_languages() -> None:
    for category in CATEGORY_ORDER:
        keys = [key for key in messages._MESSAGES if key[0] is category]
        assert keys, category
        for key in keys:
            assert messages._MESSAGES[key].nl and messages._MESSAGES[key].en


@pytest.mark.parametrize(
    "text",
    [
        "Are you gay?",
        "Were you in love with him?",
        "Do you pray every day?",
        "You must have been afraid, right?",
        "Why did you marry if you are a lesbian?",
        "What exactly did you do in bed?",
        "When did you first know you were gay?",
        "What is celebrated at Easter?",
        "Name the twelve apostles.",
        "Which gay clubs did you visit?",
        "What is your church's denomination?",
        "Do you have naked photos of him?",
        "Can't you just be discreet when you return?",
        "Couldn't you pray at home once you are back in Iran?",
        "Do you really expect me to believe that?",
        "Can you prove you are a Christian?",
    ],
)
@pytest.mark.parametrize("ui_lang", ["nl", "en"])
def test_suggestions_are_good_questions_themselves(text: str, ui_lang: str) -> None:
    findings = check_question(text, "en", ui_lang=ui_lang)  # type: ignore[arg-type]
    suggestions = [f.suggestion for f in findings if f.suggestion and f.category is not Category.COMPOUND]
    assert suggestions, findings
    for suggestion in suggestions:
        assert is_ok(check_question(suggestion, "en")), suggestion


def test_reference_frame_strengthens_the_knowledge_message() -> None:
    plain = check_question("How many books does the Bible have?", "en")[0].message
    frame = ReferenceFrame(education_level=EducationLevel.NONE, conversion_route=ConversionRoute.PASSIVE)
    stronger = check_question("How many books does the Bible have?", "en", frame=frame)[0].message
    assert stronger.startswith(plain) and len(stronger) > len(plain)
    assert "passive" in stronger


def test_reference_frame_notes_only_lower_expectations() -> None:
    frame = ReferenceFrame(internet_access=Access.NONE, different_sex_marriage=YesNoUnknown.YES)
    western = check_question("Have you been to Pride?", "en", frame=frame)[0]
    assert "unknown" in western.message
    stereo = check_question("You don't look gay.", "en", frame=frame)[0]
    assert "not a counter-indication" in stereo.message
    for text in ("Tell me about your life here.", "What did that mean to you?"):
        assert check_question(text, "en", frame=frame) == []


def test_claim_type_tunes_the_self_acceptance_message() -> None:
    text = "Describe your inner struggle before your baptism."
    lgbti = check_question(text, "en", claim_types=[ClaimType.LGBTI])[0]
    convert = check_question(text, "en", claim_types=[ClaimType.CONVERSION])[0]
    assert lgbti.category is convert.category is Category.SELF_ACCEPTANCE_AWARENESS
    assert "passively" in convert.message and "passively" not in lgbti.message


def test_interpreter_load() -> None:
    long = " ".join(["Could you tell me about the day"] + ["and the people you met there"] * 8) + "?"
    found = categories(long, "en")
    assert found.get("interpreter-load") == "warn"
    # The words of the law are a warning (the applicant cannot know them); an abbreviation is a hint.
    jargon = check_question("What does your asylum account say about the credibility of the arrest?", "en")
    assert [(f.category, f.severity) for f in jargon] == [(Category.INTERPRETER_LOAD, Severity.WARN)]
    abbreviation = check_question("What did the IND tell you at the registration?", "en")
    assert [(f.category, f.severity) for f in abbreviation] == [(Category.INTERPRETER_LOAD, Severity.HINT)]
    # A preamble that sums up the applicant's words leaves room: 46 words in two sentences is a hint.
    preamble = (
        "You told us this morning that you met Ali at the bazaar in Shiraz in the spring of 2019, that you "
        "worked together in his uncle's shop for two years, and that your brother saw you together in the "
        "car one evening. What happened after that?"
    )
    assert [(f.category, f.severity) for f in check_question(preamble, "en")] == [
        (Category.INTERPRETER_LOAD, Severity.HINT)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hoe zou u uzelf omschrijven?", "nl"),
        ("Wat betekende dat voor u?", "nl"),
        ("Bent u gelovig?", "nl"),
        ("Vertel eens over uw familie.", "nl"),
        ("How would you describe yourself?", "en"),
        ("Are you gay?", "en"),
        ("Tell me about your family.", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detected_language_is_used() -> None:
    assert categories("Bent u homoseksueel?") == {"closed-yes-no": "warn"}


def test_severity_order() -> None:
    assert Severity.BLOCK > Severity.WARN > Severity.HINT
    assert sorted([Severity.WARN, Severity.BLOCK, Severity.HINT]) == [
        Severity.HINT,
        Severity.WARN,
        Severity.BLOCK,
    ]


def test_is_ok() -> None:
    hint = Finding(Category.CLOSED_YES_NO, Severity.HINT, "m", None, "r", (0, 1), "x")
    warn = Finding(Category.LEADING, Severity.WARN, "m", None, "r", (0, 1), "x")
    assert is_ok([]) and is_ok([hint])
    assert not is_ok([hint, warn])


def test_empty_question_has_no_findings() -> None:
    assert check_question("   ") == []


def test_findings_are_frozen() -> None:
    finding = check_question("Are you gay?", "en")[0]
    with pytest.raises(AttributeError):
        finding.message = "changed"  # type: ignore[misc]


def _bank(question_en: str, question_nl: str) -> QuestionBank:
    good = {"en": "What did that mean to you?", "nl": "Wat betekende dat voor u?"}
    follow_ups = [{"id": "more", "text": {"en": "What happened next?", "nl": "Wat gebeurde er daarna?"}}] * 2
    follow_ups = [dict(f, id=f"f{i}") for i, f in enumerate(follow_ups)]
    questions = [{"id": f"q{i}", "text": good, "follow_ups": follow_ups} for i in range(6)]
    questions[4] = {"id": "q4", "text": {"en": question_en, "nl": question_nl}, "follow_ups": follow_ups}
    text = {"en": "T", "nl": "T"}
    theme = {"id": "t", "title": text, "purpose": text, "guidance": text, "questions": questions}
    return QuestionBank.model_validate(
        {
            "id": "test",
            "version": "1.0",
            "claim_type": "lgbti",
            "title": text,
            "description": text,
            "themes": [dict(theme, id="a")],
        }
    )


def test_bank_quality_lists_flagged_questions_with_their_path() -> None:
    bank = _bank("Are you gay?", "Wanneer kwam u uit de kast?")
    problems = check_bank_questions(bank)
    assert len(problems) == 2
    assert any(p.startswith("themes[0].questions[4].text.en: closed-yes-no (warn): ") for p in problems)
    assert any(p.startswith("themes[0].questions[4].text.nl: western-concept (warn): ") for p in problems)


def test_bank_quality_ignores_hints() -> None:
    assert check_bank_questions(_bank("Was that in 2016?", "Was dat in 2016?")) == []


def test_core_checker_does_not_import_qt() -> None:
    code = (
        "import sys, interview_guide.core.question_check, interview_guide.core.bank_quality; "
        "assert 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
