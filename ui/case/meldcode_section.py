"""The Gezin tab's "Meldcode" section: the case's meldcode track and its steps, for those who need to know
(the case's director, the team's supervisors, added readers); the rest of the team sees only that a track
is open and since when. One dialog per step; a correction is a new entry naming the one it corrects."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.services.meldcode import TrackView
from ui.case.meldcode_dialogs import DIALOGS, DecisionDialog, ReadersDialog
from ui.formatting import format_date
from ui.qt_models.meldcode_models import StepsModel, step_name
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.widgets.heading import muted, section_layout
from ui.widgets.tables import fit_columns, fit_height, make_table, selected_row


class MeldcodeSection(QWidget):
    changed = Signal(object)  # the Changes of a command
    conflict_found = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._runner = services, runner
        self._case_id: int | None = None
        self.view: TrackView | None = None
        self.model = StepsModel(self)
        self.table = make_table(self.model, "meldcodeTable")
        self.table.setAccessibleName(self.tr("Meldcode steps"))
        self.open_button = QPushButton(self.tr("Open track"))
        self.step_button = QPushButton(self.tr("Record step"))
        self.step_menu = QMenu(self.step_button)
        self.step_actions = {}
        for step in range(1, 6):
            action = self.step_menu.addAction(step_name(step))
            action.triggered.connect(lambda _checked=False, n=step: self.record_step(n))
            self.step_actions[step] = action
        self.step_button.setMenu(self.step_menu)
        self.correct_button = QPushButton(self.tr("Correct"))
        self.readers_button = QPushButton(self.tr("Readers…"))
        self.status_label = muted()
        self.status_label.setObjectName("meldcodeStatus")
        layout = section_layout(self, self.tr("Meldcode"), (self.open_button, self.step_button, self.correct_button,
                                                            self.readers_button), self.tr(
            "The steps of the meldcode for domestic violence and child abuse. Only the director, the team's "
            "supervisors and the colleagues they add see the steps; reading them is logged."))
        layout.addWidget(self.status_label)
        layout.addWidget(self.table)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.readers_button.clicked.connect(self._on_readers_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_case(self, case_id: int) -> None:
        """Loads the case's track: the first showing is a read (logged), later ones refresh it."""
        log_read = self._case_id != case_id
        self._case_id = case_id
        self._runner.run(lambda: self._services.meldcode.view(case_id, log_read=log_read), self._show,
                         self._on_load_failed, context=self)

    def _show(self, view: TrackView) -> None:
        self.view = view
        self.model.set_rows(view.entries)
        fit_columns(self.table)
        fit_height(self.table)
        self.table.setVisible(view.may_read and view.track is not None)
        self.status_label.setText(self._status_text(view))
        self._update_buttons()

    def _status_text(self, view: TrackView) -> str:
        t = view.track
        if t is None:
            return self.tr("No meldcode track on this case.")
        if t.is_open:
            text = self.tr("Open since {date} (%n day(s)).", "", t.days_open).format(date=format_date(t.opened_on))
        else:
            text = self.tr("Closed on {date}: the decision is recorded.").format(date=format_date(t.closed_on))
        if not view.may_read:
            text += " " + self.tr("You do not see its steps: ask the case's director or a supervisor.")
        return text

    def _on_load_failed(self, error: AppError) -> None:
        self.status_label.setText(error.message())

    def _update_buttons(self, *_args) -> None:
        v = self.view
        is_open = v is not None and v.track is not None and v.track.is_open
        self.open_button.setEnabled(v is not None and v.may_manage and not is_open)
        self.step_button.setEnabled(is_open and v.may_read)
        self.correct_button.setEnabled(is_open and v.may_read and selected_row(self.table) is not None)
        self.readers_button.setEnabled(v is not None and v.track is not None and v.may_manage)

    # -- commands ----------------------------------------------------------------------------------

    def _today(self):
        return self._services.ctx.clock.today()

    def _on_open_button_clicked(self) -> None:
        case_id = self._case_id
        self._runner.run(lambda: self._services.meldcode.open_track(case_id), self._after_open,
                         self._on_load_failed, context=self)

    def _after_open(self, view: TrackView) -> None:
        self._show(view)
        self.changed.emit(None)

    def record_step(self, step: int, corrects=None) -> None:
        track, meldcode = self.view.track, self._services.meldcode

        def save(data):
            return meldcode.record_step(track.id, track.version, data)

        if step == 5:
            weighing = self.view.current.get(4)
            dialog = DecisionDialog(self._today(), weighing.conclusion if weighing else None, save, self,
                                    runner=self._runner, corrects=corrects)
        else:
            dialog = DIALOGS[step](self._today(), save, self, runner=self._runner, corrects=corrects)
        self._run(dialog)

    def _on_correct_button_clicked(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            entry = self.view.entries[row]
            self.record_step(entry.step, entry)

    def _on_readers_button_clicked(self) -> None:
        view, meldcode = self.view, self._services.meldcode
        colleagues = list(meldcode.colleagues(view.case_id))
        self._run(ReadersDialog(view, colleagues,
                                lambda worker: meldcode.add_reader(view.track.id, view.track.version, worker),
                                self, runner=self._runner))

    def _run(self, dialog: FormDialog) -> None:
        accepted = dialog.exec()
        if dialog.conflict is not None:
            self.conflict_found.emit()
        elif accepted:
            self._show(dialog.saved_value)
            self.changed.emit(dialog.saved_outcome.changes)
        dialog.deleteLater()
