"""StartScreen: new hearing (claim types), open a case file, open the demo hearing, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.hearing import ClaimType, HearingType
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.storage.recent_cases import RecentCase
from interview_guide.training.scenarios import SCENARIOS
from interview_guide.ui.widgets.eliding_combo import ElidingComboBox


class StartScreen(QWidget):
    """The first screen: what the officer or trainer wants to do."""

    new_requested = Signal(list, str)  # claim types, hearing type
    open_requested = Signal()
    demo_requested = Signal(str)  # "lgbti", "conversion", "both" or "trans" (demo.CLAIMS)
    recent_requested = Signal(int)  # the position in the recent cases
    scenario_requested = Signal(str)  # a role-play scenario id
    role_cards_requested = Signal(str)  # a role-play scenario id
    counsel_requested = Signal()  # counsel reviews a report received from the IND (no case file)

    def __init__(
        self, recent_files: list[RecentCase], parent: QWidget | None = None, lang: Lang = "en"
    ) -> None:
        super().__init__(parent)
        self.lang: Lang = lang
        self.setObjectName("startScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        title = QLabel(self.tr("Interview Guide"))
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "Hearings of LGBTI and conversion asylum claims: open questions about personal "
                "experiences and the meaning the applicant gives to them. The app records the hearing "
                "verbatim; it never scores credibility."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        columns = QHBoxLayout()
        columns.addWidget(self._new_group(), 1)
        columns.addWidget(self._open_group(recent_files), 1)
        columns.addWidget(self._training_group(), 1)
        outer.addLayout(columns, 1)
        # From the keyboard: the focus starts on "Start new hearing"; Return presses a focused button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)
        self.setFocusProxy(self.new_button)

    def _new_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("New hearing"))
        layout = QVBoxLayout(group)
        layout.addWidget(QLabel(self.tr("The claim rests on:")))
        self.lgbti_check = QCheckBox(
            self.tr("being LGBTI (sexual orientation, gender identity, sex characteristics)")
        )
        self.lgbti_check.setObjectName("claimLgbti")
        self.lgbti_check.setChecked(True)
        self.conversion_check = QCheckBox(self.tr("a religious conversion"))
        self.conversion_check.setObjectName("claimConversion")
        layout.addWidget(self.lgbti_check)
        layout.addWidget(self.conversion_check)
        layout.addWidget(QLabel(self.tr("Kind of hearing:")))
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("hearingType")
        for value, label in (
            (HearingType.NADER_GEHOOR, self.tr("Nader gehoor (detailed interview)")),
            (HearingType.AANVULLEND_GEHOOR, self.tr("Aanvullend gehoor (additional interview)")),
            (HearingType.TRAINING, self.tr("Training")),
        ):
            self.type_combo.addItem(label, value.value)
        layout.addWidget(self.type_combo)
        self.new_button = QPushButton(self.tr("Start new hearing"))
        self.new_button.setObjectName("startNewButton")
        self.new_button.clicked.connect(self._new)
        for check in (self.lgbti_check, self.conversion_check):
            check.toggled.connect(self._update_new_button)
        layout.addWidget(self.new_button)
        layout.addStretch(1)
        return group

    def _open_group(self, recent_files: list[RecentCase]) -> QGroupBox:
        group = QGroupBox(self.tr("Continue or practise"))
        layout = QVBoxLayout(group)
        open_button = QPushButton(self.tr("Open a case file…"))
        open_button.setObjectName("openButton")
        open_button.clicked.connect(self.open_requested)
        layout.addWidget(open_button)
        demo_row = QHBoxLayout()
        self.demo_combo = QComboBox()
        self.demo_combo.setObjectName("demoClaim")
        _narrow(self.demo_combo)
        self.demo_combo.addItem(self.tr("LGBTI"), "lgbti")
        self.demo_combo.addItem(self.tr("Conversion (subsequent application)"), "conversion")
        self.demo_combo.addItem(self.tr("Both"), "both")
        self.demo_combo.addItem(self.tr("LGBTI: trans applicant"), "trans")
        demo_button = QPushButton(self.tr("Open the demo hearing (trainers)"))
        demo_button.setObjectName("demoButton")
        demo_button.clicked.connect(lambda: self.demo_requested.emit(self.demo_combo.currentData()))
        demo_row.addWidget(demo_button, 1)
        demo_row.addWidget(self.demo_combo)
        layout.addLayout(demo_row)
        counsel_button = QPushButton(self.tr("Review a report (counsel)"))
        counsel_button.setObjectName("counselButton")
        counsel_button.setToolTip(
            self.tr(
                "For counsel: check a report received from the IND and fill in corrections, without the case"
            )
        )
        counsel_button.clicked.connect(self.counsel_requested)
        layout.addWidget(counsel_button)
        layout.addWidget(QLabel(self.tr("Recent case files:")))
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        for position, recent in enumerate(recent_files):
            item = QListWidgetItem(self._recent_label(recent))
            item.setData(Qt.ItemDataRole.UserRole, position)
            if recent.path is not None:
                item.setToolTip(recent.path)
            self.recent_list.addItem(item)
        if not recent_files:
            self.recent_list.addItem(self.tr("(none yet)"))
            self.recent_list.setEnabled(False)
        self.recent_list.itemActivated.connect(self._recent)
        self.recent_list.itemDoubleClicked.connect(self._recent)
        layout.addWidget(self.recent_list, 1)
        return group

    def _training_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Training", "the start screen's group of role-play scenarios"))
        group.setObjectName("startTraining")
        layout = QVBoxLayout(group)
        intro = QLabel(
            self.tr(
                "Role-play scenarios: a fictional applicant with the reference frame filled in and no "
                "question asked yet, with printable cards for officer, applicant and interpreter."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.scenario_combo = ElidingComboBox()  # the longest title does not fit at 1280 px
        self.scenario_combo.setObjectName("scenarioChoice")
        _narrow(self.scenario_combo)
        for scenario in SCENARIOS:
            self.scenario_combo.addItem(scenario.title.get(self.lang), scenario.id)
            self.scenario_combo.setItemData(
                self.scenario_combo.count() - 1, scenario.summary.get(self.lang), Qt.ItemDataRole.ToolTipRole
            )
        layout.addWidget(self.scenario_combo)
        self.scenario_summary = QLabel()
        self.scenario_summary.setObjectName("scenarioSummary")
        self.scenario_summary.setWordWrap(True)
        layout.addWidget(self.scenario_summary)
        self.scenario_combo.currentIndexChanged.connect(self._show_summary)
        self._show_summary()
        open_scenario = QPushButton(self.tr("Open the scenario"))
        open_scenario.setObjectName("openScenarioButton")
        open_scenario.clicked.connect(lambda: self.scenario_requested.emit(self.scenario_combo.currentData()))
        layout.addWidget(open_scenario)
        cards = QPushButton(self.tr("Write its role cards…"))
        cards.setObjectName("roleCardsButton")
        cards.clicked.connect(lambda: self.role_cards_requested.emit(self.scenario_combo.currentData()))
        layout.addWidget(cards)
        layout.addStretch(1)
        return group

    def _show_summary(self) -> None:
        scenario = SCENARIOS[max(self.scenario_combo.currentIndex(), 0)]
        self.scenario_summary.setText(scenario.summary.get(self.lang))

    def claim_types(self) -> list[ClaimType]:
        """The claim types ticked."""
        claims = []
        if self.lgbti_check.isChecked():
            claims.append(ClaimType.LGBTI)
        if self.conversion_check.isChecked():
            claims.append(ClaimType.CONVERSION)
        return claims

    def _update_new_button(self) -> None:
        self.new_button.setEnabled(bool(self.claim_types()))

    def _new(self) -> None:
        if self.claim_types():
            self.new_requested.emit(self.claim_types(), self.type_combo.currentData())

    def _recent_label(self, recent: RecentCase) -> str:
        # An encrypted case shows its V-number only: its path (which may hold a name) stays sealed.
        opened = recent.opened_at.strftime("%d-%m-%Y %H:%M")
        if recent.path is not None:
            path = Path(recent.path)
            return fmt(self.tr("%1   —   %2 (not encrypted)"), path.name, str(path.parent))
        if recent.case_number:
            return fmt(self.tr("V-number %1 (encrypted) · opened %2"), recent.case_number, opened)
        return fmt(self.tr("Encrypted case without a V-number · opened %1"), opened)

    def _recent(self, item: QListWidgetItem) -> None:
        position = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(position, int):
            self.recent_requested.emit(position)


def _narrow(combo: QComboBox) -> None:
    """Let a drop-down with long items be narrower than its longest item (the list still shows it
    whole): the start screen, and with it the window, then fits a 1280 px wide screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
