"""The window's shortcuts on a real X11 display (Xvfb), where Qt's Unix key bindings apply: the
offscreen platform used by the other GUI tests has none, so it cannot show this fault."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).parent / "drivers" / "ctrl_e_x11.py"


def test_ctrl_e_in_a_line_field_opens_the_own_question_box(tmp_path: Path) -> None:
    # Xvfb comes with the test packages (scripts/install-system-packages.sh --test).
    xvfb = shutil.which("xvfb-run")
    assert xvfb is not None, "xvfb-run is missing: sh scripts/install-system-packages.sh --test"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env |= {"QT_QPA_PLATFORM": "xcb", "INTERVIEW_GUIDE_DATA_DIR": str(tmp_path)}
    run = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1366x705x24", sys.executable, str(DRIVER)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    line = next((x for x in run.stdout.splitlines() if x.startswith("FOCUS ")), "")
    assert line == "FOCUS questionEdit themePage-opening", (run.stdout, run.stderr[-2000:])
