"""The body-medical rule: questions about the body in a sexual or medical sense are blocked.

Genitals, surgery, hormones, a medical examination, a medical or psychological test of orientation or
gender: none of it may be asked (CJEU F, 25 January 2018; CJEU A, B and C; the IND does no medical or
psychological tests). A trans or intersex applicant may be asked openly about their experience of
their gender and their name, never about their body or medical treatment. Injuries from violence are
something else: a hospital visit after an attack may be asked about.
"""

from __future__ import annotations

from interview_guide.core.checks import safety_concepts as sc
from interview_guide.core.checks.analysis import Analysis
from interview_guide.core.checks.hits import Category, Hit, Severity


def body_medical(analysis: Analysis) -> list[Hit]:
    """Genitals, hormones and gender surgery, the body itself, or a medical or psychological test or
    treatment next to sex, gender or orientation."""
    words = analysis.words()
    injury = sc.INJURY.first(words)

    def hit(rule: str, span: tuple[int, int]) -> list[Hit]:
        return [Hit(Category.BODY_MEDICAL, Severity.BLOCK, rule, *span)]

    genitals = sc.GENITALS.first(words)
    if genitals is not None:
        return hit("body.genitals", genitals)
    birth = sc.BIRTH_SEX.first(words)
    if birth is not None:
        return hit("body.birth-sex", birth)
    treatment = sc.GENDER_MEDICAL.first(words)
    if treatment is not None:
        return hit("body.gender-treatment", treatment)
    health = sc.SEXUAL_HEALTH.first(words)
    if health is not None:
        return hit("body.sexual-health", health)
    sexology = sc.SEXOLOGY.first(words)
    if sexology is not None:
        return hit("body.psychological-test", sexology)
    gender = sc.SEX_GENDER.first(words)
    psych = sc.PSYCH.first(words)
    if psych is not None and gender is not None:
        return hit("body.psychological-test", psych)
    testing = sc.TESTING.first(words)
    if psych is not None and testing is not None and sc.WELLBEING.first(words) is None and injury is None:
        # A psychological test in this hearing can only be one of the applicant's orientation or faith.
        return hit("body.psychological-test", psych)
    medical = sc.MEDICAL.first(words)
    clinician = sc.CLINICIAN.first(words)
    if gender is not None and injury is None:
        if medical is not None:
            return hit("body.medical", medical)
        if clinician is not None and testing is not None:
            return hit("body.medical-test", clinician)
    if injury is None:
        surgery = sc.SURGERY.first(words)
        if surgery is not None:
            return hit("body.medical", surgery)
        breasts = sc.BREASTS.first(words)
        if breasts is not None:
            return hit("body.genitals", breasts)
        body = _body(analysis)
        if body is not None and sc.CHRIST.first(words) is None:
            return hit("body.body", body)
    return []


def _body(analysis: Analysis) -> tuple[int, int] | None:
    """The body asked about, leaving out "biological father" and the like."""
    words = analysis.words()
    for index, word in enumerate(words):
        if not sc.BODY.word_matches(word):
            continue
        if (
            word.lemma.startswith("biolog")
            and index + 1 < len(words)
            and sc.KIN.word_matches(words[index + 1])
        ):
            continue
        return word.start, word.end
    return sc.BODY.first(words) if not any(sc.BODY.word_matches(w) for w in words) else None
