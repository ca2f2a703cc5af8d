"""The band at the top of a case window: whose family, its case number, who directs, status, priority and plan.

The case number is what ``gezinsregie export plan CASE_ID`` asks for; it can be selected and copied.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from app.queries.case_view import CaseHeader, DirectionHolder
from app.queries.consents import ConsentRegister, ConsentStatus
from models.enums import CaseStatus, DirectionMode, Priority
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

    def __init__(self, case_actions: QToolBar, crisis_button: QWidget | None = None, parent: QWidget | None = None):
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
        self.measure_pill = _pill("measurePill")  # "OTS tot 12-03-2027": a child-protection measure runs
        self.measure_pill.setVisible(False)
        self.meldcode_pill = _pill("meldcodePill")  # "Meldcode open since 20-11-2026": no content, only that
        self.meldcode_pill.setVisible(False)
        self.crisis_pill = _pill("crisisPill")  # "Crisis sinds 5 uur": an open crisis, follow-up within 24 hours
        self.crisis_pill.setVisible(False)
        self.consent_pill.setVisible(False)
        self.details_label = muted()
        self.details_label.setObjectName("headerDetails")

        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.family_label)
        for pill in (self.status_pill, self.priority_pill, self.measure_pill):
            title_row.addWidget(pill, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        title_row.addWidget(case_actions)
        # The plan (agreed version and draft) opens the second line: on the first it pushed the case
        # actions off a 1366-pixel screen.
        details_row = QHBoxLayout()  # the number and the plan on the second line: the first is full on a laptop
        details_row.setSpacing(10)
        details_row.addWidget(self.case_number_label)
        details_row.addWidget(self.crisis_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        details_row.addWidget(self.plan_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        details_row.addWidget(self.consent_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        details_row.addWidget(self.meldcode_pill, 0, Qt.AlignmentFlag.AlignVCenter)  # the first line is full
        details_row.addWidget(self.details_label, 1)
        if crisis_button is not None:  # the crisis actions' menu, at the end of the second line
            details_row.addWidget(crisis_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 14)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        layout.addLayout(details_row)

    def show_header(self, header: CaseHeader, now: datetime) -> None:
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
        self.measure_pill.setText(self._measure_text(header))
        self.measure_pill.setToolTip(self._measure_tooltip(header))
        self.measure_pill.setVisible(bool(header.measures))
        _set_flag(self.measure_pill, "high", bool(header.measures))
        since = header.meldcode_since
        self.meldcode_pill.setText(self.tr("Meldcode open since {date}").format(date=format_date(since)) if since else "")
        self.meldcode_pill.setToolTip(self.tr("A meldcode track (domestic violence, child abuse) is open on this case."))
        self.meldcode_pill.setVisible(since is not None)
        _set_flag(self.meldcode_pill, "high", since is not None)
        self._show_crisis(header, now)
        self.details_label.setText(self._details_text(header))
        self.details_label.setToolTip(", ".join(header.direction.holder_parts))

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

    def _show_crisis(self, header: CaseHeader, now: datetime) -> None:
        """"Crisis for 5 hours, not followed up" while a crisis is open; the start in the tooltip."""
        crisis = header.crisis
        self.crisis_pill.setVisible(crisis is not None)
        if crisis is None:
            return
        hours = crisis.hours_since_start(now)
        if crisis.followed_up_at is None:
            text = self.tr("Crisis for %n hour(s), not followed up", "", hours)
        else:
            text = self.tr("Crisis for %n hour(s)", "", hours)
        self.crisis_pill.setText(text)
        self.crisis_pill.setToolTip(self.tr("Crisis since {moment}; follow-up within 24 hours of the start").format(
            moment=crisis.started_at.astimezone().strftime("%d-%m-%Y %H:%M")))
        _set_flag(self.crisis_pill, "high", True)

    def _priority_text(self, header: CaseHeader) -> str:
        if header.priority is Priority.HIGH and header.priority_reason is not None:
            return self.tr("High priority: {reason}").format(reason=label(header.priority_reason))
        return self.tr("Priority: {priority}").format(priority=label(header.priority))

    def _measure_text(self, header: CaseHeader) -> str:
        """The measure ending first: "OTS tot 12-03-2027", "Voogdij"; "+1" when more run."""
        if not header.measures:
            return ""
        first = header.measures[0]
        text = label(first.kind)
        if first.ends_on is not None:
            text = self.tr("{measure} until {date}").format(measure=text, date=format_date(first.ends_on))
        if len(header.measures) > 1:
            text = self.tr("{measure} (+{more})").format(measure=text, more=len(header.measures) - 1)
        return text

    def _measure_tooltip(self, header: CaseHeader) -> str:
        return "\n".join(self.tr("{name}: {measure}, {institution}").format(
            name=m.person_name, measure=label(m.kind), institution=m.institution) for m in header.measures)

    def direction_text(self, direction: DirectionHolder) -> str:
        """"Samenregie with Levvel, Jan de Boer (from 01-11-2026)"; the mode alone while the team directs."""
        if direction.mode is DirectionMode.SOCIAL_TEAM or not direction.holder_parts:
            return label(direction.mode)
        holder = ", ".join(direction.holder_parts[:2])  # the contact is in the tooltip and the dialog
        if direction.mode is DirectionMode.ELSEWHERE:
            text = self.tr("Direction with {holder}").format(holder=holder)
        else:
            text = self.tr("Samenregie with {holder}").format(holder=holder)
        if direction.since is not None:
            text = self.tr("{direction} (from {date})").format(direction=text, date=format_date(direction.since))
        return text

    def _details_text(self, header: CaseHeader) -> str:
        parts = [
            self.tr("Director: {name}").format(name=header.director_name),
            header.team_name,
            self.direction_text(header.direction),
            self.tr("Started {date}").format(date=format_date(header.opened_on)),
        ]
        if header.closed_on is not None:
            parts.append(self.tr("Closed {date}").format(date=format_date(header.closed_on)))
        if header.reopen_count:
            parts.append(self.tr("Reopened {count}×").format(count=header.reopen_count))
        return "  ·  ".join(parts)
