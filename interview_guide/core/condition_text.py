"""A bank condition in words, for the officer ("Route van de bekering: passief (overkomen)"), when the bank
gives no ``because`` of its own."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel

from interview_guide.core.conditions import Condition, Rule
from interview_guide.core.hearing import CaseData
from interview_guide.core.labels import FRAME_FIELD_LABELS, label
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import Lang, LocalizedText

# The case fields a condition may name, in words (the others fall back to their name).
CASE_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "subsequent_application": ("opvolgende aanvraag", "subsequent application"),
    "claim_types": ("grond van de aanvraag", "claim"),
    "hearing_type": ("soort gehoor", "kind of hearing"),
    "procedure_track": ("procedure", "procedure"),
    "officer_gender": ("gender van de hoormedewerker", "officer's gender"),
    "interpreter_gender_requested": ("verzoek om tolk van een gender", "request for an interpreter's gender"),
    "officer_gender_requested": (
        "verzoek om hoormedewerker van een gender",
        "request for an officer's gender",
    ),
}
_WORDS = {
    "nl": {
        "and": " en ", "or": " of ", "not": "niet ({})", "filled": "{} ingevuld",
        "empty": "{} niet ingevuld", "min": "{}: ten minste {}", "max": "{}: ten hoogste {}",
        "yes": "ja", "no": "nee",
    },
    "en": {
        "and": " and ", "or": " or ", "not": "not ({})", "filled": "{} filled in",
        "empty": "{} not filled in", "min": "{}: at least {}", "max": "{}: at most {}",
        "yes": "yes", "no": "no",
    },
}  # fmt: skip


def _field_label(model: type[BaseModel], name: str, lang: Lang) -> str:
    if model is ReferenceFrame:
        return FRAME_FIELD_LABELS[name].get(lang)
    nl, en = CASE_FIELD_LABELS.get(name, (name.replace("_", " "), name.replace("_", " ")))
    return nl if lang == "nl" else en


def _value_label(model: type[BaseModel], name: str, value: str, lang: Lang) -> str:
    if value in ("yes", "no") and model.model_fields[name].annotation is bool:
        return _WORDS[lang][value]
    annotation = model.model_fields[name].annotation
    candidates = [annotation, *getattr(annotation, "__args__", ())]
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, StrEnum):
            return label(candidate(value), lang)
    return value


def describe(condition: Condition, lang: Lang) -> str:
    """The condition in words in ``lang``."""
    words = _WORDS[lang]
    if condition.all is not None:
        return words["and"].join(describe(part, lang) for part in condition.all)
    if condition.any is not None:
        return words["or"].join(describe(part, lang) for part in condition.any)
    if condition.not_ is not None:
        return words["not"].format(describe(condition.not_, lang))
    model: type[BaseModel] = ReferenceFrame if condition.field is not None else CaseData
    name = condition.field or condition.case or ""
    field = _field_label(model, name, lang)
    if condition.values is not None:
        if model.model_fields[name].annotation is bool:
            value = condition.values[0] if len(condition.values) == 1 else ""
            return field if value == "yes" else words["not"].format(field) if value == "no" else field
        values = words["or"].join(_value_label(model, name, v, lang) for v in condition.values)
        return f"{field}: {values}"
    if condition.filled is not None:
        return words["filled" if condition.filled else "empty"].format(field)
    parts = []
    if condition.min is not None:
        parts.append(words["min"].format(field, condition.min))
    if condition.max is not None:
        parts.append(words["max"].format(field, condition.max))
    return words["and"].join(parts)


def reason(rule: Rule) -> LocalizedText:
    """Why the rule applies, for the officer: the bank's ``because``, else the condition in words."""
    if rule.because is not None:
        return rule.because
    return LocalizedText(nl=describe(rule.when, "nl"), en=describe(rule.when, "en"))
