"""Benchmark the Word export of a long hearing against a plain python-docx script, then LibreOffice's layout.

Run ``.venv/bin/python bench/export.py [--runs N] [--keep DIR]``. A 600-entry hearing of about 150,000
words (one answer of about 12,000 words in 100 paragraphs, right-to-left text, markup, template syntax
and control characters) is exported by ``interview-guide export`` and, for comparison, written into a
four-column table by a plain python-docx script (one paragraph per line). Both run as whole processes
(start-up and reading the input included); the best of N runs counts. Then LibreOffice converts each
file to PDF (after a warm-up that creates its profile) and the layout times are compared.

Targets: export at most 1.5x the plain script and layout at most 1.2x; the benchmark fails (exit 1)
above the hard limits of 3x and 2x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interview_guide.core import editing  # noqa: E402
from interview_guide.core.hearing import BankRef, ClaimType, Hearing  # noqa: E402
from interview_guide.storage import save_case  # noqa: E402

ENTRIES, LONG_ENTRY = 600, 300
TARGET_EXPORT, LIMIT_EXPORT, TARGET_LAYOUT, LIMIT_LAYOUT = 1.5, 3.0, 1.2, 2.0
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
WORDS = (
    "ik woonde met mijn moeder en broer in een klein huis bij de rivier toen het gebeurde daarna ging ik "
    "naar de stad waar ik werk vond bij een bakker en daar ontmoette ik hem voor het eerst wij spraken "
    "elke avond over ons leven over geloof over angst en over wat mijn familie zou zeggen als zij het wisten"
).split()
RTL_LINES = (
    "من در تهران زندگی می‌کردم و هیچ‌کس نمی‌دانست.",
    "او گفت: «ما در سال 2019 به Istanbul رفتیم.»",
    "كنت أذهب إلى الكنيسة سراً كل يوم أحد.",
    "שלום, אני מדבר עברית.",
)
HOSTILE = 'Tags <b>x</b> & "q" {{ case.v_number }} {% if x %}y{% endif %} {#c#} \x01\x07\x0b\x1b\ufffe'

PLAIN_SCRIPT = r"""
import json, sys
from docx import Document
entries = json.load(open(sys.argv[1], encoding="utf-8"))
doc = Document()
table = doc.add_table(rows=1, cols=4)
for cell, text in zip(table.rows[0].cells, ("Nr.", "Vraag", "Antwoord", "Correcties en aanvullingen")):
    cell.text = text
for entry in entries:
    cells = table.add_row().cells
    cells[0].text = str(entry["number"])
    cells[1].text = entry["question"]
    lines = entry["answer"].split("\n")
    cells[2].paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cells[2].add_paragraph(line)
doc.save(sys.argv[2])
"""


def build_hearing() -> Hearing:
    """The 600-entry hearing (deterministic)."""
    rnd = random.Random(600)
    hearing = editing.new_hearing([ClaimType.CONVERSION], [BankRef(id="conversion", version="1.0")], T0)
    hearing.case.v_number, hearing.case.applicant_name = "1234567890", "Bench Applicant"

    def line(words: int) -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(words)).capitalize() + "."

    for number in range(1, ENTRIES + 1):
        asked = T0 + dt.timedelta(minutes=number)
        editing.add_entry(hearing, f"pillar-{(number - 1) // 50 + 1}", f"Vraag {number}: {line(9)}", asked)
        if number == LONG_ENTRY:
            lines = [line(120) for _ in range(100)]
        else:
            lines = [line(57) for _ in range(4)]
        if number % 10 == 0:
            lines.append(RTL_LINES[(number // 10) % len(RTL_LINES)])
        if number % 25 == 0:
            lines.append(HOSTILE)
        # Assigned directly so the control characters reach the report, which must drop them itself.
        hearing.entries[-1].answer_text = "\n".join(lines)
    return hearing


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    """Run ``command`` to completion; its wall-clock time in seconds."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def soffice_command(profile: Path, source: Path, out_dir: Path) -> list[str]:
    """A headless PDF conversion with its own profile folder."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice") or "soffice"
    return [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        str(source),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="runs of each export (the best counts)")
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    parser.add_argument("--no-layout", action="store_true", help="skip the LibreOffice part")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ig-bench-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "INTERVIEW_GUIDE_DATA_DIR": str(work / "data")}

    hearing = build_hearing()
    case, entries_json = work / "bench.igcase", work / "entries.json"
    save_case(hearing, case)
    entries = [
        {"number": e.number, "question": e.question_text, "answer": e.answer_text} for e in hearing.entries
    ]
    # The plain script gets text that lxml accepts (it has no sanitiser of its own).
    from interview_guide.core.sanitize import clean_text

    for item in entries:
        item["answer"] = clean_text(str(item["answer"]))
    entries_json.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    script = work / "plain_python_docx.py"
    script.write_text(PLAIN_SCRIPT, encoding="utf-8")
    words = sum(len(e.question_text.split()) + len(e.answer_text.split()) for e in hearing.entries)
    longest = max(len(e.answer_text.split()) for e in hearing.entries)
    print(f"hearing: {len(hearing.entries)} entries, {words:,} words, longest answer {longest:,} words")

    ours, plain = work / "report.docx", work / "plain.docx"
    ours_cmd = [sys.executable, "-m", "interview_guide", "export", str(case), "-o", str(ours), "--lang", "nl"]
    plain_cmd = [sys.executable, str(script), str(entries_json), str(plain)]
    ours_times, plain_times = [], []
    for _ in range(max(1, args.runs)):  # interleaved, so both see the same machine load
        plain_times.append(timed(plain_cmd, env))
        ours_times.append(timed(ours_cmd, env))
    export_ratio = min(ours_times) / min(plain_times)
    print(
        f"export, whole process (best of {len(ours_times)}): interview-guide {min(ours_times):.2f} s, "
        f"plain python-docx {min(plain_times):.2f} s, ratio {export_ratio:.2f}x "
        f"(target {TARGET_EXPORT}x, limit {LIMIT_EXPORT}x)"
    )
    status = 0 if export_ratio <= LIMIT_EXPORT else 1

    if not args.no_layout:
        if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
            print("layout: LibreOffice (soffice) not found; skipped")
        else:
            profile, pdf_dir = work / "lo-profile", work / "pdf"
            warm = work / "warm.docx"
            shutil.copy(plain, warm)
            timed(soffice_command(profile, warm, pdf_dir))  # creates the profile
            ours_layout = timed(soffice_command(profile, ours, pdf_dir))
            plain_layout = timed(soffice_command(profile, plain, pdf_dir))
            layout_ratio = ours_layout / plain_layout
            print(
                f"layout, LibreOffice docx -> pdf: interview-guide {ours_layout:.2f} s, plain python-docx "
                f"{plain_layout:.2f} s, ratio {layout_ratio:.2f}x "
                f"(target {TARGET_LAYOUT}x, limit {LIMIT_LAYOUT}x)"
            )
            if layout_ratio > LIMIT_LAYOUT:
                status = 1
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"files kept in {work}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
