"""CurriculumDialog: Training › Curriculum map: each point of the 2018 letter with links to demo questions,
examples, bank themes and scenarios.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from interview_guide.core.bank import QuestionBank
from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang
from interview_guide.training.curriculum import POINTS, demo_moments
from interview_guide.training.scenarios import get_scenario
from interview_guide.training.wording import theme_titles
from interview_guide.ui.checker.names import category_name

_STYLE = "td { padding: 4px 8px; vertical-align: top; } th { text-align: left; padding: 4px 8px; }"


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'


class CurriculumDialog(QDialog):
    """The map as a table of links; a click names what to open (``link_chosen``)."""

    link_chosen = Signal(str)  # demo:N | examples:CATEGORY | scenario:ID | theme:ID

    def __init__(
        self, lang: Lang, demo: Hearing, banks: Sequence[QuestionBank], parent: QWidget | None = None
    ) -> None:
        """A curriculum map.

        Args:
            lang: the UI language.
            demo: the demo hearing with both claims (its entry numbers are the links).
            banks: the installed banks (theme titles).
            parent: the main window.
        """
        super().__init__(parent)
        self.lang: Lang = lang
        self.setObjectName("curriculumDialog")
        self.setWindowTitle(self.tr("Curriculum map: the letter of 4 July 2018 in the app"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("curriculumMap")
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.anchorClicked.connect(self._clicked)
        self.browser.setHtml(self.map_html(demo, banks))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    def map_html(self, demo: Hearing, banks: Sequence[QuestionBank]) -> str:
        """The map as HTML: a row per point; demo entries, example categories, themes and scenarios link."""
        titles = theme_titles(banks, self.lang)
        head = "".join(
            f"<th>{html.escape(text)}</th>"
            for text in (
                self.tr("Point of the letter"),
                self.tr("Demo questions (both claims)"),
                self.tr("Examples"),
                self.tr("Bank themes"),
                self.tr("Scenarios"),
            )
        )
        rows = []
        for point in POINTS:
            title = f"<b>{html.escape(point.title.get(self.lang))}</b><br><i>“{html.escape(point.quote)}”</i>"
            if point.screens is not None:
                title += "<br>" + html.escape(point.screens.get(self.lang))
            moments = "<br>".join(
                _link(f"demo:{n}", f"{n}. {demo.entry(n).question_text}")
                for n in demo_moments(point, demo, 3)
            )
            examples = "<br>".join(_link(f"examples:{c.value}", category_name(c)) for c in point.categories)
            themes = "<br>".join(_link(f"theme:{t}", titles.get(t, t)) for t in point.themes)
            scenarios = "<br>".join(
                _link(f"scenario:{s}", get_scenario(s).title.get(self.lang)) for s in point.scenarios
            )
            cells = "".join(
                f"<td>{cell or '–'}</td>" for cell in (title, moments, examples, themes, scenarios)
            )
            rows.append(f"<tr>{cells}</tr>")
        return f'<table border="1" cellspacing="0"><tr>{head}</tr>{"".join(rows)}</table>'

    def _clicked(self, url: QUrl) -> None:
        self.link_chosen.emit(url.toString())
