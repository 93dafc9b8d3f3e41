# Replaces PyInstaller's hook: the same collection, less unused plugins and translations.
from qt_selection import collect

hiddenimports, binaries, datas = collect(__file__)
