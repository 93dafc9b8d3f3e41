"""A hostile or broken .docx gets one clean line and exit status 2, within a bounded amount of memory.

Every file here is handed to ``import-corrections`` and ``check-report`` on the command line: a zip
bomb (1 MB that unpacks to 1 GB), a part whose zip entry lies about its size, malformed XML in the
document, a footer or the relationships, a DTD with entity expansion, nesting 100,000 deep, a row with
no cells, a part name twice, a FIFO, a folder, a file too large, an unsupported compression method,
"Strict Open XML", a broken embedded copy. The memory test runs each in a child process and reads
its peak resident size from the kernel.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from report_helpers import export_kept
from test_report_data import rich_hearing

from interview_guide.cli import main
from interview_guide.core.hearing import Hearing
from interview_guide.report.docx_package import MAX_FILE_BYTES
from interview_guide.storage import save_case

MEMORY_LIMIT_MB = 200


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Hearing, Path, dict[str, bytes]]:
    """A genuine report and its parts, to break one at a time."""
    hearing = rich_hearing()
    path = tmp_path_factory.mktemp("hostile") / "report.docx"
    export_kept(hearing, path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    return hearing, path, parts


def rezip(
    parts: dict[str, bytes], *, extra: list[tuple[str, bytes]] = (), method: int = zipfile.ZIP_DEFLATED
) -> bytes:  # type: ignore[assignment]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        for name, data in extra:
            archive.writestr(name, data)
    return out.getvalue()


def _raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip from (name, raw deflate data, CRC-32, uncompressed size) entries, written by hand."""
    out = io.BytesIO()
    central = io.BytesIO()
    for name, data, crc, size in entries:
        offset = out.tell()
        encoded = name.encode()
        header = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        out.write(header + encoded + data)
        central.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    out.write(central.getvalue())
    out.write(
        struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central.getvalue()), start, 0
        )
    )
    return out.getvalue()


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def bomb(parts: dict[str, bytes]) -> bytes:
    """document.xml replaced by 1 GB of spaces inside a valid root: about 1 MB compressed.

    The 1 GB is never held or compressed as a whole: one 16 MB block, compressed and flushed to a
    byte boundary, is repeated 64 times (a valid deflate stream), and the CRC is computed block by block.
    """
    head = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    block = b" " * (16 * 1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    end = packer.compress(b"</w:document>") + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(64):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(b"</w:document>", crc)
    size = len(head) + 64 * len(block) + len(b"</w:document>")
    entries = [
        (name, _deflate(data), zlib.crc32(data), len(data))
        for name, data in parts.items()
        if name != "word/document.xml"
    ]
    entries.append(("word/document.xml", start + repeated * 64 + end, crc, size))
    return _raw_zip(entries)


def lying_size(parts: dict[str, bytes]) -> bytes:
    """document.xml's central directory entry claims 100 bytes; the data is far larger."""
    data = bytearray(rezip(parts))
    name = b"word/document.xml"
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        assert at >= 0
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == name:
            struct.pack_into("<I", data, at + 24, 100)  # uncompressed size
            break
        at += 4
    return bytes(data)


def replaced(parts: dict[str, bytes], name: str, data: bytes) -> bytes:
    return rezip({**parts, name: data})


DEEP = (
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    + (b"<w:sdt><w:sdtContent>" * 100_000)
    + b"</w:sdtContent></w:sdt>" * 100_000
    + b"</w:body></w:document>"
)
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9))
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>&j;</w:t></w:r></w:p></w:body></w:document>"
)


def _no_cells(parts: dict[str, bytes]) -> bytes:
    """An empty row (no cells) right after the heading row of the questions-and-answers table."""
    xml = parts["word/document.xml"]
    end = xml.index(b"</w:tr>", xml.index(b">Nr.<")) + len(b"</w:tr>")
    return replaced(parts, "word/document.xml", xml[:end] + b"<w:tr/>" + xml[end:])


def _footer_name(parts: dict[str, bytes]) -> str:
    return next(name for name in parts if name.startswith("word/footer"))


CASES: dict[str, tuple[Callable[[dict[str, bytes]], bytes], str]] = {
    "zip bomb": (bomb, "unpacks to more than"),
    "lying size": (lying_size, "is damaged"),
    "bad document xml": (
        lambda p: replaced(p, "word/document.xml", p["word/document.xml"][:-40]),
        "not well-formed XML",
    ),
    "bad footer xml": (lambda p: replaced(p, _footer_name(p), b"<w:ftr><w:p>"), "not well-formed XML"),
    "bad relationships": (
        lambda p: replaced(p, "word/_rels/document.xml.rels", b"<Relationships><Relationship"),
        "not well-formed XML",
    ),
    "entity expansion": (lambda p: replaced(p, "word/document.xml", LAUGHS), "document type declaration"),
    "deep nesting": (lambda p: replaced(p, "word/document.xml", DEEP), "nested more than"),
    "row without cells": (_no_cells, ""),
    "duplicate part": (
        lambda p: rezip(p, extra=[("word/document.xml", b"<w:document/>")]),
        "holds two parts named word/document.xml",
    ),
    "bzip2 part": (lambda p: rezip(p, method=zipfile.ZIP_BZIP2), "compressed in a way Word does not use"),
    "not a zip": (lambda p: b"PK\x03\x04 this is no zip at all", "not a Word document"),
    "empty zip": (lambda p: rezip({}), "no main document"),
    "strict ooxml": (
        lambda p: replaced(
            p,
            "word/document.xml",
            p["word/document.xml"].replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            ),
        ),
        "Strict Open XML",
    ),
    "broken copy": (
        lambda p: replaced(
            p,
            next(n for n, d in p.items() if b"urn:interview-guide:recorded-copy:1" in d),
            b'<ig:recordedCopy xmlns:ig="urn:interview-guide:recorded-copy:1" lang="nl" hash="x">{not json',
        ),
        "not well-formed XML",
    ),
}


@pytest.fixture(scope="module")
def hostile(
    report: tuple[Hearing, Path, dict[str, bytes]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Every hostile file, made once (the zip bomb takes a few seconds to compress)."""
    folder = tmp_path_factory.mktemp("files")
    files = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate part it writes
        for name, (make, _) in CASES.items():
            path = folder / f"{name.replace(' ', '-')}.docx"
            path.write_bytes(make(report[2]))
            files[name] = path
    return files


@pytest.mark.parametrize("name", list(CASES))
def test_one_clean_line_and_exit_2(
    name: str,
    report: tuple[Hearing, Path, dict[str, bytes]],
    hostile: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    hearing = report[0]
    expected = CASES[name][1]
    path = hostile[name]
    case = tmp_path / "case.igcase"
    save_case(hearing, case)
    before = case.read_bytes()
    status = main(["import-corrections", str(case), str(path)])
    captured = capsys.readouterr()
    if name == "row without cells":  # damaged but readable: every entry imports, the damage is named
        assert status == 0 and captured.err == "vragen en antwoorden: 1 rijen zonder cellen\n"
        assert main(["check-report", str(path)]) == 2
        return
    assert status == 2
    assert captured.err.count("\n") == 1 and captured.err.startswith("interview-guide: "), captured.err
    assert expected in captured.err and "Traceback" not in captured.err
    assert case.read_bytes() == before
    assert main(["check-report", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err


def test_special_files_and_sizes(
    report: tuple[Hearing, Path, dict[str, bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hearing, _, _ = report
    case = tmp_path / "case.igcase"
    save_case(hearing, case)
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    big = tmp_path / "big.docx"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    cases = (
        (fifo, "is a pipe (FIFO), not a Word document"),
        (tmp_path, "is a folder"),
        (big, "is too large"),
    )
    for path, expected in cases:
        assert main(["import-corrections", str(case), str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and expected in err, err


_CHILD = """
import os, sys
from interview_guide.cli import main
try:
    status = main(sys.argv[1:])
finally:
    # The peak resident size of this process since exec (ru_maxrss would include the parent's at fork).
    peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    open(os.environ["PEAK_FILE"], "w").write(peak.split()[1])
sys.exit(status)
"""


def _peak_mb(args: list[str], peak_file: Path) -> tuple[int, float, str]:
    """Run the command line in a child process; its exit status, peak memory in MB, and stderr."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        capture_output=True,
        env={**os.environ, "PEAK_FILE": str(peak_file)},
        timeout=600,
    )
    return done.returncode, int(peak_file.read_text()) / 1024, done.stderr.decode()


@pytest.mark.parametrize("name", ["zip bomb", "deep nesting", "entity expansion", "lying size"])
def test_memory_stays_under_the_limit(
    name: str, report: tuple[Hearing, Path, dict[str, bytes]], hostile: dict[str, Path], tmp_path: Path
) -> None:
    case = tmp_path / "case.igcase"
    save_case(report[0], case)
    for args in (["import-corrections", str(case), str(hostile[name])], ["check-report", str(hostile[name])]):
        status, peak, err = _peak_mb(args, tmp_path / "peak")
        assert status == 2 and err.count("\n") == 1, err
        assert peak < MEMORY_LIMIT_MB, f"{name}: {peak:.0f} MB"
