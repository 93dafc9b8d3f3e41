"""Benchmark one encrypted autosave of a 600-entry hearing against json.dumps + write + fsync of its data.

Run ``.venv/bin/python bench/autosave.py [--entries N] [--runs N] [--dir DIR]``. The hearing has 600
entries with answers of about 120 words each (a few much longer) and some audit events. Compared:

* baseline: ``json.dumps`` of the hearing's JSON data (indented as the file, and compact, which uses
  the faster C encoder), written to one file, flushed and fsynced; the ratio is against the faster;
* snapshot: ``Autosaver.snapshot(hearing)`` + ``flush()``: serialise on the calling thread, then on the
  worker AES-256-GCM with the case key, temp file, fsync, rename, folder fsync, and pruning;
* journal edit: one answer edit through ``record_change`` + ``flush()`` (what most keystroke bursts cost).

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

from interview_guide.core import editing  # noqa: E402
from interview_guide.core.hearing import BankRef, ClaimType, Hearing  # noqa: E402
from interview_guide.storage import DEFAULT_KDF, Autosaver, CaseKey, edit_paths  # noqa: E402

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

    hearing = build_hearing(args.entries)
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

        def journal_edit() -> None:
            number = 1 + next(counter) % len(hearing.entries)
            begin = time.perf_counter()
            before = len(hearing.audit_trail)
            editing.set_answer(hearing, number, hearing.entry(number).answer_text + " x", T0)
            saver.record_change(hearing, *edit_paths(hearing, number, before))
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
    print(f"hearing: {args.entries} entries, {size / 1e6:.2f} MB of JSON; {args.runs} runs, median")
    print(f"key derivation (once per opened case): {kdf_ms:7.1f} ms  {DEFAULT_KDF}")
    print(f"baseline json.dumps + write + fsync:   {base_ms:7.1f} ms (indent=1, as the file)")
    print(f"baseline, compact json.dumps:          {compact_ms:7.1f} ms")
    print(
        f"autosave snapshot, encrypted:          {snap_ms:7.1f} ms  ratio {ratio:.2f}x (target <= {TARGET}x)"
    )
    print(f"autosave journal edit, encrypted:      {edit_ms:7.1f} ms")
    print(
        f"calling thread: snapshot() {statistics.median(caller) * 1000:.1f} ms "
        f"(max {max(caller) * 1000:.1f}), "
        f"edit + record_change() {statistics.median(edit_caller) * 1000:.2f} ms "
        f"(max {max(edit_caller) * 1000:.2f}); budget 50 ms"
    )
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
