"""The "Evaluations" tab: when the next evaluation is due, the evaluations held, and recording a new one.
A family member's own statement about an evaluation's conclusion (Jeugdwet 7.3.8) is shown under it.

After a decision to end the help or move to waakvlam, the tab offers the next step right away
(``close_requested`` / ``waakvlam_requested``; the case window runs them).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.queries.evaluations import EvaluationDTO, EvaluationGoalDTO
from app.queries.statements import CaseStatements
from models.enums import CaseStatus, EvaluationDecision, PlanStatus, StatementSubject
from app.changes import ChangeKind
from ui.care.care_tab import CareTab
from ui.care.evaluation_dialog import EvaluationDialog, EvaluationSetup
from ui.care.evaluation_parts import Participant
from ui.labels.care import care_label, days_text
from ui.care.looks import set_flag
from ui.labels.case import label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.widgets.heading import heading, muted
from ui.widgets.tables import fit_columns, fit_height, make_table, selected_row
from ui.errors import error_text, show_error
from ui.events import AppEvents
from ui.formatting import preview, format_date
from ui.labels.plan import plan_label
from ui.plan.plan_statements import StatementCommands, StatementTexts
from ui.plan.statement_dialogs import Part
from ui.tasks import TaskRunner


class EvaluationsTab(CareTab):
    reload_kinds = frozenset({ChangeKind.CASE, ChangeKind.EVALUATION, ChangeKind.PLAN, ChangeKind.STATEMENT})
    waakvlam_requested = Signal()
    close_requested = Signal()

    def __init__(self, services: Services, case_id: int, events: AppEvents, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(services, case_id, events, runner, parent)
        self._select_id: int | None = None
        self._loaded: tuple | None = None  # (next date, evaluations) as last read
        self.next_title = QLabel(self.tr("Next evaluation"))
        self.next_title.setObjectName("fieldName")
        self.next_date_label = heading("", 1.6, "bigDate")
        self.next_note_label = muted()
        self.record_button = QPushButton(self.tr("Record an evaluation…"))
        self.record_button.setEnabled(False)
        card = QFrame()
        card.setObjectName("careCard")
        card_row = QHBoxLayout(card)
        card_row.setContentsMargins(18, 12, 18, 12)
        card_row.setSpacing(16)
        dates = QVBoxLayout()
        dates.setSpacing(2)
        dates.addWidget(self.next_title)
        dates.addWidget(self.next_date_label)
        card_row.addLayout(dates)
        card_row.addWidget(self.next_note_label, 1, Qt.AlignmentFlag.AlignBottom)
        card_row.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.model = RowTableModel([
            Column(self.tr("Held on"), lambda e: format_date(e.held_on)),
            Column(self.tr("Decision"), lambda e: care_label(e.decision)),
            Column(self.tr("Participants"), lambda e: preview(e.participants), lambda e: e.participants),
            Column(self.tr("Consent"), self._consent_text, lambda e: e.consent_note or ""),
            Column(self.tr("Next"), lambda e: format_date(e.next_date)),
            Column(self.tr("Conclusion"), lambda e: preview(e.conclusion), lambda e: e.conclusion),
        ], self)
        self.table = make_table(self.model, "evaluationsTable")
        self.table.setAccessibleName(self.tr("Evaluations"))
        self.detail_title = heading("", 1.05, "sectionHeading")
        self.detail_meta = muted()
        self.goals_model = RowTableModel([
            Column(self.tr("Goal"), lambda g: g.description, lambda g: g.description),
            Column(self.tr("Score"), lambda g: "–" if g.score is None else str(g.score)),
            Column(self.tr("Status"), lambda g: plan_label(g.status)),
            Column(self.tr("Note"), lambda g: g.note or "", lambda g: g.note or ""),
        ], self)
        self.goals_table = make_table(self.goals_model, "evaluationGoalsTable")
        self.goals_table.setAccessibleName(self.tr("Goals in this evaluation"))
        self.conclusion_title = QLabel(self.tr("Conclusion"))
        self.conclusion_title.setObjectName("columnHeading")
        self.conclusion_label = QLabel()
        self.conclusion_label.setWordWrap(True)
        self.conclusion_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Jeugdwet 7.3.8: a family member's own statement about the conclusion (an evaluation is never changed)
        self.statement_button = QPushButton(self.tr("Own statement…"))
        self.statement_button.setToolTip(self.tr("Record a family member's own view of this evaluation's "
                                                 "conclusion; it is kept beside it and printed with it."))
        self.statement_commands = StatementCommands(services, runner, case_id, self)
        self._statements = CaseStatements()
        conclusion_row = QHBoxLayout()
        conclusion_row.addWidget(self.conclusion_title, 1)
        conclusion_row.addWidget(self.statement_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(card)
        layout.addSpacing(4)
        layout.addWidget(heading(self.tr("Evaluations held"), 1.05))
        layout.addWidget(self.table)
        layout.addSpacing(8)
        for widget in (self.detail_title, self.detail_meta, self.goals_table):
            layout.addWidget(widget)
        layout.addLayout(conclusion_row)
        layout.addWidget(self.conclusion_label)
        layout.addStretch(1)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.statement_button.clicked.connect(self._on_statement_button_clicked)
        self.statement_commands.saved.connect(self._on_statement_commands_saved)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._show_selected()

    def _consent_text(self, evaluation: EvaluationDTO) -> str:
        if evaluation.consent_given is None:
            return self.tr("Not recorded")
        return self.tr("Given") if evaluation.consent_given else self.tr("Not given")

    # -- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        evaluations, case_id, log_read = self.services.evaluations, self.case_id, self.log_read
        self._runner.run(lambda: (evaluations.evaluation_schedule(case_id, log_read=log_read),
                                  evaluations.evaluations(case_id, log_read=log_read)),
                         self._on_evaluations_loaded, self._on_evaluations_failed, context=self)
        statements = self.services.statements
        self._runner.run(lambda: statements.statements(case_id, log_read=log_read), self._on_statements_loaded,
                         self._on_evaluations_failed, context=self)

    def _on_statements_loaded(self, found: CaseStatements) -> None:
        self._statements = found
        self._show_selected()

    def _on_evaluations_loaded(self, loaded: tuple) -> None:
        self._loaded = loaded
        next_date, rows = loaded
        selected = self.selected_evaluation()
        wanted = self._select_id or (selected.id if selected else None)
        self._select_id = None
        self.model.set_rows(rows)
        fit_columns(self.table, max_width=260, padding=18)
        fit_height(self.table, min_rows=1, max_rows=5)
        index = next((n for n, row in enumerate(rows) if row.id == wanted), 0 if rows else None)
        if index is not None:
            self.table.selectRow(index)
        self._show_schedule(next_date, rows)
        self._show_selected()

    def _on_evaluations_failed(self, error: AppError) -> None:
        self.next_note_label.setText(error_text(error))

    def _show_schedule(self, next_date, rows: list[EvaluationDTO]) -> None:
        overdue = next_date is not None and next_date < self.today
        set_flag(self.next_date_label, "overdue", overdue)
        if next_date is not None:
            self.next_date_label.setText(format_date(next_date))
            days = (next_date - self.today).days
            if overdue:
                note = self.tr("{days} overdue").format(days=days_text(-days))
            elif days == 0:
                note = self.tr("today")
            elif days < 14:
                note = self.tr("in {days}").format(days=days_text(days))
            else:
                note = self.tr("in {weeks} weeks").format(weeks=days // 7)
            self.next_note_label.setText(note)
            return
        self.next_date_label.setText(self.tr("none planned"))
        status = self.header.status if self.header else None
        if status in (CaseStatus.WAAKVLAM, CaseStatus.CLOSED):
            note = self.tr("The case is in waakvlam or closed: no evaluations are planned.")
        elif rows and rows[0].decision in (EvaluationDecision.END_HELP, EvaluationDecision.TO_WAAKVLAM):
            note = self.tr("After the decision \"{decision}\" no next evaluation was planned.").format(
                decision=care_label(rows[0].decision))
        else:
            note = self.tr("Evaluations are planned once the family plan has been agreed with the family.")
        self.next_note_label.setText(note)

    def header_changed(self) -> None:
        self.record_button.setEnabled(self.header.status is not CaseStatus.CLOSED)
        if self._loaded is not None:
            self._show_schedule(*self._loaded)

    # -- showing ---------------------------------------------------------------------------------

    def selected_evaluation(self) -> EvaluationDTO | None:
        row = selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _show_selected(self) -> None:
        evaluation = self.selected_evaluation()
        goals: tuple[EvaluationGoalDTO, ...] = evaluation.goals if evaluation else ()
        self.goals_model.set_rows(goals)
        fit_columns(self.goals_table, max_width=420, padding=18)
        fit_height(self.goals_table, min_rows=1, max_rows=8)
        self.goals_table.setVisible(bool(goals))
        self.conclusion_title.setVisible(bool(evaluation and evaluation.conclusion))
        self.statement_button.setVisible(evaluation is not None and self._statements.family_id is not None)
        if evaluation is None:
            self.detail_title.setText(self.tr("No evaluations yet") if not self.model.rowCount() else "")
            self.detail_meta.setText(self.tr("An evaluation looks back on the agreed plan with the family: scores "
                                             "per goal, and what happens next."))
            self.conclusion_label.setText("")
            return
        self.detail_title.setText(self.tr("Evaluation of {date}: {decision}").format(
            date=format_date(evaluation.held_on), decision=care_label(evaluation.decision)))
        meta = self.tr("Plan version {version} · recorded by {author} · present: {who}").format(
            version=evaluation.plan_version_no, author=evaluation.author_name, who=evaluation.participants or "–")
        consent = self.tr("Consent: {answer}").format(answer=self._consent_text(evaluation).lower())
        if evaluation.consent_note:
            consent = f"{consent} ({evaluation.consent_note})"
        self.detail_meta.setText(f"{meta}\n{consent}")
        self.conclusion_label.setText("\n\n".join([evaluation.conclusion, *self._statement_lines(evaluation)]))

    def _statement_lines(self, evaluation: EvaluationDTO) -> list[str]:
        """The family's own statements about the evaluation, under its conclusion."""
        statements, _corrections = self._statements.about(StatementSubject.EVALUATION, evaluation.id)
        texts = StatementTexts()
        return [texts.statement(s) for s in statements]

    def _on_statement_button_clicked(self) -> None:
        evaluation = self.selected_evaluation()
        if evaluation is None or self._statements.family_id is None:
            return
        part = Part(self.tr("Conclusion of the evaluation of {date}").format(date=format_date(evaluation.held_on)),
                    StatementSubject.EVALUATION, evaluation.id, "conclusion", evaluation.conclusion,
                    evaluation.version)
        self.statement_commands.add_statement(self._statements.family_id, [part])

    def _on_statement_commands_saved(self, outcome) -> None:
        """Stored: announced to every view (this tab reloads with them); a colleague first: read again."""
        if outcome is None:
            self.reload()
        else:
            self.announce(outcome.changes)

    def _on_table_selection_changed(self, *_args) -> None:
        self._show_selected()

    # -- recording -------------------------------------------------------------------------------

    def _on_record_button_clicked(self) -> None:
        self._runner.run(self._read_setup, self._run_evaluation_dialog, lambda error: show_error(self, error),
                         context=self)

    def _read_setup(self) -> EvaluationSetup | None:
        s, case_id = self.services, self.case_id
        agreed = next((v for v in s.plans.plan_versions(case_id) if v.status is PlanStatus.AGREED), None)
        if agreed is None:
            return None
        plan = s.plans.plan_version(agreed.id)
        view = s.members.case_view(case_id)
        running = [i for i in s.involvements.involvements(case_id) if i.is_active]
        trend = s.evaluations.score_trend(case_id)
        people = [Participant(self.tr("Family"), m.full_name, label(m.role)) for m in view.family.members]
        people += [Participant(self.tr("Network"), n.name, n.relation) for n in view.family.network]
        people += [Participant(self.tr("Providers"), name, "") for name in dict.fromkeys(i.provider_name
                                                                                         for i in running)]
        team = dict.fromkeys([view.header.director_name, s.ctx.require_user().name])
        people += [Participant(self.tr("Social team"), name, self.tr("director") if name == view.header.director_name
                               else "") for name in team]
        providers = tuple(dict.fromkeys((i.provider_id, i.provider_name) for i in running))
        return EvaluationSetup(plan, s.evaluations.evaluation_schedule(case_id), tuple(people),
                               {lineage: points[-1] for lineage, points in trend.items() if points}, providers)

    def _run_evaluation_dialog(self, setup: EvaluationSetup | None) -> None:
        if setup is None:
            self.inform(self, self.tr("Agree the family plan with the family first: an evaluation looks back on "
                                      "the agreed plan."))
            return
        evaluations, case_id = self.services.evaluations, self.case_id
        recorded = self.run_dialog(EvaluationDialog(
            setup, lambda day: evaluations.who_must_consent(case_id, day),
            lambda data: evaluations.record_evaluation(case_id,
                                                       data), today=self.today, parent=self, runner=self._runner))
        if recorded is None:
            return
        self._select_id = recorded.id
        self.announce()
        if not self.isVisible():
            self.reload()
        self._offer_next_step(recorded.decision)

    def _offer_next_step(self, decision: EvaluationDecision) -> None:
        if decision is EvaluationDecision.TO_WAAKVLAM:
            if self.confirm(self, self.tr("To waakvlam"), self.tr(
                    "The evaluation is saved. Set up the waakvlam now: who keeps a finger on the pulse, for how "
                    "long and how often?")):
                self.waakvlam_requested.emit()
        elif decision is EvaluationDecision.END_HELP:
            if self.confirm(self, self.tr("End the help"), self.tr(
                    "The evaluation is saved. Close the case now? Make sure aftercare is arranged in the family's "
                    "own network; a closed case can be reopened.")):
                self.close_requested.emit()
