"""What the record-aware checks tell the officer, in Dutch or English."""

from __future__ import annotations

from collections.abc import Sequence

from interview_guide.core.text import Lang, LocalizedText


def _t(en: str, nl: str) -> LocalizedText:
    return LocalizedText(en=en, nl=nl)


_MESSAGES: dict[str, LocalizedText] = {
    "loaded-word-first": _t(
        "Loaded word first used by you: the applicant has not said '{term}' (or a word like it) so far. "
        "Putting it in the question presumes a struggle, shame or a Western story the applicant may never "
        "have had (policy letter, 4 July 2018; COC, 'Pride or Shame?'). Use the applicant's own words.",
        "Beladen woord, door u als eerste gebruikt: de aanvrager heeft '{term}' (of iets vergelijkbaars) "
        "nog niet gezegd. Met dat woord in de vraag gaat u uit van een worsteling, schaamte of een westers "
        "verhaal dat de aanvrager misschien nooit had (Kamerbrief, 4 juli 2018; COC, 'Trots of schaamte?'). "
        "Gebruik de eigen woorden van de aanvrager.",
    ),
    "rejected-term": _t(
        "The applicant rejects the word '{term}' or does not use it for themself (reference frame). Use "
        "the applicant's own words{own}.",
        "De aanvrager wijst het woord '{term}' af of gebruikt het niet voor zichzelf (referentiekader). "
        "Gebruik de eigen woorden van de aanvrager{own}.",
    ),
    "closed-before-open": _t(
        "Closed question before any open question on this topic: let the applicant tell it in their own "
        "words first (what, how, tell me), then fix the facts.",
        "Gesloten vraag vóór een open vraag over dit onderwerp: laat de aanvrager het eerst in eigen "
        "woorden vertellen (wat, hoe, vertel eens), leg daarna pas feiten vast.",
    ),
    "repeated-fact": _t(
        "This fact is asked for the {count}th time (before: entries {entries}). Asking again and again "
        "puts pressure on the applicant to stay consistent instead of letting them tell; note the answer "
        "and any difference, and move on.",
        "Dit feit wordt voor de {count}e keer gevraagd (eerder: vragen {entries}). Steeds opnieuw vragen "
        "zet de aanvrager onder druk om consistent te blijven in plaats van te vertellen; noteer het "
        "antwoord en een eventueel verschil, en ga verder.",
    ),
    "meaning-not-asked": _t(
        "Entry {entries}: the applicant told an experience, but no question asked what it meant to them. "
        "The policy letter (4 July 2018) asks about personal experiences and the meaning given to them.",
        "Vraag {entries}: de aanvrager vertelde een ervaring, maar geen vraag ging over wat die voor hem "
        "of haar betekende. De Kamerbrief (4 juli 2018) vraagt naar persoonlijke ervaringen en "
        "betekenisgeving.",
    ),
}
_OWN = _t(" (own words: {own})", " (eigen woorden: {own})")


def record_message(
    kind: str,
    ui_lang: Lang,
    *,
    term: str = "",
    own: str = "",
    count: int = 0,
    entries: Sequence[int] = (),
) -> str:
    """The message of a record-aware finding in ``ui_lang``.

    Args:
        kind: what was found (a ``RecordKind`` value).
        ui_lang: the language of the message.
        term: the word concerned.
        own: the applicant's own words, from the reference frame.
        count: how many times a fact was asked, this time included.
        entries: the entry numbers concerned.

    Returns:
        The message.
    """
    text = _MESSAGES[str(kind)].get(ui_lang)
    own_text = _OWN.get(ui_lang).format(own=" ".join(own.split())) if own else ""
    numbers = ", ".join(str(n) for n in entries)
    return text.format(term=term, own=own_text, count=count, entries=numbers)
