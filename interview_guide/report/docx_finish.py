"""The last touches of a rendered report: document properties, language tags, and the recorded copy.

After the template is filled, the report gets its own creation time and no build-script comment,
language tags that match its content (the report's language for the wording, the record's language
for questions and answers, the applicant's language for right-to-left text), and the recorded copy:
the rendered report is read back with the same reader the import uses, and what it shows is embedded
as a custom XML part with its hash (``report/recorded_copy.py``).
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from interview_guide.core.text import Lang
from interview_guide.report.recorded_copy import Places, copy_part, places_of
from interview_guide.report.report_view import read_body

ITEM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
RECORDED_STYLES = ("IG Question", "IG Answer")


@dataclass
class Finished:
    """A finished report: its bytes, the places it shows and the hash of its embedded copy."""

    data: bytes
    places: Places
    copy_hash: str


def set_properties(doc: DocxDocument, lang: Lang, title: str, now: dt.datetime) -> None:
    """Creation and modification time of this report, no comment, the report's language."""
    props = doc.core_properties
    stamp = now.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    props.created = props.modified = stamp
    props.comments = ""
    props.title = title
    props.language = "nl-NL" if lang == "nl" else "en-GB"


def _lang(rpr: etree._Element, value: str | None, bidi: str | None) -> None:
    element = rpr.find(qn("w:lang"))
    if element is None:
        element = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(element)
    if value:
        element.set(qn("w:val"), value)
    if bidi:
        element.set(qn("w:bidi"), bidi)


def set_languages(doc: DocxDocument, report_tag: str, record_tag: str, rtl_tag: str) -> None:
    """Tag the wording, the recorded text and right-to-left text with the right languages."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if rpr is not None:
        _lang(rpr, report_tag, rtl_tag)
    for style in doc.styles:
        if style.name in RECORDED_STYLES:
            _lang(style.element.get_or_add_rPr(), record_tag, rtl_tag)


def _part_name(doc: DocxDocument, template: str) -> PackURI:
    name: PackURI = doc.part.package.next_partname(template)
    return name


def embed_copy(doc: DocxDocument, data: bytes, digest: str) -> None:
    """Add the recorded copy as a custom XML part (with its properties part, as Word expects)."""
    package = doc.part.package
    item = Part(_part_name(doc, "/customXml/item%d.xml"), "application/xml", data, package)
    item_id = "{" + str(uuid.UUID(digest[:32])).upper() + "}"
    props_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" '
        f'ds:itemID="{item_id}"><ds:schemaRefs/></ds:datastoreItem>'
    ).encode()
    number = str(item.partname).removeprefix("/customXml/item").removesuffix(".xml")
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), ITEM_PROPS_TYPE, props_xml, package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT.CUSTOM_XML)


def finish(doc: DocxDocument, fingerprint: str, lang: Lang, final: bool, source: str) -> Finished:
    """Read the rendered report with the import's reader, embed its recorded copy, return the bytes.

    The document is read in memory, as the import reads a saved file (the same walk over the body);
    a test saves, reopens and compares, so the two cannot drift apart.
    """
    styles = {style.style_id: style.name for style in doc.styles if style.style_id and style.name}
    view = read_body(doc.element.body, styles, source)
    places = places_of(view)
    part, digest = copy_part(fingerprint, lang, final, places)
    embed_copy(doc, part, digest)
    out = io.BytesIO()
    doc.save(out)
    return Finished(data=out.getvalue(), places=places, copy_hash=digest)
