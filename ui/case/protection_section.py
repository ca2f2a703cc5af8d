"""The Gezin tab's "Child protection" section: per young person the measures (OTS, provisional OTS,
guardianship) with the certified institution and the family guardian, with Add, Change and Extend.

A saved measure is announced as the family tab's change; when it runs and the case is not directed by
its institution yet, ``direction_suggested`` fires with the saved measure (the case window asks).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.queries.case_view import FamilyDetail
from app.queries.protection import MeasureDTO
from app.services.protection import MeasureSaved
from models.enums import ProtectionKind
from ui.case.protection_dialogs import ExtendMeasureDialog, MeasureDialog
from ui.formatting import format_date
from ui.labels.case import label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.widgets.heading import muted, section_layout
from ui.widgets.tables import fit_columns, fit_height, make_table, selected_row


class ProtectionSection(QWidget):
    changed = Signal(object)              # the Changes of a command
    conflict_found = Signal()
    direction_suggested = Signal(object)  # the MeasureSaved of a running measure whose institution does not direct

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._case_id: int | None = None
        self._family: FamilyDetail | None = None
        self.model = RowTableModel(self._columns(), self)
        self.table = make_table(self.model, "measuresTable")
        self.table.setAccessibleName(self.tr("Child-protection measures"))
        self.add_button = QPushButton(self.tr("Record measure"))
        self.edit_button = QPushButton(self.tr("Change"))
        self.extend_button = QPushButton(self.tr("Extend"))
        self.status_label = muted()

        layout = section_layout(self, self.tr("Child protection"), (self.add_button, self.edit_button,
                                                                     self.extend_button), self.tr(
            "A (provisional) OTS or guardianship per young person: during a measure the family guardian of the "
            "certified institution directs and the team cooperates."))
        layout.addWidget(self.table)
        layout.addWidget(self.status_label)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.extend_button.clicked.connect(self._on_extend_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._update_buttons()

    def _columns(self) -> list[Column[MeasureDTO]]:
        return [
            Column(self.tr("Young person"), lambda m: m.person_name),
            Column(self.tr("Measure"), lambda m: label(m.kind)),
            Column(self.tr("Certified institution"), lambda m: m.institution),
            Column(self.tr("Family guardian"), lambda m: ", ".join(p for p in (m.guardian_name, m.guardian_contact)
                                                                  if p)),
            Column(self.tr("Start"), lambda m: format_date(m.starts_on)),
            Column(self.tr("End"), self._end_text),
            Column(self.tr("Placement"), lambda m: format_date(m.placement_on)),
        ]

    def _end_text(self, m: MeasureDTO) -> str:
        end = format_date(m.ends_on) if m.ends_on else self.tr("at 18")
        if m.extensions:
            return self.tr("{date} (extended %n time(s))", "", m.extensions).format(date=end)
        return end

    def set_case(self, case_id: int, family: FamilyDetail) -> None:
        """Shows the measures of ``family`` (the case's): the first showing is a view (logged), later ones refresh it."""
        log_read = self._case_id != case_id
        self._case_id, self._family = case_id, family
        self._update_buttons()
        self._runner.run(lambda: self._services.protection.measures(case_id, log_read=log_read), self._on_loaded,
                         self._on_load_failed, context=self)

    def _on_loaded(self, measures: tuple[MeasureDTO, ...]) -> None:
        self.model.set_rows(list(measures))
        fit_columns(self.table)
        fit_height(self.table)
        self.status_label.setVisible(not measures)
        self.status_label.setText(self.tr("No child-protection measure recorded."))
        self._update_buttons()

    def _on_load_failed(self, error: AppError) -> None:
        self.status_label.setVisible(True)
        self.status_label.setText(error.message())

    def selected(self) -> MeasureDTO | None:
        row = selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self._family is not None and bool(self._family.young_people))
        self.edit_button.setEnabled(chosen is not None)
        self.extend_button.setEnabled(chosen is not None and chosen.kind is ProtectionKind.OTS)

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _today(self):
        return self._services.ctx.clock.today()

    def _on_add_button_clicked(self) -> None:
        case_id, protection = self._case_id, self._services.protection
        self._run(MeasureDialog(self._today(), list(self._family.young_people),
                                lambda data: protection.record(case_id, data), self, runner=self._runner))

    def _on_edit_button_clicked(self) -> None:
        chosen, protection = self.selected(), self._services.protection
        self._run(MeasureDialog(self._today(), list(self._family.young_people),
                                lambda data: protection.update(chosen.id, chosen.version, data), self,
                                runner=self._runner, measure=chosen))

    def _on_extend_button_clicked(self) -> None:
        chosen, protection = self.selected(), self._services.protection
        self._run(ExtendMeasureDialog(self._today(), chosen,
                                      lambda end: protection.extend(chosen.id, chosen.version, end), self,
                                      runner=self._runner))

    def _run(self, dialog: FormDialog) -> None:
        accepted = dialog.exec()
        if dialog.conflict is not None:
            self.conflict_found.emit()
        elif accepted:
            saved: MeasureSaved = dialog.saved_value
            self.changed.emit(dialog.saved_outcome.changes)
            if saved.suggest_direction:
                self.direction_suggested.emit(saved)
        dialog.deleteLater()
