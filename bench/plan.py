"""Benchmark working out the hearing plan (bank conditions) against the frame edit that triggers it.

Run ``.venv/bin/python bench/plan.py [--runs N]``. When the officer types in a field of the case or
the reference frame, the wizard works out the plan again (``core.bank_plan.plan_hearing`` over the
shipped banks) to reorder and grey its side list. Compared, per keystroke:

* baseline: the edit itself as the app makes it, ``HearingController.set_frame_field`` on a free-text
  field (pydantic validation on assignment, the change signals to the journal);
* plan: ``plan_hearing`` over every shipped bank, for a frame where many conditions apply (a trans
  convert on a passive route whose first contact was on the way);
* inputs: ``plan_inputs``, what the wizard compares first: it works the plan out again only when a
  value a condition reads has changed (free text only as filled in or not), so most keystrokes in
  the frame cost this, not the plan.

The median of N runs counts; printed as the ratio plan / baseline and in milliseconds. Budget: the
plan stays well under a frame (16 ms) so typing in the frame never stutters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication  # noqa: E402

from interview_guide.core.bank_plan import (  # noqa: E402
    condition_fields,
    plan_hearing,
    plan_inputs,
    subject_of,
)
from interview_guide.core.hearing import ClaimType  # noqa: E402
from interview_guide.storage.bank_files import load_banks  # noqa: E402
from interview_guide.ui.controller import HearingController  # noqa: E402

BUDGET_MS = 16.0
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _median_ms(action: object, runs: int, repeat: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(repeat):
            action()  # type: ignore[operator]
        times.append((time.perf_counter() - start) / repeat * 1000)
    return statistics.median(times)


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    QCoreApplication.instance() or QCoreApplication([])
    banks = load_banks()
    controller = HearingController(banks, clock=lambda: T0)
    controller.new_hearing([ClaimType.LGBTI, ClaimType.CONVERSION])
    hearing = controller.require()
    frame = hearing.reference_frame
    frame.sogiesc = ["transgender"]  # type: ignore[list-item]
    frame.conversion_route = "passive"  # type: ignore[assignment]
    frame.first_contact_place = "transit"  # type: ignore[assignment]
    text = iter(range(10**9))

    def edit() -> None:
        controller.set_frame_field("family_notes", f"note {next(text)}")

    def plan() -> None:
        plan_hearing(controller.hearing_banks(), subject_of(hearing))

    fields = condition_fields(controller.hearing_banks())

    def inputs() -> None:
        plan_inputs(fields, subject_of(hearing))

    themes = len(plan_hearing(controller.hearing_banks(), subject_of(hearing)))
    questions = sum(len(t.questions) for b in controller.hearing_banks() for t in b.themes)
    baseline = _median_ms(edit, args.runs, 200)
    planned = _median_ms(plan, args.runs, 50)
    versions = ", ".join(f"{b.id} {b.version}" for b in banks.banks)
    print(f"banks: {versions}; {themes} themes, {questions} questions")
    print(f"baseline (one frame edit):   {baseline:7.3f} ms")
    compared = _median_ms(inputs, args.runs, 200)
    print(f"plan (all conditions):       {planned:7.3f} ms   ratio {planned / baseline:5.1f}x")
    print(f"inputs (what is compared):   {compared:7.3f} ms   ratio {compared / baseline:5.2f}x")
    print(f"budget {BUDGET_MS:.0f} ms: {'within' if planned < BUDGET_MS else 'OVER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
