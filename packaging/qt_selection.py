"""Which parts of Qt the bundle carries: the Qt modules the app imports, and of their plugins and
translations only those it uses. Read by the PyInstaller hooks in ``pyinstaller-hooks/``.

PyInstaller's own PySide6 hooks collect every plugin of a module (Wayland, EGLFS, VNC, GTK themes,
network backends...) and every translation; each plugin then drags in its own libraries. Filtering
here, inside the hooks, means the libraries of a dropped plugin are never collected at all.
"""

from __future__ import annotations

import os
from pathlib import PurePath
from typing import Any

# Plugin folders and the plugin files kept from each (file name without "lib" prefix and suffix).
# A folder not named here is dropped whole.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    # The X11 window (also used under Wayland through XWayland), offscreen for start-up checks and
    # CI, Windows' own window and its native style. No Wayland, EGLFS, linuxfb, VNC or minimal.
    "platforms": {"qxcb", "qoffscreen", "qwindows"},
    "styles": None,  # None: every plugin in the folder (Windows' modern style only)
    # OpenGL on X11 (Qt loads one of these for any window; the libraries come from the system).
    "xcbglintegrations": None,
    # Dead keys and the compose key (typing names with diacritics), and IBus input methods.
    "platforminputcontexts": None,
}
# Qt's own translations: only the Dutch one for Qt's buttons and dialogs (the UI is Dutch or English).
KEEP_TRANSLATIONS = {"qtbase_nl.qm"}


def _plugin_kept(path: PurePath) -> bool:
    parts = path.parts
    if "plugins" not in parts:
        return True
    rest = parts[parts.index("plugins") + 1 :]
    if len(rest) < 2:
        return True
    folder, name = rest[0], rest[-1]
    if folder not in KEEP_PLUGINS:
        return False
    wanted = KEEP_PLUGINS[folder]
    stem = name.split(".")[0].removeprefix("lib")
    return wanted is None or stem in wanted


def _kept(entry: tuple[str, str]) -> bool:
    source = PurePath(entry[0].replace(os.sep, "/"))
    if source.suffix == ".qm" and "translations" in source.parts:
        return source.name in KEEP_TRANSLATIONS
    return _plugin_kept(source)


def collect(hook_file: str) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """PyInstaller's collection for the Qt module of ``hook_file``, less the plugins and translations
    the app does not use."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports: Any
    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    dropped = {"PySide6.QtNetwork", "PySide6.QtDBus"}
    return (
        [name for name in hiddenimports if name not in dropped],
        [entry for entry in binaries if _kept(entry)],
        [entry for entry in datas if _kept(entry)],
    )
