"""The audit-trail annex: every change to a question or answer after it was recorded, old and new text."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from report_helpers import entries_table, entry_rows, export_kept
from test_report_data import CONTROL, FARSI, FARSI_MIXED, HOSTILE, minutes, rich_hearing

from interview_guide.cli import main
from interview_guide.core import editing
from interview_guide.core.errors import ReportError
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import AuditEvent, Hearing
from interview_guide.core.text import Lang
from interview_guide.report.bidi import has_rtl
from interview_guide.report.corrections import collect_corrections
from interview_guide.report.docx_report import default_template, export_report
from interview_guide.storage import save_case

HEADINGS = {
    "nl": "Bijlage C   Alle wijzigingen na vastlegging (audittrail)",
    "en": "Annex C   All changes after recording (audit trail)",
}
NONE = {
    "nl": "Na vastlegging is geen vraag of antwoord gewijzigd.",
    "en": "No question or answer was changed after it was recorded.",
}
NEW_ANSWER = "Ik houd van mannen.\nDat weet ik al sinds mijn vijftiende."
NEW_QUESTION = "Wat schreef u toen aan uw vriend?"
NEW_FARSI = "من ایرانی هستم و در تهران بزرگ شدم."


def edited_hearing() -> Hearing:
    """The rich hearing with three changes after recording: an answer, a question, a Farsi answer."""
    hearing = rich_hearing()
    editing.set_answer(hearing, 1, NEW_ANSWER, minutes(30))  # entry 1 was logged at minute 3
    editing.set_question_text(hearing, 3, NEW_QUESTION, minutes(31))
    editing.log_answer(hearing, 2, minutes(6))
    editing.set_answer(hearing, 2, NEW_FARSI, minutes(40))
    assert [(e.entry_number, e.field) for e in hearing.audit_trail] == [
        (1, "answer_text"),
        (3, "question_text"),
        (2, "answer_text"),
    ]
    return hearing


def export(hearing: Hearing, tmp_path: Path, lang: Lang = "nl", **kwargs: object) -> DocxDocument:
    """Export and reopen."""
    out = tmp_path / f"report_{lang}.docx"
    export_report(hearing, out, lang, **kwargs)  # type: ignore[arg-type]
    return Document(str(out))


def annex(doc: DocxDocument, lang: Lang) -> list[list[str]]:
    """The annex as blocks: [heading, intro] and then per item [title, label, value..., label, value...].

    Everything after the annex heading, in document order; a table contributes its cells' paragraphs.
    """
    body = doc.element.body
    children = list(body.iterchildren())
    start = next(
        i
        for i, child in enumerate(children)
        if child.tag == qn("w:p") and Paragraph(child, doc).text == HEADINGS[lang]
    )
    blocks: list[list[str]] = [[]]
    for child in children[start:]:
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, doc)
            if paragraph.style is not None and paragraph.style.name == "Heading 2":
                blocks.append([])
            if paragraph.text:
                blocks[-1].append(paragraph.text)
        elif child.tag == qn("w:tbl"):
            for p in child.iter(qn("w:p")):
                text = Paragraph(p, doc).text
                if text:
                    blocks[-1].append(text)
    return blocks


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_annex_lists_old_and_new_text_in_time_order(tmp_path: Path, lang: Lang) -> None:
    hearing = edited_hearing()
    doc = export(hearing, tmp_path, lang, audit_trail=True)
    head, *items = annex(doc, lang)
    assert head[0] == HEADINGS[lang]
    assert len(items) == 3
    if lang == "nl":
        assert items[0] == [
            "1. Antwoord gewijzigd, bij vraag 1",
            "Gewijzigd op",
            "2 maart 2026, 10:00",
            "Eerdere tekst",
            "Ik houd van mannen.",
            "In mijn taal zeggen we: " + FARSI,
            "Nieuwe tekst",
            *NEW_ANSWER.split("\n"),
        ]
        assert items[1] == [
            "2. Vraag gewijzigd, bij vraag 3",
            "Gewijzigd op",
            "2 maart 2026, 10:01",
            "Eerdere tekst",
            "Wat schreef u toen?",
            "Nieuwe tekst",
            NEW_QUESTION,
        ]
        assert items[2] == [
            "3. Antwoord gewijzigd, bij vraag 2",
            "Gewijzigd op",
            "2 maart 2026, 10:10",
            "Eerdere tekst",
            FARSI,
            FARSI_MIXED,
            "Nieuwe tekst",
            NEW_FARSI,
        ]
    else:
        assert items[0][:3] == ["1. Answer changed, at question 1", "Changed on", "2 March 2026, 10:00"]
        assert items[1][0] == "2. Question changed, at question 3"
        assert items[1][3:] == ["Earlier text", "Wat schreef u toen?", "New text", NEW_QUESTION]
    # The questions-and-answers table shows the final record.
    rows = entry_rows(entries_table(doc, lang))
    assert NEW_QUESTION in [p.text for p in rows[2].cells[1].paragraphs]
    assert "Wat schreef u toen?" not in rows[2].cells[1].text
    assert [p.text for p in rows[1].cells[2].paragraphs][:1] == [NEW_FARSI]


def test_the_annex_is_the_end_of_the_report_also_after_the_corrections_annex(tmp_path: Path) -> None:
    hearing = edited_hearing()
    hearing.finalised_at = minutes(24 * 60 * 3)
    doc = export(hearing, tmp_path, "en", audit_trail=True, final=True)
    texts = [p.text for p in doc.paragraphs if p.text]
    headings = [t for t in texts if t.startswith("Annex")]
    assert headings == [
        "Annex A   Changes after the interview",
        "Annex B   Corrections and additions with the IND's response",
        HEADINGS["en"],
    ]
    heading = next(p for p in doc.paragraphs if p.text == HEADINGS["en"])
    assert heading.paragraph_format.page_break_before or heading.style.paragraph_format.page_break_before
    last_table = doc.tables[-1]
    assert last_table.rows[-1].cells[1].text == NEW_FARSI


def test_farsi_old_and_new_text_are_right_to_left_paragraphs(tmp_path: Path) -> None:
    doc = export(edited_hearing(), tmp_path, audit_trail=True)
    farsi_item = doc.tables[-1]
    assert farsi_item.rows[0].cells[0].text == "Gewijzigd op"
    cells = {row.cells[0].text: row.cells[1] for row in farsi_item.rows}
    for label, expected in (("Eerdere tekst", [FARSI, FARSI_MIXED]), ("Nieuwe tekst", [NEW_FARSI])):
        paragraphs = cells[label].paragraphs
        assert [p.text for p in paragraphs] == expected
        for paragraph in paragraphs:
            ppr = paragraph._p.find(qn("w:pPr"))
            assert ppr is not None and ppr.find(qn("w:bidi")) is not None, paragraph.text
            for run in paragraph._p.iter(qn("w:r")):
                run_text = "".join(t.text or "" for t in run.iter(qn("w:t")))
                if has_rtl(run_text):
                    assert run.find(qn("w:rPr")).find(qn("w:rtl")) is not None
            assert paragraph.style.name == "IG Answer"
    # The mixed line in the first item stays a left-to-right paragraph.
    first = next(t for t in doc.tables if t.rows[0].cells[-1].text == "2 maart 2026, 10:00")
    mixed = first.rows[1].cells[1].paragraphs[1]
    ppr = mixed._p.find(qn("w:pPr"))
    assert ppr is None or ppr.find(qn("w:bidi")) is None


def test_fingerprint_is_that_of_the_final_record_and_unchanged_by_the_annex(tmp_path: Path) -> None:
    hearing = edited_hearing()
    before = rich_hearing()
    assert fingerprint(hearing) != fingerprint(before)
    footers = []
    for flag in (False, True):
        out = tmp_path / f"report-{flag}.docx"
        returned = export_report(hearing, out, "nl", audit_trail=flag)
        assert returned.fingerprint == fingerprint(hearing)
        doc = Document(str(out))
        footer = "\n".join(p.text for p in doc.sections[0].footer.paragraphs)
        footers.append(re.findall(r"\b[0-9a-f]{64}\b", footer))
    assert footers == [[fingerprint(hearing)], [fingerprint(hearing)]]


def test_a_report_with_the_annex_can_still_be_returned_and_imported(tmp_path: Path) -> None:
    hearing = edited_hearing()
    out = tmp_path / "with-annex.docx"
    export_kept(hearing, out, "nl", audit_trail=True)
    doc = Document(str(out))
    entry_rows(entries_table(doc, "nl"))[0].cells[3].paragraphs[0].text = "[vertaalfout] Hij zei vrienden."
    doc.save(str(out))
    result = collect_corrections(hearing, out, received_at=minutes(60))
    assert [(c.entry_number, c.text) for c in result.added] == [(1, "Hij zei vrienden.")]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_events_the_annex_says_there_were_none(tmp_path: Path, lang: Lang) -> None:
    hearing = rich_hearing()
    assert hearing.audit_trail == []
    head, *items = annex(export(hearing, tmp_path, lang, audit_trail=True), lang)
    assert items == []
    assert head[-1] == NONE[lang]


def test_without_the_flag_there_is_no_annex(tmp_path: Path) -> None:
    hearing = edited_hearing()
    for lang in ("nl", "en"):
        doc = export(hearing, tmp_path, lang)
        xml = doc.element.xml
        assert "audit" not in xml and "Wijzigingen na vastlegging" not in xml
        assert "Wat schreef u toen?" not in xml  # the old question text appears nowhere


def test_annex_text_is_sanitised_and_markup_is_verbatim(tmp_path: Path) -> None:
    hearing = rich_hearing()
    # Written straight into the record (bypassing editing's cleaning) so the report's own is tested.
    hearing.audit_trail.append(
        AuditEvent(at=minutes(90), entry_number=4, field="answer_text", old="", new=HOSTILE + "\n" + CONTROL)
    )
    doc = export(hearing, tmp_path, "en", audit_trail=True)
    _, item = annex(doc, "en")
    assert item == [
        "1. Answer changed, at question 4",
        "Changed on",
        "2 March 2026, 11:00",
        "Earlier text",
        "(empty)",
        "New text",
        HOSTILE,
        "Bell form feed escape null end",
    ]
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", doc.element.xml)


def test_times_are_in_the_hearing_zone_and_events_in_time_order(tmp_path: Path) -> None:
    hearing = rich_hearing()
    utc = dt.UTC
    # Out of order in the list, one of them recorded in UTC: 08:50 UTC is 09:50 in the hearing's zone.
    hearing.audit_trail += [
        AuditEvent(at=minutes(45), entry_number=2, field="answer_text", old="b", new="B"),
        AuditEvent(
            at=dt.datetime(2026, 3, 2, 8, 50, tzinfo=utc),
            entry_number=1,
            field="answer_text",
            old="a",
            new="A",
        ),
    ]
    _, first, second = annex(export(hearing, tmp_path, "nl", audit_trail=True), "nl")
    assert first[:3] == ["1. Antwoord gewijzigd, bij vraag 1", "Gewijzigd op", "2 maart 2026, 09:50"]
    assert second[:3] == ["2. Antwoord gewijzigd, bij vraag 2", "Gewijzigd op", "2 maart 2026, 10:15"]


def test_a_template_without_the_annex_is_refused_when_the_annex_is_asked_for(tmp_path: Path) -> None:
    custom = tmp_path / "old.docx"
    doc = Document(str(default_template("nl")))
    body = doc.element.body
    start = next(p._p for p in doc.paragraphs if p.text == "{%p if audit_annex %}")
    children = list(body.iterchildren())
    for child in children[children.index(start) :]:
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    doc.save(str(custom))
    assert "audit" not in Document(str(custom)).element.xml
    export_report(rich_hearing(), tmp_path / "plain.docx", "nl", custom)  # fine without the annex
    with pytest.raises(ReportError, match="has no audit-trail annex"):
        export_report(rich_hearing(), tmp_path / "x.docx", "nl", custom, audit_trail=True)
    assert not (tmp_path / "x.docx").exists()


def test_cli_export_with_the_audit_trail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hearing = edited_hearing()
    case = tmp_path / "case.igcase"
    save_case(hearing, case)
    out = tmp_path / "audit.docx"
    assert main(["export", str(case), "-o", str(out), "--lang", "en", "--audit-trail"]) == 0
    assert fingerprint(hearing) in capsys.readouterr().out
    head, *items = annex(Document(str(out)), "en")
    assert head[0] == HEADINGS["en"] and len(items) == 3
    plain = tmp_path / "plain.docx"
    assert main(["export", str(case), "-o", str(plain), "--lang", "en"]) == 0
    assert HEADINGS["en"] not in [p.text for p in Document(str(plain)).paragraphs]
    shutil.copy(default_template("en"), tmp_path / "mine.docx")
    assert (
        main(
            ["export", str(case), "-o", str(out), "--template", str(tmp_path / "mine.docx"), "--audit-trail"]
        )
        == 0
    )
