"""The Gezin tab's "Consents" section: the family's consent register with Add and Withdraw, and under it
what was shared with whom (the sharing gate's records: on which consents or legal ground, by whom).

It loads the register and the sharing records when the family is shown, and says what it loaded (``loaded``) so the case header
can show a compact status. A recorded or withdrawn consent is announced as the family tab's change.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.bootstrap import Services
from app.changes import run_command
from app.errors import AppError, ConcurrencyConflict
from app.queries.case_view import FamilyDetail
from app.queries.consents import ConsentDTO, ConsentRegister, ConsentStatus
from app.queries.sharing import SharingRecordDTO
from ui.case.consent_dialog import ConsentDialog, scope_text
from ui.errors import show_error
from ui.formatting import format_date
from ui.labels.care import label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.heading import heading, muted, section_layout
from ui.widgets.messages import ask_yes_no
from ui.widgets.tables import fit_columns, fit_height, make_table, selected_row


class ConsentSection(QWidget):
    changed = Signal(object)           # the Changes of a command
    conflict_found = Signal()
    loaded = Signal(object)            # the ConsentRegister shown

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._family: FamilyDetail | None = None
        self.model = RowTableModel(self._columns(), self)
        self.table = make_table(self.model, "consentsTable")
        self.table.setAccessibleName(self.tr("Consents"))
        self.add_button = QPushButton(self.tr("Record consent"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.status_label = muted()
        self.shared_model = RowTableModel(self._shared_columns(), self)
        self.shared_table = make_table(self.shared_model, "sharingTable")
        self.shared_table.setAccessibleName(self.tr("Shared with others"))
        self.shared_heading = heading(self.tr("Shared with others"), 1.0)
        self.shared_hint = muted(self.tr("What the team shared, and on which consent or legal ground. It stays on "
                                         "record when a consent is withdrawn later."))

        layout = section_layout(self, self.tr("Consents"), (self.add_button, self.withdraw_button), self.tr(
            "Sharing information about a family member needs their consent (Jeugdwet 7.3.4 / 7.3.5)."))
        layout.addWidget(self.table)
        layout.addWidget(self.status_label)
        layout.addWidget(self.shared_heading)
        layout.addWidget(self.shared_hint)
        layout.addWidget(self.shared_table)
        for widget in (self.shared_heading, self.shared_hint, self.shared_table):
            widget.setVisible(False)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._update_buttons()

    def _columns(self) -> list[Column[ConsentDTO]]:
        return [
            Column(self.tr("About"), lambda c: c.person_name),
            Column(self.tr("Covers"), scope_text),
            Column(self.tr("Given by"), lambda c: c.given_by),
            Column(self.tr("How"), lambda c: label(c.form)),
            Column(self.tr("Given on"), lambda c: format_date(c.given_on)),
            Column(self.tr("Valid until"), lambda c: format_date(c.valid_until)),
            Column(self.tr("Status"), self._status_text),
        ]

    def _shared_columns(self) -> list[Column[SharingRecordDTO]]:
        return [
            Column(self.tr("On"), lambda r: format_date(r.shared_on)),
            Column(self.tr("For"), lambda r: label(r.purpose)),
            Column(self.tr("With"), lambda r: r.party),
            Column(self.tr("Basis"), self._basis_text),
            Column(self.tr("By"), lambda r: r.worker_name),
        ]

    def _basis_text(self, r: SharingRecordDTO) -> str:
        if r.ground is None:
            return self.tr("Consent (%n consent(s))", "", len(r.consent_ids))
        reason = r.reason or ""
        return f"{label(r.ground)}: {reason if len(reason) <= 50 else reason[:49] + '…'}"

    def _status_text(self, c: ConsentDTO) -> str:
        if c.status is ConsentStatus.WITHDRAWN:
            return self.tr("Withdrawn {date}").format(date=format_date(c.withdrawn_on))
        if c.status is ConsentStatus.RENEWAL_DUE:
            return self.tr("Renew: turned {age} on {date}").format(
                age=c.renewal_due_on.year - self._born(c).year, date=format_date(c.renewal_due_on))
        return label(c.status)

    def _born(self, c: ConsentDTO):
        return next(m.date_of_birth for m in self._family.members if m.id == c.person_id)

    def set_family(self, family: FamilyDetail) -> None:
        """Shows ``family``'s register: its first showing is a view (logged), later ones refresh it."""
        log_read = self._family is None or self._family.family_id != family.family_id
        self._family = family
        self._update_buttons()
        family_id = family.family_id
        services = self._services

        self._runner.run(lambda: services.consents.consents(family_id, log_read=log_read), self._on_loaded,
                         self._on_load_failed, context=self)

    def _on_loaded(self, register: ConsentRegister) -> None:
        shared = register.shared
        self.shared_model.set_rows(list(shared))
        for widget in (self.shared_heading, self.shared_hint, self.shared_table):
            widget.setVisible(bool(shared))
        if shared:
            fit_columns(self.shared_table)
            fit_height(self.shared_table)
        index = selected_row(self.table)
        selected_id = self.model.row(index).id if index is not None else None
        self.model.set_rows(list(register.consents))
        for row, item in enumerate(register.consents):
            if item.id == selected_id:
                self.table.selectRow(row)
        fit_columns(self.table)
        fit_height(self.table)
        self.status_label.setVisible(not register.consents)
        self.status_label.setText(self.tr("No consents recorded yet."))
        self._update_buttons()
        self.loaded.emit(register)

    def _on_load_failed(self, error: AppError) -> None:
        self.status_label.setVisible(True)
        self.status_label.setText(error.message())

    def selected(self) -> ConsentDTO | None:
        row = selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _update_buttons(self, *_args) -> None:
        self.add_button.setEnabled(self._family is not None)
        chosen = self.selected()
        self.withdraw_button.setEnabled(chosen is not None and chosen.withdrawn_on is None)

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _on_add_button_clicked(self) -> None:
        family_id = self._family.family_id
        dialog = ConsentDialog(self._services.ctx.clock.today(), list(self._family.members),
                               lambda data: self._services.consents.record(family_id, data), self,
                               runner=self._runner)
        if dialog.exec():
            self._after(dialog.saved_outcome)
        dialog.deleteLater()

    def _on_withdraw_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None or not ask_yes_no(self, self.tr("Withdraw consent"), self.tr(
                "Record that the consent about {name} ({scope}) is withdrawn today? It stays on record.").format(
                name=chosen.person_name, scope=scope_text(chosen))):
            return
        self._runner.run(lambda: run_command(lambda: self._services.consents.withdraw(chosen.id, chosen.version)),
                         self._after, self._on_withdraw_failed, context=self)

    def _after(self, outcome) -> None:
        self.changed.emit(outcome.changes)
        if self._family is not None:
            self.set_family(self._family)

    def _on_withdraw_failed(self, error: AppError) -> None:
        if isinstance(error, ConcurrencyConflict):
            self.conflict_found.emit()
        else:
            show_error(self, error)
