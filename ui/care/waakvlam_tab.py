"""The "Waakvlam" tab: after help ends, who keeps a finger on the pulse, and the planned light-touch contacts.

Setting one up moves the case to waakvlam (help still running is ended first); a contact with outcome
"reopen" makes the case active again (recurrence); ending the waakvlam closes the case.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.errors import AppError, ConcurrencyConflict
from app.queries.waakvlam import ContactDTO, WaakvlamDTO
from models.enums import CaseStatus, WaakvlamStatus
from app.changes import ChangeKind
from ui.care.care_tab import CareTab
from ui.commands import run_command
from ui.care.involvement_steps import EndInvolvementDialog
from ui.labels.care import care_label
from ui.care.looks import ENDED, NEXT, OVERDUE, Look, StyledRowTableModel, set_flag
from ui.care.waakvlam_dialogs import ContactDialog, WaakvlamDialog
from ui.qt_models.row_table_model import Column
from ui.widgets.heading import heading, muted
from ui.widgets.tables import fit_columns, fit_height, make_table, selected_row
from ui.errors import error_text, show_error
from ui.events import AppEvents
from ui.formatting import format_date
from ui.tasks import TaskRunner


class WaakvlamTab(CareTab):
    reload_kinds = frozenset({ChangeKind.CASE, ChangeKind.WAAKVLAM})

    def __init__(self, services: Services, case_id: int, events: AppEvents, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(services, case_id, events, runner, parent)
        self.waakvlam: WaakvlamDTO | None = None
        self.earlier: list[WaakvlamDTO] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty_page())
        self.stack.addWidget(self._build_active_page())
        self.message_label = muted()
        self.message_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.message_label)
        layout.addWidget(self.stack, 1)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.contact_button.clicked.connect(self._on_contact_button_clicked)
        self.end_button.clicked.connect(self._on_end_button_clicked)

    def _build_empty_page(self) -> QWidget:
        self.empty_page = QWidget()
        card = QFrame()
        card.setObjectName("careCard")
        card.setMaximumWidth(680)
        self.empty_title = heading(self.tr("No waakvlam"), 1.3, "cardHeading")
        text = muted(self.tr(
            "When help ends, the case does not simply vanish. A waakvlam (\"pilot light\") agrees who keeps a "
            "finger on the pulse - the social-team worker, the youth and family coach at school, the GP, someone "
            "from the network - for how long and how often. Planned contacts are logged; if things go wrong "
            "again, the case is reopened quickly with its history intact."))
        self.earlier_label = muted()
        self.earlier_label.setObjectName("earlierWaakvlams")
        self.start_button = QPushButton(self.tr("Set up the waakvlam…"))
        self.start_button.setEnabled(False)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(28, 24, 28, 24)
        inside.setSpacing(12)
        for widget in (self.empty_title, text, self.earlier_label):
            inside.addWidget(widget)
        inside.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        column = QVBoxLayout(self.empty_page)
        column.addSpacing(24)
        column.addLayout(row)
        column.addStretch(1)
        return self.empty_page

    def _build_active_page(self) -> QWidget:
        self.active_page = QWidget()
        card = QFrame()
        card.setObjectName("careCard")
        self.holder_label = heading("", 1.2, "cardHeading")
        self.period_label = muted()
        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        self.agreement_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_label = QLabel()
        self.next_label.setObjectName("dueNote")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(18, 14, 18, 14)
        inside.setSpacing(6)
        for widget in (self.holder_label, self.period_label, self.agreement_label):
            inside.addWidget(widget)
        inside.addWidget(self.next_label, 0, Qt.AlignmentFlag.AlignLeft)

        self.model = StyledRowTableModel([
            Column(self.tr("Planned"), lambda c: format_date(c.planned_date)),
            Column(self.tr("Held on"), lambda c: format_date(c.held_on)),
            Column(self.tr("Outcome"), self._outcome_text),
            Column(self.tr("By"), lambda c: c.author_name or ""),
            Column(self.tr("Note"), lambda c: " ".join((c.note or "").split()), lambda c: c.note or ""),
        ], self._look, self)
        self.table = make_table(self.model, "contactsTable")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.contact_button = QPushButton(self.tr("Log a contact…"))
        self.end_button = QPushButton(self.tr("End the waakvlam…"))
        buttons = QHBoxLayout()
        buttons.addWidget(heading(self.tr("Contacts"), 1.05))
        buttons.addStretch(1)
        buttons.addWidget(self.contact_button)
        buttons.addWidget(self.end_button)
        column = QVBoxLayout(self.active_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(card)
        column.addLayout(buttons)
        column.addWidget(self.table)
        column.addStretch(1)
        return self.active_page

    def _outcome_text(self, contact: ContactDTO) -> str:
        if contact.outcome is not None:
            return care_label(contact.outcome)
        if contact.is_overdue:
            return self.tr("Overdue")
        return self.tr("Next") if contact.is_next else ""

    def _look(self, contact: ContactDTO, _column: int) -> Look | None:
        """Overdue red, the next one bold, planned ones passed over (a later contact was held) grey."""
        if contact.is_overdue:
            return OVERDUE
        if contact.is_next:
            return NEXT
        next_date = self.waakvlam.next_contact_date if self.waakvlam else None
        if contact.held_on is None and (next_date is None or contact.planned_date < next_date):
            return ENDED
        return None

    # -- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        waakvlam, case_id, log_read = self.services.waakvlam, self.case_id, self.log_read
        self._runner.run(lambda: waakvlam.waakvlams(case_id, log_read=log_read), self._on_waakvlams_loaded, self._on_waakvlams_failed,
                         context=self)

    def _on_waakvlams_loaded(self, rows: list[WaakvlamDTO]) -> None:
        self.message_label.setVisible(False)
        self.waakvlam = next((w for w in rows if w.is_active), None)
        self.earlier = [w for w in rows if not w.is_active]
        if self.waakvlam is None:
            self.stack.setCurrentWidget(self.empty_page)
            self.earlier_label.setText("\n".join(self._earlier_text(w) for w in self.earlier))
            self.earlier_label.setVisible(bool(self.earlier))
            self.header_changed()
            return
        w = self.waakvlam
        self.stack.setCurrentWidget(self.active_page)
        self.holder_label.setText(self.tr("{kind}: {name}").format(kind=care_label(w.holder_kind), name=w.holder_name))
        self.period_label.setText(self.tr("{start} until {end} · a contact every {weeks} weeks").format(
            start=format_date(w.start_date), end=format_date(w.end_date), weeks=w.frequency_weeks))
        self.agreement_label.setText(w.agreement or self.tr("No agreement written down."))
        overdue = w.next_contact_date is not None and w.next_contact_date < self.today
        set_flag(self.next_label, "overdue", overdue)
        set_flag(self.next_label, "due", not overdue and w.next_contact_date is not None)
        if w.next_contact_date is None:
            self.next_label.setText(self.tr("No planned contact left: end the waakvlam, or log an extra contact."))
        elif overdue:
            self.next_label.setText(self.tr("Next contact {date} – overdue").format(
                date=format_date(w.next_contact_date)))
        else:
            self.next_label.setText(self.tr("Next contact {date}").format(date=format_date(w.next_contact_date)))
        self.model.set_rows(w.contacts)
        fit_columns(self.table, max_width=220, padding=22)
        fit_height(self.table, min_rows=3, max_rows=14)
        self.header_changed()

    def _on_waakvlams_failed(self, error: AppError) -> None:
        self.message_label.setText(error_text(error))
        self.message_label.setVisible(True)

    def _earlier_text(self, w: WaakvlamDTO) -> str:
        return self.tr("Earlier waakvlam {start} – {end} ({holder}): {status}").format(
            start=format_date(w.start_date), end=format_date(w.ended_on or w.end_date), holder=w.holder_name,
            status=care_label(w.status))

    def header_changed(self) -> None:
        status = self.header.status if self.header else None
        self.start_button.setEnabled(status in (CaseStatus.INTAKE, CaseStatus.ACTIVE))
        self.empty_title.setText(self.tr("The case is closed") if status is CaseStatus.CLOSED
                                 else self.tr("No waakvlam"))

    # -- setting up ------------------------------------------------------------------------------

    def start_waakvlam(self) -> None:
        """Sets up the waakvlam; running help is ended first (the service refuses a waakvlam while it runs)."""
        s, case_id, header = self.services, self.case_id, self.header
        if header is None:
            return

        def read() -> tuple:
            running = [i for i in s.involvements.involvements(case_id) if i.is_active]
            return running, s.workers.workers(header.team_id), s.members.family_detail(header.family_id).network

        self._runner.run(read, lambda loaded: self._start_with(*loaded), lambda error: show_error(self, error),
                         context=self)

    def _start_with(self, running, colleagues, network) -> None:
        if running and not self._end_running_help(running, [n.name for n in network]):
            return
        header, waakvlam, case_id = self.header, self.services.waakvlam, self.case_id
        started = self.run_dialog(WaakvlamDialog(
            colleagues, network, header.director_id,
            lambda data: waakvlam.start_waakvlam(case_id, data,
                                                 header.version), today=self.today, parent=self, runner=self._runner))
        if started is not None:
            self.announce()

    def _end_running_help(self, running, network: list[str]) -> bool:
        names = list(dict.fromkeys(i.provider_name for i in running))
        if not self.confirm(self, self.tr("Help is still running"), self.tr(
                "A waakvlam follows help that has ended. Still running: {providers}. End this help now?").format(
                providers=", ".join(names))):
            return False
        involvements = self.services.involvements

        def end_all(day, reason, aftercare):
            return [involvements.end_involvement(i.id, i.version, day, reason, aftercare) for i in running]

        ended = self.run_dialog(EndInvolvementDialog(names, end_all, today=self.today, parent=self,
                                                     runner=self._runner, network=network))
        if ended is None:
            return False
        self.announce()
        return True

    def _on_start_button_clicked(self) -> None:
        self.start_waakvlam()

    # -- contacts and the end --------------------------------------------------------------------

    def _contact_to_log(self) -> ContactDTO | None:
        """The selected planned contact not yet held; otherwise the next one; None for an extra contact."""
        row = selected_row(self.table)
        chosen = self.model.row(row) if row is not None else None
        if chosen is not None and chosen.held_on is None:
            return chosen
        return next((c for c in self.waakvlam.contacts if c.is_next), None)

    def _on_contact_button_clicked(self) -> None:
        w, service = self.waakvlam, self.services.waakvlam
        if w is None:
            return
        contact = self._contact_to_log()

        def log(day, outcome, note) -> WaakvlamDTO:
            if contact is not None:
                return service.log_contact(contact.id, contact.version, day, outcome, note)
            return service.add_contact(w.id, day, outcome, note)

        dialog = ContactDialog(contact, log, self._confirm_reopen, today=self.today, parent=self, runner=self._runner)
        logged = self.run_dialog(dialog)
        if logged is None:
            return
        reopened = logged.status is WaakvlamStatus.REOPENED
        self.announce()
        if reopened:
            self.inform(self, self.tr("The case is active again. This counts as recurrence (recidive); the "
                                      "history and the earlier waakvlam stay in the file."))

    def _confirm_reopen(self) -> bool:
        return self.confirm(self, self.tr("Reopen the case"), self.tr(
            "Reopening makes the case active again with its history intact, and ends the waakvlam. It counts as "
            "recurrence (recidive) in the figures. Reopen the case?"))

    def _on_end_button_clicked(self) -> None:
        w = self.waakvlam
        if w is None or not self.confirm(self, self.tr("End the waakvlam"), self.tr(
                "Ending the waakvlam closes the case (reason: waakvlam ended). The file stays readable and the "
                "case can be reopened. End the waakvlam today?")):
            return
        service, today = self.services.waakvlam, self.today
        run_command(self._runner, self._events, "end waakvlam", lambda: service.end_waakvlam(w.id, w.version, today),
                    None, self._on_end_failed, initiator=self, context=self)

    def _on_end_failed(self, error: AppError) -> None:
        if isinstance(error, ConcurrencyConflict):
            self.reload()
            self.conflict_found.emit()
        else:
            show_error(self, error)
