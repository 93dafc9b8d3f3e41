"""Installs the Qt translators: ours (interview_guide_nl.qm) and Qt's own qtbase_nl for its buttons.

UI strings go through Qt's translation (``self.tr()``); question text is data and comes from the
banks in the chosen language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from interview_guide.core.text import Lang
from interview_guide.resources import translations_dir

_installed: list[QTranslator] = []


def fmt(template: str, *values: object) -> str:
    """Fill Qt-style placeholders %1, %2, ... in a translated string."""
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", str(values[index - 1]))
    return template


def install_translators(app: QCoreApplication, lang: Lang) -> list[str]:
    """Install the translators for ``lang`` (replacing earlier ones).

    Returns:
        The names of translation files that could not be loaded (empty when all is well).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English))
    if lang == "en":
        return []
    missing: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_nl", qt_dir), ("interview_guide_nl", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            missing.append(name)
    return missing


def dutch_messages() -> list[tuple[str, str, str]]:
    """Every translated UI string as (context, English source, Dutch translation), from the shipped
    .ts file (plural forms left out); what a language switch uses to retranslate texts in place."""
    import xml.etree.ElementTree as ET

    found: list[tuple[str, str, str]] = []
    root = ET.parse(translations_dir() / "interview_guide_nl.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found.append((name, source, translation.text or ""))
    return found
