"""CheckerBadge: the live question checker's verdict on a question, with the reasons and a better wording."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.checks.record_rules import RecordFinding
from interview_guide.core.hearing import ClaimType
from interview_guide.core.question_check import Category, Finding, Severity, check_question
from interview_guide.core.reference_frame import ReferenceFrame
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.checker.names import (
    OK_COLOURS,
    SEVERITY_COLOURS,
    category_name,
    record_kind_name,
    severity_name,
)

# What the checker should know about the hearing: its claim types and the applicant's reference frame.
CheckContext = Callable[[], tuple[Sequence[ClaimType], ReferenceFrame | None]]
# What the record says about asking a question now (loaded word first, rejected term, ...).
RecordCheck = Callable[[str], list[RecordFinding]]

_ICONS = {
    Severity.BLOCK: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARN: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.HINT: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_QUOTED = re.compile(r"\"([^\"]+)\"")


def wording_of(finding: Finding) -> str | None:
    """The question a finding's suggestion proposes, ready to replace the draft (None: no suggestion).

    A compound question's suggestion explains how to split it; its first quoted question is the wording.
    """
    if not finding.suggestion:
        return None
    if finding.category is Category.COMPOUND:
        match = _QUOTED.search(finding.suggestion)
        return match.group(1) if match else None
    return finding.suggestion


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _label(object_name: str, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class CheckerBadge(QFrame):
    """Shows the worst severity and the categories found in a question; expands to why and how better."""

    wording_chosen = Signal(str)  # "Use this wording" was clicked, with the suggested question

    def __init__(
        self,
        ui_lang: Lang,
        context: CheckContext | None = None,
        *,
        delay_ms: int = 200,
        expanded: bool = False,
        show_ok: bool = True,
        offer_wording: bool = True,
        reasons_height: int | None = None,
        record: RecordCheck | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """A badge for questions typed somewhere else.

        Args:
            ui_lang: the language of the findings' messages.
            context: gives the claim types and reference frame to check against (none when None).
            delay_ms: how long typing must pause before the question is checked.
            expanded: whether the reasons and the better wording are shown from the start.
            show_ok: whether a question without findings says so (otherwise the badge hides).
            offer_wording: whether a "Use this wording" button offers the suggestion (``wording_chosen``).
            reasons_height: the most pixels the reasons take before they scroll (None: no limit).
            record: checks the question against the hearing so far (None: no record, as in practice).
            parent: the parent widget.
        """
        super().__init__(parent)
        self.ui_lang: Lang = ui_lang
        self.context = context
        self.question_lang: Lang | None = None  # None: detect the language of each question
        self.show_ok = show_ok
        self.offer_wording = offer_wording
        self.reasons_height = reasons_height
        self.findings: list[Finding] = []
        self.record = record
        self.record_findings: list[RecordFinding] = []
        self.text = ""
        self.wording: str | None = None
        self.setObjectName("checkerBadge")
        self.setProperty("checkerBadge", True)  # the style sheet's selector, whatever the object name
        self.setFrameShape(QFrame.Shape.NoFrame)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.check_now)
        self._pending = ""

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(4)
        top = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setObjectName("badgeIcon")
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = _label("badgeSummary", rich=True)
        top.addWidget(self.summary, 1)
        self.toggle = QToolButton()
        self.toggle.setObjectName("badgeToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(expanded)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(self.set_expanded)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)

        self.details = QWidget()
        self.details.setObjectName("badgeDetails")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(22, 0, 0, 0)
        self.reasons = _label("badgeReasons", rich=True)
        # Long reasons scroll inside the badge, so the question and the answer box keep their room.
        self.reasons_scroll = QScrollArea()
        self.reasons_scroll.setObjectName("badgeReasonsScroll")
        self.reasons_scroll.setWidgetResizable(True)
        self.reasons_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons_scroll.viewport().setAutoFillBackground(False)
        if reasons_height is None:
            self.reasons_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reasons.setAutoFillBackground(False)
        self.reasons_scroll.setWidget(self.reasons)
        details.addWidget(self.reasons_scroll)
        better = QHBoxLayout()
        self.better = _label("badgeBetter", rich=True)
        better.addWidget(self.better, 1)
        self.use_button = QPushButton(self.tr("Use this wording"))
        self.use_button.setObjectName("useWordingButton")
        self.use_button.setToolTip(self.tr("Replace the question with the suggested wording"))
        self.use_button.clicked.connect(self._use_wording)
        better.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        details.addLayout(better)
        column.addWidget(self.details)
        self.set_expanded(expanded)
        self._show()

    # -- checking --------------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Check ``text`` once typing pauses (an empty text clears the badge at once)."""
        self._pending = text
        if not text.strip():
            self._timer.stop()
            self.check_now()
        else:
            self._timer.start()

    def check_now(self, text: str | None = None) -> None:
        """Check ``text`` (or the text last given to ``set_text``) now and show the result."""
        self._timer.stop()
        if text is not None:
            self._pending = text
        self.text = self._pending
        claim_types, frame = self.context() if self.context is not None else ((), None)
        self.findings = check_question(
            self.text, self.question_lang, claim_types=claim_types, frame=frame, ui_lang=self.ui_lang
        )
        self.record_findings = self.record(self.text) if self.record is not None and self.text.strip() else []
        self._show()

    def clear(self) -> None:
        """Forget the text and hide."""
        self.set_text("")

    @property
    def worst(self) -> Severity | None:
        """The most serious severity found (by the checker or in the record), or None."""
        severities = [f.severity for f in self.findings] + [f.severity for f in self.record_findings]
        return max(severities, key=lambda s: s.rank) if severities else None

    @property
    def found_anything(self) -> bool:
        """Whether the checker or the record found something."""
        return bool(self.findings or self.record_findings)

    # -- showing ---------------------------------------------------------------------------------

    def set_expanded(self, expanded: bool) -> None:
        """Show or hide the reasons and the better wording."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)
            return
        self.toggle.setText(self.tr("Hide") if expanded else self.tr("Why?"))
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.details.setVisible(expanded and self.found_anything)
        if expanded and self.found_anything:
            self._fit_reasons()

    def summary_text(self) -> str:
        """The one-line summary as plain text (e.g. "Warning — 2 findings: closed question, leading")."""
        return QTextDocumentFragment.fromHtml(self.summary.text()).toPlainText()

    def _show(self) -> None:
        if not self.text.strip() or (not self.found_anything and not self.show_ok):
            self.setVisible(False)
            return
        if not self.found_anything:
            self._paint(*OK_COLOURS)
            self.icon.setPixmap(self._pixmap(QStyle.StandardPixmap.SP_DialogApplyButton))
            self.summary.setText(html.escape(self.tr("No findings.")))
            self.toggle.setVisible(False)
            self.details.setVisible(False)
            self.setVisible(True)
            return
        worst = self.worst
        assert worst is not None
        self._paint(*SEVERITY_COLOURS[worst])
        self.icon.setPixmap(self._pixmap(_ICONS[worst]))
        listed = [category_name(f.category) for f in self.findings]
        listed += [record_kind_name(f.kind) for f in self.record_findings]
        names = ", ".join(listed)
        count = (
            fmt(self.tr("1 finding: %1"), names)
            if len(listed) == 1
            else fmt(self.tr("%1 findings: %2"), len(listed), names)
        )
        verdict = (
            self.tr("Do not ask it like this")
            if worst is Severity.BLOCK
            else _upper_first(severity_name(worst))
        )
        self.summary.setText(f"<b>{html.escape(verdict)}</b> — {html.escape(count)}")
        self.wording = next((w for f in self.findings if (w := wording_of(f))), None)
        suggestion = next((f.suggestion for f in self.findings if f.suggestion), None)
        self.reasons.setText(self._reasons_html(suggestion))
        self.better.setVisible(suggestion is not None)
        if suggestion is not None:
            lead = html.escape(self.tr("Try instead:"))
            self.better.setText(f"<b>{lead}</b> <i>{html.escape(suggestion)}</i>")
        self.use_button.setVisible(self.offer_wording and self.wording is not None)
        self.toggle.setVisible(True)
        self.details.setVisible(self.toggle.isChecked())
        self.setVisible(True)
        self._fit_reasons()

    def _fit_reasons(self) -> None:
        width = self.reasons_scroll.width()
        if width < 50:  # not laid out yet: estimate from the badge's own width
            width = max(self.width() - 40, 200)
        needed = self.reasons.heightForWidth(width)
        limit = self.reasons_height
        if limit is not None and needed > limit:
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            needed = min(self.reasons.heightForWidth(width - bar), limit)
        self.reasons_scroll.setFixedHeight(max(needed, 0) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the reasons' height right for the new width."""
        super().resizeEvent(event)
        if self.found_anything:
            self._fit_reasons()

    def _reasons_html(self, main_suggestion: str | None) -> str:
        instead = html.escape(self.tr("Instead:"))
        blocks = []
        for finding in self.findings:
            head = fmt(
                self.tr("%1 (%2), at “%3”"),
                _upper_first(category_name(finding.category)),
                severity_name(finding.severity),
                finding.matched.strip(),
            )
            block = f"<b>{html.escape(head)}</b><br>{html.escape(finding.message)}"
            if finding.suggestion and finding.suggestion != main_suggestion:
                block += f"<br>{instead} <i>{html.escape(finding.suggestion)}</i>"
            blocks.append(block)
        for found in self.record_findings:
            head = fmt(
                self.tr("%1 (%2), in this hearing"),
                _upper_first(record_kind_name(found.kind)),
                severity_name(found.severity),
            )
            blocks.append(f"<b>{html.escape(head)}</b><br>{html.escape(found.message)}")
        return "<br><br>".join(blocks)

    def _pixmap(self, which: QStyle.StandardPixmap) -> QPixmap:
        return self.style().standardIcon(which).pixmap(16, 16)

    def _paint(self, background: str, accent: str) -> None:
        self.setStyleSheet(
            f'QFrame[checkerBadge="true"] {{ background: {background}; border-left: 4px solid {accent};'
            " border-radius: 3px; }"
            ' QFrame[checkerBadge="true"] QLabel { color: #1b1b1b; background: transparent; }'
        )

    def _use_wording(self) -> None:
        if self.wording:
            self.wording_chosen.emit(self.wording)
