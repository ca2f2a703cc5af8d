"""The "Help" tab: every provider's involvement with who directs what, and the agreement for the selected one.

Answers "can I see who directs what for every provider, and what we agreed about monitoring and
extensions?": the table has a line per involvement, the panel below spells out the agreement.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.queries.involvements import InvolvementDTO
from app.queries.plans import GoalDTO
from app.queries.providers import ProviderDTO
from app.services.involvement_inputs import InvolvementInput
from app.services.sharing import SharingChoice
from app.youth_age import YoungPerson
from models.enums import CaseStatus, InvolvementState, MemberRole
from app.changes import ChangeKind
from ui.care.aftercare_section import AftercareSection
from ui.care.care_tab import CareTab
from ui.care.involvement_detail import InvolvementDetail
from ui.care.involvement_dialog import InvolvementDialog, SaveInvolvement
from ui.care.signal_dialog import SignalDialog
from ui.care.involvement_steps import (
    CancelInvolvementDialog, EndInvolvementDialog, HandoverDialog, ReportBackDialog,
)
from ui.care.extension_dialogs import DecideExtensionDialog, ExtensionDialog
from ui.labels.care import care_label, days_text, direction_phrase, direction_short, referrer_text
from ui.care.looks import DUE, ENDED, OVERDUE, Look, StyledRowTableModel
from ui.qt_models.row_table_model import Column
from ui.widgets.heading import heading, muted
from ui.widgets.tables import fit_columns, fit_height, make_table, selected_row
from ui.errors import error_text, show_error
from ui.events import AppEvents
from ui.formatting import format_date
from ui.tasks import TaskRunner


class Col:
    """Each cell has two lines: the main fact and what goes with it (e.g. the period and the waiting time)."""
    PROVIDER, FOR, CATEGORY, REFERRER, REFERRAL, PLANNED_END, DIRECTION, REPORT_BACK, STATUS = range(9)


class InvolvementsTab(CareTab):
    reload_kinds = frozenset({ChangeKind.CASE, ChangeKind.INVOLVEMENT, ChangeKind.PLAN, ChangeKind.GOAL})

    def __init__(self, services: Services, case_id: int, events: AppEvents, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(services, case_id, events, runner, parent)
        self._select_id: int | None = None
        self.summary_label = muted()
        self.notice_label = muted()
        self.notice_label.setVisible(False)
        self.add_button = QPushButton(self.tr("Add help…"))
        self.add_button.setEnabled(False)
        self.model = StyledRowTableModel(self._columns(), self._look, self)
        self.table = make_table(self.model, "involvementsTable")
        self.table.setAccessibleName(self.tr("Help"))
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 14)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalScrollBar().rangeChanged.connect(self._on_table_scroll_range_changed)
        self.detail = InvolvementDetail()
        self.aftercare = AftercareSection(services, runner, self)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Help and direction"), 1.2))
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addWidget(self.aftercare)
        layout.addStretch(1)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.detail.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.detail.extension_button.clicked.connect(self._on_extension_button_clicked)
        self.detail.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.detail.report_back_button.clicked.connect(self._on_report_back_button_clicked)
        self.detail.handover_button.clicked.connect(self._on_handover_button_clicked)
        self.detail.end_button.clicked.connect(self._on_end_button_clicked)
        self.detail.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.detail.signal_button.clicked.connect(self._on_signal_button_clicked)
        self._show_selected()

    def _columns(self) -> list[Column[InvolvementDTO]]:
        return [
            Column(self.tr("Provider and product"), lambda i: f"{i.provider_name}\n{i.product_name}",
                   lambda i: self.tr("AGB {code}").format(code=i.provider_agb) if i.provider_agb else ""),
            Column(self.tr("For"), self._for_text, self._for_tooltip),
            Column(self.tr("Category"), self._category_text, lambda i: f"{i.category_code} {i.category_label}"),
            Column(self.tr("Referred by"), lambda i: referrer_text(i).replace(" · ", "\n", 1),
                   lambda i: referrer_text(i, with_agb=True)),
            Column(self.tr("Referral → start"), self._period_text),
            Column(self.tr("Planned end"), self._end_text),
            Column(self.tr("Direction"), self._direction_text, self._direction_tooltip),
            Column(self.tr("Report-back"), self._report_back_text, lambda i: i.extension_policy or ""),
            Column(self.tr("Status"), self._status_text),
        ]

    def _for_text(self, inv: InvolvementDTO) -> str:
        """Whom the help is for: first names (two a line), or the family as a whole; extended care below."""
        if inv.for_family:
            text = self.tr("the whole family")
        else:
            names = [p.first_name for p in inv.persons]
            text = "\n".join(", ".join(names[i:i + 2]) for i in range(0, len(names), 2))
        if not inv.extended_care:
            return text
        extended = self.tr("extended youth care")
        return f"{text}\n{extended}"

    def _for_tooltip(self, inv: InvolvementDTO) -> str:
        if inv.for_family:
            return self.tr("For the family as a whole")
        return ", ".join(p.name for p in inv.persons)

    def _category_text(self, inv: InvolvementDTO) -> str:
        segment = self.tr("segment {code}").format(code=inv.segment_code) if inv.segment_code else ""
        return f"{inv.category_label}\n{segment}"

    def _period_text(self, inv: InvolvementDTO) -> str:
        if inv.state is InvolvementState.CANCELLED:
            never = self.tr("never started")
            return f"{format_date(inv.referral_date)} →\n{never}"
        if inv.start_date is None:
            not_started = self.tr("not started yet")
            return f"{format_date(inv.referral_date)} →\n{not_started}"
        waiting = self.tr("{days} waiting").format(days=days_text(inv.waiting_days))
        referral = format_date(inv.referral_date)
        if inv.referral_date.year == inv.start_date.year:
            referral = referral[:5]  # 01-10 → 15-10-2026: the year once
        return f"{referral} → {format_date(inv.start_date)}\n{waiting}"

    def _end_text(self, inv: InvolvementDTO) -> str:
        planned = format_date(inv.planned_end) or "–"
        if inv.duration_days is None:
            return planned
        lasting = self.tr("lasting {duration}").format(duration=days_text(inv.duration_days))
        return f"{planned}\n{lasting}"

    def _monitoring_text(self, inv: InvolvementDTO) -> str:
        return self.tr("monitoring: {who}").format(who=inv.monitored_by or self.tr("not recorded"))

    def _direction_text(self, inv: InvolvementDTO) -> str:
        return f"{direction_short(inv)}\n{self._monitoring_text(inv)}"

    def _direction_tooltip(self, inv: InvolvementDTO) -> str:
        return f"{direction_phrase(inv)}\n{self._monitoring_text(inv)}"

    def _report_back_text(self, inv: InvolvementDTO) -> str:
        extended = (self.tr("extended {count}×").format(count=inv.extensions) if inv.extensions
                    else self.tr("not extended"))
        return f"{format_date(inv.report_back_date) or '–'}\n{extended}"

    def _status_text(self, inv: InvolvementDTO) -> str:
        if inv.state is InvolvementState.PLANNED:
            status = (self.tr("Planned {date}").format(date=format_date(inv.start_date)) if inv.start_date
                      else self.tr("Planned"))
        elif inv.state is InvolvementState.CANCELLED:
            status = self.tr("Cancelled {date}").format(date=format_date(inv.actual_end))
        elif inv.state is InvolvementState.ENDED:
            status = self.tr("Ended {date}").format(date=format_date(inv.actual_end))
        else:
            status = self.tr("Running")
        handover = self.tr("handover: {handover}").format(handover=care_label(inv.handover).lower())
        return f"{status}\n{handover}"

    def _look(self, inv: InvolvementDTO, column: int) -> Look | None:
        if not inv.is_active:
            return ENDED
        if column == Col.REPORT_BACK and inv.report_back_due:
            return OVERDUE if inv.report_back_date < self.today else DUE
        if column == Col.PLANNED_END and inv.ends_within_4_weeks:
            return OVERDUE if inv.planned_end < self.today else DUE
        return None

    # -- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        involvements, case_id, log_read = self.services.involvements, self.case_id, self.log_read
        self._runner.run(lambda: involvements.involvements(case_id, log_read=log_read), self._on_involvements_loaded,
                         self._on_involvements_failed, context=self)
        self.aftercare.load(case_id, log_read)

    def _on_involvements_loaded(self, rows: list[InvolvementDTO]) -> None:
        wanted = self._select_id
        if wanted is None:
            selected = self.selected_involvement()
            wanted = selected.id if selected else None
        self._select_id = None
        self.model.set_rows(rows)
        self._fit_table()
        index = next((n for n, row in enumerate(rows) if row.id == wanted), 0 if rows else None)
        if index is not None:
            self.table.selectRow(index)
        running = sum(1 for row in rows if row.state is InvolvementState.RUNNING)
        planned = sum(1 for row in rows if row.state is InvolvementState.PLANNED)
        self.summary_label.setText(self.tr("{running} running, {planned} planned, {ended} ended").format(
            running=running, planned=planned, ended=len(rows) - running - planned) if rows else "")
        self._show_selected()

    def _fit_table(self, *_args) -> None:
        """Columns as wide as their text and the last one takes the rest; as tall as its rows. A window too
        narrow for all scrolls sideways rather than cutting a column's text short ("Sa... m...")."""
        fit_columns(self.table, max_width=300, padding=14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Col.DIRECTION, QHeaderView.ResizeMode.Interactive)
        for column in (Col.DIRECTION, Col.STATUS):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + 14)
        self._fit_table_height()

    def _fit_table_height(self) -> None:
        """As tall as its rows, plus the scroll bar when the window is too narrow for every column."""
        fit_height(self.table, min_rows=2, max_rows=6)
        scroll = self.table.horizontalScrollBar()
        if scroll.maximum() > 0:
            self.table.setFixedHeight(self.table.maximumHeight() + scroll.sizeHint().height())

    def _on_involvements_failed(self, error: AppError) -> None:
        self.summary_label.setText(error_text(error))

    def header_changed(self) -> None:
        self.add_button.setEnabled(self.case_is_changeable)
        status = self.header.status
        notice = ""
        if status is CaseStatus.WAAKVLAM:
            notice = self.tr("This case is in waakvlam. Help is added again after the case has been reopened.")
        elif status is CaseStatus.CLOSED:
            notice = self.tr("This case is closed; its help can be read but not changed.")
        self.notice_label.setText(notice)
        self.notice_label.setVisible(bool(notice))
        self._show_selected()

    # -- showing ---------------------------------------------------------------------------------

    def selected_involvement(self) -> InvolvementDTO | None:
        row = selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _show_selected(self) -> None:
        empty = self.tr("No help recorded yet. Add the help of a provider with \"Add help\": who referred, who "
                        "directs, and what was agreed about monitoring and extensions.")
        self.detail.show_involvement(self.selected_involvement(), changeable=self.case_is_changeable,
                                     empty_text=empty)

    def _on_table_scroll_range_changed(self, _low: int, _high: int) -> None:
        self._fit_table_height()

    def _on_table_selection_changed(self, *_args) -> None:
        self._show_selected()

    # -- adding and changing ---------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        self._open_dialog(None)

    def _on_edit_button_clicked(self) -> None:
        inv = self.selected_involvement()
        if inv is not None:
            self._open_dialog(inv)

    def _on_table_double_clicked(self, *_args) -> None:
        if self.case_is_changeable:
            self._on_edit_button_clicked()

    def _open_dialog(self, current: InvolvementDTO | None) -> None:
        services, case_id = self.services, self.case_id

        def choices() -> tuple[list[ProviderDTO], list[GoalDTO], list[YoungPerson]]:
            plan = services.plans.current_plan(case_id)  # logs the read of the family's record for the form
            family = services.members.case_view(case_id, log_read=False).family
            young = [YoungPerson(m.id, m.full_name, m.date_of_birth) for m in family.members
                     if m.role is MemberRole.YOUNG_PERSON]
            return services.providers.providers(include_inactive=False), list(plan.goals if plan else ()), young

        self._runner.run(choices, lambda loaded: self._run_involvement_dialog(current, *loaded),
                         lambda error: show_error(self, error), context=self)

    def _run_involvement_dialog(self, current: InvolvementDTO | None, providers: list[ProviderDTO],
                                goals: list[GoalDTO], young: list[YoungPerson]) -> None:
        saved = self.run_dialog(InvolvementDialog(providers, goals, self._saver(current), today=self.today,
                                                  current=current, parent=self, runner=self._runner,
                                                  young_persons=young,
                                                  compare=self.services.figures.provider_comparison))
        if saved is not None:
            self._changed(saved)

    def _saver(self, current: InvolvementDTO | None) -> SaveInvolvement:
        """Stores the values (and the sharing, through the gate), then the goal links. Once stored, a retry
        (the links were refused) updates, without sharing a second time."""
        involvements, case_id = self.services.involvements, self.case_id
        stored: list[InvolvementDTO] = [current] if current is not None else []

        def save(data: InvolvementInput, lineages: tuple[str, ...], sharing: SharingChoice | None) -> InvolvementDTO:
            if stored:
                shares = sharing if stored[-1] is current else None
                inv = involvements.update_involvement(stored[-1].id, stored[-1].version, data, shares)
            else:
                inv = involvements.add_involvement(case_id, data, sharing)
            stored.append(inv)
            if set(lineages) != set(inv.goal_lineages):
                inv = involvements.link_goals(inv.id, inv.version, lineages)
                stored.append(inv)
            return inv

        return save

    # -- the steps of running help ---------------------------------------------------------------

    def _on_extension_button_clicked(self) -> None:
        inv, extensions = self.selected_involvement(), self.services.extensions
        if inv is None:
            return
        held = [(e.id, e.held_on) for e in sorted(self.services.evaluations.evaluations(inv.case_id, log_read=False),
                                                  key=lambda e: e.held_on, reverse=True)]
        approval = extensions.approval_required(inv.case_id)
        self._extension_step(ExtensionDialog(inv, held, lambda data: extensions.request_extension(
            inv.id, inv.version, data), today=self.today, approval=approval, parent=self, runner=self._runner), inv)

    def _on_decide_button_clicked(self) -> None:
        inv, extensions = self.selected_involvement(), self.services.extensions
        if inv is None or inv.pending_extension_id is None:
            return
        ext = next(e for e in extensions.extensions(inv.id) if e.id == inv.pending_extension_id)
        self._extension_step(DecideExtensionDialog(ext, lambda approve, note: extensions.decide_extension(
            ext.id, ext.version, approve, note), parent=self, runner=self._runner), inv)

    def _extension_step(self, dialog, inv: InvolvementDTO) -> None:
        if self.run_dialog(dialog) is not None:
            self._select_id = inv.id
            self.announce()
            self.reload()

    def _on_report_back_button_clicked(self) -> None:
        inv, involvements = self.selected_involvement(), self.services.involvements
        if inv is not None:
            self._step(ReportBackDialog(inv, lambda day: involvements.record_report_back(
                inv.id, inv.version, day), today=self.today, parent=self, runner=self._runner))

    def _on_handover_button_clicked(self) -> None:
        inv, involvements = self.selected_involvement(), self.services.involvements
        if inv is not None:
            self._step(HandoverDialog(inv, lambda status: involvements.set_handover(inv.id, inv.version, status),
                                      parent=self, runner=self._runner))

    def _on_end_button_clicked(self) -> None:
        inv, involvements = self.selected_involvement(), self.services.involvements
        if inv is not None:
            self._step(EndInvolvementDialog([inv.provider_name], lambda day, reason, aftercare: involvements.end_involvement(
                inv.id, inv.version, day, reason, aftercare), today=self.today, parent=self, runner=self._runner))

    def _on_cancel_button_clicked(self) -> None:
        inv, involvements = self.selected_involvement(), self.services.involvements
        if inv is not None:
            self._step(CancelInvolvementDialog(inv, lambda reason: involvements.cancel_involvement(
                inv.id, inv.version, reason), parent=self, runner=self._runner))

    def _on_signal_button_clicked(self) -> None:
        inv, case_id = self.selected_involvement(), self.case_id
        if inv is not None:
            accounts = self.services.accounts
            if self.run_dialog(SignalDialog(inv, lambda data: accounts.raise_signal(case_id, data),
                                            today=self.today, parent=self, runner=self._runner)) is not None:
                self.announce()

    def _step(self, dialog) -> None:
        saved = self.run_dialog(dialog)
        if saved is not None:
            self._changed(saved)

    def _changed(self, inv: InvolvementDTO) -> None:
        self._select_id = inv.id
        self.announce()
        if not self.isVisible():
            self.reload()
