"""A complete, clearly fictional demo hearing for trainers and newcomers, built from the shipped banks."""

from __future__ import annotations

import datetime as dt

from interview_guide.core import editing
from interview_guide.core.hearing import BankRef, ClaimType, Hearing, HearingType
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.demo.applicant import (
    FICTIONAL,
    SECOND_INTERPRETER,
    add_conversion_documents,
    add_lgbti_documents,
    fill_case,
    reference_frame,
)
from interview_guide.demo.builder import Bi, NextSitting, Step, Timeline
from interview_guide.demo.conversion_knowledge import KNOWLEDGE
from interview_guide.demo.conversion_motives import MOTIVES
from interview_guide.demo.conversion_practice import PRACTICE
from interview_guide.demo.conversion_subsequent import SUBSEQUENT
from interview_guide.demo.lgbti_background import BACKGROUND
from interview_guide.demo.lgbti_context import (
    FAITH_AND_ORIENTATION,
    LESBIAN_AND_MARRIAGE,
    NAME_AND_ADDRESS,
    SPEAK_FREELY,
)
from interview_guide.demo.lgbti_now import NOW
from interview_guide.demo.lgbti_relationship import RELATIONSHIP
from interview_guide.demo.opening import CLOSING, OPENING_END, OPENING_START, SECOND_SITTING_CHECK
from interview_guide.demo.trans_applicant import (
    TRANS_SECOND_INTERPRETER,
    add_trans_documents,
    fill_trans_case,
    trans_consultation_note,
    trans_course_remarks,
    trans_reference_frame,
)
from interview_guide.demo.trans_first import GENDER_AND_ORIGIN, TRANS_OPENING
from interview_guide.demo.trans_second import TRANS_CLOSING, TRANS_SECOND, TRANS_SECOND_CHECK
from interview_guide.storage.bank_files import load_banks

# The demos: an LGBTI claim (a lesbian applicant), a conversion claim (a subsequent application), both
# claims, and an LGBTI claim of a trans applicant.
CLAIMS = ("lgbti", "conversion", "both", "trans")
# Monday 2 March 2026, 09:30 in Amsterdam (CET): the default start, so the demo file is reproducible.
DEMO_NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SECOND_SITTING_START = dt.time(9, 30)

# Shirin's opening: the name and form of address first, whether she can speak freely with this
# interpreter, her health. Entry 12 of the LGBTI demo stays the deliberately weak own question.
OPENING = NAME_AND_ADDRESS + OPENING_START + SPEAK_FREELY + OPENING_END
# The steps of each sitting per claim. "both" hears the LGBTI part first, then the conversion part;
# the conversion demo is a subsequent application and starts with the common bank's module for it.
_LGBTI_FIRST = BACKGROUND + LESBIAN_AND_MARRIAGE + RELATIONSHIP
_SITTINGS: dict[str, tuple[list[Step], list[Step]]] = {
    "lgbti": (_LGBTI_FIRST, NOW),
    "conversion": (SUBSEQUENT + MOTIVES + KNOWLEDGE, PRACTICE),
    "both": (_LGBTI_FIRST, NOW + MOTIVES + KNOWLEDGE + PRACTICE + FAITH_AND_ORIENTATION),
}
_TAGS = {
    "lgbti": Bi("LHBTI", "LGBTI"),
    "conversion": Bi("BEKERING", "CONVERSION"),
    "both": Bi("LHBTI-BEKERING", "LGBTI-CONVERSION"),
    "trans": Bi("LHBTI-TRANS", "LGBTI-TRANS"),
}
_MONTHS = {
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december").split(),
    "en": ("January February March April May June July August September October November December").split(),
}


def build_demo_case(claim: str = "lgbti", lang: str = "nl", now: dt.datetime | None = None) -> Hearing:
    """Build the fictional demo hearing.

    The same arguments always give the same record.

    Args:
        claim: "lgbti", "conversion", "both" or "trans".
        lang: "nl" or "en": the language of the questions, answers and notes.
        now: when the first sitting starts (default: 2 March 2026, 09:30 CET); a naive time is
            taken as CET (UTC+01:00).

    Returns:
        A valid hearing in two sittings, with entries from the shipped banks.

    Raises:
        ValueError: an unknown claim or language.
    """
    if claim not in CLAIMS:
        raise ValueError(f"unknown demo claim {claim!r}; choose one of {', '.join(CLAIMS)}")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    language: Lang = "nl" if lang == "nl" else "en"
    start = now or DEMO_NOW
    if start.tzinfo is None:
        start = start.replace(tzinfo=DEMO_NOW.tzinfo)
    start = start.replace(microsecond=0)
    if claim == "trans":
        return _build_trans_case(language, start)
    lgbti = claim in ("lgbti", "both")
    conversion = claim in ("conversion", "both")

    banks = load_banks()
    bank_ids = ["common"] + (["lgbti"] if lgbti else []) + (["conversion"] if conversion else [])
    refs = [BankRef(id=b, version=banks.by_id(b).version) for b in bank_ids]
    claim_types = ([ClaimType.LGBTI] if lgbti else []) + ([ClaimType.CONVERSION] if conversion else [])
    hearing = editing.new_hearing(claim_types, refs, start, HearingType.TRAINING)
    fill_case(hearing, language, _TAGS[claim].get(language), subsequent=claim == "conversion")
    hearing.reference_frame = reference_frame(lgbti, conversion, language)

    first, second = _SITTINGS[claim]
    timeline = Timeline(hearing, banks, language, start)
    timeline.play(OPENING + first)
    next_sitting = NextSitting(SECOND_INTERPRETER, SECOND_SITTING_START, drop_attendee_roles=("trainee",))
    timeline.play([next_sitting, *SECOND_SITTING_CHECK, *second, *CLOSING])
    timeline.close_sitting()

    labels = timeline.labels
    if lgbti:
        add_lgbti_documents(hearing, language, labels, start)
    if conversion:
        add_conversion_documents(hearing, language, labels, start)
    hearing.course_remarks = _course_remarks(hearing, language, labels, lgbti, conversion)
    hearing.consultation_note = _consultation_note(language, lgbti, conversion)
    # Validate the whole record once more, as a case file would be on loading.
    return Hearing.model_validate(hearing.model_dump())


def _build_trans_case(lang: Lang, start: dt.datetime) -> Hearing:
    """The LGBTI demo of a trans applicant (see ``trans_applicant.py``)."""
    banks = load_banks()
    refs = [BankRef(id=b, version=banks.by_id(b).version) for b in ("common", "lgbti")]
    hearing = editing.new_hearing([ClaimType.LGBTI], refs, start, HearingType.TRAINING)
    fill_trans_case(hearing, lang, _TAGS["trans"].get(lang))
    hearing.reference_frame = trans_reference_frame(lang)
    timeline = Timeline(hearing, banks, lang, start)
    timeline.play(TRANS_OPENING + GENDER_AND_ORIGIN)
    next_sitting = NextSitting(
        TRANS_SECOND_INTERPRETER, SECOND_SITTING_START, drop_attendee_roles=("trainee",)
    )
    timeline.play([next_sitting, *TRANS_SECOND_CHECK, *TRANS_SECOND, *TRANS_CLOSING])
    timeline.close_sitting()
    add_trans_documents(hearing, lang, timeline.labels, start)
    dates = (_date(hearing.sittings[0].date, lang), _date(hearing.sittings[1].date, lang))
    hearing.course_remarks = trans_course_remarks(lang, timeline.labels, dates)
    hearing.consultation_note = trans_consultation_note(lang)
    return Hearing.model_validate(hearing.model_dump())


def _date(day: dt.date, lang: Lang) -> str:
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def _course_remarks(
    hearing: Hearing, lang: Lang, labels: dict[str, int], lgbti: bool, conversion: bool
) -> str:
    first, second = hearing.sittings[0], hearing.sittings[1]
    lines = [
        Bi(
            f"Het gehoor is afgenomen in twee zittingen, op {_date(first.date, lang)} en op "
            f"{_date(second.date, lang)}. In de tweede zitting tolkte een andere tolk, via video; de "
            "aanvrager en de tolk verstonden elkaar goed.",
            f"The hearing took place in two sittings, on {_date(first.date, lang)} and on "
            f"{_date(second.date, lang)}. In the second sitting another interpreter interpreted, by video; "
            "the applicant and the interpreter understood each other well.",
        ),
        Bi(
            "Volgens het medisch advies is ongeveer elk uur gepauzeerd. De aanvrager had om een vrouwelijke "
            "tolk gevraagd; aan dat verzoek is in beide zittingen voldaan.",
            "In line with the medical advice, there was a break about every hour. The applicant had asked "
            "for a female interpreter; that request was met in both sittings.",
        ),
    ]
    if lgbti:
        lines.append(
            Bi(
                f"Bij vraag {labels['l-words']} maakte de aanvrager bezwaar tegen een woord dat de tolk "
                f"gebruikte; dit is meteen besproken en opgelost. Bij vraag {labels['l-saw']} werd de "
                "aanvrager emotioneel en gaf zij geen antwoord; de hoormedewerker heeft niet aangedrongen "
                "en een pauze ingelast.",
                f"At question {labels['l-words']} the applicant objected to a word the interpreter used; "
                f"this was discussed and resolved at once. At question {labels['l-saw']} the applicant "
                "became emotional and gave no answer; the officer did not press and called a break.",
            )
        )
    if conversion:
        lines.append(
            Bi(
                f"Bij vraag {labels['c-baptism']} corrigeerde de aanvrager de vertaling van het woord "
                f"'doop'. Op vraag {labels['c-family-silent']} gaf de aanvrager geen antwoord.",
                f"At question {labels['c-baptism']} the applicant corrected the translation of the word "
                f"'baptism'. The applicant gave no answer to question {labels['c-family-silent']}.",
            )
        )
    lines.append(FICTIONAL)
    return "\n".join(line.get(lang) for line in lines)


def _consultation_note(lang: Lang, lgbti: bool, conversion: bool) -> str:
    parts = []
    if lgbti:
        parts.append(Bi("de lhbti-coördinator", "the LGBTI coordinator"))
    if conversion:
        parts.append(Bi("de bekeringscoördinator", "the conversion coordinator"))
    who = Bi(" en ", " and ").get(lang).join(p.get(lang) for p in parts)
    return Bi(
        f"Fictief: na het gehoor is {who} geraadpleegd over de landeninformatie over Iran. Er is niet "
        "overlegd over de geloofwaardigheid zelf.",
        f"Fictional: after the hearing, {who} was consulted on the country information about Iran. The "
        "credibility itself was not discussed.",
    ).get(lang)


__all__ = ["CLAIMS", "DEMO_NOW", "build_demo_case"]
