"""The Gezin tab's "Transition at 18" section: per young person where the transition to adulthood stands
(a short status: from when to plan it, due, planned), the domains, who is responsible and the date, with
"Plan transition…" to record or change the plan of the chosen young person."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.queries.aftercare import (
    TransitionPlanDTO, TransitionStatus, adult_on, transition_due_on, transition_status,
)
from app.queries.case_view import FamilyDetail, MemberDTO
from ui.case.transition_dialog import TransitionPlanDialog
from ui.formatting import format_date
from ui.labels.care import care_label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.heading import muted, section_layout
from ui.widgets.tables import fit_columns, fit_height, make_table, selected_row


@dataclass(frozen=True)
class TransitionRow:
    member: MemberDTO
    plan: TransitionPlanDTO | None
    status: TransitionStatus


class TransitionSection(QWidget):
    changed = Signal(object)   # the Changes of a command
    conflict_found = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._case_id: int | None = None
        self._family: FamilyDetail | None = None
        self.model = RowTableModel(self._columns(), self)
        self.table = make_table(self.model, "transitionTable")
        self.table.setAccessibleName(self.tr("Transition at 18"))
        self.plan_button = QPushButton(self.tr("Plan transition…"))
        self.status_label = muted()
        layout = section_layout(self, self.tr("Transition at 18"), (self.plan_button,), self.tr(
            "From 16½ plan with each young person what takes over when youth help ends at 18: Wmo, Wlz, Zvw, "
            "school or work, income - and who is responsible."))
        layout.addWidget(self.table)
        layout.addWidget(self.status_label)
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.table.doubleClicked.connect(self._on_plan_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _columns(self) -> list[Column[TransitionRow]]:
        return [
            Column(self.tr("Young person"), lambda r: f"{r.member.full_name} ({r.member.age})"),
            Column(self.tr("Status"), self._status_text),
            Column(self.tr("Domains"), lambda r: ", ".join(care_label(d).split(" (")[0] for d in r.plan.domains)
                   if r.plan else ""),
            Column(self.tr("Responsible"), lambda r: (r.plan.responsible or "") if r.plan else ""),
            Column(self.tr("Date"), lambda r: format_date(r.plan.agreed_on) if r.plan else ""),
        ]

    def _status_text(self, row: TransitionRow) -> str:
        text = care_label(row.status)
        born = row.member.date_of_birth
        when = adult_on(born) if row.status is TransitionStatus.ADULT else transition_due_on(born)
        return text.format(date=format_date(when)) if "{date}" in text else text

    def _today(self):
        return self._services.ctx.clock.today()

    def set_case(self, case_id: int, family: FamilyDetail) -> None:
        """Shows the transition of ``family``'s young people: the first showing is a view (logged), later
        ones refresh it."""
        log_read = self._case_id != case_id
        self._case_id, self._family = case_id, family
        self.setVisible(bool(family.young_people))
        transition = self._services.transition
        self._runner.run(lambda: transition.plans(case_id, log_read=log_read), self._on_loaded, self._on_load_failed,
                         context=self)

    def _on_loaded(self, plans: tuple[TransitionPlanDTO, ...]) -> None:
        by_person = {p.person_id: p for p in plans}
        today = self._today()
        rows = [TransitionRow(m, by_person.get(m.id), transition_status(m.date_of_birth, by_person.get(m.id), today))
                for m in self._family.young_people]
        self.model.set_rows(rows)
        fit_columns(self.table)
        fit_height(self.table, max_rows=6)
        self.status_label.setVisible(False)
        self._update_buttons()

    def _on_load_failed(self, error: AppError) -> None:
        self.status_label.setVisible(True)
        self.status_label.setText(error.message())

    def selected(self) -> TransitionRow | None:
        row = selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _update_buttons(self, *_args) -> None:
        self.plan_button.setEnabled(self._family is not None and bool(self._family.young_people))

    def _on_plan_button_clicked(self, *_args) -> None:
        chosen, transition, case_id = self.selected(), self._services.transition, self._case_id
        young = list(self._family.young_people)
        if chosen is not None and chosen.plan is not None:
            plan = chosen.plan
            dialog = TransitionPlanDialog(self._today(), young,
                                          lambda data: transition.update(plan.id, plan.version, data), self,
                                          runner=self._runner, plan=plan)
        else:
            dialog = TransitionPlanDialog(self._today(), young, lambda data: transition.record(case_id, data), self,
                                          runner=self._runner, person_id=chosen.member.id if chosen else None)
        accepted = dialog.exec()
        if dialog.conflict is not None:
            self.conflict_found.emit()
        elif accepted:
            self.changed.emit(dialog.saved_outcome.changes)
        dialog.deleteLater()
