"""What is still missing or doubtful in the case data, worded for the officer in Dutch or English.

These are reminders shown on the case page and before the report is finalised; the record itself
accepts an incomplete case so that nothing typed is ever refused for being unfinished.
"""

from __future__ import annotations

from interview_guide.core.hearing import GenderRequest, Hearing, RegisterStatus
from interview_guide.core.text import Lang

V_NUMBER_LENGTH = 10

_REQUIRED_CASE = {
    "v_number": ("V-nummer", "V-number"),
    "applicant_name": ("naam van de aanvrager", "applicant's name"),
    "nationality": ("nationaliteit", "nationality"),
    "language": ("taal van het gehoor", "language of the hearing"),
    "officer_name": ("hoormedewerker", "officer"),
}


def _pick(lang: Lang, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


def case_problems(hearing: Hearing, lang: Lang) -> list[str]:
    """Missing required fields and doubtful values, one line each."""
    problems: list[str] = []
    case = hearing.case
    missing = [
        names[0 if lang == "nl" else 1] for field, names in _REQUIRED_CASE.items() if not getattr(case, field)
    ]
    if missing:
        problems.append(_pick(lang, "Nog in te vullen: ", "Still to fill in: ") + ", ".join(missing))
    if case.v_number and len(case.v_number) != V_NUMBER_LENGTH:
        problems.append(
            _pick(
                lang,
                f"Een V-nummer heeft {V_NUMBER_LENGTH} cijfers; dit heeft er {len(case.v_number)}.",
                f"A V-number has {V_NUMBER_LENGTH} digits; this one has {len(case.v_number)}.",
            )
        )
    for who_nl, who_en, requested, honoured in (
        ("hoormedewerker", "officer", case.officer_gender_requested, case.officer_gender_request_honoured),
        ("tolk", "interpreter", case.interpreter_gender_requested, case.interpreter_gender_request_honoured),
    ):
        if requested != GenderRequest.NONE and honoured is None:
            problems.append(
                _pick(
                    lang,
                    f"Vul in of het verzoek om het geslacht van de {who_nl} is ingewilligd.",
                    f"Say whether the request about the {who_en}'s gender was honoured.",
                )
            )
    for sitting in hearing.sittings:
        where = _pick(lang, f"Zitting {sitting.number}: ", f"Sitting {sitting.number}: ")
        if not sitting.location:
            problems.append(where + _pick(lang, "locatie ontbreekt.", "location missing."))
        if not sitting.interpreter.name_or_number:
            problems.append(
                where
                + _pick(lang, "tolk (naam of nummer) ontbreekt.", "interpreter (name or number) missing.")
            )
        if (
            sitting.interpreter.register_status == RegisterStatus.NOT_REGISTERED
            and not sitting.interpreter.not_registered_reason
        ):
            problems.append(
                where
                + _pick(
                    lang,
                    "geef de reden voor een tolk buiten het register.",
                    "give the reason for an interpreter outside the register.",
                )
            )
    return problems
