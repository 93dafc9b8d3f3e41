"""The curriculum map: each point of the letter to parliament of 4 July 2018, with where the app shows
it: demo questions, example categories, bank themes, scenarios and the app's own screens.

``docs/training.md`` carries this map as a table (``scripts/update_training_doc.py`` writes it; a test
keeps it current); the Training menu shows it with links.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview_guide.core.hearing import Hearing
from interview_guide.core.question_check import Category
from interview_guide.training.scenario_model import Bi

C = Category


@dataclass(frozen=True)
class LetterPoint:
    """One point of the letter and where a trainer finds it in the app.

    Attributes:
        id: a short stable id.
        title: the point in one line.
        quote: a short quote from the letter (Dutch, as written).
        themes: bank theme ids where it is asked (demo questions are taken from these themes).
        categories: checker categories whose examples show it (good and bad).
        scenarios: scenario ids that practise it.
        screens: where else in the app to look.
    """

    id: str
    title: Bi
    quote: str
    themes: tuple[str, ...] = ()
    categories: tuple[Category, ...] = ()
    scenarios: tuple[str, ...] = ()
    screens: Bi | None = None


POINTS: tuple[LetterPoint, ...] = (
    LetterPoint(
        "personal-story",
        Bi(
            "Persoonlijk verhaal en ervaringen leidend: open vragen over ervaringen en betekenisgeving",
            "The personal story leads: open questions about experiences and the meaning given to them",
        ),
        "vragen over persoonlijke ervaringen en betekenisgeving",
        themes=("experiences-and-meaning", "relationships", "motives-and-process"),
        categories=(C.CLOSED_YES_NO, C.LEADING, C.COMPOUND),
        scenarios=("rural-low-literacy", "both-claims"),
        screens=Bi(
            "Vraagkaarten met doorvragen; de vragencontrole bij eigen vragen; Training › Oefengehoor "
            "bespreken",
            "Question cards with follow-ups; the checker on own questions; Training › Review practice "
            "hearing",
        ),
    ),
    LetterPoint(
        "no-awareness-process",
        Bi(
            "Lhbti: de nadruk ligt niet meer op het bewustwordingsproces en de zelfacceptatie",
            "LGBTI: the emphasis is no longer on the awareness process and self-acceptance",
        ),
        "de nadruk niet meer liggen op het bewustwordingsproces en de wijze van zelfacceptatie",
        themes=("self-description", "experiences-and-meaning"),
        categories=(C.SELF_ACCEPTANCE_AWARENESS, C.WESTERN_CONCEPT, C.STEREOTYPING),
        scenarios=("rural-low-literacy", "late-disclosure-subsequent"),
    ),
    LetterPoint(
        "own-level",
        Bi(
            "Uitleg op eigen niveau; rekening houden met het referentiekader (opleiding, cultuur, "
            "levensfase)",
            "Explaining at one's own level; the reference frame (education, culture, life phase) is taken "
            "into account",
        ),
        "in staat gesteld worden om op zijn eigen niveau uitleg te geven",
        themes=("opening", "self-description", "knowledge"),
        categories=(C.INTERPRETER_LOAD, C.KNOWLEDGE_QUIZ),
        scenarios=("rural-low-literacy", "passive-convert"),
        screens=Bi(
            "Pagina Referentiekader (een regel per veld over wat het voor de vragen betekent)",
            "Reference frame page (a line per field on how it changes the questioning)",
        ),
    ),
    LetterPoint(
        "together",
        Bi(
            "Alle thema's in onderlinge samenhang, geen onevenredig gewicht aan één aspect",
            "All themes weighed together, no disproportionate weight on one aspect",
        ),
        "zonder dat onevenredig gewicht wordt gehecht aan één aspect",
        themes=("life-now", "living-with-risk", "activities"),
        scenarios=("both-claims",),
        screens=Bi(
            "Pagina Controle en verslag: balans van thema's en pijlers; Oefengehoor bespreken: thema's",
            "Review page: balance of themes and pillars; Review practice hearing: themes",
        ),
    ),
    LetterPoint(
        "self-identification",
        Bi(
            "Zelfidentificatie alleen is niet genoeg (HvJ), maar de eigen beschrijving is het vertrekpunt; "
            "geen medische of psychologische toets",
            "Self-identification alone is not enough (CJEU), but the applicant's own description is the "
            "start; no medical or psychological test",
        ),
        "een enkele verklaring van een vreemdeling dat hij lbhti is, niet voldoende is",
        themes=("self-description", "gender-identity"),
        categories=(C.PROOF_DEMAND, C.STEREOTYPING, C.BODY_MEDICAL),
        scenarios=("trans-woman",),
    ),
    LetterPoint(
        "conversion-routes",
        Bi(
            "Bekering langs actieve en passieve weg",
            "Conversion by active and passive routes",
        ),
        "hoe deze tot stand kan komen via actieve en passieve bekeringsvormen",
        themes=("motives-and-process", "sur-place"),
        scenarios=("passive-convert", "house-church-active"),
        screens=Bi(
            "Referentiekader: bekeringsroute; de pijlers volgen de route (voorwaarden van de vragenbank)",
            "Reference frame: conversion route; the pillars follow the route (bank conditions)",
        ),
    ),
    LetterPoint(
        "three-pillars",
        Bi(
            "Drie pijlers (motieven en proces, kennis, activiteiten): wat kan en mag worden verwacht, in "
            "samenhang",
            "Three pillars (motives and process, knowledge, activities): what can and may be expected, "
            "weighed together",
        ),
        "wat van een vreemdeling in het kader van de drie pijlers kan en mag worden verwacht",
        themes=("motives-and-process", "knowledge", "activities"),
        categories=(C.KNOWLEDGE_QUIZ,),
        scenarios=("passive-convert", "house-church-active"),
    ),
    LetterPoint(
        "no-discretion",
        Bi(
            "Geen discretie verwachten: niemand hoeft geaardheid of geloof te verbergen",
            "No discretion expected: nobody has to hide orientation or faith",
        ),
        "dat de IND niet mag verwachten dat de asielzoeker ... zijn seksuele of religieuze identiteit "
        "geheim houdt",
        themes=("return-expectations", "faith-on-return"),
        categories=(C.DISCRETION_EXPECTATION,),
        scenarios=("both-claims",),
    ),
    LetterPoint(
        "subsequent-application",
        Bi(
            "Lhbti of bekering pas in een volgende aanvraag: inhoudelijke beoordeling (niet art. 4:6 Awb)",
            "LGBTI or conversion first raised in a later application: assessed on the merits (not Art. 4:6 "
            "Awb)",
        ),
        "niet op grond van artikel 4:6 Algemeen wet bestuursrecht afgedaan als herhaalde aanvraag",
        themes=("subsequent-application",),
        categories=(C.ACCUSATORY,),
        scenarios=("late-disclosure-subsequent",),
    ),
    LetterPoint(
        "third-party-statements",
        Bi(
            "Verklaringen van derden: in het besluit motiveren hoe ze zijn meegewogen; nieuwe feiten tellen",
            "Third-party statements: the decision says how they were weighed; new facts count",
        ),
        "in het asielbesluit moet worden gemotiveerd hoe rekening is gehouden met ingebrachte verklaringen "
        "van derden",
        categories=(C.PROOF_DEMAND,),
        scenarios=("house-church-active",),
        screens=Bi(
            "Pagina Verklaringen van derden en materiaal (nieuwe feiten, bevestigde vragen, weging)",
            "Third-party statements and material page (new facts, confirmed entries, weighing)",
        ),
    ),
    LetterPoint(
        "no-sexual-images",
        Bi(
            "Seksueel getint beeldmateriaal nooit als bewijs; beelden uit het dagelijks leven wel",
            "Sexually explicit images are never evidence; images of daily life may be",
        ),
        "seksueel getint beeldmateriaal (foto's, video's) door de IND niet mag worden gebruikt als bewijs",
        themes=("relationships",),
        categories=(C.SEXUAL_IMAGE_REQUEST, C.SEXUAL_EXPLICIT),
        screens=Bi(
            "Materiaal: seksueel expliciet materiaal wordt geweigerd; alleen een neutrale regel blijft",
            "Material: sexually explicit material is refused; only a neutral line is kept",
        ),
    ),
    LetterPoint(
        "interpreters",
        Bi(
            "Tolken: neutraal, respectvol, genuanceerde woordkeuze; klacht en correcties en aanvullingen",
            "Interpreters: neutral, respectful, careful wording; complaints, corrections and additions",
        ),
        "een open en respectvolle houding en een genuanceerde woordkeuze",
        themes=("opening",),
        scenarios=(
            "rural-low-literacy",
            "trans-woman",
            "late-disclosure-subsequent",
            "passive-convert",
            "house-church-active",
            "both-claims",
        ),
        screens=Bi(
            "Ctrl+I: tolk- of communicatieprobleem; pagina Correcties en aanvullingen",
            "Ctrl+I: interpreter or communication problem; Corrections and additions page",
        ),
    ),
    LetterPoint(
        "time",
        Bi(
            "Ruimte om goed te horen: een gehoor kan de volgende dag verder",
            "Room to hear well: a hearing may continue the next day",
        ),
        "een gehoor dat nog niet is afgerond de volgende dag te vervolgen",
        themes=("closing",),
        screens=Bi(
            "Gehoor › Op een andere dag verder; pauzes (Ctrl+B) en de pauzeherinnering",
            "Hearing › Continue on another day; breaks (Ctrl+B) and the break reminder",
        ),
    ),
    LetterPoint(
        "training",
        Bi(
            "Extra training in hoormethodiek (workshops, EASO-module gender en seksuele gerichtheid)",
            "More training in hearing methodology (workshops, the EASO module on gender and sexual "
            "orientation)",
        ),
        "workshops waarbij aandacht wordt besteed aan de hoormethodiek",
        screens=Bi(
            "Het menu Training: voorbeelden als oefening, rollenspellen, oefengehoor bespreken, presentatie",
            "The Training menu: examples as an exercise, role-plays, practice review, presenter mode",
        ),
    ),
)


def demo_moments(point: LetterPoint, demo: Hearing, limit: int = 4) -> list[int]:
    """Entry numbers of the demo hearing that show ``point``: annotated entries in its themes first.

    Args:
        point: the letter point.
        demo: the demo hearing (both claims).
        limit: the most numbers returned.
    """
    in_themes = [e for e in demo.entries if e.theme_id in point.themes]
    annotated = [e.number for e in in_themes if e.trainer_note.strip() or e.trainer_tags]
    others = [e.number for e in in_themes if e.number not in annotated]
    return (annotated + others)[:limit]


def theme_ids(points: Sequence[LetterPoint] = POINTS) -> set[str]:
    """Every bank theme the map names."""
    return {theme for point in points for theme in point.themes}
