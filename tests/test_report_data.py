"""Hearings for the report tests, built through core/editing.py (this module holds no tests itself)."""

from __future__ import annotations

import datetime as dt

from interview_guide.core import editing
from interview_guide.core.hearing import (
    Attendee,
    AttendeeRole,
    BankRef,
    ClaimType,
    CommunicationIssueKind,
    Gender,
    GenderRequest,
    Hearing,
    Interpreter,
    InterpreterMode,
    ProcedureTrack,
    RegisterStatus,
)
from interview_guide.core.reference_frame import EducationLevel, Literacy, Relationship, Sogiesc, YesNoUnknown
from interview_guide.core.statements import AuthorRole, ContentCategory, ExpertKind, MaterialKind

T0 = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))

FARSI = "من در تهران زندگی می‌کردم و هیچ‌کس نمی‌دانست."
FARSI_MIXED = "او گفت: «ما در سال 2019 به Istanbul رفتیم.»"
HEBREW = "שלום, אני מדבר עברית."
HOSTILE = 'Tags <b>bold</b> & "quotes" {{ case.v_number }} {% if true %}x{% endif %} {_{ y }_} {#c#}'
CONTROL = "Bell\x07 form\x0c feed\x1b escape\x00 null\ufffe end"


def minutes(n: float) -> dt.datetime:
    """T0 plus ``n`` minutes."""
    return T0 + dt.timedelta(minutes=n)


def rich_hearing() -> Hearing:
    """A hearing that uses every part of the report: two sittings, all kinds of entries and annex items."""
    h = editing.new_hearing([ClaimType.LGBTI], [BankRef(id="lgbti", version="1.0")], T0)
    case = h.case
    case.v_number, case.case_reference = "1234567890", "ZK-2026-0042"
    case.applicant_name, case.date_of_birth, case.nationality = "Reza Ahmadi", dt.date(1994, 5, 17), "Iraanse"
    case.language, case.dialect = "Farsi", "Teherans"
    case.officer_name, case.officer_gender = "M. de Vries", Gender.FEMALE
    case.officer_gender_requested, case.officer_gender_request_honoured = GenderRequest.FEMALE, True
    case.interpreter_gender_requested, case.interpreter_gender_request_honoured = GenderRequest.MALE, False
    case.procedure_track = ProcedureTrack.GENERAL
    sitting = h.sittings[0]
    sitting.location = "Aanmeldcentrum Ter Apel"
    sitting.interpreter = Interpreter(
        name_or_number="T-4411",
        register_status=RegisterStatus.REGISTERED,
        gender=Gender.FEMALE,
        mode=InterpreterMode.VIDEO,
    )
    sitting.attendees = [
        Attendee(name="mr. A. Jansen", role=AttendeeRole.COUNSEL),
        Attendee(name="L. Bakker", role=AttendeeRole.VLUCHTELINGENWERK),
    ]
    frame = h.reference_frame
    frame.education_level, frame.literacy = EducationLevel.SECONDARY, Literacy.OWN_LANGUAGE
    frame.origin_country, frame.own_terms = "Iran", "hamjensgara"
    frame.sogiesc = [Sogiesc.GAY]
    frame.relationships = [
        Relationship(name="Ali", period="2015-2019", place="Teheran", partner_in_nl=YesNoUnknown.NO)
    ]
    frame.medical_advice, frame.medical_advice_notes = YesNoUnknown.YES, "Extra pauzes.\nKorte blokken."

    first = editing.add_entry(
        h,
        "self-description",
        "Hoe zou u uzelf omschrijven?",
        minutes(1),
        bank_id="lgbti",
        question_id="q-self",
    )
    editing.set_answer(h, first.number, "Ik houd van mannen.\nIn mijn taal zeggen we: " + FARSI, minutes(3))
    editing.log_answer(h, first.number, minutes(3))
    follow = editing.add_entry(
        h,
        "self-description",
        "Wat betekent dat woord voor u?",
        minutes(4),
        bank_id="lgbti",
        question_id="q-self",
        follow_up_id="f1",
        follow_up_of=first.number,
    )
    editing.set_answer(h, follow.number, FARSI + "\n" + FARSI_MIXED, minutes(6))
    editing.log_communication_issue(
        h,
        follow.number,
        minutes(6),
        CommunicationIssueKind.INTERPRETER,
        "De aanvrager verstond het woord 'geaardheid' niet.",
    )
    hostile = editing.add_entry(h, "self-description", "Wat schreef u toen?", minutes(8))
    editing.set_answer(h, hostile.number, HOSTILE + "\n" + CONTROL, minutes(9))
    editing.add_entry(
        h, "family", "Wie in uw familie weet het?", minutes(10), bank_id="lgbti", question_id="q-fam"
    )
    editing.open_break(h, minutes(50), "medisch advies")
    editing.close_break(h, minutes(65))
    heb = editing.add_entry(h, "family", "Kunt u dat verduidelijken?", minutes(66), clarifies=1)
    editing.set_answer(h, heb.number, HEBREW, minutes(67))
    h.sittings[0].end = minutes(120).time().replace(tzinfo=None)

    editing.new_sitting(h, dt.date(2026, 3, 3), dt.time(10, 0))
    later = editing.add_entry(h, "life-now", "Hoe leeft u nu in Nederland?", minutes(24 * 60 + 31))
    editing.set_answer(
        h,
        later.number,
        "Ik ga naar een LHBTI-groep in Groningen.\n\nDaar voel ik mij veilig.",
        minutes(24 * 60 + 35),
    )
    last = editing.add_entry(h, "life-now", "Wilt u nog iets toevoegen?", minutes(24 * 60 + 40))
    editing.set_answer(h, last.number, "Nee, dank u. LAATSTE ANTWOORD.", minutes(24 * 60 + 41))
    h.sittings[1].end = dt.time(11, 30)

    h.course_remarks = "Het gehoor verliep rustig.\nDe tolk was via video verbonden."
    editing.add_statement(
        h,
        author_name="Ds. P. Visser",
        author_role=AuthorRole.CHURCH_LEADER,
        relationship_to_applicant="voorganger",
        date_of_statement=dt.date(2026, 2, 20),
        date_received=dt.date(2026, 2, 25),
        new_facts=["bezoekt sinds 2024 wekelijks de LHBTI-groep"],
        confirms_entries=[6],
        consideration_note="Bevestigt de verklaringen over het leven in Nederland; meegewogen.",
    )
    editing.add_material(
        h,
        MaterialKind.PHOTO,
        "Foto van de aanvrager bij de Pride in Groningen",
        ContentCategory.DAILY_LIFE,
        minutes(20),
        received_on=dt.date(2026, 3, 2),
    )
    try:
        editing.add_material(
            h, MaterialKind.VIDEO, "never stored", ContentCategory.SEXUALLY_EXPLICIT, minutes(21)
        )
    except Exception:
        pass
    editing.add_expert_report(
        h, ExpertKind.COUNTRY_INFORMATION, "Algemeen ambtsbericht Iran", "BZ", dt.date(2025, 6, 1)
    )
    return h


def big_hearing(entries: int = 600, long_entry: int = 300) -> Hearing:
    """A long hearing: ``entries`` entries of about 250 words, one of about 12,000 words in 100 lines."""
    words = "ik woonde met mijn moeder en broer in een klein huis bij de rivier toen het gebeurde".split()
    h = editing.new_hearing([ClaimType.CONVERSION], [], T0)
    h.case.v_number = "9876543210"
    for number in range(1, entries + 1):
        theme = f"theme-{(number - 1) // 40 + 1}"
        editing.add_entry(h, theme, f"Vraag {number}: wat gebeurde er daarna?", minutes(number))
        if number == long_entry:
            lines = [" ".join(words[(i + j) % len(words)] for j in range(120)) for i in range(100)]
        else:
            lines = [" ".join(words[(number + i + j) % len(words)] for j in range(62)) for i in range(4)]
        if number % 50 == 0:
            lines.append(FARSI)
        if number % 75 == 0:
            lines.append(HOSTILE)
        if number == entries:
            lines.append("LAATSTE ANTWOORD")
        editing.set_answer(h, number, "\n".join(lines), minutes(number))
    return h
