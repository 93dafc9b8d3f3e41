"""Benchmark one encrypted autosave of a 600-entry hearing against json.dumps + write + fsync of its data.

Run ``.venv/bin/python bench/autosave.py [--entries N] [--runs N] [--dir DIR]``. The hearing has 600
entries with answers of about 120 words each (a few much longer) and some audit events. Compared:

* baseline: ``json.dumps`` of the hearing's JSON data (indented as the file, and compact, which uses
  the faster C encoder), written to one file, flushed and fsynced; the ratio is against the faster;
* snapshot: ``Autosaver.snapshot(hearing)`` + ``flush()``: serialise on the calling thread, then on the
  worker AES-256-GCM with the case key, temp file, fsync, rename, folder fsync, and pruning;
* journal edit: one answer edit as the app makes it (``HearingController.set_answer``, whose
  ``record_changed`` paths go to ``record_change``) + ``flush()`` (what most keystroke bursts cost);
  also the bytes one such keystroke journals when the hearing has 200 audit events, against what
  journalling the whole audit trail would cost.

The median of N runs counts. Also printed: the time the calling (UI) thread spends in ``snapshot()``
and ``record_change()`` (budget 50 ms), and the key derivation with the default KDF (done once per
opened case). Target: snapshot at most 1.5x the baseline. fsync times depend on the disk: run it on
the laptop's own disk with ``--dir``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication  # noqa: E402

from interview_guide.core import editing  # noqa: E402
from interview_guide.core.hearing import BankRef, ClaimType, Hearing  # noqa: E402
from interview_guide.storage import Autosaver, CaseKey, default_kdf, op_for  # noqa: E402
from interview_guide.storage.bank_files import load_banks  # noqa: E402
from interview_guide.ui.controller import HearingController  # noqa: E402

TARGET = 1.5
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
WORDS = (
    "ik woonde met mijn moeder en broer in een klein huis bij de rivier toen het gebeurde daarna ging ik "
    "naar de stad waar ik werk vond bij een bakker en daar ontmoette ik hem voor het eerst wij spraken "
    "elke avond over ons leven over geloof over angst en over wat mijn familie zou zeggen als zij het wisten"
).split()


def build_hearing(entries: int) -> Hearing:
    """A long, realistic hearing: answers of about 120 words, every 50th about 1,500 words."""
    rng = random.Random(600)
    hearing = editing.new_hearing([ClaimType.LGBTI], [BankRef(id="lgbti", version="1.0")], T0)
    hearing.case.applicant_name = "Bench Applicant"
    for n in range(1, entries + 1):
        at = T0 + dt.timedelta(minutes=n // 3)
        editing.add_entry(hearing, "life-now", " ".join(rng.choices(WORDS, k=15)) + "?", at)
        words = 1500 if n % 50 == 0 else 120
        editing.set_answer(hearing, n, " ".join(rng.choices(WORDS, k=words)), at)
        editing.log_answer(hearing, n, at)
        if n % 40 == 0:  # a later correction: an audit event
            editing.set_answer(hearing, n, hearing.entry(n).answer_text + " (corrected)", at)
    return hearing


def keystroke_bytes(audit_events: int) -> tuple[int, int]:
    """The JSON bytes one answer keystroke journals through the controller, with ``audit_events``
    earlier corrections in the record; and the bytes of the whole audit trail, for comparison."""
    hearing = build_hearing(20)
    answer = " ".join(WORDS[:40])
    at = T0
    for n in range(audit_events):  # each correction in its own editing burst: one event each
        editing.set_answer(hearing, 1 + n % 20, f"{answer} ({n})", at)
        at += dt.timedelta(minutes=3)
    controller = HearingController(load_banks(), clock=lambda: at)
    controller.load(hearing, path=None)
    paths: list[str] = []
    controller.record_changed.connect(paths.append)
    controller.set_answer(5, hearing.entry(5).answer_text + " x")
    size = sum(len(json.dumps(op_for(hearing, p), ensure_ascii=False).encode()) for p in paths)
    whole = len(json.dumps(op_for(hearing, "audit_trail"), ensure_ascii=False).encode())
    return size, whole


def median_ms(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=600)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--dir", type=Path, default=None, help="where to write (default: the temp folder)")
    args = parser.parse_args()

    QCoreApplication.instance() or QCoreApplication([])
    hearing = build_hearing(args.entries)
    controller = HearingController(load_banks(), clock=lambda: T0)
    controller.load(hearing, path=None)
    start = time.perf_counter()
    key = CaseKey.derive("a passphrase for the benchmark")
    kdf_ms = (time.perf_counter() - start) * 1000

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="ig-bench-") as tmp:
        folder = Path(tmp)
        data = hearing.model_dump(mode="json")
        size = len(json.dumps(data, ensure_ascii=False, indent=1).encode())

        def write_fsync(payload: bytes) -> None:
            with open(folder / "baseline.json", "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())

        def baseline() -> None:  # the file's own layout (indent=1): Python's encoder, not the C one
            write_fsync(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

        def baseline_compact() -> None:  # compact JSON: the C encoder, the fastest json.dumps
            write_fsync(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

        saver = Autosaver.start(hearing, key=key, root=folder)
        saver.flush(30)
        caller: list[float] = []

        def snapshot() -> None:
            begin = time.perf_counter()
            saver.snapshot(hearing)
            caller.append(time.perf_counter() - begin)
            saver.flush(30)

        counter = iter(range(10**9))
        edit_caller: list[float] = []
        paths: list[str] = []
        controller.record_changed.connect(paths.append)

        def journal_edit() -> None:  # as the app does it: the controller names what to journal
            number = 1 + next(counter) % len(hearing.entries)
            begin = time.perf_counter()
            paths.clear()
            controller.set_answer(number, hearing.entry(number).answer_text + " x")
            saver.record_change(hearing, *paths)
            edit_caller.append(time.perf_counter() - begin)
            saver.flush(30)

        baseline()  # warm up the file system and the code paths
        snapshot()
        base_ms = median_ms(args.runs, baseline)
        compact_ms = median_ms(args.runs, baseline_compact)
        snap_ms = median_ms(args.runs, snapshot)
        edit_ms = median_ms(args.runs, journal_edit)
        saver.close()

    ratio = snap_ms / min(base_ms, compact_ms)  # against the faster baseline
    key_bytes, trail_bytes = keystroke_bytes(200)
    print(f"hearing: {args.entries} entries, {size / 1e6:.2f} MB of JSON; {args.runs} runs, median")
    print(f"key derivation (once per opened case): {kdf_ms:7.1f} ms  {default_kdf()}")
    print(f"baseline json.dumps + write + fsync:   {base_ms:7.1f} ms (indent=1, as the file)")
    print(f"baseline, compact json.dumps:          {compact_ms:7.1f} ms")
    print(
        f"autosave snapshot, encrypted:          {snap_ms:7.1f} ms  ratio {ratio:.2f}x (target <= {TARGET}x)"
    )
    print(f"autosave journal edit, encrypted:      {edit_ms:7.1f} ms")
    print(
        f"one answer keystroke with 200 audit events journals {key_bytes:,} bytes of JSON "
        f"(the whole audit trail: {trail_bytes:,} bytes, {trail_bytes / key_bytes:.0f}x more); budget 2 KB"
    )
    print(
        f"calling thread: snapshot() {statistics.median(caller) * 1000:.1f} ms "
        f"(max {max(caller) * 1000:.1f}), "
        f"edit + record_change() {statistics.median(edit_caller) * 1000:.2f} ms "
        f"(max {max(edit_caller) * 1000:.2f}); budget 50 ms"
    )
    return 0 if ratio <= TARGET and key_bytes < 2048 else 1


if __name__ == "__main__":
    raise SystemExit(main())
