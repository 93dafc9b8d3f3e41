"""The report records and does not weigh; the smaller points of the report, one test each."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from report_helpers import SENT, divider_texts, entries_table, entry_rows, place_tables
from test_report_data import FARSI, minutes, rich_hearing

from interview_guide.cli import main
from interview_guide.core import editing
from interview_guide.core.fingerprint import fingerprint
from interview_guide.core.hearing import Hearing
from interview_guide.core.sanitize import clean_text
from interview_guide.core.text import Lang
from interview_guide.demo import build_demo_case
from interview_guide.report.docx_report import export_report
from interview_guide.storage import save_case


def export(hearing: Hearing, tmp_path: Path, lang: Lang = "nl", **kwargs: object) -> DocxDocument:
    out = tmp_path / f"r-{lang}.docx"
    kwargs.setdefault("sent_on", SENT)
    export_report(hearing, out, lang, **kwargs)  # type: ignore[arg-type]
    return Document(str(out))


def all_text(doc: DocxDocument) -> str:
    body = [p.text for p in doc.paragraphs]
    cells = [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return "\n".join(body + cells)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_weighing_in_the_report(tmp_path: Path, lang: Lang) -> None:
    hearing = build_demo_case("both", lang)
    notes = [s.consideration_note for s in hearing.statements]
    assert all(notes), "the demo records how each statement was weighed (in the case file)"
    text = all_text(export(hearing, tmp_path, lang))
    for note in notes:
        assert note.split(".")[0] not in text
    for word in (
        "Meegewogen",
        "weegt daarvoor niet mee",
        "Hoe de verklaring is gewogen",
        "How the statement was weighed",
        "Bevestigt",
        "Confirms",
    ):
        assert word not in text
    assert (
        "Hoe een verklaring wordt gewogen, staat in de beslissing"
        if lang == "nl"
        else "belongs in the decision"
    ) in text
    # The weighing stays in the case file, and finalising still asks for it.
    from interview_guide.core.finalise import finalise_problems

    hearing.statements[0].consideration_note = ""
    assert any("Statement 1" in p or "Verklaring 1" in p for p in finalise_problems(hearing, lang))


def test_changes_after_the_hearing_are_marked_with_the_earlier_text_in_annex_a(tmp_path: Path) -> None:
    hearing = rich_hearing()
    editing.log_answer(hearing, 6, minutes(24 * 60 + 36))
    editing.set_answer(
        hearing, 6, "Ik ga naar een LHBTI-groep in Assen.\n\nDaar voel ik mij veilig.", minutes(3 * 24 * 60)
    )
    editing.set_answer(hearing, 1, "Ik houd van mannen.", minutes(20))  # during the sitting: no mark
    doc = export(hearing, tmp_path)
    rows = entry_rows(entries_table(doc, "nl"))
    marks = [p.text for p in rows[5].cells[1].paragraphs]
    assert (
        "Antwoord gewijzigd na het gehoor, op 5 maart 2026, 09:30; de eerdere tekst staat in bijlage A, nr. 1"
        in marks
    )
    assert not any("gewijzigd na het gehoor" in p.text for p in rows[0].cells[1].paragraphs)
    texts = [p.text for p in doc.paragraphs]
    start = texts.index("Bijlage A   Wijzigingen na het gehoor")
    assert "1. Antwoord gewijzigd, bij vraag 6" in texts[start:]
    annex = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "Ik ga naar een LHBTI-groep in Groningen.\n\nDaar voel ik mij veilig." in annex or any(
        "Ik ga naar een LHBTI-groep in Groningen." in c for c in annex
    )
    # What changed: the struck word and the added word, formatted.
    runs = [r for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert any(r.text == "Groningen." and r.font.strike for r in runs)
    assert any(r.text == "Assen." and r.font.underline for r in runs)


def test_a_question_withdrawn_after_the_hearing_is_marked_withdrawn_not_changed(tmp_path: Path) -> None:
    hearing = rich_hearing()
    assert editing.withdraw_entry(hearing, 2, minutes(3 * 24 * 60)) is False  # answered: it stays
    doc = export(hearing, tmp_path)
    marks = [p.text for p in entry_rows(entries_table(doc, "nl"))[1].cells[1].paragraphs]
    assert "ingetrokken op 5 maart 2026, 09:30" in marks
    assert not any("gewijzigd na het gehoor" in mark for mark in marks)
    assert "Na het gehoor is geen vraag of antwoord gewijzigd." in [p.text for p in doc.paragraphs]


def test_without_changes_annex_a_says_so(tmp_path: Path) -> None:
    texts = [p.text for p in export(rich_hearing(), tmp_path).paragraphs]
    assert "Bijlage A   Wijzigingen na het gehoor" in texts
    assert "Na het gehoor is geen vraag of antwoord gewijzigd." in texts


def test_opening_as_read_the_date_sent_and_the_deadline_from_it(tmp_path: Path) -> None:
    hearing = build_demo_case("lgbti", "nl")
    doc = export(hearing, tmp_path, sent_on=dt.date(2026, 3, 5))
    text = all_text(doc)
    assert "Dit rapport is op donderdag 5 maart 2026 aan de gemachtigde gestuurd" in text
    assert "uiterlijk vrijdag 6 maart 2026 om 23:59" in text  # AA+ (extended general): the next day
    opening = next(t for t in place_tables(doc, "nl") if t.rows[1].cells[0].text.startswith("Mijn naam is"))
    assert (
        "J. van Dijk (fictief)" in opening.rows[1].cells[0].text
        and "[naam]" not in opening.rows[1].cells[0].text
    )
    assert opening.rows[1].cells[1].text == ""  # room for corrections beside it
    empty = rich_hearing()
    assert "(niets vastgelegd)" in all_text(export(empty, tmp_path))


def test_the_record_claims_no_more_than_a_typed_record(tmp_path: Path) -> None:
    for lang, words in (("nl", ("letterlijk",)), ("en", ("verbatim",))):
        doc = export(rich_hearing(), tmp_path, lang)  # type: ignore[arg-type]
        before_annexes = []
        for p in doc.paragraphs:
            if p.text.startswith(("Bijlage", "Annex")):
                break
            before_annexes.append(p.text)
        text = "\n".join(before_annexes).casefold()
        assert not any(word in text for word in words)
    nl = all_text(export(rich_hearing(), tmp_path))
    assert "zoals de tolk ze vertaalde en de hoormedewerker ze uittypte" in nl
    assert "geen woordelijke opname" in nl


def test_each_entry_has_its_time_and_sittings_and_breaks_are_rows(tmp_path: Path) -> None:
    hearing = rich_hearing()
    table = entries_table(export(hearing, tmp_path), "nl")
    for row, entry in zip(entry_rows(table), hearing.entries, strict=True):
        assert row.cells[0].text == str(entry.number)
        assert row.cells[1].paragraphs[0].text == entry.asked_at.strftime("%H:%M")
    assert divider_texts(table)[1] == "Pauze 10:20–10:35: medisch advies"
    dividers = [row for row in table.rows[1:] if not row.cells[0].text.isdigit()]
    for row in dividers:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None, "a divider never splits across pages"


def test_room_for_corrections(tmp_path: Path) -> None:
    doc = export(rich_hearing(), tmp_path)
    table = entries_table(doc, "nl")
    widths = [cell.width for cell in table.rows[0].cells]
    assert len(widths) == 4 and widths[3] * 3 >= sum(widths), "the corrections column is a third of the width"
    titles = {t.rows[1].cells[0].text for t in place_tables(doc, "nl")}
    assert {"V-nummer", "Datum", "Opleiding"} <= titles
    headings = []
    for table in place_tables(doc, "nl"):
        element = table._tbl
        previous = element.getprevious()
        while previous is not None and previous.tag != qn("w:p"):
            previous = previous.getprevious()
        headings.append("".join(t.text or "" for t in previous.iter(qn("w:t"))))
    for wanted in (
        "1   Gegevens van de zaak",
        "Zitting 1",
        "Zitting 2",
        "De standaarduitleg",
        "6   Op- en aanmerkingen",
    ):
        assert any(h.startswith(wanted) or wanted in h for h in headings), wanted
    people = next(
        row
        for t in place_tables(doc, "nl")
        for row in t.rows
        if row.cells[0].text == "Overige aanwezigen (rol)"
    )
    assert people.cells[2].text == ""


def test_no_keep_with_next_in_tables(tmp_path: Path) -> None:
    doc = export(rich_hearing(), tmp_path)
    for name in ("IG Label", "IG Value"):
        assert not doc.styles[name].paragraph_format.keep_with_next
    for table in place_tables(doc, "nl"):
        for row in table.rows[1:]:
            labelled = len(row.cells) == 3  # label | value | corrections: short, kept on one page
            kept = row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
            assert kept == labelled, "a block of text (opening, remarks) may run over a page"


def test_dutch_polish(tmp_path: Path) -> None:
    hearing = build_demo_case("both", "nl")
    text = all_text(export(hearing, tmp_path))
    assert "Overige aanwezigen (rol)" in text and "in nummervolgorde" in text
    assert "common (versie" not in text and "Opening en afsluiting van het gehoor (versie " in text
    kids = next(
        row
        for t in place_tables(export(hearing, tmp_path), "nl")
        for row in t.rows
        if row.cells[0].text == "Kinderen"
    )
    assert kids.cells[1].text == "geen"
    assert "11 januari 2026" in text and "2026-01-11" not in text  # one date format
    assert "((" not in text.replace(" ", "") and "))" not in text.replace(" ", "")
    pause = hearing.sittings[0].breaks[0]
    assert pause.end is not None and pause.reason == "Pauze volgens medisch advies (ongeveer elk uur)"
    span = f"{pause.start:%H:%M}–{pause.end:%H:%M}"
    assert f"{span}: Pauze volgens medisch advies (ongeveer elk uur)" in text


def test_submitted_by_is_worded_in_the_report_language(tmp_path: Path) -> None:
    from interview_guide.report.context import _submitter

    assert _submitter("counsel", "nl") == "gemachtigde" and _submitter("counsel", "en") == "counsel"
    assert _submitter("mr. A. Jansen", "nl") == "mr. A. Jansen"


def test_objection_leaves_out_the_instructions_to_counsel(tmp_path: Path) -> None:
    hearing = rich_hearing()
    hearing.case.applicant_objects_to_counsel_report = True
    text = all_text(export(hearing, tmp_path))
    assert "bezwaar gemaakt tegen toezending" in text
    assert "Voor de gemachtigde" not in text and "Terugsturen." not in text and "gestuurd" not in text


def test_properties_and_language_tags(tmp_path: Path) -> None:
    hearing = rich_hearing()
    out = tmp_path / "p.docx"
    moment = dt.datetime(2026, 3, 3, 14, 0, tzinfo=dt.UTC)
    export_report(hearing, out, "en", sent_on=SENT, now=moment)
    props = Document(str(out)).core_properties
    assert props.created == moment and props.modified == moment
    assert props.comments == "" and "build" not in (props.comments + props.title)
    with zipfile.ZipFile(out) as archive:
        styles = archive.read("word/styles.xml").decode()
        core = archive.read("docProps/core.xml").decode()
    assert "2013" not in core
    doc = Document(str(out))
    assert doc.styles["IG Answer"].element.rPr.find(qn("w:lang")).get(qn("w:val")) == "nl-NL"
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = defaults.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB" and lang.get(qn("w:bidi")) == "fa-IR"  # Farsi, not Arabic
    assert "ar-SA" not in styles


def test_fingerprint_covers_what_the_report_shows(tmp_path: Path) -> None:
    hearing = rich_hearing()
    before = fingerprint(hearing)
    for change in (
        lambda h: setattr(h.reference_frame, "origin_country", "Irak"),
        lambda h: setattr(h, "course_remarks", "Anders."),
        lambda h: setattr(h.statements[0], "author_name", "Iemand anders"),
        lambda h: setattr(h, "opening_statement", "Anders voorgelezen."),
        lambda h: setattr(h.material[0], "description", "Andere foto"),
    ):
        changed = rich_hearing()
        change(changed)
        assert fingerprint(changed) != before
    weighed = rich_hearing()
    weighed.statements[0].consideration_note = "Anders gewogen."  # not shown, not covered
    assert fingerprint(weighed) == before
    assert "De vingerafdruk onderaan elke pagina (SHA-256) hoort bij alles wat dit rapport" in all_text(
        export(hearing, tmp_path)
    )


def test_vertical_tab_and_direction_overrides_are_cleaned() -> None:
    assert clean_text("eerste regel\vtweede regel") == "eerste regel\ntweede regel"
    assert clean_text("abc \u202edef\u202c ghi") == "abc def ghi"
    assert clean_text(FARSI) == FARSI


def test_the_conversion_only_demo_shows_no_lgbti_history(tmp_path: Path) -> None:
    text = all_text(export(build_demo_case("conversion", "nl"), tmp_path))
    for word in ("Mina", "Negar", "lesbisch", "hamjens", "verliefd"):
        assert word not in text, word


def test_final_means_final_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hearing = rich_hearing()
    case = tmp_path / "c.igcase"
    save_case(hearing, case)
    out = tmp_path / "final.docx"
    assert main(["export", str(case), "-o", str(out), "--final"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not finalised yet" in err and not out.exists()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_embedded_copy_is_what_the_saved_report_shows(tmp_path: Path, lang: Lang) -> None:
    from interview_guide.report.docx_package import open_docx
    from interview_guide.report.recorded_copy import embedded_copy, places_of
    from interview_guide.report.report_view import read_view

    hearing = build_demo_case("both", lang)
    editing.set_answer(hearing, 3, "Een antwoord met\tTAB en ‮omgekeerd‬.", minutes(60 * 24 * 4))
    out = tmp_path / "copy.docx"
    version = export_report(hearing, out, lang, sent_on=SENT)
    view = read_view(open_docx(out))
    copy = embedded_copy(view)
    assert copy is not None and copy.intact and copy.stated_hash == version.copy_hash
    assert places_of(view) == copy.places == version.places
    assert any(key.startswith("between ") for key in copy.places) and any(
        k.startswith("table ") for k in copy.places
    )


def test_readme_has_a_section_for_counsel() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## For counsel", 1)[1].split("\n## ", 1)[0]
    for words in (
        "check-report REPORT.docx",
        "review-questions REPORT.docx [--json]",
        "Track Changes",
        "Rapport nakijken (gemachtigde)",
        "exits 0 when the recorded text is unchanged and 2",
    ):
        assert words in section, words
