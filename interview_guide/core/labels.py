"""Dutch and English wording of every enumerated value in the record, for the report and the GUI combo boxes.

Use :func:`label` for one value and :func:`choices` to fill a combo box; :data:`FRAME_FIELD_LABELS`
names the reference-frame fields. A test checks that every member of every enum has a label.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from interview_guide.core import hearing as h
from interview_guide.core import reference_frame as rf
from interview_guide.core import statements as st
from interview_guide.core.deadlines import DeadlineKind
from interview_guide.core.text import Lang, LocalizedText

E = TypeVar("E", bound=StrEnum)

_Table = dict[str, tuple[str, str]]

_UNKNOWN = ("onbekend", "unknown")

_TABLES: dict[type[StrEnum], _Table] = {
    # --- the hearing and its sittings -------------------------------------------------------------
    h.HearingType: {
        "nader-gehoor": ("nader gehoor", "substantive interview"),
        "aanvullend-gehoor": ("aanvullend gehoor", "additional interview"),
        "training": ("oefengehoor (training)", "practice interview (training)"),
    },
    h.ProcedureTrack: {
        "general": ("algemene asielprocedure (AA)", "general asylum procedure"),
        "general-extended": ("verlengde algemene asielprocedure (AA+)", "extended general asylum procedure"),
        "extended": ("verlengde asielprocedure (VA)", "extended asylum procedure"),
        "detention": ("asielprocedure in vreemdelingenbewaring", "asylum procedure in immigration detention"),
    },
    h.ClaimType: {
        "lgbti": ("LHBTI", "LGBTI"),
        "conversion": ("bekering", "religious conversion"),
    },
    h.Gender: {
        "unknown": _UNKNOWN,
        "female": ("vrouw", "female"),
        "male": ("man", "male"),
        "other": ("anders", "other"),
    },
    h.GenderRequest: {
        "none": ("geen verzoek", "no request"),
        "female": ("verzoek om een vrouw", "asked for a woman"),
        "male": ("verzoek om een man", "asked for a man"),
    },
    h.RegisterStatus: {
        "unknown": _UNKNOWN,
        "registered": ("ingeschreven in het register (Wbtv)", "in the register of sworn interpreters (Wbtv)"),
        "not-registered": ("niet ingeschreven in het register", "not in the register"),
    },
    h.InterpreterMode: {
        "in-person": ("aanwezig in de ruimte", "in person"),
        "phone": ("per telefoon", "by telephone"),
        "video": ("per video", "by video"),
    },
    h.AttendeeRole: {
        "counsel": ("gemachtigde (waarnemer)", "counsel (observer)"),
        "vluchtelingenwerk": ("VluchtelingenWerk", "Dutch Council for Refugees"),
        "trainee": ("hoormedewerker in opleiding", "officer in training"),
        "trainer": ("opleider", "trainer"),
        "other": ("anders", "other"),
    },
    h.CommunicationIssueKind: {
        "interpreter": ("probleem met de tolk", "interpreter problem"),
        "communication": ("communicatieprobleem", "communication problem"),
    },
    # --- the reference frame ----------------------------------------------------------------------
    rf.EducationLevel: {
        "unknown": _UNKNOWN,
        "none": ("geen onderwijs", "no schooling"),
        "primary-partial": ("basisonderwijs, niet afgemaakt", "primary school, not finished"),
        "primary": ("basisonderwijs", "primary school"),
        "secondary": ("voortgezet onderwijs", "secondary school"),
        "vocational": ("beroepsonderwijs", "vocational training"),
        "higher": ("hoger onderwijs", "higher education"),
    },
    rf.Literacy: {
        "unknown": _UNKNOWN,
        "none": ("kan niet lezen en schrijven", "cannot read or write"),
        "limited": ("beperkt geletterd", "limited literacy"),
        "own-language": ("geletterd in de eigen taal", "literate in own language"),
        "several-languages": ("geletterd in meerdere talen", "literate in several languages"),
    },
    rf.UrbanRural: {
        "unknown": _UNKNOWN,
        "urban": ("stad", "city"),
        "rural": ("platteland", "countryside"),
        "mixed": ("stad en platteland", "city and countryside"),
    },
    rf.LifePhase: {
        "unknown": _UNKNOWN,
        "adolescent": ("adolescent", "adolescent"),
        "young-adult": ("jongvolwassene", "young adult"),
        "adult": ("volwassene", "adult"),
        "older-adult": ("oudere", "older adult"),
    },
    rf.MaritalStatus: {
        "unknown": _UNKNOWN,
        "single": ("ongehuwd", "single"),
        "married": ("gehuwd", "married"),
        "divorced": ("gescheiden", "divorced"),
        "widowed": ("weduwe of weduwnaar", "widowed"),
        "partner": ("met een partner", "with a partner"),
    },
    rf.YesNoUnknown: {"unknown": _UNKNOWN, "yes": ("ja", "yes"), "no": ("nee", "no")},
    rf.Level: {
        "unknown": _UNKNOWN,
        "low": ("laag", "low"),
        "medium": ("gemiddeld", "medium"),
        "high": ("hoog", "high"),
    },
    rf.Access: {
        "unknown": _UNKNOWN,
        "none": ("geen", "none"),
        "limited": ("beperkt", "limited"),
        "regular": ("regelmatig", "regular"),
    },
    rf.PriorContact: {
        "unknown": _UNKNOWN,
        "none": ("geen", "none"),
        "secret": ("in het geheim", "in secret"),
        "open": ("openlijk", "openly"),
    },
    rf.DisclosureStage: {
        "unknown": _UNKNOWN,
        "first-hearing": ("bij het eerste gehoor", "at the first interview"),
        "later-same-procedure": ("later in dezelfde procedure", "later in the same procedure"),
        "subsequent-application": ("in een opvolgende aanvraag", "in a subsequent application"),
    },
    rf.CountryContext: {
        "unknown": _UNKNOWN,
        "criminalised-enforced": ("strafbaar en gehandhaafd", "criminalised and enforced"),
        "criminalised-not-enforced": ("strafbaar, niet gehandhaafd", "criminalised, not enforced"),
        "not-criminalised": ("niet strafbaar", "not criminalised"),
    },
    rf.ConversionRoute: {
        "unknown": _UNKNOWN,
        "active": ("actief (zoekend)", "active (searching)"),
        "passive": ("passief (overkomen)", "passive (it happened to them)"),
        "mixed": ("gemengd", "mixed"),
    },
    rf.Place: {
        "unknown": _UNKNOWN,
        "origin": ("land van herkomst", "country of origin"),
        "transit": ("onderweg", "in transit"),
        "netherlands": ("Nederland", "the Netherlands"),
    },
    rf.FaithPracticeOrigin: {
        "unknown": _UNKNOWN,
        "none": ("geen", "none"),
        "secret": ("in het geheim", "in secret"),
        "house-church": ("huiskerk", "house church"),
        "other": ("anders", "other"),
    },
    rf.Sogiesc: {
        "lesbian": ("lesbisch", "lesbian"),
        "gay": ("homo", "gay"),
        "bisexual": ("biseksueel", "bisexual"),
        "transgender": ("transgender", "transgender"),
        "intersex": ("intersekse", "intersex"),
        "non-binary": ("non-binair", "non-binary"),
        "other": ("anders", "other"),
    },
    rf.Religion: {
        "unknown": _UNKNOWN,
        "none": ("geen geloof (niet-gelovig)", "no religion (non-believer)"),
        "islam-shia": ("islam, sjiitisch", "Islam, Shia"),
        "islam-sunni": ("islam, soennitisch", "Islam, Sunni"),
        "islam-other": ("islam, andere of onbekende stroming", "Islam, other or unknown branch"),
        "christian": ("christendom", "Christianity"),
        "jewish": ("jodendom", "Judaism"),
        "hindu": ("hindoeïsme", "Hinduism"),
        "buddhist": ("boeddhisme", "Buddhism"),
        "sikh": ("sikhisme", "Sikhism"),
        "bahai": ("bahá'í-geloof", "Bahá'í Faith"),
        "yazidi": ("jezidisme", "Yazidism"),
        "zoroastrian": ("zoroastrisme", "Zoroastrianism"),
        "other": ("ander geloof of andere overtuiging", "another religion or belief"),
    },
    rf.GenderIdentity: {
        "unknown": _UNKNOWN,
        "woman": ("vrouw", "woman"),
        "man": ("man", "man"),
        "non-binary": ("non-binair", "non-binary"),
        "other": ("anders (zie eigen woorden)", "other (see own words)"),
    },
    # --- statements, material, expert reports, corrections ----------------------------------------
    st.AuthorRole: {
        "partner": ("partner", "partner"),
        "friend": ("vriend of vriendin", "friend"),
        "family": ("familielid", "family member"),
        "church-leader": ("voorganger of pastor", "church leader or pastor"),
        "congregation-member": ("gemeentelid", "member of the congregation"),
        "organisation": ("belangenorganisatie", "support organisation"),
        "professional": ("hulpverlener (therapeut, arts)", "professional (therapist, doctor)"),
        "reception-staff": ("medewerker COA", "reception centre staff (COA)"),
        "other": ("anders", "other"),
    },
    st.StatementBasis: {
        "own-observation": ("eigen waarneming", "own observation"),
        "hearsay": ("van horen zeggen", "hearsay"),
        "professional-opinion": ("professioneel oordeel", "professional opinion"),
    },
    st.MaterialKind: {
        "photo": ("foto", "photo"),
        "video": ("video", "video"),
        "document": ("document", "document"),
        "chat-screenshot": ("schermafbeelding van een chat", "chat screenshot"),
        "church-certificate": ("kerkelijk bewijs (doop, lidmaatschap)", "church certificate"),
        "other": ("anders", "other"),
    },
    st.ContentCategory: {
        "daily-life": ("dagelijks leven", "daily life"),
        "relationship-non-intimate": ("relatie (niet intiem)", "relationship (not intimate)"),
        "religious-activity": ("religieuze activiteit", "religious activity"),
        "document": ("document", "document"),
        "other": ("anders", "other"),
        # Offered at intake only so that it can be refused; never stored, never in a report.
        "sexually-explicit": ("seksueel expliciet (wordt geweigerd)", "sexually explicit (refused)"),
    },
    st.ExpertKind: {
        "country-information": ("landeninformatie (ambtsbericht)", "country information"),
        "medical-advice": ("medisch advies (BMA, forensisch)", "medical advice (BMA, forensic)"),
        "other": ("anders", "other"),
        "psychological-orientation-test": (
            "psychologische test van seksuele oriëntatie (niet toegestaan)",
            "psychological test of sexual orientation (not allowed)",
        ),
    },
    st.CorrectionType: {
        "translation-error": ("vertaalfout", "translation error"),
        "misunderstanding": ("misverstand", "misunderstanding"),
        "factual-correction": ("feitelijke correctie", "factual correction"),
        "addition": ("aanvulling", "addition"),
        "course-remark": ("opmerking over het verloop van het gehoor", "remark on the course of the hearing"),
        "interpreter-complaint": ("klacht over de tolk", "complaint about the interpreter"),
    },
    st.CorrectionSource: {
        "entry-cell": ("rapport, kolom correcties", "report, corrections column"),
        "additions": ("rapport, aanvullingen", "report, additions section"),
        "manual": ("per brief of e-mail", "by letter or e-mail"),
    },
    DeadlineKind: {
        "days-after-hearing": ("dagen na het (laatste) gehoor", "days after the (last) sitting"),
        "with-notice-of-intent": (
            "samen met de zienswijze op het voornemen",
            "with the response to the notice of intent",
        ),
    },
}

# The fixed legal class of a third-party statement (never an expert report).
STATEMENT_LEGAL_CLASS = LocalizedText(
    nl="verklaring op basis van eigen waarneming (geen deskundigenbericht)",
    en="statement from own observation (not an expert report)",
)

FRAME_FIELD_LABELS: dict[str, LocalizedText] = {
    name: LocalizedText(nl=nl, en=en)
    for name, (nl, en) in {
        "education_level": ("Opleiding", "Education"),
        "literacy": ("Geletterdheid", "Literacy"),
        "origin_country": ("Land van herkomst", "Country of origin"),
        "origin_region": ("Regio van herkomst", "Region of origin"),
        "urban_rural": ("Stad of platteland", "City or countryside"),
        "life_phase": ("Levensfase", "Life phase"),
        "age_at_key_events": ("Leeftijd bij belangrijke gebeurtenissen", "Age at key events"),
        "marital_status": ("Burgerlijke staat", "Marital status"),
        "children": ("Kinderen", "Children"),
        "different_sex_marriage": ("Huwelijk met iemand van het andere geslacht", "Different-sex marriage"),
        "family_notes": ("Gezinssituatie", "Family situation"),
        "religion_upbringing": ("Religieuze opvoeding", "Religious upbringing"),
        "religion_upbringing_notes": (
            "Religieuze opvoeding, in eigen woorden",
            "Religious upbringing, in the applicant's words",
        ),
        "religiosity_family": ("Religiositeit van de familie", "Religiosity of the family"),
        "gender": ("Gender", "Gender"),
        "gender_self_description": ("Gender, in eigen woorden", "Gender, in the applicant's words"),
        "pronouns": ("Voornaamwoorden (hij, zij, hen ...)", "Pronouns (he, she, they ...)"),
        "own_terms": ("Eigen woorden van de aanvrager", "The applicant's own words"),
        "rejected_terms": ("Woorden die de aanvrager afwijst", "Words the applicant rejects"),
        "internet_access": ("Toegang tot internet en informatie", "Access to internet and information"),
        "prior_contact": ("Eerder contact met gelijkgestemden", "Earlier contact with like-minded people"),
        "medical_advice": ("Medisch advies", "Medical advice"),
        "medical_advice_notes": ("Medisch advies: aanpassingen", "Medical advice: adjustments"),
        "trauma_indicators": ("Signalen van trauma", "Signs of trauma"),
        "special_procedural_needs": ("Bijzondere procedurele behoeften", "Special procedural needs"),
        "disclosure_stage": ("Moment van naar voren brengen", "When it was first raised"),
        "prior_applications": ("Eerdere aanvragen", "Earlier applications"),
        "country_context": ("Situatie in het land van herkomst", "Situation in the country of origin"),
        "coi_references": ("Landeninformatie", "Country information"),
        "sogiesc": ("Seksuele oriëntatie, genderidentiteit", "Sexual orientation, gender identity"),
        "sogiesc_self_description": ("Zelfbeschrijving", "Self-description"),
        "relationships": ("Relaties", "Relationships"),
        "religion_now": ("Geloof of overtuiging nu", "Religion or belief now"),
        "conversion_route": ("Route van de bekering", "Route of the conversion"),
        "first_contact_date": ("Eerste contact met het geloof: datum", "First contact with the faith: date"),
        "first_contact_place": (
            "Eerste contact met het geloof: plaats",
            "First contact with the faith: place",
        ),
        "baptism_date": ("Doop", "Baptism"),
        "church_nl": ("Kerk in Nederland", "Church in the Netherlands"),
        "denomination": ("Kerkelijke stroming", "Denomination"),
        "church_contact_person": ("Contactpersoon van de kerk", "Church contact person"),
        "faith_practice_origin": (
            "Geloofsbeleving in het land van herkomst",
            "Faith practice in the country of origin",
        ),
        "notes": ("Overige opmerkingen", "Other remarks"),
    }.items()
}


def enum_types() -> list[type[StrEnum]]:
    """Every enum that has labels here (the tests walk them)."""
    return list(_TABLES)


def label(value: StrEnum, lang: Lang) -> str:
    """The wording of one enum value in ``lang``.

    Raises:
        KeyError: the enum or the value has no label (a test prevents this).
    """
    nl, en = _TABLES[type(value)][value.value]
    return nl if lang == "nl" else en


def choices(enum_type: type[E], lang: Lang, *, include: set[E] | None = None) -> list[tuple[E, str]]:
    """The members of ``enum_type`` with their wording, in declaration order (for a combo box).

    Args:
        enum_type: the enum, e.g. ``ProcedureTrack``.
        lang: the language of the wording.
        include: only these members (default: all).
    """
    return [(member, label(member, lang)) for member in enum_type if include is None or member in include]


def field_label(field: str, lang: Lang) -> str:
    """The wording of a reference-frame field name.

    Raises:
        KeyError: not a reference-frame field with a label.
    """
    return FRAME_FIELD_LABELS[field].get(lang)
