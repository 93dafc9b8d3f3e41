"""Start-up time of the full window on the demo case, against a bare QApplication with an empty QWizard.

Both run as whole processes (offscreen), alternately, several times; the medians and their ratio are
printed. Aim: at most 2x.

    .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
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


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INTERVIEW_GUIDE_DATA_DIR": data}
        app = [sys.executable, "-m", "interview_guide", "gui", "--demo", "--quit-when-shown"]
        bare = [sys.executable, "-c", BASELINE]
        timed(app, env)  # warm the file cache for both
        timed(bare, env)
        apps, bares = [], []
        for _ in range(args.runs):
            bares.append(timed(bare, env))
            apps.append(timed(app, env))
    app_s, bare_s = statistics.median(apps), statistics.median(bares)
    print(f"bare QApplication + empty QWizard: {bare_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"interview-guide gui --demo --quit-when-shown: {app_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio: {app_s / bare_s:.2f}x (aim: at most 2x)")


if __name__ == "__main__":
    main()
