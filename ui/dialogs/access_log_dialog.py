"""Consulting the access log (NEN 7513): who looked at a family's file, or what a colleague looked at.

For supervisors and administrators; the core refuses anyone else and the refusal is shown in Dutch.
The dialog gets plain callables (the services' questions) and shows the rows they return.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.services.access_log import AccessLogRow
from models.enums import AuditEvent, AuditOutcome
from ui.errors import error_text
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit, required_dates
from ui.widgets.field_error_label import ERROR_COLOUR, FieldErrorLabel
from ui.widgets.screen_fit import minimum_within_screen

DEFAULT_DAYS = 30
Question = Callable[[int, datetime, datetime], list[AccessLogRow]]

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


@dataclass(frozen=True)
class AccessLogSource:
    """What the dialog may ask: the families and workers to choose from, and the two questions."""

    families: list[tuple[int, str]]
    workers: list[tuple[int, str]]
    who_looked_at: Question
    what_did_user_look_at: Question


def local_day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` on this computer's clock, in UTC (the log's time zone)."""
    return datetime.combine(day, time.min).astimezone().astimezone(timezone.utc)


def local_time_text(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
    return aware.astimezone().strftime("%d-%m-%Y %H:%M")


class AccessLogDialog(QDialog):
    """Family or worker, a period (default the last 30 days), and the entries in a table."""

    COLUMNS = 7

    def __init__(self, source: AccessLogSource, runner: TaskRunner, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._family_names = dict(source.families)
        self.rows: list[AccessLogRow] = []
        self.setWindowTitle(self.tr("Access log"))
        minimum_within_screen(self, 980, 560)
        today = today or date.today()

        self.family_radio = QRadioButton(self.tr("Who looked at a family's file"))
        self.worker_radio = QRadioButton(self.tr("What a worker looked at"))
        self.family_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.family_radio)
        self.mode_group.addButton(self.worker_radio)
        self.family_radio.toggled.connect(self._on_family_radio_toggled)
        self.family_combo = self._searchable_combo(source.families, self.tr("Type to search a family"))
        self.worker_combo = self._searchable_combo(source.workers, self.tr("Type to search a worker"))
        self.worker_combo.setEnabled(False)

        self.from_edit = self._date_edit(today - timedelta(days=DEFAULT_DAYS))
        self.to_edit = self._date_edit(today)
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("up to and including")))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        self.search_button = QPushButton(self.tr("&Show"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self._on_search_button_clicked)
        period.addWidget(self.search_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow (scaled) screens: fields below
        form.addRow(self.family_radio, self.family_combo)
        form.addRow(self.worker_radio, self.worker_combo)
        form.addRow(self.tr("Period"), period)
        self.date_errors = [FieldErrorLabel(self.from_edit), FieldErrorLabel(self.to_edit)]
        for label in self.date_errors:
            form.addRow("", label)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("accessLogTable")
        self.table.setAccessibleName(self.tr("Access log"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Event"), self.tr("Worker"), self.tr("Family / case"),
            self.tr("Workstation"), self.tr("Outcome"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # measure the first rows only: a log can be long
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        self.status_label.setObjectName("accessLogStatus")
        self.status_label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

    def _searchable_combo(self, choices: list[tuple[int, str]], placeholder: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(placeholder)
        for item_id, name in choices:
            combo.addItem(name, item_id)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    @staticmethod
    def _date_edit(day: date) -> DateLineEdit:
        edit = DateLineEdit(day, today=day)
        edit.setMinimumWidth(140)
        return edit

    def _on_family_radio_toggled(self, checked: bool) -> None:
        self.family_combo.setEnabled(checked)
        self.worker_combo.setEnabled(not checked)

    def _chosen_id(self) -> int | None:
        combo = self.family_combo if self.family_radio.isChecked() else self.worker_combo
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else None

    def _on_search_button_clicked(self) -> None:
        subject = self._chosen_id()
        if subject is None:
            self._say(self.tr("Choose a family from the list.") if self.family_radio.isChecked()
                      else self.tr("Choose a worker from the list."), failed=True)
            return
        first, last = self.from_edit.date(), self.to_edit.date()
        if not required_dates(self.date_errors):
            return
        if last < first:
            self._say(self.tr("The period ends before it starts."), failed=True)
            return
        question = self._source.who_looked_at if self.family_radio.isChecked() else self._source.what_did_user_look_at
        start, end = local_day_start(first), local_day_start(last + timedelta(days=1))
        self.search_button.setEnabled(False)
        self._say(self.tr("Searching…"))
        self._runner.run(lambda: question(subject, start, end), self._on_rows_loaded, self._on_rows_failed,
                         context=self)

    def _on_rows_loaded(self, rows: list[AccessLogRow]) -> None:
        self.search_button.setEnabled(True)
        self.show_rows(rows)
        self._say(self.tr("No entries in this period.") if not rows else
                  self.tr("1 entry.") if len(rows) == 1 else self.tr("{count} entries.").format(count=len(rows)))

    def _on_rows_failed(self, error: AppError) -> None:
        self.search_button.setEnabled(True)
        self.show_rows([])
        self._say(error_text(error), failed=True)

    def show_rows(self, rows: list[AccessLogRow]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            texts = (local_time_text(row.occurred_at), self.tr(EVENT_LABELS.get(row.event, str(row.event))),
                     self._worker_text(row), self._subject_text(row), row.workstation or "",
                     self.tr(OUTCOME_LABELS.get(row.outcome, str(row.outcome))), row.detail)
            for column, text in enumerate(texts):
                self.table.setItem(number, column, QTableWidgetItem(text))

    def _worker_text(self, row: AccessLogRow) -> str:
        worker = row.worker_name or row.username
        if row.on_behalf_of:
            return self.tr("{worker} on behalf of {other}").format(worker=worker, other=row.on_behalf_of)
        return worker

    def _subject_text(self, row: AccessLogRow) -> str:
        if row.family_id is None:
            return ""
        family = self._family_names.get(row.family_id) or self.tr("Family {id}").format(id=row.family_id)
        if row.case_id is None:
            return family
        return self.tr("{family}, case {case}").format(family=family, case=row.case_id)

    def _say(self, text: str, *, failed: bool = False) -> None:
        palette = self.status_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         ERROR_COLOUR if failed else self.palette().color(QPalette.ColorRole.WindowText))
        self.status_label.setPalette(palette)
        self.status_label.setProperty("failed", failed)
        self.status_label.setText(text)


def access_log_source(services) -> AccessLogSource:
    """The choices and questions from the services (families of the supervisor's teams, all workers)."""
    families: dict[int, str] = {}
    for row in services.caseload.team_caseload():
        families.setdefault(row.family_id, row.family_name)
    return AccessLogSource(
        families=sorted(families.items(), key=lambda item: item[1].casefold()),
        workers=[(w.id, w.name) for w in services.workers.workers()],
        who_looked_at=services.access_log.who_looked_at,
        what_did_user_look_at=services.access_log.what_did_user_look_at,
    )


def open_access_log_dialog(services, runner: TaskRunner, parent: QWidget | None = None) -> AccessLogDialog:
    dialog = AccessLogDialog(access_log_source(services), runner, services.ctx.clock.today(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
