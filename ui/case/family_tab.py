"""The case's family: its members and its network, each with add, change and remove."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QTableView, QVBoxLayout, QWidget

from app.changes import run_command
from app.bootstrap import Services
from app.errors import AppError, ConcurrencyConflict
from app.queries.case_view import FamilyDetail, MemberDTO, NetworkMemberDTO
from ui.case.consent_section import ConsentSection
from ui.case.family_dialogs import AddressDialog, MemberDialog, NetworkMemberDialog
from ui.case.access_report import save_access_report
from ui.case.inspection import export_member_file
from ui.case.meldcode_section import MeldcodeSection
from ui.case.protection_section import ProtectionSection
from ui.case.transition_section import TransitionSection
from ui.labels.case import label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.widgets.heading import heading, muted
from ui.widgets.messages import ask_yes_no
from ui.widgets.screen_fit import scrolling
from ui.widgets.tables import fit_columns, fit_height, make_table, selected_row
from ui.errors import show_error
from ui.formatting import format_date
from ui.tasks import TaskRunner

def dutch_postcode(postcode: str | None) -> str:
    """``1501AB`` as it is written on an envelope: ``1501 AB``."""
    if postcode and len(postcode) == 6 and postcode[:4].isdigit() and postcode[4:].isalpha():
        return f"{postcode[:4]} {postcode[4:]}"
    return postcode or ""


class FamilyTab(QWidget):
    """Shows a FamilyDetail; changes go through dialogs (and the member service), then ``changed`` fires."""

    changed = Signal(object)  # the Changes of a command
    conflict_found = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._family: FamilyDetail | None = None

        self.address_label = muted()
        self.edit_address_button = QPushButton(self.tr("Change address…"))
        self.edit_address_button.setToolTip(self.tr("The family's address and the municipality it lives in"))
        self.members_model = RowTableModel(self._member_columns(), self)
        self.members_table = make_table(self.members_model, "membersTable")
        self.members_table.setAccessibleName(self.tr("Family members"))
        self.add_member_button = QPushButton(self.tr("Add member"))
        self.edit_member_button = QPushButton(self.tr("Change"))
        self.remove_member_button = QPushButton(self.tr("Remove"))
        self.inspection_button = QPushButton(self.tr("Inspection and copy…"))
        self.inspection_button.setToolTip(self.tr(
            "Save everything the file holds about this person as PDF and JSON (Youth Act 7.3.10, GDPR art. 15)"))
        self.access_report_button = QPushButton(self.tr("Who looked…"))
        self.access_report_button.setToolTip(self.tr(
            "Save as PDF who read, changed, printed or exported what in this file, and when (NEN 7513)"))
        self.access_report_menu = QMenu(self.access_report_button)
        self.family_report_action = self.access_report_menu.addAction(self.tr("The whole family's file…"))
        self.member_report_action = self.access_report_menu.addAction(self.tr("Only the chosen member's file…"))
        self.access_report_button.setMenu(self.access_report_menu)
        self.network_model = RowTableModel(self._network_columns(), self)
        self.network_table = make_table(self.network_model, "networkTable")
        self.network_table.setAccessibleName(self.tr("Network"))
        self.add_network_button = QPushButton(self.tr("Add to network"))
        self.edit_network_button = QPushButton(self.tr("Change"))
        self.remove_network_button = QPushButton(self.tr("Remove"))
        self.consents = ConsentSection(services, runner, self)
        self.protection = ProtectionSection(services, runner, self)
        self.transition = TransitionSection(services, runner, self)
        self.meldcode = MeldcodeSection(services, runner, self)

        content = QWidget()  # members, network, measures, transition, consents: it scrolls when the window is low
        content.setObjectName("familyContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        address_bar = QHBoxLayout()
        address_bar.addWidget(self.address_label, 1)
        address_bar.addWidget(self.edit_address_button)
        layout.addLayout(address_bar)
        layout.addLayout(self._section_bar(heading(self.tr("Family members")), self.add_member_button,
                                           self.edit_member_button, self.remove_member_button,
                                           self.inspection_button, self.access_report_button))
        layout.addWidget(self.members_table)
        layout.addSpacing(10)
        layout.addLayout(self._section_bar(heading(self.tr("Network")), self.add_network_button,
                                           self.edit_network_button, self.remove_network_button))
        layout.addWidget(muted(self.tr("People around the family who can help: relatives, neighbours, friends, "
                                       "a coach.")))
        layout.addWidget(self.network_table)
        layout.addSpacing(10)
        layout.addWidget(self.protection)
        layout.addSpacing(10)
        layout.addWidget(self.meldcode)
        layout.addSpacing(10)
        layout.addWidget(self.transition)
        layout.addSpacing(10)
        layout.addWidget(self.consents)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scrolling(content)
        outer.addWidget(self.scroll_area)

        self.edit_address_button.clicked.connect(self._on_edit_address_button_clicked)
        self.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        self.edit_member_button.clicked.connect(self._on_edit_member_button_clicked)
        self.remove_member_button.clicked.connect(self._on_remove_member_button_clicked)
        self.inspection_button.clicked.connect(self._on_inspection_button_clicked)
        self.family_report_action.triggered.connect(self._on_family_report_action_triggered)
        self.member_report_action.triggered.connect(self._on_member_report_action_triggered)
        self.members_table.doubleClicked.connect(self._on_members_table_double_clicked)
        self.add_network_button.clicked.connect(self._on_add_network_button_clicked)
        self.edit_network_button.clicked.connect(self._on_edit_network_button_clicked)
        self.remove_network_button.clicked.connect(self._on_remove_network_button_clicked)
        self.network_table.doubleClicked.connect(self._on_network_table_double_clicked)
        self.members_table.selectionModel().selectionChanged.connect(self._on_members_table_selection_changed)
        self.network_table.selectionModel().selectionChanged.connect(self._on_network_table_selection_changed)
        self.consents.changed.connect(self.changed)
        self.consents.conflict_found.connect(self.conflict_found)
        self.protection.changed.connect(self.changed)
        self.protection.conflict_found.connect(self.conflict_found)
        self.transition.changed.connect(self.changed)
        self.meldcode.conflict_found.connect(self.conflict_found)
        self.transition.conflict_found.connect(self.conflict_found)
        self._update_buttons()

    def _member_columns(self) -> list[Column[MemberDTO]]:
        yes = self.tr("Yes")
        return [
            Column(self.tr("Name"), lambda m: m.full_name),
            Column(self.tr("Role"), lambda m: label(m.role)),
            Column(self.tr("Date of birth"), lambda m: format_date(m.date_of_birth)),
            Column(self.tr("Age"), lambda m: str(m.age)),
            Column(self.tr("BSN"), lambda m: m.bsn or ""),
            Column(self.tr("Parental authority"), lambda m: yes if m.parental_authority else ""),
        ]

    def _network_columns(self) -> list[Column[NetworkMemberDTO]]:
        return [
            Column(self.tr("Name"), lambda n: n.name),
            Column(self.tr("Relation"), lambda n: n.relation),
            Column(self.tr("Contact"), lambda n: n.contact or ""),
            Column(self.tr("What they contribute"), lambda n: " ".join((n.contribution or "").split()),
                   lambda n: n.contribution or ""),
        ]

    @staticmethod
    def _section_bar(title: QWidget, *buttons: QPushButton) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for button in buttons:
            bar.addWidget(button)
        return bar

    def network_names(self) -> list[str]:
        """The names of the family's network members (offered as who carries on the aftercare)."""
        return [n.name for n in self._family.network] if self._family is not None else []

    def set_family(self, family: FamilyDetail) -> None:
        self._family = family
        self.address_label.setText(self._address_text(family))
        self._keep_selection(self.members_table, self.members_model, family.members)
        self._keep_selection(self.network_table, self.network_model, family.network)
        for table in (self.members_table, self.network_table):
            fit_columns(table)
            fit_height(table)
        self.consents.set_family(family)
        self._update_buttons()

    def _address_text(self, family: FamilyDetail) -> str:
        place = " ".join(p for p in (dutch_postcode(family.postcode), family.city) if p)
        address = ", ".join(p for p in (family.street, place) if p)
        municipality = family.municipality_name or family.municipality_code
        if municipality:
            return self.tr("{address} · municipality {name}").format(address=address, name=municipality) \
                if address else self.tr("Municipality {name}").format(name=municipality)
        return address or self.tr("No address yet")

    @staticmethod
    def _keep_selection(table: QTableView, model: RowTableModel, rows) -> None:
        """Refills a table and selects the same person again (by id) if they are still there."""
        index = selected_row(table)
        selected_id = model.row(index).id if index is not None else None
        model.set_rows(rows)
        for row, item in enumerate(rows):
            if item.id == selected_id:
                table.selectRow(row)

    def _update_buttons(self, *_args) -> None:
        has_family = self._family is not None
        self.edit_address_button.setEnabled(has_family)
        self.add_member_button.setEnabled(has_family)
        self.add_network_button.setEnabled(has_family)
        member = selected_row(self.members_table) is not None
        network = selected_row(self.network_table) is not None
        self.edit_member_button.setEnabled(member)
        self.remove_member_button.setEnabled(member)
        self.inspection_button.setEnabled(member)
        self.access_report_button.setEnabled(has_family)
        self.member_report_action.setEnabled(member)
        self.edit_network_button.setEnabled(network)
        self.remove_network_button.setEnabled(network)

    def _on_members_table_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _on_network_table_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _on_members_table_double_clicked(self, _index) -> None:
        self._on_edit_member_button_clicked()

    def _on_network_table_double_clicked(self, _index) -> None:
        self._on_edit_network_button_clicked()

    def _selected_member(self) -> MemberDTO | None:
        row = selected_row(self.members_table)
        return self.members_model.row(row) if row is not None else None

    def _selected_network_member(self) -> NetworkMemberDTO | None:
        row = selected_row(self.network_table)
        return self.network_model.row(row) if row is not None else None

    # -- address ----------------------------------------------------------------------------------
    def _on_edit_address_button_clicked(self) -> None:
        family = self._family
        own = self._services.organisation.team_municipalities(family.team_id) if family.team_id else []
        self._run_dialog(AddressDialog(
            lambda data: self._services.members.update_address(family.family_id, family.version, data),
            family, own, self, runner=self._runner))

    # -- members ----------------------------------------------------------------------------------
    def _on_add_member_button_clicked(self) -> None:
        family_id = self._family.family_id
        self._run_dialog(MemberDialog(self._services.ctx.clock.today(),
                                      lambda data: self._services.members.add_member(family_id, data),
                                      parent=self, runner=self._runner))

    def _on_edit_member_button_clicked(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        self._run_dialog(MemberDialog(
            self._services.ctx.clock.today(),
            lambda data: self._services.members.update_member(member.id, member.version,
                                                              data), member, self, runner=self._runner))

    def _on_remove_member_button_clicked(self) -> None:
        member = self._selected_member()
        if member is None or not ask_yes_no(self, self.tr("Remove family member"), self.tr(
                "Remove {name} from the family? Only do this for someone entered by mistake.").format(
                name=member.full_name)):
            return
        self._run_removal(lambda: self._services.members.remove_member(member.id, member.version))

    def _on_inspection_button_clicked(self) -> None:
        member = self._selected_member()
        if member is not None:
            export_member_file(self, self._services, self._runner, member)

    def _on_family_report_action_triggered(self) -> None:
        if self._family is not None:
            save_access_report(self, self._services, self._runner, self._family.name, family_id=self._family.family_id)

    def _on_member_report_action_triggered(self) -> None:
        member = self._selected_member()
        if member is not None and self._family is not None:
            save_access_report(self, self._services, self._runner, member.full_name,
                               family_id=self._family.family_id, person_id=member.id)

    # -- network ----------------------------------------------------------------------------------
    def _on_add_network_button_clicked(self) -> None:
        family_id = self._family.family_id
        self._run_dialog(NetworkMemberDialog(
            lambda data: self._services.members.add_network_member(family_id, data), parent=self, runner=self._runner))

    def _on_edit_network_button_clicked(self) -> None:
        member = self._selected_network_member()
        if member is None:
            return
        self._run_dialog(NetworkMemberDialog(
            lambda data: self._services.members.update_network_member(member.id, member.version, data),
            member, self, runner=self._runner))

    def _on_remove_network_button_clicked(self) -> None:
        member = self._selected_network_member()
        if member is None or not ask_yes_no(self, self.tr("Remove from the network"), self.tr(
                "Remove {name} from the family's network?").format(name=member.name)):
            return
        self._run_removal(lambda: self._services.members.remove_network_member(member.id, member.version))

    # -- shared -----------------------------------------------------------------------------------
    def _run_dialog(self, dialog: MemberDialog | NetworkMemberDialog | AddressDialog) -> None:
        accepted = dialog.exec()
        if dialog.conflict is not None:
            self.conflict_found.emit()
        elif accepted:
            self.changed.emit(dialog.saved_outcome.changes)
        dialog.deleteLater()

    def _run_removal(self, remove: Callable[[], None]) -> None:
        self._runner.run(lambda: run_command(remove), lambda outcome: self.changed.emit(outcome.changes),
                         self._on_removal_failed, context=self)

    def _on_removal_failed(self, error: AppError) -> None:
        if isinstance(error, ConcurrencyConflict):
            self.conflict_found.emit()
        else:
            show_error(self, error)
