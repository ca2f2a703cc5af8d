"""The selected help in full: who directs what, and what was agreed about monitoring, report-back and
extensions - the answer to "what did we agree with this provider?" - then referral, period and goals."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from app.queries.involvements import InvolvementDTO
from models.enums import InvolvementState
from ui.labels.care import care_label, days_text, direction_phrase, referrer_text, volume_text
from ui.care.looks import set_flag
from ui.widgets.heading import heading, muted
from ui.formatting import format_date


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class InvolvementDetail(QFrame):
    """Shows one involvement; the buttons act on it (the tab connects them)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("careCard")
        self.title_label = heading("", 1.15, "cardHeading")
        self.status_label = muted()
        self.status_label.setWordWrap(False)
        self.direction_label = QLabel()
        self.direction_label.setObjectName("directionPhrase")
        self.direction_label.setWordWrap(True)
        font = QFont(self.direction_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.direction_label.setFont(font)
        self.empty_label = muted()

        self.monitored_value = _value()
        self.report_back_value = _value()
        self.report_back_value.setObjectName("dueNote")
        self.report_back_value.setWordWrap(False)
        self.report_back_value.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.extension_policy_value = _value()
        self.extensions_value = _value()
        self.handover_value = _value()
        self.referrer_value = _value()
        self.for_value = _value()
        self.for_value.setObjectName("forWhom")
        self.period_value = _value()
        self.planned_end_value = _value()
        self.duration_value = _value()
        self.volume_value = _value()
        self.product_value = _value()
        self.goals_value = _value()
        self.note_value = _value()

        agreement = self._form(heading(self.tr("What we agreed"), 1.0, "sectionHeading"), [
            (self.tr("Who monitors"), self.monitored_value),
            (self.tr("Report back"), self.report_back_value),
            (self.tr("Extensions"), self.extension_policy_value),
            (self.tr("Extended so far"), self.extensions_value),
            (self.tr("Warm handover"), self.handover_value),
            (self.tr("Works on"), self.goals_value),
        ])
        referral = self._form(heading(self.tr("Referral and period"), 1.0, "sectionHeading"), [
            (self.tr("For"), self.for_value),
            (self.tr("Referred by"), self.referrer_value),
            (self.tr("Referral → start"), self.period_value),
            (self.tr("Planned end"), self.planned_end_value),
            (self.tr("Duration"), self.duration_value),
            (self.tr("Volume"), self.volume_value),
            (self.tr("Product"), self.product_value),
            (self.tr("Note"), self.note_value),
        ])

        self.edit_button = QPushButton(self.tr("Change"))
        self.extension_button = QPushButton(self.tr("Extension…"))
        self.decide_button = QPushButton(self.tr("Decide on extension…"))
        self.report_back_button = QPushButton(self.tr("Report-back received…"))
        self.handover_button = QPushButton(self.tr("Handover…"))
        self.end_button = QPushButton(self.tr("End help…"))
        self.cancel_button = QPushButton(self.tr("Cancel help…"))
        self.signal_button = QPushButton(self.tr("Signal…"))
        self.signal_button.setToolTip(self.tr("Raise a signal about this provider to its account holder"))

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addWidget(agreement, 1)
        columns.addWidget(referral, 1)
        buttons = QHBoxLayout()
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addLayout(top)
        body.addWidget(self.direction_label)
        body.addLayout(columns)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.body)
        layout.addWidget(self.empty_label)
        self.show_involvement(None, changeable=False)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.edit_button, self.extension_button, self.decide_button, self.report_back_button,
                self.handover_button, self.end_button, self.cancel_button, self.signal_button)

    @staticmethod
    def _form(title: QLabel, rows: list[tuple[str, QLabel]]) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(title)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(5)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for name, value in rows:
            label = QLabel(name)
            label.setObjectName("fieldName")
            form.addRow(label, value)
        column.addLayout(form)
        column.addStretch(1)
        return box

    def show_involvement(self, inv: InvolvementDTO | None, *, changeable: bool, empty_text: str = "") -> None:
        self.body.setVisible(inv is not None)
        self.empty_label.setVisible(inv is None)
        self.empty_label.setText(empty_text)
        if inv is None:
            return
        self.title_label.setText(self.tr("{provider} – {product}").format(
            provider=inv.provider_name, product=inv.product_name))
        self.status_label.setText(self._status_text(inv))
        self.direction_label.setText(direction_phrase(inv))
        none = self.tr("not recorded")
        self.monitored_value.setText(inv.monitored_by or none)
        self.report_back_value.setText(self._report_back_text(inv))
        set_flag(self.report_back_value, "due", inv.report_back_due)
        self.extension_policy_value.setText(inv.extension_policy or none)
        extended = str(inv.extensions) if inv.extensions else self.tr("not yet")
        if inv.pending_extension_id is not None:
            extended = self.tr("{count} · an extension awaits approval").format(count=extended)
        self.extensions_value.setText(extended)
        self.handover_value.setText(care_label(inv.handover))
        self.referrer_value.setText(referrer_text(inv, with_agb=True))
        self.for_value.setText(self._for_text(inv))
        self.period_value.setText(self._period_text(inv))
        self.planned_end_value.setText(format_date(inv.planned_end) or none)
        self.duration_value.setText(self._duration_text(inv))
        self.volume_value.setText(volume_text(inv) or none)
        segment = self.tr(", segment {code}").format(code=inv.segment_code) if inv.segment_code else ""
        self.product_value.setText(self.tr("{product} ({code} {category}{segment})").format(
            product=inv.product_name, code=inv.category_code, category=inv.category_label, segment=segment))
        self.goals_value.setText("\n".join(f"• {g.description}" for g in inv.goals) or self.tr("no goals linked"))
        self.note_value.setText(inv.note or "–")
        running = inv.is_active and changeable
        planned = inv.state is InvolvementState.PLANNED
        self.edit_button.setEnabled(changeable and inv.state is not InvolvementState.CANCELLED)
        for button in (self.extension_button, self.report_back_button, self.handover_button):
            button.setEnabled(running)
        self.extension_button.setEnabled(running and inv.pending_extension_id is None)
        self.decide_button.setVisible(inv.pending_extension_id is not None)
        self.decide_button.setEnabled(running and inv.pending_extension_id is not None)
        # Planned help is cancelled, running help is ended: one of the two buttons is shown.
        self.end_button.setVisible(not planned)
        self.end_button.setEnabled(running and not planned)
        self.cancel_button.setVisible(planned)
        self.cancel_button.setEnabled(running and planned)
        self.signal_button.setEnabled(inv.state is not InvolvementState.CANCELLED)

    def _for_text(self, inv: InvolvementDTO) -> str:
        who = (self.tr("the family as a whole") if inv.for_family
               else ", ".join(p.name for p in inv.persons))
        if inv.extended_care:
            return self.tr("{who} · extended youth care (verlengde jeugdhulp)").format(who=who)
        return who

    def _status_text(self, inv: InvolvementDTO) -> str:
        if inv.state is InvolvementState.CANCELLED:
            return self.tr("Cancelled on {date}: {reason}").format(date=format_date(inv.actual_end),
                                                                   reason=inv.end_reason_label or "")
        if inv.state is InvolvementState.ENDED:
            return self.tr("Ended {date}: {reason}").format(date=format_date(inv.actual_end),
                                                              reason=inv.end_reason_label or "")
        if inv.start_date is None:
            return self.tr("Referred, not started yet")
        if inv.state is InvolvementState.PLANNED:
            return self.tr("Planned, starts {date}").format(date=format_date(inv.start_date))
        return self.tr("Running since {date}").format(date=format_date(inv.start_date))

    def _duration_text(self, inv: InvolvementDTO) -> str:
        if inv.duration_days is not None:
            return days_text(inv.duration_days)
        if inv.state is InvolvementState.CANCELLED:
            return self.tr("cancelled before the start")
        if inv.start_date is not None:
            return self.tr("not started yet, starts {date}").format(date=format_date(inv.start_date))
        return self.tr("not started")

    def _report_back_text(self, inv: InvolvementDTO) -> str:
        if inv.report_back_date is None:
            return self.tr("no date agreed")
        text = format_date(inv.report_back_date)
        if inv.report_back_due:
            return self.tr("{date} – due now").format(date=text)
        return text

    def _period_text(self, inv: InvolvementDTO) -> str:
        if inv.state is InvolvementState.CANCELLED:
            return self.tr("referred {date}, never started").format(date=format_date(inv.referral_date))
        if inv.start_date is None:
            return self.tr("referred {date}, not started yet").format(date=format_date(inv.referral_date))
        return self.tr("{referral} → {start} ({waiting} waiting)").format(
            referral=format_date(inv.referral_date), start=format_date(inv.start_date),
            waiting=days_text(inv.waiting_days))
