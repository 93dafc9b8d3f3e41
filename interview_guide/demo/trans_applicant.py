"""The fictional trans applicant of the demo hearing: case data, reference frame, statements and material.

Lina Hassan (fictional) is a trans woman from Baghdad. The name in the records is the one on her
Iraqi papers; the case keeps the name she uses and how she wishes to be addressed, which the hearing
pages and the report use. Her frame records a trans applicant and no sexual orientation claimed, so
the gender-identity theme is required and comes first, and the orientation themes are optional.
"""

from __future__ import annotations

import datetime as dt

from interview_guide.core import editing
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
    CountryContext,
    DisclosureStage,
    EducationLevel,
    GenderIdentity,
    Level,
    LifePhase,
    Literacy,
    MaritalStatus,
    PriorContact,
    ReferenceFrame,
    Religion,
    Sogiesc,
    UrbanRural,
    YesNoUnknown,
)
from interview_guide.core.statements import AuthorRole, ContentCategory, MaterialKind, StatementBasis
from interview_guide.core.text import Lang
from interview_guide.demo.applicant import FICTIONAL, V_NUMBER
from interview_guide.demo.builder import Bi

TRANS_FIRST_INTERPRETER = Interpreter(
    name_or_number="Tolk 51203 (fictief)",
    register_status=RegisterStatus.REGISTERED,
    gender=Gender.FEMALE,
    mode=InterpreterMode.IN_PERSON,
)
TRANS_SECOND_INTERPRETER = Interpreter(
    name_or_number="Tolk 51877 (fictief)",
    register_status=RegisterStatus.REGISTERED,
    gender=Gender.FEMALE,
    mode=InterpreterMode.VIDEO,
)


def fill_trans_case(hearing: Hearing, lang: Lang, claim_label: str) -> None:
    """Fill the case data and the people present at the first sitting."""
    case = hearing.case
    case.v_number = V_NUMBER
    case.case_reference = f"DEMO-{claim_label}-2026-002 ({Bi('fictief', 'fictional').get(lang)})"
    case.applicant_name = Bi("Ali Hassan (fictief)", "Ali Hassan (fictional)").get(lang)
    case.name_used = Bi("Lina Hassan (fictief)", "Lina Hassan (fictional)").get(lang)
    case.form_of_address = Bi("mevrouw Hassan, of Lina", "Ms Hassan, or Lina").get(lang)
    case.date_of_birth = PartialDate(1998, 9, 3)
    case.nationality = Bi("Iraakse", "Iraqi").get(lang)
    case.procedure_track = ProcedureTrack.GENERAL_EXTENDED
    case.language = Bi("Arabisch", "Arabic").get(lang)
    case.dialect = Bi("Iraaks Arabisch (Bagdad)", "Iraqi Arabic (Baghdad)").get(lang)
    case.officer_name = "M. de Boer (fictief)" if lang == "nl" else "M. de Boer (fictional)"
    case.officer_gender = Gender.FEMALE
    case.officer_gender_requested = GenderRequest.FEMALE
    case.officer_gender_request_honoured = True
    case.interpreter_gender_requested = GenderRequest.FEMALE
    case.interpreter_gender_request_honoured = True
    sitting = hearing.sittings[0]
    sitting.location = Bi(
        "Aanmeldcentrum Zevenaar (oefengehoor)", "Zevenaar application centre (practice)"
    ).get(lang)
    sitting.interpreter = TRANS_FIRST_INTERPRETER.model_copy()
    sitting.attendees = [
        Attendee(
            name=Bi("mr. S. Visser (fictief)", "S. Visser, lawyer (fictional)").get(lang),
            role=AttendeeRole.COUNSEL,
        ),
        Attendee(name=Bi("R. Smit (fictief)", "R. Smit (fictional)").get(lang), role=AttendeeRole.TRAINEE),
    ]


def trans_reference_frame(lang: Lang) -> ReferenceFrame:
    """A trans woman from Baghdad: transgender recorded, no sexual orientation claimed."""
    return ReferenceFrame(
        education_level=EducationLevel.SECONDARY,
        literacy=Literacy.OWN_LANGUAGE,
        origin_country=Bi("Irak", "Iraq").get(lang),
        origin_region=Bi("Bagdad, wijk Karrada", "Baghdad, Karrada district").get(lang),
        urban_rural=UrbanRural.URBAN,
        life_phase=LifePhase.YOUNG_ADULT,
        age_at_key_events=Bi(
            "ca. 15: oom knipt haar haar af; 17: kiest de naam Lina; 26: aanhouding bij controlepost "
            "(maart 2025) en vertrek uit Irak",
            "about 15: uncle cuts her hair off; 17: chooses the name Lina; 26: stopped at a checkpoint "
            "(March 2025) and leaves Iraq",
        ).get(lang),
        marital_status=MaritalStatus.SINGLE,
        children=0,
        different_sex_marriage=YesNoUnknown.NO,
        family_notes=Bi(
            "Vader, moeder, twee oudere broers (Karim en Haider); de zus van haar oma steunde haar "
            "(overleden).",
            "Father, mother, two older brothers (Karim and Haider); her grandmother's sister supported her "
            "(deceased).",
        ).get(lang),
        religion_upbringing=Religion.ISLAM_SHIA,
        religion_upbringing_notes=Bi("Sjiitische islam", "Shia Islam").get(lang),
        religiosity_family=Level.MEDIUM,
        gender=GenderIdentity.WOMAN,
        gender_self_description=Bi(
            "'Ik ben een vrouw.' Eigen woord: 'aabira.", "'I am a woman.' Own word: 'aabira."
        ).get(lang),
        pronouns=Bi("zij/haar", "she/her").get(lang),
        own_terms=Bi(
            "عابرة ('aabira): haar eigen woord. مخنث (mukhannath) ervaart zij als scheldwoord.",
            "عابرة ('aabira): her own word. She hears مخنث (mukhannath) as an insult.",
        ).get(lang),
        internet_access=Access.REGULAR,
        prior_contact=PriorContact.SECRET,
        medical_advice=YesNoUnknown.YES,
        medical_advice_notes=Bi(
            "Medisch advies (fictief): vermoeidheid en concentratieklachten; pauze ongeveer elk uur.",
            "Medical advice (fictional): fatigue and concentration problems; a break about every hour.",
        ).get(lang),
        trauma_indicators=YesNoUnknown.YES,
        special_procedural_needs=Bi(
            "Vrouwelijke hoormedewerker en tolk gevraagd en geregeld; aanspreken als mevrouw Hassan.",
            "Female officer and interpreter requested and arranged; address as Ms Hassan.",
        ).get(lang),
        disclosure_stage=DisclosureStage.FIRST_HEARING,
        prior_applications=0,
        country_context=CountryContext.CRIMINALISED_ENFORCED,
        coi_references=Bi(
            "Algemeen ambtsbericht Irak; wetswijziging van april 2024 over 'verwijfd gedrag' en "
            "geslachtsverandering (demoverwijzing; vul de actuele versie in)",
            "General country report on Iraq; amendment of April 2024 on 'effeminate behaviour' and gender "
            "reassignment (demo reference; fill in the current version)",
        ).get(lang),
        sogiesc=[Sogiesc.TRANSGENDER],
        sogiesc_self_description=Bi("'Ik ben een vrouw.'", "'I am a woman.'").get(lang),
        notes=FICTIONAL.get(lang),
    )


def add_trans_documents(hearing: Hearing, lang: Lang, labels: dict[str, int], now: dt.datetime) -> None:
    """A statement from the LGBTI refugee group and a photo from the salon."""
    editing.add_statement(
        hearing,
        author_name="Stichting Regenboogvluchtelingen Groningen (fictief)"
        if lang == "nl"
        else "Rainbow Refugees Groningen foundation (fictional)",
        author_role=AuthorRole.ORGANISATION,
        relationship_to_applicant=Bi(
            "begeleider van de groep die de aanvrager sinds september 2025 elke twee weken bezoekt",
            "facilitator of the group the applicant has attended every two weeks since September 2025",
        ).get(lang),
        date_of_statement=dt.date(2026, 2, 18),
        date_received=dt.date(2026, 2, 23),
        basis=StatementBasis.OWN_OBSERVATION,
        new_facts=[
            Bi(
                "De aanvrager neemt sinds september 2025 deel aan de groepsbijeenkomsten.",
                "The applicant has taken part in the group meetings since September 2025.",
            ).get(lang),
            Bi(
                "De begeleider hielp bij de klacht over de kamerindeling in het eerste azc.",
                "The facilitator helped with the complaint about the room allocation at the first reception "
                "centre.",
            ).get(lang),
        ],
        confirms_entries=[labels["t-talk-to"], labels["t-azc"]],
        consideration_note=Bi(
            "Verklaring op basis van eigen waarneming, geen deskundigenbericht en geen oordeel over de "
            f"genderidentiteit. Bevestigt wat de aanvrager vertelde over de groep en de opvang (vragen "
            f"{labels['t-talk-to']} en {labels['t-azc']}). Meegewogen bij het huidige leven.",
            "Statement from own observation, not an expert report and no view on the gender identity. It "
            f"confirms what the applicant said about the group and the reception centre (questions "
            f"{labels['t-talk-to']} and {labels['t-azc']}). Taken into account for life now.",
        ).get(lang),
    )
    editing.add_material(
        hearing,
        MaterialKind.PHOTO,
        Bi(
            "Foto (afdruk) van de aanvrager in de kapsalon in Karrada, 2023, met een klant. Dagelijks leven.",
            "Photo (print) of the applicant in the hair salon in Karrada, 2023, with a customer. Daily life.",
        ).get(lang),
        ContentCategory.DAILY_LIFE,
        now,
        received_on=now.date(),
    )


def trans_course_remarks(lang: Lang, labels: dict[str, int], dates: tuple[str, str]) -> str:
    """The remarks on the course of the trans demo hearing."""
    lines = [
        Bi(
            f"Het gehoor is afgenomen in twee zittingen, op {dates[0]} en op {dates[1]}. In de tweede "
            f"zitting "
            "tolkte een andere tolk, via video. De aanvrager is het hele gehoor aangesproken als mevrouw "
            "Hassan; beide tolken gebruikten de vrouwelijke vormen.",
            f"The hearing took place in two sittings, on {dates[0]} and on {dates[1]}. In the second sitting "
            "another interpreter interpreted, by video. The applicant was addressed as Ms Hassan throughout; "
            "both interpreters used the feminine forms.",
        ),
        Bi(
            f"Bij vraag {labels['t-mind']} gaf de aanvrager geen antwoord; de hoormedewerker heeft niet "
            "aangedrongen. Er zijn geen vragen gesteld over het lichaam of medische behandeling.",
            f"The applicant gave no answer to question {labels['t-mind']}; the officer did not press. No "
            "questions were asked about the body or medical treatment.",
        ),
        FICTIONAL,
    ]
    return "\n".join(line.get(lang) for line in lines)


def trans_consultation_note(lang: Lang) -> str:
    """The consultation note of the trans demo hearing."""
    return Bi(
        "Fictief: na het gehoor is de lhbti-coördinator geraadpleegd over de landeninformatie over Irak "
        "(wetswijziging 2024). Er is niet overlegd over de geloofwaardigheid zelf.",
        "Fictional: after the hearing, the LGBTI coordinator was consulted on the country information about "
        "Iraq (2024 amendment). The credibility itself was not discussed.",
    ).get(lang)
