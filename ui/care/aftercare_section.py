"""The Help tab's "Aftercare" section: each time help ended or the case closed, how aftercare was secured
in the family's own network or with a free-access service (who, what) - or why none was needed."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.queries.aftercare import AftercareDTO
from ui.formatting import format_date
from ui.labels.care import care_label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.heading import heading, muted
from ui.widgets.tables import fit_columns, fit_height, make_table


class AftercareSection(QWidget):
    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.model = RowTableModel(self._columns(), self)
        self.table = make_table(self.model, "aftercareTable")
        self.table.setAccessibleName(self.tr("Aftercare"))
        self.status_label = muted()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading(self.tr("Aftercare")))
        layout.addWidget(self.table)
        layout.addWidget(self.status_label)

    def _columns(self) -> list[Column[AftercareDTO]]:
        return [
            Column(self.tr("Ended"), lambda a: a.provider_name or self.tr("Case closed")),
            Column(self.tr("On"), lambda a: format_date(a.recorded_on)),
            Column(self.tr("Aftercare"), lambda a: care_label(a.kind)),
            Column(self.tr("Who, or why none"), lambda a: a.who or care_label(a.none_reason)),
            Column(self.tr("What they do"), lambda a: " – ".join(p for p in (a.what, a.note) if p)),
        ]

    def load(self, case_id: int, log_read: bool) -> None:
        aftercare = self._services.aftercare
        self._runner.run(lambda: aftercare.aftercare(case_id, log_read=log_read), self._on_loaded, self._on_failed,
                         context=self)

    def _on_loaded(self, rows: tuple[AftercareDTO, ...]) -> None:
        self.model.set_rows(list(rows))
        self.table.setVisible(bool(rows))
        fit_columns(self.table, max_width=360)
        fit_height(self.table, max_rows=4)
        self.status_label.setText("" if rows else self.tr(
            "Nothing recorded yet: ending help or closing the case asks who carries on."))
        self.status_label.setVisible(not rows)

    def _on_failed(self, error: AppError) -> None:
        self.status_label.setVisible(True)
        self.status_label.setText(error.message())
