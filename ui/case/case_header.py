"""The band at the top of a case window: whose family, its case number, who directs, status, priority and plan.

The case number is what ``gezinsregie export plan CASE_ID`` asks for; it can be selected and copied.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from app.queries.case_view import CaseHeader
from app.queries.consents import ConsentRegister, ConsentStatus
from models.enums import CaseStatus, Priority
from ui.labels.case import label
from ui.widgets.heading import heading, muted
from ui.formatting import format_date
from ui.labels import plan_versions_label


def _pill(object_name: str) -> QLabel:
    pill = QLabel()
    pill.setObjectName(object_name)
    return pill


def _set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Sets a dynamic property the style sheet reads, and re-polishes so it shows."""
    if bool(widget.property(name)) != on:
        widget.setProperty(name, on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class CaseHeaderBar(QFrame):
    """Always visible above the tabs; the case actions sit on its right."""

    def __init__(self, case_actions: QToolBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.family_label = heading("", 1.6, "familyName")
        self.case_number_label = muted()
        self.case_number_label.setWordWrap(False)
        self.case_number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_pill = _pill("statusPill")
        self.priority_pill = _pill("priorityPill")
        self.plan_pill = _pill("planPill")
        self.consent_pill = _pill("consentPill")
        self.consent_pill.setVisible(False)
        self.details_label = muted()
        self.details_label.setObjectName("headerDetails")

        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.family_label)
        for pill in (self.status_pill, self.priority_pill):
            title_row.addWidget(pill, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        title_row.addWidget(case_actions)
        # The plan (agreed version and draft) opens the second line: on the first it pushed the case
        # actions off a 1366-pixel screen.
        details_row = QHBoxLayout()  # the number and the plan on the second line: the first is full on a laptop
        details_row.setSpacing(10)
        details_row.addWidget(self.case_number_label)
        details_row.addWidget(self.plan_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        details_row.addWidget(self.consent_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        details_row.addWidget(self.details_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 14)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        layout.addLayout(details_row)

    def show_header(self, header: CaseHeader) -> None:
        self.family_label.setText(header.family_name)
        self.case_number_label.setText(self.tr("Case {number}").format(number=header.case_id))
        self.case_number_label.setToolTip(self.tr(
            "The case number, e.g. for the command line: gezinsregie export plan {number}").format(
            number=header.case_id))
        self.status_pill.setText(label(header.status))
        _set_flag(self.status_pill, "closed", header.status is CaseStatus.CLOSED)
        self.priority_pill.setText(self._priority_text(header))
        _set_flag(self.priority_pill, "high", header.priority is Priority.HIGH)
        self.plan_pill.setText(self.tr("Plan: {status}").format(status=plan_versions_label(header.plan)))
        self.details_label.setText(self._details_text(header))

    def show_consents(self, register: ConsentRegister) -> None:
        """The compact consent status: "Consent: 2 valid, 1 to renew" (valid ones and ones due for renewal)."""
        valid, renew = register.count(ConsentStatus.VALID), register.count(ConsentStatus.RENEWAL_DUE)
        if renew:
            text = self.tr("Consent: {valid} valid, {renew} to renew").format(valid=valid, renew=renew)
        elif valid:
            text = self.tr("Consent: {valid} valid").format(valid=valid)
        else:
            text = self.tr("Consent: none valid")
        self.consent_pill.setText(text)
        _set_flag(self.consent_pill, "high", bool(renew))
        self.consent_pill.setVisible(True)

    def _priority_text(self, header: CaseHeader) -> str:
        if header.priority is Priority.HIGH and header.priority_reason is not None:
            return self.tr("High priority: {reason}").format(reason=label(header.priority_reason))
        return self.tr("Priority: {priority}").format(priority=label(header.priority))

    def _details_text(self, header: CaseHeader) -> str:
        parts = [
            self.tr("Director: {name}").format(name=header.director_name),
            header.team_name,
            label(header.direction_mode),
            self.tr("Started {date}").format(date=format_date(header.opened_on)),
        ]
        if header.closed_on is not None:
            parts.append(self.tr("Closed {date}").format(date=format_date(header.closed_on)))
        if header.reopen_count:
            parts.append(self.tr("Reopened {count}×").format(count=header.reopen_count))
        return "  ·  ".join(parts)
