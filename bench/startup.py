"""Start-up of the full window on the demo case, against a baseline, as whole processes (offscreen).

Without ``--command``: the installed app (this Python's ``-m interview_guide``) against a bare
QApplication with an empty QWizard. Aim: at most 2x the time, at most 1.5x the peak memory.

It is measured twice: with an empty data folder, and with a data folder as an officer's laptop has it
after a crash (a killed hearing's autosave, waiting to be recovered, and recent files); with
``--quit-when-shown`` the app never shows a dialog, so the recovery question is not asked.

With ``--floor``: the baseline with the record's models imported and built (pydantic), no window of
the app, against the bare baseline: how much of the aim the data model alone takes.

With ``--command CMD``: that command (for example the self-contained bundle, or the bundle run inside
a chroot) against the installed app. ``gui --demo --quit-when-shown`` is appended to either command.

Both run alternately, several times; the medians and their ratios are printed: wall-clock time (what
the officer waits), CPU time (steadier on a busy machine) and peak resident memory.

    .venv/bin/python bench/startup.py [--runs 7]
    .venv/bin/python bench/startup.py --floor
    .venv/bin/python bench/startup.py --command dist/interview-guide/interview-guide
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv)
wizard = QWizard()
wizard.addPage(QWizardPage())
wizard.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""
# The floor under the aim: the baseline plus only what the app must have before it can show a hearing,
# the record's models (pydantic, fixed by the user) as they are imported and built at start-up, with
# no window, page or feature of the app.
FLOOR = (
    "import interview_guide.core.bank, interview_guide.core.hearing, interview_guide.storage.app_settings\n"
)
GUI_ARGS = ["gui", "--demo", "--quit-when-shown"]
TIME_AIM, MEMORY_AIM = 2.0, 1.5


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system
    peak_kb: int  # peak resident set size


def measured(command: list[str], env: dict[str, str]) -> Run:
    """Run ``command`` to its end; its wall-clock and CPU time and its peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{shlex.join(command)} failed with status {process.returncode}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def crashed_data_folder(folder: Path) -> None:
    """A data folder after a crash: an unfinished autosaved hearing, recent files, settings."""
    from interview_guide.demo import build_demo_case
    from interview_guide.storage import Autosaver, save_case
    from interview_guide.storage.app_settings import AppSettings, save_settings

    os.environ["INTERVIEW_GUIDE_DATA_DIR"] = str(folder)
    hearing = build_demo_case("both", "nl")
    saver = Autosaver.start(hearing, root=folder)  # the data folder's own autosave place
    assert saver.close(keep_session=True), "the unfinished session was not written"
    settings = AppSettings()
    for name in ("V1234567890.igcase", "training-demo.igcase", "V9900012345.igcase"):
        case = folder / "cases" / name
        case.parent.mkdir(exist_ok=True)
        save_case(hearing, case)
        settings.remember_case(case, hearing.case.v_number, None)  # plain: a training file
    save_settings(settings)


def compare(label: str, app: list[str], baseline: list[str], env: dict[str, str], runs: int) -> float:
    """Time ``app`` against ``baseline`` alternately; print the medians and ratios; return the time ratio."""
    measured(app, env)  # warm the file cache for both
    measured(baseline, env)
    apps, bases = [], []
    for _ in range(runs):
        bases.append(measured(baseline, env))
        apps.append(measured(app, env))

    def median(values: list[Run], field: str) -> float:
        return float(statistics.median(getattr(run, field) for run in values))

    wall = median(apps, "wall") / median(bases, "wall")
    cpu = median(apps, "cpu") / median(bases, "cpu")
    memory = median(apps, "peak_kb") / median(bases, "peak_kb")
    print(f"{label} (median of {runs})")
    for name, values in (("baseline", bases), ("app", apps)):
        wall_ms, cpu_ms = median(values, "wall") * 1000, median(values, "cpu") * 1000
        memory_mb = median(values, "peak_kb") / 1024
        print(f"  {name:8s} wall {wall_ms:6.0f} ms   cpu {cpu_ms:6.0f} ms   peak memory {memory_mb:5.0f} MB")
    print(
        f"  ratio: time {wall:.2f}x (aim: at most {TIME_AIM}x; cpu {cpu:.2f}x), "
        f"peak memory {memory:.2f}x (aim: at most {MEMORY_AIM}x)"
    )
    return wall


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--command", help="the app command to time against the installed app (shell words; e.g. the bundle)"
    )
    parser.add_argument(
        "--floor", action="store_true", help="time the baseline with the record's models, no app window"
    )
    args = parser.parse_args()
    installed = [sys.executable, "-m", "interview_guide", *GUI_ARGS]
    if args.floor:
        with tempfile.TemporaryDirectory() as empty:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INTERVIEW_GUIDE_DATA_DIR": empty}
            floor = [sys.executable, "-c", FLOOR + BASELINE]
            label = "the baseline with the record's models (no window of the app) against the bare baseline"
            compare(label, floor, [sys.executable, "-c", BASELINE], env, args.runs)
        return 0
    if args.command:
        app = [*shlex.split(args.command), *GUI_ARGS]
        baseline = installed
        label = f"{args.command} against the installed app"
    else:
        app, baseline = installed, [sys.executable, "-c", BASELINE]
        label = "interview-guide gui --demo --quit-when-shown against a bare QApplication and empty QWizard"
    ratios = []
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as crashed:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INTERVIEW_GUIDE_DATA_DIR": empty}
        ratios.append(compare(label + ", empty data folder", app, baseline, env, args.runs))
        crashed_data_folder(Path(crashed))
        env = {**env, "INTERVIEW_GUIDE_DATA_DIR": crashed}
        ratios.append(
            compare(label + ", after a crash (autosave, recent files)", app, baseline, env, args.runs)
        )
    return 0 if args.command or max(ratios) <= TIME_AIM else 1


if __name__ == "__main__":
    raise SystemExit(main())
