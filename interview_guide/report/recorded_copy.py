"""The recorded copy: the text of every place a report shows, normalised, hashed and embedded in it.

At export the rendered report is read back with the same reader the import uses, so the copy holds
exactly what the report shows (and nothing the report does not show). The copy goes into the .docx
as a custom XML part with its SHA-256, and into the case as an ``ExportedVersion``. Comparison is
after a meaning-preserving normalisation only: Unicode NFC, no-break spaces as spaces, runs of white
space as one space, a line break, a vertical tab and a new paragraph as the same thing, and empty
lines dropped. A changed letter, digit or punctuation mark is a difference.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lxml import etree

from interview_guide.core.errors import ReportError
from interview_guide.core.text import LANGUAGES, Lang
from interview_guide.report.docx_package import parse_xml
from interview_guide.report.docx_text import Line, original_lines
from interview_guide.report.report_view import ReportView

COPY_NAMESPACE = "urn:interview-guide:recorded-copy:1"
COPY_TAG = f"{{{COPY_NAMESPACE}}}recordedCopy"
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u2060\ufeff]+")

Places = dict[str, list[str]]


def normalise_line(text: str) -> str:
    """One line after the meaning-preserving normalisation."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def normalise(lines: Iterable[str]) -> list[str]:
    """Lines split at line breaks and vertical tabs, normalised, empty ones dropped."""
    out = []
    for line in lines:
        for piece in line.replace("\v", "\n").replace("\r", "\n").split("\n"):
            text = normalise_line(piece)
            if text:
                out.append(text)
    return out


def entry_key(number: int, part: str) -> str:
    """The place key of a cell of an entry row (``part``: number, question or answer)."""
    return f"entry {number}/{part}"


def between_keys(view: ReportView) -> list[str]:
    """The place keys of the rows without a number, in order (``between 4/1``: the first after entry 4)."""
    counter: Counter[int] = Counter()
    keys = []
    for other in view.other_rows:
        counter[other.after] += 1
        keys.append(f"between {other.after}/{counter[other.after]}")
    return keys


def _numbered(keys: list[str]) -> list[str]:
    seen: Counter[str] = Counter()
    out = []
    for key in keys:
        seen[key] += 1
        out.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return out


def table_keys(view: ReportView) -> list[str]:
    """The place keys of the rows of tables of recorded data, in order (``table <heading>/<label>``)."""
    return _numbered([f"table {p.title}/{p.label}" for p in view.place_rows])


def section_keys(view: ReportView) -> list[str]:
    """The place keys of the text outside the tables, per heading (``section <heading>``)."""
    return _numbered([f"section {heading}" for heading, _ in view.sections])


def places_of(view: ReportView, read: Callable[[list[Line]], list[str]] = original_lines) -> Places:
    """The places a report shows, with their normalised lines (the first row of a duplicated number wins).

    Args:
        view: the report read by ``report_view.read_view``.
        read: which text of a paragraph to take (default: before tracked changes).
    """
    places: Places = {}
    for row in view.entry_rows:
        for part, block in (("number", row.number_cell), ("question", row.question), ("answer", row.answer)):
            places.setdefault(entry_key(row.number, part), normalise(read(block)))
    for key, other in zip(between_keys(view), view.other_rows, strict=True):
        places[key] = normalise(read(other.text))
    for key, place in zip(table_keys(view), view.place_rows, strict=True):
        places[key] = normalise(read(place.value))
    for key, (_heading, block) in zip(section_keys(view), view.sections, strict=True):
        places[key] = normalise(read(block))
    return places


def copy_hash(fingerprint: str, lang: str, final: bool, places: Places) -> str:
    """SHA-256 over the canonical JSON of the copy."""
    data = {"fingerprint": fingerprint, "lang": lang, "final": final, "places": places}
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def copy_part(fingerprint: str, lang: Lang, final: bool, places: Places) -> tuple[bytes, str]:
    """The custom XML part to embed, and its hash."""
    digest = copy_hash(fingerprint, lang, final, places)
    root = etree.Element(COPY_TAG, nsmap={"ig": COPY_NAMESPACE})
    root.set("hash", digest)
    root.set("fingerprint", fingerprint)
    root.set("lang", lang)
    root.set("final", "true" if final else "false")
    root.text = json.dumps(places, ensure_ascii=False, separators=(",", ":"))
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data, digest


@dataclass
class EmbeddedCopy:
    """The recorded copy found in a report."""

    fingerprint: str
    lang: Lang
    final: bool
    places: Places
    stated_hash: str
    intact: bool  # the stated hash is the hash of what the copy holds


def _places(text: str, source: str) -> Places:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise ReportError(f"{source}: the embedded copy of the recorded text is damaged") from None
    if not isinstance(value, dict) or not all(
        isinstance(key, str) and isinstance(lines, list) and all(isinstance(x, str) for x in lines)
        for key, lines in value.items()
    ):
        raise ReportError(f"{source}: the embedded copy of the recorded text is damaged")
    return value


def embedded_copy(view: ReportView) -> EmbeddedCopy | None:
    """The recorded copy embedded in the report, or None when it has none.

    Raises:
        ReportError: a copy is there but cannot be read.
    """
    found = []
    for data in view.custom_parts:
        if COPY_NAMESPACE.encode() not in data[:2048]:
            continue
        root = parse_xml(data, f"{view.source}: custom XML part")
        if root.tag == COPY_TAG:
            found.append(root)
    if not found:
        return None
    if len(found) > 1 and len({etree.tostring(r) for r in found}) > 1:
        raise ReportError(f"{view.source}: holds two different copies of the recorded text; refused")
    root = found[0]
    lang = root.get("lang") or ""
    fingerprint = root.get("fingerprint") or ""
    final = root.get("final") == "true"
    if lang not in LANGUAGES:
        raise ReportError(f"{view.source}: the embedded copy of the recorded text is damaged")
    places = _places(root.text or "", view.source)
    stated = root.get("hash") or ""
    language: Lang = "nl" if lang == "nl" else "en"
    return EmbeddedCopy(
        fingerprint=fingerprint,
        lang=language,
        final=final,
        places=places,
        stated_hash=stated,
        intact=stated == copy_hash(fingerprint, lang, final, places),
    )
