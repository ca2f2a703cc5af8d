"""The access log's entries for one question, a page at a time as the table scrolls (a family's file can
have been looked at thousands of times)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.services.access_log import AccessLogRow
from models.enums import AuditEvent, AuditOutcome
from ui.qt_models.column_table_model import AnyIndex, ColumnTableModel
from ui.qt_models.keyset_model import KeysetPaging
from ui.tasks import TaskRunner

EVENT_LABELS = {
    AuditEvent.CREATE: QT_TRANSLATE_NOOP("AccessLogDialog", "Created"),
    AuditEvent.READ: QT_TRANSLATE_NOOP("AccessLogDialog", "Viewed"),
    AuditEvent.UPDATE: QT_TRANSLATE_NOOP("AccessLogDialog", "Changed"),
    AuditEvent.DELETE: QT_TRANSLATE_NOOP("AccessLogDialog", "Deleted"),
    AuditEvent.PRINT_EXPORT: QT_TRANSLATE_NOOP("AccessLogDialog", "Printed or exported"),
    AuditEvent.SEARCH: QT_TRANSLATE_NOOP("AccessLogDialog", "Searched"),
}
OUTCOME_LABELS = {
    AuditOutcome.SUCCESS: QT_TRANSLATE_NOOP("AccessLogDialog", "Allowed"),
    AuditOutcome.DENIED: QT_TRANSLATE_NOOP("AccessLogDialog", "Refused"),
    AuditOutcome.FAILED: QT_TRANSLATE_NOOP("AccessLogDialog", "Failed"),
}


_HEADERS = (
    QT_TRANSLATE_NOOP("AccessLogDialog", "Time"), QT_TRANSLATE_NOOP("AccessLogDialog", "Event"),
    QT_TRANSLATE_NOOP("AccessLogDialog", "Worker"), QT_TRANSLATE_NOOP("AccessLogDialog", "Family / case"),
    QT_TRANSLATE_NOOP("AccessLogDialog", "Workstation"), QT_TRANSLATE_NOOP("AccessLogDialog", "Outcome"),
    QT_TRANSLATE_NOOP("AccessLogDialog", "Details"),
)


class AccessLogColumn(IntEnum):
    TIME = 0
    EVENT = 1
    WORKER = 2
    SUBJECT = 3
    WORKSTATION = 4
    OUTCOME = 5
    DETAIL = 6


def local_time_text(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
    return aware.astimezone().strftime("%d-%m-%Y %H:%M")


def _tr(source: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the current language."""
    return QCoreApplication.translate("AccessLogDialog", source)


class AccessLogModel(KeysetPaging, ColumnTableModel):
    """Read-only; :meth:`set_first_page` shows a new answer. ``family_names`` names the families."""

    COLUMNS = AccessLogColumn

    def __init__(self, runner: TaskRunner, family_names: Callable[[], Mapping[int, str]], parent=None):
        super().__init__(parent)
        self._init_paging(runner)
        self._family_names = family_names
        self.total = 0

    def _took(self, page, *, first: bool) -> None:
        if first:
            self.total = page.total or 0

    def rows(self) -> list[AccessLogRow]:
        """The entries fetched so far."""
        return list(self._rows)

    def column_title(self, column: AccessLogColumn) -> str:
        return _tr(_HEADERS[column])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: AccessLogRow = self._rows[index.row()]
        match AccessLogColumn(index.column()):
            case AccessLogColumn.TIME:
                return local_time_text(row.occurred_at)
            case AccessLogColumn.EVENT:
                return _tr(EVENT_LABELS.get(row.event, str(row.event)))
            case AccessLogColumn.WORKER:
                return self._worker_text(row)
            case AccessLogColumn.SUBJECT:
                return self._subject_text(row)
            case AccessLogColumn.WORKSTATION:
                return row.workstation or ""
            case AccessLogColumn.OUTCOME:
                return _tr(OUTCOME_LABELS.get(row.outcome, str(row.outcome)))
            case AccessLogColumn.DETAIL:
                return row.detail

    @staticmethod
    def _worker_text(row: AccessLogRow) -> str:
        worker = row.worker_name or row.username
        if row.on_behalf_of:
            return QCoreApplication.translate("AccessLogDialog", "{worker} on behalf of {other}").format(worker=worker, other=row.on_behalf_of)
        return worker

    def _subject_text(self, row: AccessLogRow) -> str:
        if row.family_id is None:
            return ""
        family = self._family_names().get(row.family_id) or QCoreApplication.translate("AccessLogDialog", "Family {id}").format(id=row.family_id)
        if row.case_id is None:
            return family
        return QCoreApplication.translate("AccessLogDialog", "{family}, case {case}").format(family=family, case=row.case_id)
