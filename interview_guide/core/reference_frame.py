"""The applicant's reference frame (referentiekader) and how each dimension changes the questioning.

Every dimension allows "unknown". The values shape *how* the officer asks (shorter questions, other
examples, less expected formal knowledge); they are never a sign against credibility, and nothing in
the app scores credibility.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from interview_guide.core.text import LocalizedText

_MODEL = ConfigDict(extra="forbid", validate_assignment=True)


class EducationLevel(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    PRIMARY_PARTIAL = "primary-partial"
    PRIMARY = "primary"
    SECONDARY = "secondary"
    VOCATIONAL = "vocational"
    HIGHER = "higher"


class Literacy(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    LIMITED = "limited"
    OWN_LANGUAGE = "own-language"
    SEVERAL_LANGUAGES = "several-languages"


class UrbanRural(StrEnum):
    UNKNOWN = "unknown"
    URBAN = "urban"
    RURAL = "rural"
    MIXED = "mixed"


class LifePhase(StrEnum):
    UNKNOWN = "unknown"
    ADOLESCENT = "adolescent"
    YOUNG_ADULT = "young-adult"
    ADULT = "adult"
    OLDER_ADULT = "older-adult"


class MaritalStatus(StrEnum):
    UNKNOWN = "unknown"
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"
    PARTNER = "partner"


class YesNoUnknown(StrEnum):
    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"


class Level(StrEnum):
    UNKNOWN = "unknown"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Access(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    LIMITED = "limited"
    REGULAR = "regular"


class PriorContact(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    SECRET = "secret"
    OPEN = "open"


class DisclosureStage(StrEnum):
    UNKNOWN = "unknown"
    FIRST_HEARING = "first-hearing"
    LATER_SAME_PROCEDURE = "later-same-procedure"
    SUBSEQUENT_APPLICATION = "subsequent-application"


class CountryContext(StrEnum):
    UNKNOWN = "unknown"
    CRIMINALISED_ENFORCED = "criminalised-enforced"
    CRIMINALISED_NOT_ENFORCED = "criminalised-not-enforced"
    NOT_CRIMINALISED = "not-criminalised"


class ConversionRoute(StrEnum):
    UNKNOWN = "unknown"
    ACTIVE = "active"
    PASSIVE = "passive"
    MIXED = "mixed"


class Place(StrEnum):
    UNKNOWN = "unknown"
    ORIGIN = "origin"
    TRANSIT = "transit"
    NETHERLANDS = "netherlands"


class FaithPracticeOrigin(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    SECRET = "secret"
    HOUSE_CHURCH = "house-church"
    OTHER = "other"


class Sogiesc(StrEnum):
    LESBIAN = "lesbian"
    GAY = "gay"
    BISEXUAL = "bisexual"
    TRANSGENDER = "transgender"
    INTERSEX = "intersex"
    NON_BINARY = "non-binary"
    OTHER = "other"


class Religion(StrEnum):
    """A religion or belief (of the upbringing, or held now); ``none`` is no religion, non-belief."""

    UNKNOWN = "unknown"
    NONE = "none"
    ISLAM_SHIA = "islam-shia"
    ISLAM_SUNNI = "islam-sunni"
    ISLAM_OTHER = "islam-other"
    CHRISTIAN = "christian"
    JEWISH = "jewish"
    HINDU = "hindu"
    BUDDHIST = "buddhist"
    SIKH = "sikh"
    BAHAI = "bahai"
    YAZIDI = "yazidi"
    ZOROASTRIAN = "zoroastrian"
    OTHER = "other"


class GenderIdentity(StrEnum):
    """The applicant's gender as the applicant describes it (the words go beside it)."""

    UNKNOWN = "unknown"
    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non-binary"
    OTHER = "other"


class Relationship(BaseModel):
    """A relationship the applicant described (never sexually explicit)."""

    model_config = _MODEL

    name: str = ""
    period: str = ""
    place: str = ""
    partner_in_nl: YesNoUnknown = YesNoUnknown.UNKNOWN
    notes: str = ""


class ReferenceFrame(BaseModel):
    """Everything about the applicant that shapes how questions are asked and answers are read."""

    model_config = _MODEL

    # Education and literacy
    education_level: EducationLevel = EducationLevel.UNKNOWN
    literacy: Literacy = Literacy.UNKNOWN
    # Culture and origin
    origin_country: str = ""
    origin_region: str = ""
    urban_rural: UrbanRural = UrbanRural.UNKNOWN
    # Life phase
    life_phase: LifePhase = LifePhase.UNKNOWN
    age_at_key_events: str = ""
    # Family situation
    marital_status: MaritalStatus = MaritalStatus.UNKNOWN
    children: int | None = Field(default=None, ge=0, le=40)
    different_sex_marriage: YesNoUnknown = YesNoUnknown.UNKNOWN
    family_notes: str = ""
    # Religious upbringing
    religion_upbringing: Religion = Religion.UNKNOWN
    religion_upbringing_notes: str = ""
    religiosity_family: Level = Level.UNKNOWN
    # Gender and own words
    gender: GenderIdentity = GenderIdentity.UNKNOWN
    gender_self_description: str = ""
    pronouns: str = ""
    own_terms: str = ""
    # Words the applicant rejects or does not use for themself (one per line or comma-separated); the
    # question checker warns when the officer uses one (issue 11).
    rejected_terms: str = ""
    # Access to information
    internet_access: Access = Access.UNKNOWN
    prior_contact: PriorContact = PriorContact.UNKNOWN
    # Health
    medical_advice: YesNoUnknown = YesNoUnknown.UNKNOWN
    medical_advice_notes: str = ""
    trauma_indicators: YesNoUnknown = YesNoUnknown.UNKNOWN
    special_procedural_needs: str = ""
    # Disclosure history and country context
    disclosure_stage: DisclosureStage = DisclosureStage.UNKNOWN
    prior_applications: int | None = Field(default=None, ge=0, le=50)
    country_context: CountryContext = CountryContext.UNKNOWN
    coi_references: str = ""
    # LGBTI only
    sogiesc: list[Sogiesc] = Field(default_factory=list)
    sogiesc_self_description: str = ""
    relationships: list[Relationship] = Field(default_factory=list)
    # Conversion only
    religion_now: Religion = Religion.UNKNOWN
    conversion_route: ConversionRoute = ConversionRoute.UNKNOWN
    first_contact_date: str = ""
    first_contact_place: Place = Place.UNKNOWN
    baptism_date: str = ""
    church_nl: str = ""
    denomination: str = ""
    church_contact_person: str = ""
    faith_practice_origin: FaithPracticeOrigin = FaithPracticeOrigin.UNKNOWN
    # Anything else
    notes: str = ""

    @model_validator(mode="before")
    @classmethod
    def _upgrade_free_text(cls, data: Any) -> Any:
        # Case files (and autosave journals) written before version 1.1 of the banks hold
        # religion_upbringing and gender as free text; see upgrade_free_text_fields.
        if isinstance(data, dict):
            return upgrade_free_text_fields(data)
        return data


LGBTI_ONLY_FIELDS = frozenset({"sogiesc", "sogiesc_self_description", "relationships"})
CONVERSION_ONLY_FIELDS = frozenset(
    {
        "religion_now",
        "conversion_route",
        "first_contact_date",
        "first_contact_place",
        "baptism_date",
        "church_nl",
        "denomination",
        "church_contact_person",
        "faith_practice_origin",
    }
)


# Words in an old free-text value that name a value of the new enumerated field (checked in order:
# the first match wins). The free text itself is always kept in the notes field beside it.
_RELIGION_WORDS: list[tuple[tuple[str, ...], Religion]] = [
    (("sjiit", "sji'", "shia", "shiite", "shi'", "alevi", "alawi"), Religion.ISLAM_SHIA),
    (("soenn", "sunni"), Religion.ISLAM_SUNNI),
    (("islam", "moslim", "muslim", "islām"), Religion.ISLAM_OTHER),
    (
        ("christ", "katho", "cathol", "protest", "orthodo", "evangel", "pinkster", "pentecost", "armeens"),
        Religion.CHRISTIAN,
    ),
    (("jood", "joods", "jew", "judaï", "judai"), Religion.JEWISH),
    (("hindoe", "hindu"), Religion.HINDU),
    (("boeddh", "buddh"), Religion.BUDDHIST),
    (("sikh",), Religion.SIKH),
    (("bahá", "baha"), Religion.BAHAI),
    (("yezid", "yazid", "jezid", "ezid"), Religion.YAZIDI),
    (("zoroast", "zarathus"), Religion.ZOROASTRIAN),
    (("geen", "none", "atheï", "athei", "niet gelov", "non-belie", "no religion"), Religion.NONE),
]
_GENDER_WORDS: list[tuple[tuple[str, ...], GenderIdentity]] = [
    (("non-bin", "nonbin", "non bin", "genderqueer", "genderfluid"), GenderIdentity.NON_BINARY),
    (("vrouw", "woman", "female", "meisje", "girl"), GenderIdentity.WOMAN),
    (("man", "male", "jongen", "boy"), GenderIdentity.MAN),
]


def _match_words(text: str, table: list[tuple[tuple[str, ...], Any]], fallback: Any) -> Any:
    lowered = text.casefold()
    for words, value in table:
        if any(word in lowered for word in words):
            return value
    return fallback


def upgrade_free_text_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Turn the old free-text ``religion_upbringing`` and ``gender`` into the enumerated fields.

    Before bank version 1.1 both were free text. The text is kept word for word in the notes field
    beside the new one (``religion_upbringing_notes``, ``gender_self_description``), and the
    enumerated value is read from it where a word names one ("Sjiitische islam": ``islam-shia``),
    else ``other``. A value that already is one of the enumerated values is left alone.

    Args:
        data: the raw reference frame (as read from a case file or a journal); not changed.

    Returns:
        The upgraded copy (or ``data`` itself when there is nothing to upgrade).
    """
    upgraded = dict(data)
    changed = False
    for field, notes, enum_type, table in (
        ("religion_upbringing", "religion_upbringing_notes", Religion, _RELIGION_WORDS),
        ("gender", "gender_self_description", GenderIdentity, _GENDER_WORDS),
    ):
        value = data.get(field)
        if not isinstance(value, str) or value in {member.value for member in enum_type}:
            continue
        changed = True
        text = value.strip()
        upgraded[field] = _match_words(text, table, enum_type("other")).value if text else "unknown"
        if text and notes not in data:
            upgraded[notes] = text
    return upgraded if changed else data


def _t(nl: str, en: str) -> LocalizedText:
    return LocalizedText(nl=nl, en=en)


# One line per dimension: how it changes the questioning. Shown beside the field in the wizard.
FIELD_GUIDANCE: dict[str, LocalizedText] = {
    "education_level": _t(
        "Pas woordkeus en verwachtingen aan het opleidingsniveau aan; weinig onderwijs zegt niets over "
        "geloofwaardigheid.",
        "Fit wording and expectations to the level of education; little schooling says nothing about "
        "credibility.",
    ),
    "literacy": _t(
        "Bij beperkte geletterdheid: korte, concrete vragen over wat de aanvrager zag, deed en voelde.",
        "With limited literacy: short, concrete questions about what the applicant saw, did and felt.",
    ),
    "origin_country": _t(
        "Vraag naar de omgeving zoals de aanvrager die kende; gebruik landeninformatie als achtergrond.",
        "Ask about the surroundings as the applicant knew them; use country information as background.",
    ),
    "urban_rural": _t(
        "Op het platteland zijn ontmoetingsplekken en informatie anders dan in de stad; verwacht geen "
        "stedelijke 'scene'.",
        "In rural areas, meeting places and information differ from the city; do not expect an urban "
        "'scene'.",
    ),
    "life_phase": _t(
        "Vraag naar leeftijd en levensfase bij belangrijke gebeurtenissen; herinneringen uit de jeugd "
        "zijn vaak minder precies.",
        "Ask about age and life phase at key events; childhood memories are often less precise.",
    ),
    "marital_status": _t(
        "Een (eerder) huwelijk met iemand van het andere geslacht is context, geen tegenindicatie.",
        "A (past) marriage to someone of the other sex is context, not a counter-indication.",
    ),
    "religion_upbringing": _t(
        "Vraag wat het geloof thuis betekende; wie met een geloof opgroeide kent het van binnenuit.",
        "Ask what faith meant at home; someone raised in a faith knows it from the inside.",
    ),
    "gender": _t(
        "Gebruik de aanspreekvorm en woorden die de aanvrager zelf gebruikt.",
        "Use the form of address and the words the applicant uses.",
    ),
    "own_terms": _t(
        "Neem de eigen woorden van de aanvrager over, ook als die in de eigen taal beladen zijn.",
        "Use the applicant's own words, even where they are loaded in the home language.",
    ),
    "rejected_terms": _t(
        "Gebruik deze woorden niet: de aanvrager wijst ze af of gebruikt ze niet voor zichzelf. De "
        "vragencontrole waarschuwt als ze in een vraag staan.",
        "Do not use these words: the applicant rejects them or does not use them for themself. The "
        "question checker warns when a question uses one.",
    ),
    "internet_access": _t(
        "Met weinig toegang tot informatie kent de aanvrager westerse begrippen en organisaties "
        "misschien niet.",
        "With little access to information, the applicant may not know Western terms and organisations.",
    ),
    "medical_advice": _t(
        "Volg het medisch advies: pauzes, kortere blokken, rekening houden met geheugen en concentratie.",
        "Follow the medical advice: breaks, shorter blocks, allowance for memory and concentration.",
    ),
    "trauma_indicators": _t(
        "Bij signalen van trauma: rustig tempo, vragen over ervaringen zonder aan te dringen op details.",
        "With signs of trauma: a calm pace, questions about experiences without pressing for detail.",
    ),
    "disclosure_stage": _t(
        "Laat naar voren brengen is op zichzelf geen reden om niet te geloven (HvJ A, B, C).",
        "Late disclosure is not by itself a reason for disbelief (CJEU A, B, C).",
    ),
    "country_context": _t(
        "Verwacht niet dat de aanvrager in het land van herkomst openlijk leefde; vraag hoe hij of zij "
        "ermee omging.",
        "Do not expect the applicant to have lived openly in the country of origin; ask how they managed.",
    ),
    "sogiesc": _t(
        "Begin bij de zelfbeschrijving van de aanvrager, niet bij een categorie.",
        "Start from the applicant's self-description, not from a category.",
    ),
    "conversion_route": _t(
        "Passieve route: vraag naar de ervaring en wat die betekende, niet naar kennis. Actieve route: "
        "vraag naar het zoeken en vergelijken.",
        "Passive route: ask about the experience and what it meant, not about knowledge. Active route: "
        "ask about the searching and comparing.",
    ),
    "faith_practice_origin": _t(
        "Wie in het geheim geloofde, kent vaak geen kerkgebouw of vaste liturgie; vraag naar hoe het "
        "geloof beleefd werd.",
        "Someone who believed in secret often knows no church building or fixed liturgy; ask how the "
        "faith was lived.",
    ),
    "denomination": _t(
        "De kerkelijke stroming is context; vraag er niet naar als toets.",
        "The denomination is context; do not ask about it as a test.",
    ),
}


def applicable_hints(frame: ReferenceFrame) -> list[LocalizedText]:
    """The general questioning hints that this applicant's reference frame calls for."""
    hints: list[LocalizedText] = []
    if frame.literacy in (Literacy.NONE, Literacy.LIMITED) or frame.education_level in (
        EducationLevel.NONE,
        EducationLevel.PRIMARY_PARTIAL,
    ):
        hints.append(FIELD_GUIDANCE["literacy"])
    if frame.conversion_route in (ConversionRoute.PASSIVE, ConversionRoute.MIXED):
        hints.append(FIELD_GUIDANCE["conversion_route"])
    if frame.medical_advice == YesNoUnknown.YES:
        hints.append(FIELD_GUIDANCE["medical_advice"])
    if frame.trauma_indicators == YesNoUnknown.YES:
        hints.append(FIELD_GUIDANCE["trauma_indicators"])
    if frame.disclosure_stage in (
        DisclosureStage.LATER_SAME_PROCEDURE,
        DisclosureStage.SUBSEQUENT_APPLICATION,
    ):
        hints.append(FIELD_GUIDANCE["disclosure_stage"])
    if frame.internet_access in (Access.NONE, Access.LIMITED) or frame.urban_rural == UrbanRural.RURAL:
        hints.append(FIELD_GUIDANCE["internet_access"])
    if frame.different_sex_marriage == YesNoUnknown.YES:
        hints.append(FIELD_GUIDANCE["marital_status"])
    if frame.faith_practice_origin in (FaithPracticeOrigin.SECRET, FaithPracticeOrigin.HOUSE_CHURCH):
        hints.append(FIELD_GUIDANCE["faith_practice_origin"])
    if frame.own_terms.strip():
        hints.append(FIELD_GUIDANCE["own_terms"])
    return hints
