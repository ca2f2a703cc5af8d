"""The plan tab's safety panel (Signs of Safety): the scaling answers of the case as a table, and per
respondent the trend of their scores over the dates, with "Schaalvraag vastleggen…" to record one. The three
safety texts are edited with the plan's other texts (they follow its versions)."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.queries.safety import RespondentKind, ScalingAnswerDTO, trends
from ui.formatting import format_date
from ui.qt_models.goals_model import trend_text
from ui.plan.scaling_dialog import ScalingDialog
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.heading import muted, section_layout
from ui.widgets.tables import fit_columns, fit_height, make_table


class SafetyPanel(QWidget):
    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._case_id: int | None = None
        self.model = RowTableModel(self._columns(), self)
        self.table = make_table(self.model, "scalingTable")
        self.table.setAccessibleName(self.tr("Scaling answers"))
        self.record_button = QPushButton(self.tr("Record scaling answer…"))
        self.record_button.setObjectName("recordScalingButton")
        self.trend_label = QLabel()
        self.trend_label.setObjectName("scalingTrend")
        self.trend_label.setWordWrap(True)
        self.status_label = muted()
        layout = section_layout(self, self.tr("Safety: the scaling question"), (self.record_button,), self.tr(
            "How safe is it now, from 0 to 10 (10: safe enough to close)? Ask the family, the network and "
            "yourself, again at each evaluation."))
        layout.addWidget(self.trend_label)
        layout.addWidget(self.table)
        layout.addWidget(self.status_label)
        self.record_button.clicked.connect(self._on_record_button_clicked)

    def _columns(self) -> list[Column[ScalingAnswerDTO]]:
        return [
            Column(self.tr("Date"), lambda a: format_date(a.asked_on)),
            Column(self.tr("Answered by"), lambda a: a.respondent.name),
            Column(self.tr("Score"), lambda a: str(a.score)),
            Column(self.tr("Note"), lambda a: a.note or ""),
        ]

    def set_case(self, case_id: int, *, editable: bool) -> None:
        """Shows the case's answers (a view, logged) the first time; a refresh of the plan reads nothing
        more - the panel reloads after its own recording."""
        self.record_button.setEnabled(editable)
        if self._case_id != case_id:
            self._case_id = case_id
            self._load(True)

    def _load(self, log_read: bool) -> None:
        safety, case_id = self._services.safety, self._case_id
        self._runner.run(lambda: safety.scaling_answers(case_id, log_read=log_read), self._on_loaded,
                         self._on_load_failed, context=self)

    def _on_loaded(self, answers: tuple[ScalingAnswerDTO, ...]) -> None:
        self.model.set_rows(list(reversed(answers)))  # newest first
        fit_columns(self.table)
        fit_height(self.table, max_rows=6)
        lines = []
        for who, points in trends(answers).items():
            worker = self.tr(" (the worker)") if who.kind is RespondentKind.WORKER else ""
            since = self.tr("since {date}").format(date=format_date(points[0][0]))
            lines.append(f"<b>{escape(who.name)}{worker}</b>: {trend_text(points) or points[0][1]} "
                         f"<span style='color:#5f6b76'>({since})</span>")
        self.trend_label.setText("<br>".join(lines) if lines else self.tr("The scaling question has not been "
                                                                          "asked yet."))
        self.status_label.setVisible(False)

    def _on_load_failed(self, error: AppError) -> None:
        self.status_label.setVisible(True)
        self.status_label.setText(error.message())

    def _on_record_button_clicked(self) -> None:
        safety, case_id = self._services.safety, self._case_id
        dialog = ScalingDialog(self._services.ctx.clock.today(), safety.respondents(case_id),
                               lambda data: safety.record_answer(case_id, data), self, runner=self._runner)
        if dialog.exec():
            self._load(False)
        dialog.deleteLater()
