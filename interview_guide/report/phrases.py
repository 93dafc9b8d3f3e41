"""The report's generated phrases in Dutch and English (fixed wording lives in the Word templates)."""

from __future__ import annotations

from interview_guide.core.text import Lang

_PHRASES: dict[str, tuple[str, str]] = {
    "no_answer": ("(geen antwoord vastgelegd)", "(no answer recorded)"),
    "nothing_recorded": ("(niets vastgelegd)", "(nothing recorded)"),
    "own_question": ("Eigen vraag van de hoormedewerker", "The officer's own question"),
    "follow_up": ("Vervolgvraag", "Follow-up question"),
    "follow_up_of": ("Vervolgvraag op vraag {n}", "Follow-up to question {n}"),
    "clarifies": ("Verduidelijking van het antwoord op vraag {n}", "Clarifies the answer to question {n}"),
    "issue": ("{kind} gemeld om {time}", "{kind} raised at {time}"),
    "issue_note": ("{kind} gemeld om {time}: {note}", "{kind} raised at {time}: {note}"),
    "sitting_line": ("Zitting {n} — {date}", "Sitting {n} — {date}"),
    "sitting_line_start": ("Zitting {n} — {date}, aanvang {time}", "Sitting {n} — {date}, start {time}"),
    "refusal": (
        "{when}: materiaal van intieme aard is aangeboden en geweigerd; niet bewaard.",
        "{when}: material of an intimate nature was offered and refused; not retained.",
    ),
    "deadline_due": ("uiterlijk {date} om {time}", "no later than {date} at {time}"),
    "deadline_with_notice": (
        "samen met de zienswijze op het voornemen; voor beide geldt één termijn",
        "together with the response to the notice of intent; one deadline applies to both",
    ),
    "request_honoured": ("{request}; ingewilligd: {honoured}", "{request}; honoured: {honoured}"),
    "within": ("binnen de termijn", "within the deadline"),
    "late": ("na de termijn ontvangen", "received after the deadline"),
    "no_response": ("(nog geen reactie)", "(no response yet)"),
    "general": ("algemeen, bij geen vraag", "general, not tied to a question"),
    "at_entry": ("bij vraag {n}", "at question {n}"),
    "partner_in_nl": ("partner in Nederland: {value}", "partner in the Netherlands: {value}"),
    "interpreter_reason": ("reden: {reason}", "reason: {reason}"),
    "statement_confirms": (
        "bevestigt de verklaringen bij vraag {refs}",
        "confirms the statements at question {refs}",
    ),
    "expert_not_sole": (
        "Niet bindend en nooit de enige grondslag van de beslissing.",
        "Not binding and never the sole basis of the decision.",
    ),
    "bank": ("{id} (versie {version})", "{id} (version {version})"),
    "name_in_records": ("naam in de registratie: {name}", "name in the records: {name}"),
    "form_of_address": ("aanspreekvorm: {value}", "form of address: {value}"),
    "audit_question": ("Vraag gewijzigd", "Question changed"),
    "audit_answer": ("Antwoord gewijzigd", "Answer changed"),
    "audit_withdrawn": ("Vraag ingetrokken", "Question withdrawn"),
    "withdrawn_entry": ("ingetrokken op {when}", "withdrawn at {when}"),
    "empty_text": ("(leeg)", "(empty)"),
}


def phrase(key: str, lang: Lang, **values: object) -> str:
    """The phrase ``key`` in ``lang`` with ``values`` filled in.

    Raises:
        KeyError: no such phrase, or a value is missing.
    """
    nl, en = _PHRASES[key]
    return (nl if lang == "nl" else en).format(**values)
