"""Printable role cards for a role-play scenario (.docx): officer, applicant, interpreter, and the trainer's
card with what is planted. Each card starts on a new page and is headed with its role.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from interview_guide.core.bank import QuestionBank
from interview_guide.core.hearing import ClaimType
from interview_guide.core.labels import label
from interview_guide.core.text import Lang
from interview_guide.report.docx_report import write_report
from interview_guide.report.frame_rows import frame_rows
from interview_guide.report.workshop_docx import heading, muted, new_document, paragraph, table, to_bytes
from interview_guide.training.scenario_model import APPLICANT_PLAY, FICTIONAL, INTERPRETER_PLAY, Bi, Scenario
from interview_guide.training.scenarios import build_scenario_case

ROLES: dict[str, Bi] = {
    "officer": Bi("Rol: hoormedewerker", "Role: hearing officer"),
    "applicant": Bi("Rol: aanvrager", "Role: applicant"),
    "interpreter": Bi("Rol: tolk", "Role: interpreter"),
    "trainer": Bi("Trainer (niet uitdelen)", "Trainer (do not hand out)"),
}
_T: dict[str, Bi] = {
    "scenario": Bi("Scenario", "Scenario"),
    "file": Bi(
        "Het dossier: Training › Scenario's in de app, of interview-guide demo-case -o DOSSIER.igcase "
        "--scenario {id}",
        "The case file: Training › Scenarios in the app, or interview-guide demo-case -o CASE.igcase "
        "--scenario {id}",
    ),
    "from_file": Bi("Wat het dossier zegt", "What the file says"),
    "applicant": Bi("De aanvrager", "The applicant"),
    "frame": Bi("Referentiekader (staat in het dossier)", "Reference frame (in the case file)"),
    "task": Bi("Uw opdracht", "Your task"),
    "task_text": Bi(
        "Hoor de aanvrager ongeveer twintig minuten in de app. Open vragen over ervaringen en de betekenis "
        "die de aanvrager eraan geeft; één vraag tegelijk; controleer na het eerste vrije verhaal of "
        "aanvrager "
        "en tolk elkaar goed begrijpen.",
        "Hear the applicant for about twenty minutes in the app. Open questions about experiences and the "
        "meaning the applicant gives to them; one question at a time; after the first free account, check "
        "that "
        "applicant and interpreter understand each other.",
    ),
    "who": Bi("Wie u bent en wat u vrij vertelt", "Who you are and what you tell freely"),
    "only_open": Bi("Alleen op een open vraag", "Only when asked openly"),
    "play": Bi("Zo speelt u de rol", "How to play the role"),
    "interpret": Bi("Zo tolkt u", "How to interpret"),
    "planted": Bi(
        "Het geplante probleem (houd deze kaart voor uzelf)",
        "The planted problem (keep this card to yourself)",
    ),
    "summary": Bi("Waar dit scenario over gaat", "What this scenario is about"),
    "debrief": Bi("Wat geplant is en wat u nabespreekt", "What is planted and what to discuss"),
    "claims": Bi("Grond", "Claim"),
    "name_used": Bi("Naam die de aanvrager gebruikt", "Name the applicant uses"),
    "address": Bi("Aanspreekvorm", "Form of address"),
    "nationality": Bi("Nationaliteit", "Nationality"),
    "language": Bi("Taal", "Language"),
}


def _t(key: str, lang: Lang, **values: str) -> str:
    return _T[key].get(lang).format(**values)


def _card_heading(document: DocumentObject, role: str, scenario: Scenario, lang: Lang, first: bool) -> None:
    if not first:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    title = document.add_heading(ROLES[role].get(lang), level=0)
    for run in title.runs:
        run.font.size = Pt(24)
    paragraph(document, f"{_t('scenario', lang)}: {scenario.title.get(lang)}", bold=True)


def _bullets(document: DocumentObject, lines: Sequence[Bi], lang: Lang) -> None:
    for line in lines:
        document.add_paragraph(line.get(lang), style="List Bullet")


def _officer(document: DocumentObject, scenario: Scenario, banks: Sequence[QuestionBank], lang: Lang) -> None:
    hearing = build_scenario_case(scenario, banks, lang)
    muted(paragraph(document, _t("file", lang, id=scenario.id), size=9))
    heading(document, _t("from_file", lang))
    _bullets(document, scenario.officer, lang)
    heading(document, _t("applicant", lang))
    case = hearing.case
    rows: list[list[object]] = [
        [_t("claims", lang), ", ".join(label(c, lang) for c in case.claim_types)],
        [_t("name_used", lang), case.name_used],
        [_t("address", lang), case.form_of_address],
        [_t("nationality", lang), case.nationality],
        [_t("language", lang), f"{case.language} ({case.dialect})" if case.dialect else case.language],
    ]
    table(document, None, rows, [5.5, 11.5])
    heading(document, _t("frame", lang))
    frame = list(
        frame_rows(
            hearing.reference_frame,
            lang,
            ClaimType.LGBTI in scenario.claims,
            ClaimType.CONVERSION in scenario.claims,
        )
    )
    table(document, None, [[name, "\n".join(lines)] for name, lines in frame], [5.5, 11.5])
    heading(document, _t("task", lang))
    paragraph(document, _t("task_text", lang))


def _applicant(document: DocumentObject, scenario: Scenario, lang: Lang) -> None:
    heading(document, _t("who", lang))
    _bullets(document, scenario.applicant, lang)
    heading(document, _t("only_open", lang))
    _bullets(document, scenario.only_when_asked, lang)
    heading(document, _t("play", lang))
    _bullets(document, APPLICANT_PLAY, lang)


def _interpreter(document: DocumentObject, scenario: Scenario, lang: Lang) -> None:
    heading(document, _t("interpret", lang))
    _bullets(document, INTERPRETER_PLAY, lang)
    heading(document, _t("planted", lang))
    _bullets(document, scenario.interpreter_problem, lang)


def _trainer(document: DocumentObject, scenario: Scenario, lang: Lang) -> None:
    heading(document, _t("summary", lang))
    paragraph(document, scenario.summary.get(lang))
    heading(document, _t("debrief", lang))
    _bullets(document, scenario.debrief, lang)


def build_role_cards(scenario: Scenario, banks: Sequence[QuestionBank], lang: Lang) -> bytes:
    """The role cards of ``scenario`` as .docx bytes: officer, applicant, interpreter, trainer.

    Args:
        scenario: the scenario.
        banks: the installed banks (the officer's card shows the case as the app will).
        lang: the language of the cards.
    """
    document = new_document(font_size=12)
    for index, role in enumerate(ROLES):
        _card_heading(document, role, scenario, lang, first=index == 0)
        if role == "officer":
            _officer(document, scenario, banks, lang)
        elif role == "applicant":
            _applicant(document, scenario, lang)
        elif role == "interpreter":
            _interpreter(document, scenario, lang)
        else:
            _trainer(document, scenario, lang)
        muted(paragraph(document, FICTIONAL.get(lang), italic=True, size=9))
    return to_bytes(document)


def export_role_cards(scenario: Scenario, banks: Sequence[QuestionBank], lang: Lang, out_path: Path) -> None:
    """Build the role cards and write them atomically to ``out_path``.

    Raises:
        ReportError: the file is open in Word, the folder is not writable, ...
    """
    write_report(build_role_cards(scenario, banks, lang), out_path)
