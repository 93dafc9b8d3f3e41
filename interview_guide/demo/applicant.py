"""The fictional applicant of the demo hearing: case data, reference frame, people, statements, material."""

from __future__ import annotations

import datetime as dt

from interview_guide.core import editing
from interview_guide.core.demo_marker import DEMO_PREFIX
from interview_guide.core.hearing import (
    Attendee,
    AttendeeRole,
    Gender,
    GenderRequest,
    Hearing,
    Interpreter,
    InterpreterMode,
    ProcedureTrack,
    RegisterStatus,
)
from interview_guide.core.partial_date import PartialDate
from interview_guide.core.reference_frame import (
    Access,
    ConversionRoute,
    CountryContext,
    DisclosureStage,
    EducationLevel,
    FaithPracticeOrigin,
    GenderIdentity,
    Level,
    LifePhase,
    Literacy,
    MaritalStatus,
    Place,
    PriorContact,
    ReferenceFrame,
    Relationship,
    Religion,
    Sogiesc,
    UrbanRural,
    YesNoUnknown,
)
from interview_guide.core.statements import AuthorRole, ContentCategory, MaterialKind, StatementBasis
from interview_guide.core.text import Lang
from interview_guide.demo.builder import Bi

V_NUMBER = "9900012345"
FICTIONAL = Bi(
    "Fictief demodossier voor training. Alle personen, namen, nummers en gebeurtenissen zijn verzonnen.",
    "Fictional demo case for training. All people, names, numbers and events are made up.",
)

FIRST_INTERPRETER = Interpreter(
    name_or_number="Tolk 40512 (fictief)",
    register_status=RegisterStatus.REGISTERED,
    gender=Gender.FEMALE,
    mode=InterpreterMode.IN_PERSON,
)
SECOND_INTERPRETER = Interpreter(
    name_or_number="Tolk 40877 (fictief)",
    register_status=RegisterStatus.REGISTERED,
    gender=Gender.FEMALE,
    mode=InterpreterMode.VIDEO,
)


def fill_case(hearing: Hearing, lang: Lang, claim_label: str, subsequent: bool = False) -> None:
    """Fill the case data and the people present at the first sitting.

    Args:
        hearing: the new, empty demo hearing.
        lang: the language of the demo texts.
        claim_label: a short tag for the case reference, e.g. "LHBTI".
        subsequent: whether this is a subsequent application (the conversion demo).
    """
    case = hearing.case
    case.subsequent_application = subsequent
    case.form_of_address = Bi("mevrouw Karimi, of Shirin", "Ms Karimi, or Shirin").get(lang)
    case.v_number = V_NUMBER
    case.case_reference = f"{DEMO_PREFIX}{claim_label}-2026-001 ({Bi('fictief', 'fictional').get(lang)})"
    case.applicant_name = Bi("Shirin Karimi (fictief)", "Shirin Karimi (fictional)").get(lang)
    case.date_of_birth = PartialDate(1994, 5, 12)
    case.nationality = Bi("Iraanse", "Iranian").get(lang)
    case.procedure_track = ProcedureTrack.GENERAL_EXTENDED
    case.language = Bi("Perzisch (Farsi)", "Persian (Farsi)").get(lang)
    case.dialect = Bi("Iraans Perzisch, accent van Shiraz", "Iranian Persian, Shiraz accent").get(lang)
    case.officer_name = "J. van Dijk (fictief)" if lang == "nl" else "J. van Dijk (fictional)"
    case.officer_gender = Gender.FEMALE
    case.officer_gender_requested = GenderRequest.NONE
    case.interpreter_gender_requested = GenderRequest.FEMALE
    case.interpreter_gender_request_honoured = True
    sitting = hearing.sittings[0]
    sitting.location = Bi(
        "Aanmeldcentrum Ter Apel (oefengehoor)", "Ter Apel application centre (practice)"
    ).get(lang)
    sitting.interpreter = FIRST_INTERPRETER.model_copy()
    sitting.attendees = [
        Attendee(
            name=Bi("mr. A. Jansen (fictief)", "A. Jansen, lawyer (fictional)").get(lang),
            role=AttendeeRole.COUNSEL,
        ),
        Attendee(name=Bi("K. Bos (fictief)", "K. Bos (fictional)").get(lang), role=AttendeeRole.TRAINEE),
    ]


def _key_events(lgbti: bool, conversion: bool, lang: Lang) -> str:
    """Her ages at key events, with only the history of the claims this demo hears."""
    events = [Bi("20: huwelijk met neef Reza", "20: married cousin Reza"), Bi("23: scheiding", "23: divorce")]
    if lgbti:
        events.insert(0, Bi("ca. 15: verliefd op klasgenote Mina", "about 15: in love with classmate Mina"))
        events.append(Bi("27-30: relatie met Negar", "27-30: relationship with Negar"))
    if conversion:
        events.append(
            Bi(
                "29: eerste contact met het geloof (voorjaar 2023)",
                "29: first contact with the faith (spring 2023)",
            )
        )
    events.append(Bi("30: vertrek uit Iran (oktober 2024)", "30: left Iran (October 2024)"))
    if conversion:
        events.append(Bi("30: droom in Kayseri (december 2024)", "30: dream in Kayseri (December 2024)"))
        if not lgbti:
            events.append(
                Bi(
                    "31: eerste asielaanvraag in Nederland (juni 2025), afgewezen (oktober 2025)",
                    "31: first asylum application in the Netherlands (June 2025), refused (October 2025)",
                )
            )
        events.append(Bi("31: doop (januari 2026)", "31: baptism (January 2026)"))
    return "; ".join(event.get(lang) for event in events)


def reference_frame(lgbti: bool, conversion: bool, lang: Lang) -> ReferenceFrame:
    """The applicant's reference frame, with the fields of the claims shown in this demo."""
    frame = ReferenceFrame(
        education_level=EducationLevel.SECONDARY,
        literacy=Literacy.OWN_LANGUAGE,
        origin_country=Bi("Iran", "Iran").get(lang),
        origin_region=Bi("Shiraz, provincie Fars", "Shiraz, Fars province").get(lang),
        urban_rural=UrbanRural.URBAN,
        life_phase=LifePhase.ADULT,
        age_at_key_events=_key_events(lgbti, conversion, lang),
        marital_status=MaritalStatus.DIVORCED,
        children=0,
        different_sex_marriage=YesNoUnknown.YES,
        family_notes=Bi(
            "Vader en broer Hamid streng gelovig; moeder en tante Shahla steunden haar in het geheim.",
            "Father and brother Hamid strictly religious; mother and aunt Shahla supported her in secret.",
        ).get(lang),
        religion_upbringing=Religion.ISLAM_SHIA,
        religion_upbringing_notes=Bi(
            "Sjiitische islam; thuis werd gebeden en naar de moskee gegaan.",
            "Shia Islam; at home the family prayed and went to the mosque.",
        ).get(lang),
        religiosity_family=Level.HIGH,
        gender=GenderIdentity.WOMAN,
        pronouns=Bi("zij/haar", "she/her").get(lang),
        internet_access=Access.LIMITED,
        prior_contact=PriorContact.SECRET,
        medical_advice=YesNoUnknown.YES,
        medical_advice_notes=Bi(
            "Medisch advies (fictief): slaap- en concentratieklachten; korte blokken, pauze ongeveer "
            "elk uur.",
            "Medical advice (fictional): sleep and concentration problems; short blocks, a break about "
            "every hour.",
        ).get(lang),
        trauma_indicators=YesNoUnknown.YES,
        special_procedural_needs=Bi(
            "Vrouwelijke tolk gevraagd en geregeld; pauze ongeveer elk uur.",
            "Female interpreter requested and arranged; a break about every hour.",
        ).get(lang),
        # The conversion demo is a subsequent application (most conversion claims are); the demos
        # with the LGBTI claim are a first application.
        disclosure_stage=DisclosureStage.FIRST_HEARING if lgbti else DisclosureStage.SUBSEQUENT_APPLICATION,
        prior_applications=0 if lgbti else 1,
        country_context=CountryContext.CRIMINALISED_ENFORCED,
        coi_references=Bi(
            "Algemeen ambtsbericht Iran (demoverwijzing; vul de actuele versie in)",
            "General country report on Iran (demo reference; fill in the current version)",
        ).get(lang),
        notes=FICTIONAL.get(lang),
    )
    if lgbti:
        frame.own_terms = Bi(
            "همجنس‌گرا (hamjensgara): haar eigen woord. همجنس‌باز (hamjensbaz) ervaart zij als scheldwoord.",
            "همجنس‌گرا (hamjensgara): her own word. She hears همجنس‌باز (hamjensbaz) as an insult.",
        ).get(lang)
        frame.rejected_terms = "hamjensbaz\nهمجنس‌باز"
        frame.sogiesc = [Sogiesc.LESBIAN]
        frame.sogiesc_self_description = Bi("'Ik houd van vrouwen.'", "'I love women.'").get(lang)
        frame.relationships = [
            Relationship(
                name="Negar (fictief)" if lang == "nl" else "Negar (fictional)",
                period="2021-2024",
                place="Shiraz",
                partner_in_nl=YesNoUnknown.NO,
                notes=Bi(
                    "Leerden elkaar kennen via vriendin Laleh; nog contact via berichten. Negar woont in "
                    "Shiraz.",
                    "Met through their friend Laleh; still in touch by messages. Negar lives in Shiraz.",
                ).get(lang),
            ),
            Relationship(
                name="Mina (fictief)" if lang == "nl" else "Mina (fictional)",
                period="2009-2011",
                place=Bi("Shiraz, middelbare school", "Shiraz, secondary school").get(lang),
                partner_in_nl=YesNoUnknown.NO,
                notes=Bi("Eerste verliefdheid; geen relatie.", "First love; no relationship.").get(lang),
            ),
        ]
    if conversion:
        frame.religion_now = Religion.CHRISTIAN
        frame.conversion_route = ConversionRoute.MIXED
        frame.first_contact_date = Bi("voorjaar 2023", "spring 2023").get(lang)
        frame.first_contact_place = Place.ORIGIN
        frame.baptism_date = "2026-01-11"
        frame.church_nl = Bi(
            "Perzischtalige gemeente Zwolle (fictief)", "Persian-speaking church, Zwolle (fictional)"
        ).get(lang)
        frame.denomination = Bi("evangelisch (fictief)", "evangelical (fictional)").get(lang)
        frame.church_contact_person = Bi(
            "ds. J. Bakker (fictief), predikant", "Rev. J. Bakker (fictional), minister"
        ).get(lang)
        frame.faith_practice_origin = FaithPracticeOrigin.SECRET
    return frame


def add_lgbti_documents(hearing: Hearing, lang: Lang, labels: dict[str, int], now: dt.datetime) -> None:
    """The third-party statement and the photo that belong to the LGBTI part."""
    editing.add_statement(
        hearing,
        author_name="Parisa R. (fictief)" if lang == "nl" else "Parisa R. (fictional)",
        author_role=AuthorRole.FRIEND,
        relationship_to_applicant=Bi(
            "medebewoonster in het azc, kent de aanvrager sinds juni 2025",
            "fellow resident at the reception centre, has known the applicant since June 2025",
        ).get(lang),
        date_of_statement=dt.date(2026, 2, 16),
        date_received=dt.date(2026, 2, 20),
        basis=StatementBasis.OWN_OBSERVATION,
        new_facts=[
            Bi(
                "Heeft meermaals gezien dat de aanvrager videobelde met een vrouw die zij Negar noemde.",
                "Has seen the applicant video-calling a woman she called Negar several times.",
            ).get(lang),
            Bi(
                "Was erbij toen een medebewoner de aanvrager in november 2025 in de keuken uitschold.",
                "Was present when a fellow resident insulted the applicant in the kitchen in November 2025.",
            ).get(lang),
        ],
        confirms_entries=[labels["l-talk-to"], labels["l-azc"]],
        consideration_note=Bi(
            "Verklaring op basis van eigen waarneming, geen deskundigenbericht. Bevestigt feitelijk wat de "
            "aanvrager vertelde over het contact met Negar en het incident in de opvang (vragen "
            f"{labels['l-talk-to']} en {labels['l-azc']}). Zij zegt niets over de periode in Iran en weegt "
            "daarvoor niet mee. Meegewogen bij het huidige leven, in samenhang met de verklaringen van de "
            "aanvrager.",
            "Statement from own observation, not an expert report. It confirms as fact what the applicant "
            "said about the contact with Negar and the incident at the reception centre (questions "
            f"{labels['l-talk-to']} and {labels['l-azc']}). It says nothing about the period in Iran and is "
            "not weighed for it. Taken into account for life now, together with the applicant's own "
            "statements.",
        ).get(lang),
    )
    editing.add_material(
        hearing,
        MaterialKind.PHOTO,
        Bi(
            "Foto (afdruk) van de aanvrager en Negar tijdens een wandeling in de Eram-tuin in Shiraz, "
            "voorjaar 2023. Dagelijks leven; niet intiem.",
            "Photo (print) of the applicant and Negar on a walk in the Eram Garden in Shiraz, spring 2023. "
            "Daily life; not intimate.",
        ).get(lang),
        ContentCategory.RELATIONSHIP_NON_INTIMATE,
        now,
        received_on=now.date(),
    )


def add_conversion_documents(hearing: Hearing, lang: Lang, labels: dict[str, int], now: dt.datetime) -> None:
    """The pastor's statement, the baptism certificate and a photo of the baptism."""
    editing.add_statement(
        hearing,
        author_name="ds. J. Bakker (fictief)" if lang == "nl" else "Rev. J. Bakker (fictional)",
        author_role=AuthorRole.CHURCH_LEADER,
        relationship_to_applicant=Bi(
            "predikant van de Perzischtalige gemeente in Zwolle (fictief), kent de aanvrager sinds juli 2025",
            "minister of the Persian-speaking church in Zwolle (fictional), has known the applicant since "
            "July 2025",
        ).get(lang),
        date_of_statement=dt.date(2026, 2, 10),
        date_received=dt.date(2026, 2, 12),
        basis=StatementBasis.OWN_OBSERVATION,
        new_facts=[
            Bi(
                "De aanvrager volgde van september tot december 2025 wekelijks de doopcatechese.",
                "The applicant attended baptism classes weekly from September to December 2025.",
            ).get(lang),
            Bi(
                "Hij doopte de aanvrager op 11 januari 2026; zij helpt sindsdien bij de koffie na de dienst.",
                "He baptised the applicant on 11 January 2026; since then she helps with coffee after the "
                "service.",
            ).get(lang),
        ],
        confirms_entries=[labels["c-baptism"], labels["c-service"]],
        consideration_note=Bi(
            "Verklaring op basis van eigen waarneming over de activiteiten van de aanvrager; geen oordeel "
            "over de oprechtheid van de bekering en geen deskundigenbericht. Voegt de doopcatechese toe en "
            f"bevestigt de doop en het kerkbezoek (vragen {labels['c-baptism']} en {labels['c-service']}). "
            "Meegewogen bij de pijler activiteiten, in samenhang met motieven en proces en kennis.",
            "Statement from own observation about the applicant's activities; no view on the sincerity of "
            "the conversion and not an expert report. Adds the baptism classes and confirms the baptism and "
            f"church attendance (questions {labels['c-baptism']} and {labels['c-service']}). Taken into "
            "account for the activities pillar, together with motives and process and knowledge.",
        ).get(lang),
    )
    editing.add_material(
        hearing,
        MaterialKind.CHURCH_CERTIFICATE,
        Bi(
            "Doopbewijs van de Perzischtalige gemeente Zwolle (fictief), gedateerd 11 januari 2026 (kopie).",
            "Baptism certificate of the Persian-speaking church in Zwolle (fictional), dated 11 January 2026 "
            "(copy).",
        ).get(lang),
        ContentCategory.RELIGIOUS_ACTIVITY,
        now,
        received_on=now.date(),
    )
    editing.add_material(
        hearing,
        MaterialKind.PHOTO,
        Bi(
            "Foto van de doopdienst: de aanvrager met de predikant en twee gemeenteleden na de doop.",
            "Photo of the baptism service: the applicant with the minister and two church members after the "
            "baptism.",
        ).get(lang),
        ContentCategory.RELIGIOUS_ACTIVITY,
        now,
        received_on=now.date(),
    )
