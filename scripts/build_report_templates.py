"""Build the Word report templates report_templates/hearing_report_{nl,en}.docx from this script.

Run ``python scripts/build_report_templates.py`` after changing it; ``--check`` exits 1 when the
committed templates differ from what it builds (a test runs the same check). The output is byte for
byte reproducible: fixed document properties and fixed zip timestamps.

The templates are ordinary Word documents with jinja2 tags (docxtpl): ``{{ case.v_number }}`` prints a
value, ``{%p for line in e.answer_lines %}`` on a paragraph of its own repeats the paragraphs up to
``{%p endfor %}``, and ``{%tr ... %}`` does the same for table rows. Wording, fonts, colours, widths
and order can be changed in Word; keep each tag typed in one go so Word keeps it in one run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from report_template_texts import TEXTS  # noqa: E402

from interview_guide.report.markers import ADDITIONS_HEADINGS, ENTRY_COLUMN_HEADINGS, marker_list  # noqa: E402

OUT_DIR = ROOT / "report_templates"
FONT = "Arial"
MONO = "Courier New"
NAVY = "154273"  # Rijkshuisstijl dark blue
GREY = "595959"
LINE = "A6A6A6"
HEAD_FILL = "DCE3EE"
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
TEMPLATE_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
WIDTH = 17.0  # cm between the margins of A4 with 2 cm margins
CORRECTIONS = 5.7  # cm: the corrections column, a third of the width
LABEL = 4.0  # cm: the label column of a table of recorded data with a corrections column
DIVIDER_FILL = "F2F2F2"


# --- styles -----------------------------------------------------------------------------------------


def _fonts(rpr_parent: object, name: str) -> None:
    """Set all four font slots (ascii, hAnsi, complex script, East Asian), dropping theme fonts."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    fonts = parse_xml(
        f'<w:rFonts {nsdecls("w")} w:ascii="{name}" w:hAnsi="{name}" w:cs="{name}" w:eastAsia="{name}"/>'
    )
    rpr.insert(0, fonts)


def _style(
    doc: DocxDocument,
    name: str,
    *,
    base: str = "Normal",
    size: float = 10,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
    before: float = 0,
    after: float = 3,
    keep_next: bool = False,
    font: str = FONT,
    char: bool = False,
) -> object:
    styles = doc.styles
    kind = WD_STYLE_TYPE.CHARACTER if char else WD_STYLE_TYPE.PARAGRAPH
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, kind)
    if not char:
        style.base_style = styles[base] if name != base else None
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(before), Pt(after), keep_next or None
    _fonts(style.element, font)
    style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
    rpr = style.element.get_or_add_rPr()
    for tag, on in (("w:bCs", bold), ("w:iCs", italic)):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
        if on:
            rpr.append(parse_xml(f"<{tag} {nsdecls('w')}/>"))
    rpr.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="{int(size * 2)}"/>'))
    style.font.color.rgb = RGBColor.from_string(color) if color else RGBColor.from_string("000000")
    return style


def _border(style: object, side: str, color: str = NAVY, size: int = 6) -> None:
    ppr = style.element.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}" w:space="1" '
            f'w:color="{color}"/></w:pBdr>'
        )
    )


def build_styles(doc: DocxDocument, lang: str) -> None:
    """Fonts, sizes and colours of every paragraph style the template uses."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:rFonts")) + rpr.findall(qn("w:lang")):
        rpr.remove(old)
    rpr.insert(
        0,
        parse_xml(
            f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
        ),
    )
    rpr.append(
        parse_xml(f'<w:lang {nsdecls("w")} w:val="{"nl-NL" if lang == "nl" else "en-GB"}" w:bidi="ar-SA"/>')
    )
    _style(doc, "Normal", base="Normal", after=4)
    title = _style(doc, "Title", size=18, bold=True, color=NAVY, after=2)
    title.element.get_or_add_pPr().remove_all("w:pBdr")
    _style(doc, "Subtitle", size=11, color=GREY, after=14, italic=False)
    _style(doc, "Heading 1", size=13, bold=True, color=NAVY, before=16, after=6, keep_next=True)
    _style(doc, "Heading 2", size=11, bold=True, color=NAVY, before=10, after=4, keep_next=True)
    for name in ("Header", "Footer"):
        style = _style(doc, name, size=8, color=GREY, after=0)
        ppr = style.element.get_or_add_pPr()
        for tabs in ppr.findall(qn("w:tabs")):  # Letter-size centre and right tabs of python-docx's default
            ppr.remove(tabs)
    _style(doc, "IG Fingerprint", size=7.5, color=GREY, font=MONO, char=True)
    _style(doc, "IG Intro", size=9, italic=True, color=GREY, after=6)
    # No keep-with-next in tables: rows do not split (cantSplit), and a heading keeps with its table,
    # so a short table never drags its heading onto a near-empty page.
    _style(doc, "IG Label", size=9, color=GREY, after=0)
    _style(doc, "IG Value", size=10, after=0)
    _style(doc, "IG Time", size=8, color=GREY, after=1)
    _style(doc, "IG Line", size=9.5, before=6, after=2)
    _style(doc, "IG Table Head", size=9, bold=True, color=NAVY, after=0, keep_next=True)
    _style(doc, "IG Number", size=9, bold=True, after=0)
    _style(doc, "IG Question", size=10, italic=True, after=2)
    _style(doc, "IG Answer", size=10, after=2)
    _style(doc, "IG Note", size=8.5, italic=True, color=GREY, after=2)
    theme = _style(doc, "IG Theme", size=9, bold=True, color=NAVY, before=2, after=3)
    _border(theme, "bottom", size=4)
    _style(doc, "IG Sitting", size=9, bold=True, color="000000", before=1, after=1, keep_next=True)
    notice = _style(doc, "IG Notice", size=10, bold=True, color="9C0006", before=6, after=10)
    notice.element.get_or_add_pPr().append(
        parse_xml(
            f"<w:pBdr {nsdecls('w')}>"
            + "".join(
                f'<w:{s} w:val="single" w:sz="12" w:space="4" w:color="9C0006"/>'
                for s in ("top", "left", "bottom", "right")
            )
            + "</w:pBdr>"
        )
    )
    _style(doc, "IG Instruction", size=9.5, after=5)


# --- building blocks ---------------------------------------------------------------------------------


def para(container: DocxDocument | _Cell, text: str = "", style: str = "Normal") -> Paragraph:
    """Add one paragraph (one run, so a jinja tag stays whole)."""
    return container.add_paragraph(text, style=style)


def cell_lines(cell: _Cell, lines: list[tuple[str, str]]) -> None:
    """Fill a cell with paragraphs (text, style); the cell's first, empty paragraph is reused."""
    first = cell.paragraphs[0]
    for index, (text, style) in enumerate(lines):
        paragraph = first if index == 0 else cell.add_paragraph()
        paragraph.style = style
        if text:
            paragraph.add_run(text)


def _table(doc: DocxDocument, rows: int, widths: list[float], *, borders: bool = True) -> Table:
    table = doc.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    edge = f'w:val="single" w:sz="4" w:space="0" w:color="{LINE}"' if borders else 'w:val="nil"'
    tblpr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(
                f"<w:{side} {edge}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
    )
    tblpr.append(
        parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
            '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        )
    )
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return table


def shade(cell: _Cell, fill: str = HEAD_FILL) -> None:
    """Give a cell a background colour."""
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def repeat_header(table: Table) -> None:
    """Repeat the first row on every page and never split it."""
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def kv_table(doc: DocxDocument, rows: list[tuple[str, str | list[str]]], label_width: float = 5.2) -> Table:
    """A two-column table of label and value; a list value is several paragraphs (for loops)."""
    table = _table(doc, len(rows), [label_width, WIDTH - label_width])
    for row, (name, value) in zip(table.rows, rows, strict=True):
        cell_lines(row.cells[0], [(name, "IG Label")])
        values = [value] if isinstance(value, str) else value
        cell_lines(row.cells[1], [(v, "IG Value") for v in values])
        no_split(row)
    return table


def no_split(row: object) -> None:
    """Keep a short row on one page (instead of keeping whole tables with the next paragraph)."""
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))  # type: ignore[attr-defined]


def place_table(
    doc: DocxDocument,
    t: dict[str, str],
    lang: str,
    rows: list[tuple[str, str | list[str]]],
    *,
    labelled: bool = True,
) -> None:
    """Recorded data with a column for counsel's corrections beside it (none in the final version).

    The heading row ends with the corrections heading, which is how the import finds these tables.
    A row without a label (``labelled=False``) holds one block of text, such as the remarks.
    """
    corrections = ENTRY_COLUMN_HEADINGS[lang]  # type: ignore[index]
    loop(doc, "{%p if not final %}")
    widths = (
        [LABEL, WIDTH - LABEL - CORRECTIONS, CORRECTIONS] if labelled else [WIDTH - CORRECTIONS, CORRECTIONS]
    )
    table = _table(doc, 1 + len(rows), widths)
    heads = [t["col_item"], t["col_recorded"], corrections] if labelled else [t["col_recorded"], corrections]
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell_lines(cell, [(text, "IG Table Head")])
        shade(cell)
    repeat_header(table)
    for row, (name, value) in zip(table.rows[1:], rows, strict=True):
        cells = row.cells
        values = [value] if isinstance(value, str) else value
        if name.startswith("{%tr"):
            cell_lines(cells[0], [(name, "IG Value")])
            continue
        if labelled:
            cell_lines(cells[0], [(name, "IG Label")])
        cell_lines(cells[-2], [(v, "IG Value") for v in values])
        cell_lines(cells[-1], [("", "IG Answer")])
        if labelled:  # a block of text (the opening, the remarks) may run over a page, as an answer does
            no_split(row)
    loop(doc, "{%p else %}")
    if labelled:
        kv_table(doc, rows)
    else:
        for _name, value in rows:
            for line in [value] if isinstance(value, str) else value:
                para(doc, line)
    loop(doc, "{%p endif %}")


def loop_row(table: Table, text: str) -> None:
    """A row that holds only a ``{%tr ... %}`` tag."""
    cell_lines(table.add_row().cells[0], [(text, "IG Value")])


def field_run(paragraph: Paragraph, instruction: str) -> None:
    """A PAGE or NUMPAGES field (Word and LibreOffice fill it in)."""
    for xml in (
        '<w:fldChar w:fldCharType="begin"/>',
        f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>1</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
    ):
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>"))


def loop(doc: DocxDocument, tag: str) -> None:
    """A paragraph that holds only a ``{%p ... %}`` tag (removed when rendered)."""
    para(doc, tag)


# --- the document --------------------------------------------------------------------------------------


def build_page(doc: DocxDocument, t: dict[str, str]) -> None:
    """A4, margins, header and footer (page X of Y, V-number, fingerprint)."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(0.9)
    header = section.header.paragraphs[0]
    header.style = "Header"
    header.add_run(t["header"])
    header.paragraph_format.tab_stops.add_tab_stop(Cm(WIDTH), alignment=2)  # right
    header.add_run("\t" + t["confidential"])
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(WIDTH), alignment=2)
    footer.add_run(t["footer_v"] + "\t" + t["page"] + " ")
    field_run(footer, "PAGE")
    footer.add_run(" " + t["of"] + " ")
    field_run(footer, "NUMPAGES")
    fp = section.footer.add_paragraph(style="Footer")
    fp.add_run(t["fingerprint"])
    fp.add_run("{{ fingerprint }}").style = "IG Fingerprint"


CASE_KEYS = (
    "v_number",
    "case_reference",
    "applicant_name",
    "date_of_birth",
    "nationality",
    "hearing_type",
    "procedure_track",
    "subsequent_application",
    "claim_types",
    "language",
    "dialect",
    "officer_name",
    "officer_gender",
    "officer_gender_request",
    "interpreter_gender_request",
    "banks",
)


def lines_of(name: str, variable: str = "line") -> list[str]:
    """A value printed as one paragraph per line of the list ``name``."""
    return [f"{{%p for {variable} in {name} %}}", f"{{{{ {variable} }}}}", "{%p endfor %}"]


def build_front(doc: DocxDocument, t: dict[str, str], lang: str) -> None:
    """Title, notices, what the record is and what the fingerprint covers, and counsel's instructions."""
    para(doc, t["title"], "Title")
    para(doc, t["subtitle"], "Subtitle")
    loop(doc, "{%p if counsel_objection %}")
    para(doc, t["objection"], "IG Notice")
    loop(doc, "{%p endif %}")
    loop(doc, "{%p if final %}")
    para(doc, t["final_notice"], "IG Notice")
    loop(doc, "{%p endif %}")
    para(doc, t["record_intro"], "IG Intro")
    para(doc, t["fingerprint_scope"], "IG Intro")
    loop(doc, "{%p if instructions %}")
    para(doc, t["h_instructions"], "Heading 1")
    for key in (
        "i_sent",
        "i_deadline",
        "i_corrections",
        "i_tracked",
        "i_markers",
        "i_additions",
        "i_revise",
        "i_return",
    ):
        para(doc, t[key].replace("{markers}", marker_list(lang)), "IG Instruction")  # type: ignore[arg-type]
    loop(doc, "{%p endif %}")


def build_record(doc: DocxDocument, t: dict[str, str], lang: str) -> None:
    """Case data, sittings, reference frame and the opening, each with room for corrections."""
    para(doc, t["h_case"], "Heading 1")
    place_table(doc, t, lang, [(t[key], f"{{{{ case.{key} }}}}") for key in CASE_KEYS])
    para(doc, t["h_sittings"], "Heading 1")
    loop(doc, "{%p for s in sittings %}")
    para(doc, t["sitting"], "Heading 2")
    place_table(
        doc,
        t,
        lang,
        [
            (t["s_date"], "{{ s.date }}"),
            (t["s_times"], "{{ s.times }}"),
            (t["s_location"], "{{ s.location }}"),
            (t["s_interpreter"], "{{ s.interpreter.name }}"),
            (t["s_register"], "{{ s.interpreter.register_status }}"),
            (t["s_gender"], "{{ s.interpreter.gender }}"),
            (t["s_mode"], "{{ s.interpreter.mode }}"),
            (t["s_attendees"], lines_of("s.attendees", "a")),
            (t["s_breaks"], lines_of("s.breaks", "b")),
        ],
    )
    loop(doc, "{%p endfor %}")
    para(doc, t["h_frame"], "Heading 1")
    para(doc, t["frame_intro"], "IG Intro")
    place_table(
        doc,
        t,
        lang,
        [
            ("{%tr for row in reference_frame %}", ""),
            ("{{ row.label }}", lines_of("row.lines")),
            ("{%tr endfor %}", ""),
        ],
    )
    para(doc, t["h_opening"], "Heading 1")
    para(doc, t["opening_intro"], "IG Intro")
    place_table(doc, t, lang, [("", lines_of("opening"))], labelled=False)


def _entry_cells(cells: list[_Cell]) -> None:
    cell_lines(cells[0], [("{{ e.number }}", "IG Number")])
    cell_lines(
        cells[1],
        [
            ("{{ e.time }}", "IG Time"),
            ("{%p if e.theme_heading %}", "IG Theme"),
            ("{{ e.theme_heading }}", "IG Theme"),
            ("{%p endif %}", "IG Theme"),
            ("{%p for line in e.question_lines %}", "IG Question"),
            ("{{ line }}", "IG Question"),
            ("{%p endfor %}", "IG Question"),
            ("{%p for note in e.marks %}", "IG Note"),
            ("{{ note }}", "IG Note"),
            ("{%p endfor %}", "IG Note"),
        ],
    )
    cell_lines(
        cells[2],
        [
            ("{%p for line in e.answer_lines %}", "IG Answer"),
            ("{{ line }}", "IG Answer"),
            ("{%p endfor %}", "IG Answer"),
            ("{%p if e.no_answer %}", "IG Note"),
            ("{{ e.no_answer }}", "IG Note"),
            ("{%p endif %}", "IG Note"),
        ],
    )


def _divider(table: Table, columns: int) -> None:
    """A row across the number, question and answer columns: a sitting that starts or ends, a break."""
    row = table.add_row()
    no_split(row)
    first = row.cells[0].merge(row.cells[2])
    cell_lines(first, [("{{ e.text }}", "IG Sitting")])
    shade(first, DIVIDER_FILL)
    if columns == 4:
        cell_lines(row.cells[3], [("", "IG Answer")])


def entries_table(doc: DocxDocument, t: dict[str, str], lang: str, widths: list[float]) -> None:
    """The questions-and-answers table (four columns for counsel, three in the final version)."""
    table = _table(doc, 2, widths)
    heads = [t["col_number"], t["col_question"], t["col_answer"], ENTRY_COLUMN_HEADINGS[lang]][: len(widths)]  # type: ignore[index]
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell_lines(cell, [(text, "IG Table Head")])
        shade(cell)
    repeat_header(table)
    cell_lines(table.rows[1].cells[0], [("{%tr for e in entries %}", "IG Value")])
    loop_row(table, "{%tr if e.kind == 'entry' %}")
    cells = table.add_row().cells
    _entry_cells(cells)
    if len(widths) == 4:
        cell_lines(cells[3], [("", "IG Answer")])
    loop_row(table, "{%tr else %}")
    _divider(table, len(widths))
    loop_row(table, "{%tr endif %}")
    loop_row(table, "{%tr endfor %}")


def build_entries(doc: DocxDocument, t: dict[str, str], lang: str) -> None:
    """The questions and answers: one row per entry, and a row for each sitting and break between them."""
    para(doc, t["h_entries"], "Heading 1")
    para(doc, t["entries_intro"], "IG Intro")
    loop(doc, "{%p if not final %}")
    entries_table(doc, t, lang, [1.0, 4.4, 5.9, CORRECTIONS])
    loop(doc, "{%p else %}")
    entries_table(doc, t, lang, [1.0, 6.8, 9.2])
    loop(doc, "{%p endif %}")


def build_closing(doc: DocxDocument, t: dict[str, str], lang: str) -> None:
    """Course remarks, third-party statements as recorded, material, signature and the additions box."""
    para(doc, t["h_course"], "Heading 1")
    place_table(doc, t, lang, [("", lines_of("course_remarks"))], labelled=False)
    para(doc, t["h_statements"], "Heading 1")
    para(doc, t["statements_intro"], "IG Intro")
    loop(doc, "{%p if not statements %}")
    para(doc, t["none"])
    loop(doc, "{%p endif %}")
    loop(doc, "{%p for st in statements %}")
    para(doc, t["statement"], "Heading 2")
    kv_table(
        doc,
        [
            (t["st_role"], "{{ st.role }}"),
            (t["st_relationship"], "{{ st.relationship }}"),
            (t["st_date"], "{{ st.date_of_statement }}"),
            (t["st_received"], "{{ st.date_received }}"),
            (t["st_basis"], "{{ st.basis }}"),
            (t["st_class"], "{{ st.legal_class }}"),
            (t["st_new_facts"], lines_of("st.new_facts", "f")),
        ],
    )
    loop(doc, "{%p endfor %}")
    para(doc, t["h_material"], "Heading 1")
    loop(doc, "{%p if not material and not refusals %}")
    para(doc, t["none"])
    loop(doc, "{%p endif %}")
    loop(doc, "{%p if material %}")
    table = _table(doc, 2, [1.0, 3.4, 3.4, 6.4, 2.8])
    for cell, key in zip(
        table.rows[0].cells,
        ("col_number", "m_kind", "m_category", "m_description", "m_received"),
        strict=True,
    ):
        cell_lines(cell, [(t[key], "IG Table Head")])
        shade(cell)
    repeat_header(table)
    cell_lines(table.rows[1].cells[0], [("{%tr for m in material %}", "IG Value")])
    cells = table.add_row().cells
    for cell, text in zip(
        cells,
        ("{{ m.number }}", "{{ m.kind }}", "{{ m.category }}", None, "{{ m.received_on }}"),
        strict=True,
    ):
        if text is None:
            cell_lines(cell, [(line, "IG Value") for line in lines_of("m.description")])
        else:
            cell_lines(cell, [(text, "IG Value")])
    loop_row(table, "{%tr endfor %}")
    loop(doc, "{%p endif %}")
    loop(doc, "{%p for line in refusals %}")
    para(doc, "{{ line }}", "IG Line")
    loop(doc, "{%p endfor %}")
    loop(doc, "{%p if expert_reports %}")
    para(doc, t["h_experts"], "Heading 2")
    loop(doc, "{%p for r in expert_reports %}")
    para(doc, "{{ r.number }}. {{ r.kind }} — {{ r.author }}, {{ r.date }}", "IG Line")
    loop(doc, "{%p for line in r.description %}")
    para(doc, "{{ line }}", "IG Note")
    loop(doc, "{%p endfor %}")
    loop(doc, "{%p endfor %}")
    loop(doc, "{%p endif %}")
    para(doc, t["h_signature"], "Heading 1")
    para(doc, t["signature_intro"], "IG Instruction")
    table = _table(doc, 4, [5.2, 8.0], borders=False)
    values = ["{{ signature_name }}", "{{ signature_date }}", "{{ signature_place }}", ""]
    for row, key, value in zip(
        table.rows, ("sig_name", "sig_date", "sig_place", "sig_sign"), values, strict=True
    ):
        cell_lines(row.cells[0], [(t[key], "IG Label")])
        cell_lines(row.cells[1], [(value, "IG Value")])
    last = table.rows[3]
    last.height = Cm(1.6)
    last.cells[1]._tc.get_or_add_tcPr().append(
        parse_xml(
            f"<w:tcBorders {nsdecls('w')}>"
            '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tcBorders>'
        )
    )
    loop(doc, "{%p if instructions %}")
    heading = para(doc, t["h_additions"], "Heading 1")
    heading.paragraph_format.page_break_before = True
    para(doc, t["additions_intro"], "IG Instruction")
    box = _table(doc, 2, [WIDTH])
    cell_lines(box.rows[0].cells[0], [(ADDITIONS_HEADINGS[lang], "IG Table Head")])  # type: ignore[index]
    shade(box.rows[0].cells[0])
    cell_lines(box.rows[1].cells[0], [("", "IG Answer")])
    box.rows[1].height = Cm(9)
    loop(doc, "{%p endif %}")


def build_annexes(doc: DocxDocument, t: dict[str, str]) -> None:
    """Annex A (always): changes after the hearing; the items with responses (final); the audit trail."""
    heading = para(doc, t["h_changes"], "Heading 1")
    heading.paragraph_format.page_break_before = True
    para(doc, t["changes_intro"], "IG Intro")
    loop(doc, "{%p if not changes %}")
    para(doc, t["changes_none"])
    loop(doc, "{%p endif %}")
    loop(doc, "{%p for a in changes %}")
    para(doc, t["change_item"], "Heading 2")
    table = kv_table(doc, [(t["a_at"], "{{ a.at }}"), (t["a_old"], ""), (t["a_diff"], "")])
    cell_lines(table.rows[1].cells[1], [(line, "IG Answer") for line in lines_of("a.old")])
    cell_lines(
        table.rows[2].cells[1],
        [
            ("{%p for line in a.changes %}", "IG Answer"),
            ("{{r line }}", "IG Answer"),
            ("{%p endfor %}", "IG Answer"),
        ],
    )
    loop(doc, "{%p endfor %}")
    loop(doc, "{%p if final %}")
    heading = para(doc, t["h_annex"], "Heading 1")
    heading.paragraph_format.page_break_before = True
    para(doc, t["annex_intro"], "IG Intro")
    loop(doc, "{%p if not corrections %}")
    para(doc, t["none"])
    loop(doc, "{%p endif %}")
    loop(doc, "{%p for c in corrections %}")
    para(doc, t["annex_item"], "Heading 2")
    kv_table(
        doc,
        [
            (t["c_by"], "{{ c.submitted_by }}"),
            (t["c_received"], "{{ c.received_at }} ({{ c.timeliness }})"),
            (t["c_status"], "{{ c.status }}"),
            (t["c_text"], lines_of("c.text")),
            (t["c_response"], lines_of("c.response")),
        ],
    )
    loop(doc, "{%p endfor %}")
    loop(doc, "{%p endif %}")


def build_audit_annex(doc: DocxDocument, t: dict[str, str]) -> None:
    """The audit-trail annex (only with --audit-trail): every change after recording, old and new text."""
    loop(doc, "{%p if audit_annex %}")
    heading = para(doc, t["h_audit"], "Heading 1")
    heading.paragraph_format.page_break_before = True
    para(doc, t["audit_intro"], "IG Intro")
    loop(doc, "{%p if not audit_events %}")
    para(doc, t["audit_none"])
    loop(doc, "{%p endif %}")
    loop(doc, "{%p for a in audit_events %}")
    para(doc, t["audit_item"], "Heading 2")
    table = kv_table(doc, [(t["a_at"], "{{ a.at }}"), (t["a_old"], ""), (t["a_new"], "")])
    # Old and new text: one paragraph per line, in the answer style (no keep-with-next, so a long text
    # breaks across pages like an answer does).
    for row, name in zip(table.rows[1:], ("a.old", "a.new"), strict=True):
        cell_lines(
            row.cells[1],
            [
                (f"{{%p for line in {name} %}}", "IG Answer"),
                ("{{ line }}", "IG Answer"),
                ("{%p endfor %}", "IG Answer"),
            ],
        )
    loop(doc, "{%p endfor %}")
    loop(doc, "{%p endif %}")


def build(lang: str) -> bytes:
    """The template in ``lang`` as reproducible .docx bytes."""
    t = TEXTS[lang]
    doc = Document()
    build_styles(doc, lang)
    build_page(doc, t)
    build_front(doc, t, lang)
    build_record(doc, t, lang)
    build_entries(doc, t, lang)
    build_closing(doc, t, lang)
    build_annexes(doc, t)
    build_audit_annex(doc, t)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = t["doc_title"], "IND", "IND"
    props.comments = ""
    props.language = "nl-NL" if lang == "nl" else "en-GB"
    props.created = props.modified = TEMPLATE_TIME  # each report gets the time it was made (docx_report)
    props.revision = 1
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # python-docx's sample thumbnail would mislead file browsers
            del package.rels[rel_id]
    raw = io.BytesIO()
    doc.save(raw)
    return _reproducible_zip(raw.getvalue())


def _reproducible_zip(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def template_path(lang: str) -> Path:
    """Where the shipped template of ``lang`` lives."""
    return OUT_DIR / f"hearing_report_{lang}.docx"


def main(argv: list[str] | None = None) -> int:
    """Write the templates, or with --check report whether the committed ones are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed template is not current")
    args = parser.parse_args(argv)
    stale = []
    for lang in TEXTS:
        data, path = build(lang), template_path(lang)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        print(f"{path.relative_to(ROOT)} is not current: run python scripts/build_report_templates.py")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
