"""Consulting the access log (NEN 7513): who looked at a family's file, or what a colleague looked at.

For supervisors and administrators; the core refuses anyone else and the refusal is shown in Dutch.
The dialog gets plain callables (the services' questions), runs them through the task runner, and
shows the answer a page at a time as the table scrolls (a family's file may have thousands of entries).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QRadioButton, QTableView, QVBoxLayout, QWidget,
)

from app.errors import AppError
from app.queries.keyset import Key, Page
from app.services.access_log import AccessLogChoices, AccessLogRow
from ui.errors import error_text
from ui.qt_models.access_log_model import AccessLogColumn, AccessLogModel
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit, required_dates
from ui.widgets.field_error_label import ERROR_COLOUR, FieldErrorLabel
from ui.widgets.screen_fit import minimum_within_screen

DEFAULT_DAYS = 30
Question = Callable[[int, datetime, datetime, Key | None], Page[AccessLogRow]]  # a page, after a key


@dataclass(frozen=True)
class AccessLogSource:
    """What the dialog may ask, each off the GUI thread: whom it can ask about, and the two questions."""

    choices: Callable[[], AccessLogChoices]
    who_looked_at: Question
    what_did_user_look_at: Question


def local_day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` on this computer's clock, in UTC (the log's time zone)."""
    return datetime.combine(day, time.min).astimezone().astimezone(timezone.utc)


class AccessLogDialog(QDialog):
    """Family or worker, a period (default the last 30 days), and the entries in a table that fetches
    them as it scrolls. The choices and every answer come through the task runner."""

    def __init__(self, source: AccessLogSource, runner: TaskRunner, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._family_names: dict[int, str] = {}
        self._ids: dict[QComboBox, list[int]] = {}
        self.model = AccessLogModel(runner, lambda: self._family_names, self)
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
        self.family_combo = self._searchable_combo(self.tr("Type to search a family"))
        self.worker_combo = self._searchable_combo(self.tr("Type to search a worker"))
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
        self.search_button.setEnabled(False)  # until the choices are there
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

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("accessLogTable")
        self.table.setAccessibleName(self.tr("Access log"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # measure the first rows only: a log can be long
        header.setSectionResizeMode(AccessLogColumn.SUBJECT, QHeaderView.ResizeMode.Stretch)
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
        self._say(self.tr("Loading…"))
        runner.run(source.choices, self._on_choices_loaded, self._on_choices_failed, context=self)

    @property
    def rows(self) -> list[AccessLogRow]:
        """The entries fetched so far (more come as the table scrolls)."""
        return self.model.rows()

    @staticmethod
    def _searchable_combo(placeholder: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(placeholder)
        return combo

    def _fill_combo(self, combo: QComboBox, choices: list[tuple[int, str]]) -> None:
        """One string list model, not an item per choice: an administrator chooses among every family."""
        self._ids[combo] = [item_id for item_id, _name in choices]
        combo.setModel(QStringListModel([name for _id, name in choices], combo))
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

    def _on_choices_loaded(self, choices: AccessLogChoices) -> None:
        self._family_names = dict(choices.families)
        self._fill_combo(self.family_combo, choices.families)
        self._fill_combo(self.worker_combo, choices.workers)
        self.search_button.setEnabled(True)
        self._say("")

    def _on_choices_failed(self, error: AppError) -> None:
        self._say(error_text(error), failed=True)

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
        return self._ids[combo][index] if index >= 0 and combo in self._ids else None

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
        self._runner.run(lambda: question(subject, start, end, None),
                         lambda page: self._on_rows_loaded(page, lambda after: question(subject, start, end, after)),
                         self._on_rows_failed, context=self)

    def _on_rows_loaded(self, page: Page[AccessLogRow], next_page: Callable[[Key], Page[AccessLogRow]]) -> None:
        self.search_button.setEnabled(True)
        self.model.set_first_page(page, next_page)
        count = self.model.total
        self._say(self.tr("No entries in this period.") if not count else
                  self.tr("1 entry.") if count == 1 else self.tr("{count} entries.").format(count=count))

    def _on_rows_failed(self, error: AppError) -> None:
        self.search_button.setEnabled(True)
        self.model.clear_pages()
        self._say(error_text(error), failed=True)

    def _say(self, text: str, *, failed: bool = False) -> None:
        palette = self.status_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         ERROR_COLOUR if failed else self.palette().color(QPalette.ColorRole.WindowText))
        self.status_label.setPalette(palette)
        self.status_label.setProperty("failed", failed)
        self.status_label.setText(text)


def access_log_source(services) -> AccessLogSource:
    """The access-log service's choices and its two questions, a page at a time."""
    log = services.access_log
    return AccessLogSource(
        choices=log.choices,
        who_looked_at=lambda family_id, start, end, after: log.who_looked_at_page(family_id, start, end, after),
        what_did_user_look_at=lambda worker_id, start, end, after: log.what_did_user_look_at_page(
            worker_id, start, end, after),
    )


def open_access_log_dialog(services, runner: TaskRunner, parent: QWidget | None = None) -> AccessLogDialog:
    dialog = AccessLogDialog(access_log_source(services), runner, services.ctx.clock.today(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
