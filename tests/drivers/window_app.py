"""Starts the app's main window on a screen of a given size, for the window-geometry test.

Usage: python window_app.py WIDTHxHEIGHT [X,Y,W,H]
Opens the window as ``interview-guide gui`` does (offscreen, on one screen of that size), prints
``SCREEN x y w h`` (the available area), ``WINDOW x y w h maximised`` (the window as opened), and
``CLIENT x y w h`` (the window without its frame), ``MINIMUM w h`` (the smallest size its contents
allow); with X,Y,W,H it then un-maximises, moves and
resizes the window there, as the officer would, and closes it (which remembers the geometry).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

width, height = (int(n) for n in sys.argv[1].split("x"))
screens = {"screens": [{"name": "test", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]}
config = Path(tempfile.mkdtemp()) / "screens.json"
config.write_text(json.dumps(screens), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from interview_guide.app import build_window, create_context  # noqa: E402
from interview_guide.ui.window_geometry import available_area, place_window  # noqa: E402


def main() -> None:
    context = create_context("nl")
    window = build_window(context)
    place_window(window, context.settings)
    window.show()
    QApplication.processEvents()
    area, frame = available_area(window), window.frameGeometry()
    print("SCREEN", area.x(), area.y(), area.width(), area.height(), flush=True)
    maximised = bool(window.windowState() & Qt.WindowState.WindowMaximized)
    print("WINDOW", frame.x(), frame.y(), frame.width(), frame.height(), int(maximised), flush=True)
    client = window.geometry()
    print("CLIENT", client.x(), client.y(), client.width(), client.height(), flush=True)
    hint = window.minimumSizeHint()
    print("MINIMUM", hint.width(), hint.height(), flush=True)
    if len(sys.argv) > 2:
        x, y, w, h = (int(n) for n in sys.argv[2].split(","))
        window.showNormal()
        window.setGeometry(x, y, w, h)
        QApplication.processEvents()
    window.set_close_guard(lambda: True)
    window.close()
    context.autosave.stop(keep_session=False)


if __name__ == "__main__":
    main()
