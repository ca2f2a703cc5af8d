"""Segments (how specialised help is: A/B/C by default) for the administrator: a list to add, rename and
deactivate them, and a form for one. Segments are never deleted - products and figures refer to them."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.changes import Outcome, run_command as collect
from app.errors import AppError, ConcurrencyConflict
from app.queries.providers import SegmentRow
from app.services.provider_inputs import POSITION_MAX, SEGMENT_CODE_MAX, SEGMENT_NAME_MAX, SegmentInput
from app.services.providers import ProviderService
from ui.errors import show_error
from ui.events import AppEvents
from ui.qt_models.provider_models import SegmentsModel
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog, run_form_dialog
from ui.widgets.heading import dialog_heading, muted
from ui.widgets.messages import inform
from ui.widgets.screen_fit import resize_to_screen
from ui.widgets.style import case_stylesheet
from ui.widgets.tables import make_table, selected_row

SaveSegment = Callable[[SegmentInput], SegmentRow]


class SegmentDialog(FormDialog):
    """Code, name, whether help in it needs a referral, and its place in lists."""

    def __init__(self, save: SaveSegment, current: SegmentRow | None = None, parent: QWidget | None = None, *,
                 runner: TaskRunner):
        super().__init__(self.tr("Edit segment") if current else self.tr("New segment"), runner, intro=self.tr(
            "Help in a segment that needs a referral is refused without a referrer (the social team, a GP, ...)."),
            parent=parent)
        self._save = save
        self.code_edit = QLineEdit(current.code if current else "")
        self.code_edit.setMaxLength(SEGMENT_CODE_MAX)
        self.code_edit.setPlaceholderText(self.tr("e.g. B1"))
        self.name_edit = QLineEdit(current.name if current else "")
        self.name_edit.setMaxLength(SEGMENT_NAME_MAX)
        self.referral_check = QCheckBox(self.tr("Help in this segment needs a referral"))
        self.referral_check.setChecked(current.needs_referral if current else True)
        self.position_spin = QSpinBox()
        self.position_spin.setRange(0, POSITION_MAX)
        self.position_spin.setValue(current.position if current else 0)
        self.add_field(self.tr("Code"), "code", self.code_edit)
        self.add_field(self.tr("Name"), "name", self.name_edit)
        self.add_field(self.tr("Referral"), "needs_referral", self.referral_check)
        self.add_field(self.tr("Order in lists"), "position", self.position_spin)

    def command(self) -> Callable[[], SegmentRow]:
        return partial(self._save, SegmentInput(self.code_edit.text(), self.name_edit.text(),
                                                self.referral_check.isChecked(), self.position_spin.value()))


class SegmentsDialog(QDialog):
    """Every segment, inactive ones in grey; each change is announced to the open pages."""

    def __init__(self, providers: ProviderService, runner: TaskRunner, events: AppEvents,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Segments"))
        self.setStyleSheet(case_stylesheet())
        self._providers, self._runner, self._events = providers, runner, events
        self._selected_id: int | None = None
        self.model = SegmentsModel(self)
        self.table = make_table(self.model, "segmentsTable")
        self.table.setAccessibleName(self.tr("Segments"))
        self.new_button = QPushButton(self.tr("New segment…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(dialog_heading(self.tr("Segments")))
        layout.addWidget(muted(self.tr(
            "How specialised help is. Products are filed under a segment; an inactive segment is kept for the "
            "products that have it but is not offered for new ones.")))
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 720, 420)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(self._on_edit_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self._runner.run(partial(self._providers.segments, include_inactive=True), self._on_loaded,
                         partial(show_error, self), context=self)

    def selected(self) -> SegmentRow | None:
        row = selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _on_loaded(self, rows: list[SegmentRow]) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        segment = self.selected()
        self.edit_button.setEnabled(segment is not None)
        self.active_button.setEnabled(segment is not None)
        self.active_button.setText(self.tr("Reactivate") if segment and not segment.active else self.tr("Deactivate"))

    def _on_new_button_clicked(self) -> None:
        self._run_dialog(SegmentDialog(self._providers.add_segment, parent=self, runner=self._runner))

    def _on_edit_button_clicked(self, *_args) -> None:
        segment = self.selected()
        if segment is not None:
            self._run_dialog(SegmentDialog(partial(self._providers.update_segment, segment.id, segment.version),
                                           segment, self, runner=self._runner))

    def _on_active_button_clicked(self) -> None:
        segment = self.selected()
        if segment is not None:
            call = partial(self._providers.set_segment_active, segment.id, segment.version, not segment.active)
            self._runner.run(lambda: collect(call), self._on_saved, self._on_failed, context=self)

    def _run_dialog(self, dialog: SegmentDialog) -> None:
        run_form_dialog(dialog, self._on_saved, self._on_failed)

    def _on_saved(self, outcome: Outcome[SegmentRow]) -> None:
        self._selected_id = outcome.value.id
        self._events.announce(outcome.changes)
        self.reload()

    def _on_failed(self, error: AppError) -> None:
        if isinstance(error, ConcurrencyConflict):
            self._on_conflict()
        else:
            show_error(self, error)

    def _on_conflict(self) -> None:
        inform(self, self.tr(
            "A colleague changed this in the meantime. The list now shows the latest version; make your change again."))
        self.reload()
