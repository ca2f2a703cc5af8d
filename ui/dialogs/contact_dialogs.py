"""Contact details: "My details" for every worker, and "Workers and teams" for an administrator.

A worker's and a team's phone and e-mail are printed on the family plan's contact line; a team's
municipalities (from the shipped CBS list) come first where a family's municipality is chosen.
The dialogs get their save calls from the caller and know no database.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.changes import Changes
from app.services.organisation import ContactDetails, ContactInput, Directory, TeamDetails, TeamInput
from app.validation import format_phone
from ui.errors import show_error
from ui.events import AppEvents
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.widgets.heading import heading, muted
from ui.widgets.municipality_combo import MunicipalityCombo
from ui.widgets.screen_fit import plain_scroll, resize_to_screen
from ui.widgets.style import case_stylesheet
from ui.widgets.tables import fit_columns, make_table, selected_row

SaveContact = Callable[[ContactInput], ContactDetails]
SaveTeam = Callable[[TeamInput], TeamDetails]


class ContactDetailsDialog(FormDialog):
    """Phone and e-mail of one worker: their own ("My details") or, for an administrator, anyone's."""

    def __init__(self, current: ContactDetails, save: SaveContact, parent: QWidget | None = None, *,
                 runner: TaskRunner, own: bool = True):
        title = self.tr("My details") if own else self.tr("Contact details of {name}").format(name=current.name)
        super().__init__(title, runner, intro=self.tr(
            "Printed on the family plans you direct, so the family can reach you. Leave a field empty to "
            "print the team's instead."), expected_version=current.version, parent=parent)
        self._save = save
        self.phone_edit, self.email_edit = _contact_fields(self, current.phone, current.email)
        self.phone_edit.setFocus()

    def command(self) -> Callable[[], ContactDetails]:
        version = self._expected_version
        data = ContactInput(self.phone_edit.text() or None, self.email_edit.text() or None)
        return lambda: self._save(data, version)


class TeamDialog(FormDialog):
    """A team's phone, e-mail and municipalities (the first is proposed at intake)."""

    def __init__(self, current: TeamDetails, save: SaveTeam, parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Team {name}").format(name=current.name), runner, intro=self.tr(
            "The team's phone and e-mail are printed on a plan when its director has none. A family's "
            "municipality is chosen from the team's municipalities first."),
            expected_version=current.version, parent=parent)
        self._save = save
        self.phone_edit, self.email_edit = _contact_fields(self, current.phone, current.email)
        self.municipality_combo = MunicipalityCombo()
        self.add_button = QPushButton(self.tr("Add"))
        self.municipality_list = QListWidget()
        self.municipality_list.setAccessibleName(self.tr("The team's municipalities"))
        self.municipality_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.first_button = QPushButton(self.tr("Make default"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for m in current.municipalities:
            self._add_item(m.code, m.label)
        picker = QHBoxLayout()
        picker.addWidget(self.municipality_combo, 1)
        picker.addWidget(self.add_button)
        list_buttons = QVBoxLayout()
        list_buttons.addWidget(self.first_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.municipality_list, 1)
        chosen.addLayout(list_buttons)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(picker)
        column.addLayout(chosen)
        self.add_field(self.tr("Municipalities"), "municipalities", box)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.first_button.clicked.connect(self._on_first_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.municipality_list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()
        self.phone_edit.setFocus()

    def codes(self) -> tuple[str, ...]:
        return tuple(self.municipality_list.item(row).data(Qt.ItemDataRole.UserRole)
                     for row in range(self.municipality_list.count()))

    def _add_item(self, code: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.municipality_list.addItem(item)

    def _update_buttons(self, *_args) -> None:
        row = self.municipality_list.currentRow()
        self.first_button.setEnabled(row > 0)
        self.remove_button.setEnabled(row >= 0)

    def _on_add_button_clicked(self) -> None:
        code = self.municipality_combo.code()
        index = self.municipality_combo.findData(code) if code else -1
        if index < 0:
            self.field_errors["municipalities"].show_message(self.tr("Choose a municipality from the list."))
            return
        self.field_errors["municipalities"].clear_message()
        if code not in self.codes():
            self._add_item(code, self.municipality_combo.itemText(index))
        self.municipality_combo.select(None)

    def _on_first_button_clicked(self) -> None:
        row = self.municipality_list.currentRow()
        if row > 0:
            self.municipality_list.insertItem(0, self.municipality_list.takeItem(row))
            self.municipality_list.setCurrentRow(0)

    def _on_remove_button_clicked(self) -> None:
        row = self.municipality_list.currentRow()
        if row >= 0:
            self.municipality_list.takeItem(row)
        self._update_buttons()

    def command(self) -> Callable[[], TeamDetails]:
        version = self._expected_version
        data = TeamInput(self.phone_edit.text() or None, self.email_edit.text() or None, self.codes())
        return lambda: self._save(data, version)


def _contact_fields(dialog: FormDialog, phone: str | None, email: str | None) -> tuple[QLineEdit, QLineEdit]:
    phone_edit = QLineEdit(format_phone(phone))
    phone_edit.setMaxLength(30)
    phone_edit.setPlaceholderText(QCoreApplication.translate("ContactDetailsDialog", "e.g. 06 12345678 or 075 681 0000"))
    email_edit = QLineEdit(email or "")
    email_edit.setMaxLength(254)
    email_edit.setPlaceholderText(QCoreApplication.translate("ContactDetailsDialog", "e.g. naam@gemeente.nl"))
    dialog.add_field(QCoreApplication.translate("ContactDetailsDialog", "Phone"), "phone", phone_edit)
    dialog.add_field(QCoreApplication.translate("ContactDetailsDialog", "E-mail"), "email", email_edit)
    return phone_edit, email_edit


class DirectoryDialog(QDialog):
    """Workers and teams with their phone and e-mail, for an administrator to keep up to date."""

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None,
                 on_changed: Callable[[Changes], None] | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._on_changed = on_changed
        self.setWindowTitle(self.tr("Workers and teams"))
        self.setStyleSheet(case_stylesheet())
        self.workers_model = RowTableModel[ContactDetails]([
            Column(self.tr("Name"), lambda w: w.name), Column(self.tr("Phone"), lambda w: format_phone(w.phone)),
            Column(self.tr("E-mail"), lambda w: w.email or "")], self)
        self.teams_model = RowTableModel[TeamDetails]([
            Column(self.tr("Team"), lambda t: t.name), Column(self.tr("Phone"), lambda t: format_phone(t.phone)),
            Column(self.tr("E-mail"), lambda t: t.email or ""),
            Column(self.tr("Municipalities"), lambda t: ", ".join(m.name for m in t.municipalities))], self)
        self.workers_table = make_table(self.workers_model, "workersTable")
        self.workers_table.setAccessibleName(self.tr("Workers"))
        self.teams_table = make_table(self.teams_model, "teamsTable")
        self.teams_table.setAccessibleName(self.tr("Teams"))
        self.edit_worker_button = QPushButton(self.tr("Change worker…"))
        self.edit_team_button = QPushButton(self.tr("Change team…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(muted(self.tr("Phone and e-mail are printed on the family plan's contact line: the "
                                       "director's, else the team's.")))
        column.addLayout(_bar(heading(self.tr("Workers")), self.edit_worker_button))
        column.addWidget(self.workers_table, 1)
        column.addLayout(_bar(heading(self.tr("Teams")), self.edit_team_button))
        column.addWidget(self.teams_table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(heading(self.tr("Workers and teams"), 1.2, "dialogHeading"))
        layout.addWidget(plain_scroll(body), 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 860, 600)
        self.edit_worker_button.clicked.connect(self._on_edit_worker_button_clicked)
        self.edit_team_button.clicked.connect(self._on_edit_team_button_clicked)
        self.workers_table.doubleClicked.connect(self._on_edit_worker_button_clicked)
        self.teams_table.doubleClicked.connect(self._on_edit_team_button_clicked)
        self.reload()

    def reload(self) -> None:
        self._runner.run(self._services.organisation.directory, self._show, partial(show_error, self), context=self)

    def _show(self, directory: Directory) -> None:
        self.workers_model.set_rows(list(directory.workers))
        self.teams_model.set_rows(list(directory.teams))
        for table in (self.workers_table, self.teams_table):
            fit_columns(table)

    def _on_edit_worker_button_clicked(self, *_args) -> None:
        row = selected_row(self.workers_table)
        if row is not None:
            worker = self.workers_model.row(row)
            self._run(ContactDetailsDialog(worker, partial(self._services.organisation.update_worker_contact, worker.id),
                                    self, runner=self._runner, own=False))

    def _on_edit_team_button_clicked(self, *_args) -> None:
        row = selected_row(self.teams_table)
        if row is not None:
            team = self.teams_model.row(row)
            self._run(TeamDialog(team, partial(self._services.organisation.update_team, team.id), self,
                                 runner=self._runner))

    def _run(self, dialog: FormDialog) -> None:
        accepted = dialog.exec()
        if accepted and self._on_changed is not None:
            self._on_changed(dialog.saved_outcome.changes)
        if accepted or dialog.conflict is not None:
            self.reload()
        dialog.deleteLater()


def _bar(title: QWidget, button: QPushButton) -> QHBoxLayout:
    bar = QHBoxLayout()
    bar.addWidget(title)
    bar.addStretch(1)
    bar.addWidget(button)
    return bar


def open_my_details(services: Services, runner: TaskRunner, events: AppEvents | None, parent: QWidget) -> None:
    """Reads the signed-in worker's details, then opens "My details" on them (window-modal)."""
    def show(current: ContactDetails) -> None:
        dialog = ContactDetailsDialog(current, services.organisation.update_my_details, parent, runner=runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if events is not None:
            dialog.accepted.connect(lambda: events.announce(dialog.saved_outcome.changes, parent))
        dialog.open()

    runner.run(services.organisation.my_details, show, partial(show_error, parent), context=parent)
