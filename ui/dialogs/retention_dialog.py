"""Retention and destruction (Jeugdwet 7.3.8 / 7.3.9; NEN 7513), for administrators: the review list
of files past their 20 years or with a destruction request, the access log's entries past five years,
and the record of what was destroyed. The steps - request, approval by a second administrator, carrying
out - open their dialogs (ui/dialogs/destruction_dialogs.py); the list is read through the task runner,
and each family it names is in the access log.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from app.errors import AppError
from app.queries.retention import DestructionRequestDTO, RetentionReview
from models.enums import DestructionKind, DestructionStatus
from ui.commands import run_command
from ui.dialogs.destruction_dialogs import (
    DestructionApprovalDialog, DestructionExecuteDialog, DestructionRequestDialog, LogPurgeRequestDialog,
)
from ui.errors import show_error
from ui.events import AppEvents
from ui.formatting import format_date
from ui.labels import label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.heading import heading, muted
from ui.widgets.messages import ask_yes_no
from ui.widgets.screen_fit import minimum_within_screen
from ui.widgets.tables import fit_columns, make_table, selected_row


@dataclass(frozen=True)
class ReviewItem:
    """A row of the review list: a family's file, or the access log's old entries."""

    kind: DestructionKind
    family_id: int | None
    subject: str
    team: str
    last_change: str
    kept_until: str
    state: str
    expired: bool
    request: DestructionRequestDTO | None


class RetentionDialog(QDialog):
    def __init__(self, services, runner: TaskRunner, events: AppEvents | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._events = events
        self.review: RetentionReview | None = None
        self.setWindowTitle(self.tr("Retention and destruction"))
        minimum_within_screen(self, 900, 520)

        intro = muted(self.tr(
            "A family's file is kept 20 years after its last change (Youth Act 7.3.8) and destroyed earlier at "
            "the person's request, unless someone else has a substantial interest in keeping it (7.3.9). "
            "Access-log entries are kept five years. Destruction takes two administrators: one requests, "
            "another approves; then either carries it out. A file with an open case cannot be destroyed."))
        intro.setWordWrap(True)

        self.items_model = RowTableModel([
            Column(self.tr("File"), lambda r: r.subject),
            Column(self.tr("Team"), lambda r: r.team),
            Column(self.tr("Last change"), lambda r: r.last_change),
            Column(self.tr("Kept until"), lambda r: r.kept_until),
            Column(self.tr("Status"), lambda r: r.state),
        ], self)
        self.items_table = make_table(self.items_model, "retentionTable")
        self.items_table.setAccessibleName(self.tr("Files to review"))
        self.items_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.request_button = QPushButton(self.tr("&Request destruction…"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.execute_button = QPushButton(self.tr("&Destroy…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw request"))
        self.request_button.clicked.connect(self._on_request_button_clicked)
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.execute_button.clicked.connect(self._on_execute_button_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        actions = QHBoxLayout()
        for button in (self.request_button, self.approve_button, self.execute_button, self.withdraw_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("retentionStatus")
        self.status_label.setWordWrap(True)
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(self.items_table, 1)
        review_layout.addLayout(actions)
        review_layout.addWidget(self.status_label)

        self.record_model = RowTableModel([
            Column(self.tr("Carried out"), lambda r: format_date(r.executed_at.date()) if r.executed_at else "-"),
            Column(self.tr("What"), self._record_subject),
            Column(self.tr("Ground"), lambda r: label(r.ground)),
            Column(self.tr("Requested by"), lambda r: r.requested_by),
            Column(self.tr("Approved by"), lambda r: r.approved_by or "-"),
            Column(self.tr("Status"), lambda r: label(r.status)),
            Column(self.tr("Removed"), lambda r: "-" if r.removed_rows is None else str(r.removed_rows)),
        ], self)
        self.record_table = make_table(self.record_model, "destructionRecordTable")
        self.record_table.setAccessibleName(self.tr("Record of destruction"))
        record_page = QWidget()
        record_layout = QVBoxLayout(record_page)
        record_layout.addWidget(muted(self.tr(
            "What was destroyed, by whom and on which ground - without names or content.")))
        record_layout.addWidget(self.record_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(review_page, self.tr("To review"))
        self.tabs.addTab(record_page, self.tr("Record"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(heading(self.tr("Retention and destruction"), 1.2, "dialogHeading"))
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._update_buttons()
        self.load(log_read=True)

    # -- loading -------------------------------------------------------------------------------------

    def load(self, *, log_read: bool = False) -> None:
        self.status_label.setText(self.tr("Loading…"))
        self._runner.run(lambda: self._services.retention.review(log_read=log_read), self._show, self._on_failed,
                         context=self)

    def _show(self, review: RetentionReview) -> None:
        self.review = review
        items = [self._file_item(r) for r in review.files]
        if review.old_log_entries or review.log_request is not None:
            items.append(self._log_item(review))
        self.items_model.set_rows(items)
        self.record_model.set_rows(review.done)
        fit_columns(self.items_table)
        fit_columns(self.record_table)
        self.status_label.setText(self.tr("%n file(s) to review.", "", len(review.files)))
        self._update_buttons()

    def _on_failed(self, error: AppError) -> None:
        self.status_label.setText(error.message())
        show_error(self, error)

    def _file_item(self, row) -> ReviewItem:
        states = [self.tr("Retention period passed") if row.expired else self.tr("Kept")]
        if row.open_case:
            states.append(self.tr("open case"))
        if row.request is not None:
            states.append(self._request_state(row.request))
        return ReviewItem(DestructionKind.FAMILY_FILE, row.family_id,
                          self.tr("{name} (family {id})").format(name=row.family_name, id=row.family_id), row.team_name,
                          format_date(row.last_change), format_date(row.kept_until), "; ".join(states), row.expired,
                          row.request)

    def _log_item(self, review: RetentionReview) -> ReviewItem:
        state = (self._request_state(review.log_request) if review.log_request
                 else self.tr("%n entries older than five years", "", review.old_log_entries))
        return ReviewItem(DestructionKind.ACCESS_LOG, None, self.tr("Access log"), "-",
                          self.tr("before {day}").format(day=format_date(review.log_cutoff)), "-", state, True,
                          review.log_request)

    def _request_state(self, request: DestructionRequestDTO) -> str:
        if request.status is DestructionStatus.APPROVED:
            return self.tr("approved by {name}: ready to destroy").format(name=request.approved_by)
        return self.tr("requested by {name}: waiting for a second administrator").format(name=request.requested_by)

    def _record_subject(self, request: DestructionRequestDTO) -> str:
        if request.kind is DestructionKind.ACCESS_LOG:
            return self.tr("Access log before {day}").format(day=format_date(request.cutoff_date))
        return self.tr("Family {id}").format(id=request.family_id)

    # -- the steps -----------------------------------------------------------------------------------

    def selected(self) -> ReviewItem | None:
        row = selected_row(self.items_table)
        return None if row is None else self.items_model.row(row)

    def select_family(self, family_id: int | None) -> None:
        for row, item in enumerate(self.items_model.rows()):
            if item.family_id == family_id:
                self.items_table.selectRow(row)
                return

    def _on_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected()
        request = item.request if item else None
        self.request_button.setEnabled(item is not None and request is None)
        self.approve_button.setEnabled(request is not None and request.status is DestructionStatus.REQUESTED)
        self.execute_button.setEnabled(request is not None and request.status is DestructionStatus.APPROVED)
        self.withdraw_button.setEnabled(request is not None)

    def _run_step(self, dialog: QDialog, family_id: int | None) -> None:
        if dialog.exec():
            if self._events is not None and dialog.saved_outcome is not None:
                self._events.announce(dialog.saved_outcome.changes, self)
            self._reload_selecting(family_id)
        dialog.deleteLater()

    def _reload_selecting(self, family_id: int | None) -> None:
        def shown(review: RetentionReview) -> None:
            self._show(review)
            self.select_family(family_id)
        self._runner.run(lambda: self._services.retention.review(log_read=False), shown, self._on_failed,
                         context=self)

    def _on_request_button_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        retention = self._services.retention
        if item.kind is DestructionKind.ACCESS_LOG:
            dialog = LogPurgeRequestDialog(self.review.old_log_entries, format_date(self.review.log_cutoff),
                                           retention.request_log_purge, self, runner=self._runner)
        else:
            name = item.subject
            dialog = DestructionRequestDialog(item.family_id, name, item.expired, retention.request_destruction, self,
                                              runner=self._runner)
        self._run_step(dialog, item.family_id)

    def _on_approve_button_clicked(self) -> None:
        item = self.selected()
        if item is not None and item.request is not None:
            self._run_step(DestructionApprovalDialog(item.request, item.subject, self._services.retention.approve,
                                                     self, runner=self._runner), item.family_id)

    def _on_execute_button_clicked(self) -> None:
        item = self.selected()
        if item is not None and item.request is not None:
            self._run_step(DestructionExecuteDialog(item.request, item.subject, self._services.retention.execute,
                                                    self, runner=self._runner), item.family_id)

    def _on_withdraw_button_clicked(self) -> None:
        item = self.selected()
        if item is None or item.request is None:
            return
        request = item.request
        if not ask_yes_no(self, self.tr("Withdraw request"), self.tr(
                "Withdraw the request to destroy {subject}? Nothing is removed.").format(subject=item.subject)):
            return
        run_command(self._runner, self._events, "withdraw_destruction",
                    lambda: self._services.retention.withdraw(request.id, request.version),
                    lambda _done: self._reload_selecting(item.family_id), self._on_failed, initiator=self,
                    context=self)


def open_retention_dialog(services, runner: TaskRunner, events: AppEvents | None = None,
                          parent: QWidget | None = None) -> RetentionDialog:
    dialog = RetentionDialog(services, runner, events, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
