"""Start-up time of the full window on the demo case, against a baseline, as whole processes (offscreen).

Without ``--command``: the installed app (this Python's ``-m interview_guide``) against a bare
QApplication with an empty QWizard. Aim: at most 2x.

With ``--command CMD``: that command (for example the self-contained bundle, or the bundle run inside
a chroot) against the installed app. ``gui --demo --quit-when-shown`` is appended to either command.

Both run alternately, several times; the medians and their ratio are printed.

    .venv/bin/python bench/startup.py [--runs 7]
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
GUI_ARGS = ["gui", "--demo", "--quit-when-shown"]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--command", help="the app command to time against the installed app (shell words; e.g. the bundle)"
    )
    args = parser.parse_args()
    installed = [sys.executable, "-m", "interview_guide", *GUI_ARGS]
    if args.command:
        measured = (f"{args.command} {' '.join(GUI_ARGS)}", [*shlex.split(args.command), *GUI_ARGS])
        baseline = ("installed app: python -m interview_guide " + " ".join(GUI_ARGS), installed)
        aim = ""
    else:
        measured = ("interview-guide " + " ".join(GUI_ARGS), installed)
        baseline = ("bare QApplication + empty QWizard", [sys.executable, "-c", BASELINE])
        aim = " (aim: at most 2x)"
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INTERVIEW_GUIDE_DATA_DIR": data}
        timed(measured[1], env)  # warm the file cache for both
        timed(baseline[1], env)
        measured_s, baseline_s = [], []
        for _ in range(args.runs):
            baseline_s.append(timed(baseline[1], env))
            measured_s.append(timed(measured[1], env))
    app_s, base_s = statistics.median(measured_s), statistics.median(baseline_s)
    print(f"{baseline[0]}: {base_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"{measured[0]}: {app_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio: {app_s / base_s:.2f}x{aim}")


if __name__ == "__main__":
    main()
