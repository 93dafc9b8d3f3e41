"""Open a .docx that came from outside (counsel's return) without trusting it: bounded, and no surprises.

A returned report is read as a zip of XML parts. Nothing about the file is trusted: the number of
parts is read from the zip's end record before the zip is opened, every part is decompressed in
chunks with the running size checked against a cap (the sizes the zip declares are ignored), a part
name that occurs twice is refused (two programs would read different documents), only "stored" and
"deflate" parts are read, and XML is parsed without DTDs, entities or network access, with a bounded
nesting depth. Every way this can fail becomes one ``ReportError`` line that names the file.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from interview_guide.core.errors import ReportError
from interview_guide.storage.bounded_reader import MAX_DOCX_BYTES, read_bounded

MAX_FILE_BYTES = MAX_DOCX_BYTES  # a returned report on disk (compressed)
MAX_PART_BYTES = 24 * 1024 * 1024  # one XML part, uncompressed
MAX_TOTAL_BYTES = 48 * 1024 * 1024  # every part read from one file together, uncompressed
MAX_PARTS = 4000
MAX_DEPTH = 200  # XML nesting; a report is about 15 deep, Word's own limit is far below libxml2's 256
_CHUNK = 64 * 1024
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag: ``w("p")`` is ``{...main}p``."""
    return f"{{{NS['w']}}}{tag}"


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file of at most ``limit`` bytes through the shared bounded reader.

    Raises:
        ReportError: missing, a folder, pipe or device, too large, or unreadable.
    """
    return read_bounded(path, limit, what="Word document (.docx)", error=ReportError)


def _declared_part_count(data: bytes, source: str) -> int:
    # The end-of-central-directory record sits in the last 64 KiB (+22 bytes); its count of entries is
    # checked before zipfile builds one object per entry.
    tail_start = max(0, len(data) - (65535 + 22))
    at = data.rfind(_EOCD, tail_start)
    if at < 0 or at + 22 > len(data):
        raise ReportError(f"{source}: not a Word document (.docx); save it as .docx and try again")
    (count,) = struct.unpack_from("<H", data, at + 10)
    locator = at - 20
    if count == 0xFFFF and locator >= 0 and data[locator : locator + 4] == _EOCD64_LOCATOR:
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if offset + 56 > len(data):
            raise ReportError(f"{source}: the .docx is damaged (its zip directory points outside the file)")
        (count,) = struct.unpack_from("<Q", data, offset + 32)
    return int(count)


@dataclass
class DocxPackage:
    """The parts of a .docx, read on demand with every bound enforced."""

    source: str
    archive: zipfile.ZipFile
    names: set[str]
    read_total: int = 0
    _parsed: dict[str, etree._Element | None] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        """Whether the package holds a part of this name (without a leading slash)."""
        return name in self.names

    def read(self, name: str) -> bytes:
        """The bytes of a part, decompressed under the caps.

        Raises:
            ReportError: missing, compressed in an unsupported way, too large, or damaged.
        """
        if name not in self.names:
            raise ReportError(f"{self.source}: the .docx has no part {name}; it is damaged")
        info = self.archive.getinfo(name)
        if info.compress_type not in _ALLOWED_COMPRESSION:
            raise ReportError(
                f"{self.source}: the part {name} is compressed in a way Word does not use; save the "
                "report again in Word or LibreOffice"
            )
        out = io.BytesIO()
        size = 0
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    self.read_total += len(chunk)
                    if size > MAX_PART_BYTES or self.read_total > MAX_TOTAL_BYTES:
                        raise ReportError(
                            f"{self.source}: the part {name} unpacks to more than "
                            f"{MAX_PART_BYTES // (1024 * 1024)} MB; this is not a report as Word or "
                            "LibreOffice saves it (a zip bomb?)"
                        )
                    out.write(chunk)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError):
            raise ReportError(f"{self.source}: the part {name} of the .docx is damaged") from None
        return out.getvalue()

    def xml(self, name: str) -> etree._Element:
        """A part parsed as XML (cached).

        Raises:
            ReportError: the part is missing, too large, or not well-formed XML of the allowed kind.
        """
        if name not in self._parsed:
            self._parsed[name] = parse_xml(self.read(name), f"{self.source}: {name}")
        element = self._parsed[name]
        assert element is not None
        return element

    def optional_xml(self, name: str) -> etree._Element | None:
        """Like :meth:`xml`, or None when the part does not exist."""
        return self.xml(name) if self.has(name) else None

    def relationships(self, part: str) -> dict[str, tuple[str, str, bool]]:
        """The relationships of ``part``: id -> (type, target part name, external)."""
        folder = PurePosixPath(part).parent
        rels_name = str(folder / "_rels" / (PurePosixPath(part).name + ".rels")).lstrip("/")
        if rels_name.startswith("./"):
            rels_name = rels_name[2:]
        root = self.optional_xml(rels_name)
        if root is None:
            return {}
        result: dict[str, tuple[str, str, bool]] = {}
        for rel in root.iter(f"{{{NS['rel']}}}Relationship"):
            rel_id, kind, target = rel.get("Id"), rel.get("Type"), rel.get("Target")
            if not rel_id or not kind or target is None:
                raise ReportError(
                    f"{self.source}: {rels_name} has a relationship without an id, type or target"
                )
            external = rel.get("TargetMode") == "External"
            result[rel_id] = (kind, target if external else resolve_target(folder, target), external)
        return result

    def main_part(self) -> str:
        """The name of the main document part (normally ``word/document.xml``).

        Raises:
            ReportError: the package has no main document.
        """
        for kind, target, external in self.relationships("").values():
            if kind == REL_OFFICE_DOCUMENT and not external and self.has(target):
                return target
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise ReportError(f"{self.source}: the .docx has no main document; it is damaged")


def resolve_target(folder: PurePosixPath, target: str) -> str:
    """A relationship target as a part name without a leading slash (``../x`` resolved)."""
    path = PurePosixPath(target) if target.startswith("/") else folder / target
    parts: list[str] = []
    for piece in path.parts:
        if piece in ("/", "", "."):
            continue
        if piece == "..":
            if parts:
                parts.pop()
            continue
        parts.append(piece)
    return "/".join(parts)


def parse_xml(data: bytes, where: str) -> etree._Element:
    """Parse one XML part: no DTD, no entities, no network, bounded depth.

    Raises:
        ReportError: not well-formed, holds a DTD, or nests too deep.
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in head:
        raise ReportError(f"{where}: holds a document type declaration, which Word never writes; refused")
    depth = 0
    try:
        events = etree.iterparse(
            io.BytesIO(data),
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
        )
        root: etree._Element | None = None
        for event, element in events:
            if event == "start":
                depth += 1
                if depth > MAX_DEPTH:
                    raise ReportError(f"{where}: XML nested more than {MAX_DEPTH} levels deep; refused")
                if root is None:
                    root = element
            else:
                depth -= 1
    except etree.XMLSyntaxError as exc:
        raise ReportError(
            f"{where}: not well-formed XML ({_first_line(str(exc))}); the .docx is damaged"
        ) from None
    if root is None:
        raise ReportError(f"{where}: empty XML part; the .docx is damaged")
    return root


def _first_line(text: str) -> str:
    return text.splitlines()[0][:120] if text else "parse error"


def open_package(data: bytes, source: str) -> DocxPackage:
    """Open the zip of a .docx held in memory.

    Raises:
        ReportError: not a zip, too many parts, a part name twice, or a damaged directory.
    """
    count = _declared_part_count(data, source)
    if count > MAX_PARTS:
        raise ReportError(f"{source}: the .docx holds {count} parts; a report has a few dozen; refused")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, struct.error):
        raise ReportError(f"{source}: not a Word document (.docx); save it as .docx and try again") from None
    if len(infos) > MAX_PARTS:
        raise ReportError(f"{source}: the .docx holds {len(infos)} parts; a report has a few dozen; refused")
    names: set[str] = set()
    for info in infos:
        name = info.filename
        if name in names:
            raise ReportError(
                f"{source}: the .docx holds two parts named {name}; Word and this app could read different "
                "texts, so it is refused (save it again in Word or LibreOffice)"
            )
        names.add(name)
    return DocxPackage(source=source, archive=archive, names=names)


def open_docx(path: Path | str) -> DocxPackage:
    """Read a .docx from disk (a regular file under the size cap) and open it.

    Raises:
        ReportError: see :func:`read_regular_file` and :func:`open_package`.
    """
    path = Path(path)
    return open_package(read_regular_file(path), str(path))
