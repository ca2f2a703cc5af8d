"""Families that look like the one being taken in, and the worker's choice: that family, or a new one."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.queries.family_duplicates import DuplicateMatch, DuplicateReason
from ui.widgets.heading import heading, muted
from ui.widgets.screen_fit import plain_scroll


class DuplicatePanel(QWidget):
    """Shows the matches with why they match; emits which family to open, or that this one is new."""

    family_chosen = Signal(int, int)   # the open case id and the id of the chosen family
    different_family_confirmed = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.open_buttons: dict[int, QPushButton] = {}  # family id -> its "open" button

        banner = QFrame()
        banner.setObjectName("duplicateBanner")
        banner_layout = QVBoxLayout(banner)
        banner_layout.setContentsMargins(16, 12, 16, 12)
        banner_layout.addWidget(heading(self.tr("This family may already be known"), 1.15))
        explanation = QLabel(self.tr(
            "One family has one case. If it is one of these families, open it instead of taking the family "
            "in again. What you typed is kept if you go back."))
        explanation.setWordWrap(True)
        banner_layout.addWidget(explanation)

        self._cards = QVBoxLayout()
        self._cards.setSpacing(8)
        cards_box = QWidget()
        cards_column = QVBoxLayout(cards_box)
        cards_column.setContentsMargins(0, 0, 0, 0)
        cards_column.addLayout(self._cards)
        cards_column.addStretch(1)
        scroll = plain_scroll(cards_box)

        self.back_button = QPushButton(self.tr("Back to the form"))
        self.continue_button = QPushButton(self.tr("It is a different family, continue"))
        self.continue_button.setObjectName("continueIntakeButton")
        self.back_button.clicked.connect(self.back_requested)
        self.continue_button.clicked.connect(self.different_family_confirmed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_matches(self, matches: list[DuplicateMatch]) -> None:
        while self._cards.count():
            self._cards.takeAt(0).widget().deleteLater()
        self.open_buttons.clear()
        for match in matches:
            self._cards.addWidget(self._card(match))

    def _card(self, match: DuplicateMatch) -> QFrame:
        card = QFrame()
        card.setObjectName("duplicateCard")
        name = QLabel(match.family_name)
        font = QFont(name.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        name.setFont(font)
        members = QLabel(", ".join(match.member_names))
        members.setWordWrap(True)
        facts = muted(self.tr("{why} · {case}").format(why=self._why(match), case=self._case_state(match)))
        who = muted(self.tr("Matching: {names}").format(names=", ".join(match.matched_names)))

        open_button = QPushButton(self.tr("Open this family"))
        open_button.setObjectName("openFamilyButton")
        if match.open_case_id is None:
            open_button.setEnabled(False)
            open_button.setToolTip(self.tr(
                "This family's case is closed. Reopening it (recurrence) keeps its history; a new intake does not."))
        else:
            case_id, family_id = match.open_case_id, match.family_id
            open_button.clicked.connect(lambda: self.family_chosen.emit(case_id, family_id))
        self.open_buttons[match.family_id] = open_button

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(name)
        text.addWidget(members)
        text.addWidget(facts)
        text.addWidget(who)
        row = QHBoxLayout(card)
        row.setContentsMargins(16, 10, 16, 10)
        row.addLayout(text, 1)
        row.addWidget(open_button)
        return card

    def _why(self, match: DuplicateMatch) -> str:
        return " · ".join(self._reason_text(reason) for reason in match.reasons)

    def _reason_text(self, reason: DuplicateReason) -> str:
        return {
            DuplicateReason.BSN: self.tr("Same BSN"),
            DuplicateReason.SURNAME_BIRTH: self.tr("Same surname and date of birth"),
            DuplicateReason.FIRST_NAME_BIRTH: self.tr("Same first name and date of birth"),
        }[reason]

    def _case_state(self, match: DuplicateMatch) -> str:
        if match.open_case_id is None:
            return self.tr("case closed")
        return self.tr("has an open case")
