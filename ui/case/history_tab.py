"""The case history in plain sentences: who opened, transferred, prioritised, closed and reopened it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.services.cases import CaseEventRow
from models.enums import CaseEventKind, CaseStatus, CloseReason, DirectionMode, Priority, PriorityReason, ProtectionKind
from ui.labels.case import enum_label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.widgets.heading import muted
from ui.widgets.tables import make_table
from ui.errors import error_text
from ui.formatting import format_date
from ui.tasks import TaskRunner

CONTEXT = "CaseHistory"



_SENTENCES = {
    "opened": QT_TRANSLATE_NOOP("CaseHistory", "Case opened with {director} as director"),
    "status": QT_TRANSLATE_NOOP("CaseHistory", "Status changed from {old} to {new}"),
    "status_reason": QT_TRANSLATE_NOOP("CaseHistory", "Status changed from {old} to {new}: {reason}"),
    "transferred": QT_TRANSLATE_NOOP("CaseHistory", "Transferred from {old} to {new}: {reason}"),
    "priority": QT_TRANSLATE_NOOP("CaseHistory", "Priority changed from {old} to {new}"),
    "priority_reason": QT_TRANSLATE_NOOP("CaseHistory", "Priority changed from {old} to {new} ({reason})"),
    "closed": QT_TRANSLATE_NOOP("CaseHistory", "Closed ({reason})"),
    "closed_note": QT_TRANSLATE_NOOP("CaseHistory", "Closed ({reason}): {note}"),
    "reopened": QT_TRANSLATE_NOOP("CaseHistory", "Reopened (recurrence): {reason}"),
    "direction": QT_TRANSLATE_NOOP("CaseHistory", "Direction changed from {old} to {new}"),
    "direction_reason": QT_TRANSLATE_NOOP("CaseHistory", "Direction changed from {old} to {new}: {reason}"),
    "measure": QT_TRANSLATE_NOOP("CaseHistory", "{measure} for {name} recorded, until {end}"),
    "measure_open": QT_TRANSLATE_NOOP("CaseHistory", "{measure} for {name} recorded"),
    "extended": QT_TRANSLATE_NOOP("CaseHistory", "OTS for {name} extended from {old} to {new}"),
}


def _in_sentence(text: str) -> str:
    """A label inside a sentence: "Hoog" becomes "hoog"; an abbreviation such as "OTS" stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _day(stored: str | None) -> str:
    """An ISO date kept in an event, as dd-mm-jjjj."""
    try:
        return format_date(date.fromisoformat(stored or ""))
    except ValueError:
        return stored or "?"


def _sentence(key: str, **params: str) -> str:
    return QCoreApplication.translate(CONTEXT, _SENTENCES[key]).format(**params)


def _change(enum_type, event: CaseEventRow, key: str, *, reason: str | None) -> str:
    """"<key> changed from <old> to <new>", with ": <reason>" (sentence ``<key>_reason``) when there is one."""
    old = _in_sentence(enum_label(enum_type, event.from_value))
    new = _in_sentence(enum_label(enum_type, event.to_value))
    if reason:
        return _sentence(f"{key}_reason", old=old, new=new, reason=reason)
    return _sentence(key, old=old, new=new)


def describe_event(event: CaseEventRow) -> str:
    """One Dutch sentence per event, e.g. "Overgedragen van Sanne de Vries aan Mohamed El Amrani: Verlof"."""
    kind = event.kind
    if kind is CaseEventKind.OPENED:
        return _sentence("opened", director=event.to_worker or "?")
    if kind is CaseEventKind.STATUS_CHANGED:
        return _change(CaseStatus, event, "status", reason=event.reason)
    if kind is CaseEventKind.DIRECTOR_TRANSFERRED:
        return _sentence("transferred", old=event.from_worker or "?", new=event.to_worker or "?",
                         reason=event.reason or "")
    if kind is CaseEventKind.PRIORITY_CHANGED:
        return _change(Priority, event, "priority",
                       reason=_in_sentence(enum_label(PriorityReason, event.reason)) if event.reason else None)
    if kind is CaseEventKind.CLOSED:
        reason = _in_sentence(enum_label(CloseReason, event.to_value))
        if event.reason:
            return _sentence("closed_note", reason=reason, note=event.reason)
        return _sentence("closed", reason=reason)
    if kind is CaseEventKind.REOPENED:
        return _sentence("reopened", reason=event.reason or "")
    if kind is CaseEventKind.DIRECTION_CHANGED:
        return _change(DirectionMode, event, "direction", reason=event.reason)
    if kind is CaseEventKind.MEASURE_RECORDED:
        measure = enum_label(ProtectionKind, event.from_value)
        if event.to_value:
            return _sentence("measure", measure=measure, name=event.reason or "?", end=_day(event.to_value))
        return _sentence("measure_open", measure=measure, name=event.reason or "?")
    if kind is CaseEventKind.MEASURE_EXTENDED:
        return _sentence("extended", name=event.reason or "?", old=_day(event.from_value), new=_day(event.to_value))
    return str(kind.value)


class HistoryTab(QWidget):
    """Newest first, so the latest step is at the top; reloaded after every change to the case."""

    def __init__(self, services: Services, case_id: int, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._case_id = case_id
        self._runner = runner
        self.model = RowTableModel([
            Column(self.tr("Date"), lambda e: format_date(e.on_date)),
            Column(self.tr("What happened"), describe_event, describe_event),
            Column(self.tr("Recorded by"), lambda e: e.worker_name),
        ], self)
        self.table = make_table(self.model, "historyTable")
        self.table.setAccessibleName(self.tr("History"))
        self.status_label = muted()
        self.status_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(muted(self.tr("Every step in the direction of this case, newest first. A reopened case "
                                       "counts as recurrence.")))
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)

    def reload(self, *, log_read: bool = True) -> None:
        case_id, cases = self._case_id, self._services.cases
        self._runner.run(lambda: cases.history(case_id, log_read=log_read), self._on_history_loaded, self._on_history_failed,
                         context=self)

    def sentences(self) -> list[str]:
        return [describe_event(event) for event in self.model.rows()]

    def _on_history_loaded(self, events: list[CaseEventRow]) -> None:
        self.status_label.setVisible(False)
        self.model.set_rows(list(reversed(events)))
        header = self.table.horizontalHeader()
        self.table.resizeColumnToContents(0)
        header.resizeSection(0, header.sectionSize(0) + 24)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def _on_history_failed(self, error: AppError) -> None:
        self.status_label.setText(error_text(error))
        self.status_label.setVisible(True)
