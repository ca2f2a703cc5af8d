"""The dialogs of issue 15 items 4, 5 and 9 driven like a person would: My details, Workers and teams
(a worker's contact, a team's municipalities), the family's address, the municipality at intake, the
figures per municipality, and ages that cannot be right refused at the field."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import open_database
from app.municipalities import Municipality
from app.services.organisation import TeamInput
from models.enums import MemberRole, Role
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.case.family_dialogs import AddressDialog, MemberDialog
from ui.case.intake_dialog import IntakeDialog
from ui.dialogs.contact_dialogs import ContactDetailsDialog, DirectoryDialog, TeamDialog
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.pages.figures_page import FiguresPage
from ui.tasks import SynchronousTaskRunner
from ui.settings import UiSettings

TODAY = date(2026, 11, 22)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def admin(db_path, clock, team):
    svc = open_database(db_path, clock=clock, encryption=None)
    svc.workers.register_local_worker("Ellen Schouten", "Wijkteam Noord", Role.ADMIN)
    yield svc
    svc.close()


def test_my_details_from_the_menu_stores_phone_and_email_and_says_what_is_wrong(qtbot, services, team):
    window = MainWindow(services, SynchronousTaskRunner(), AppEvents(), UiSettings())
    qtbot.addWidget(window)
    window.app_actions.my_details.trigger()
    dialog = window.findChild(ContactDetailsDialog)
    assert dialog is not None and dialog.windowTitle() == "Mijn gegevens"
    type_text(dialog.phone_edit, "06-1234")
    type_text(dialog.email_edit, "sanne@")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_errors["phone"].text().startswith("Geef een Nederlands telefoonnummer")
    assert dialog.field_errors["email"].text().startswith("Geef een e-mailadres")
    type_text(dialog.phone_edit, "5678")
    type_text(dialog.email_edit, "wijkteam-noord.nl")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    mine = services.organisation.my_details()
    assert (mine.phone, mine.email) == ("0612345678", "sanne@wijkteam-noord.nl")
    assert not window.app_actions.directory.isEnabled()  # a worker keeps no one else's details
    window.close()


def test_an_administrator_edits_a_worker_and_a_teams_municipalities(qtbot, admin, monkeypatch):
    def worker(dialog: ContactDetailsDialog) -> None:
        assert dialog.windowTitle() == "Contactgegevens van Sanne de Vries"
        type_text(dialog.phone_edit, "020 123 4567")
        click_ok(qtbot, dialog)

    def team(dialog: TeamDialog) -> None:
        for typed in ("Zaanstad", "0439"):  # a name or a CBS code finds it
            dialog.municipality_combo.lineEdit().clear()
            type_text(dialog.municipality_combo.lineEdit(), typed)
            click(qtbot, dialog.add_button)
        dialog.municipality_combo.lineEdit().clear()
        type_text(dialog.municipality_combo.lineEdit(), "Atlantis")
        click(qtbot, dialog.add_button)
        assert dialog.field_errors["municipalities"].text() == "Kies een gemeente uit de lijst."
        dialog.municipality_list.setCurrentRow(1)
        click(qtbot, dialog.first_button)  # Purmerend becomes the default
        type_text(dialog.email_edit, "noord@zaanstad.nl")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, ContactDetailsDialog, worker)
    drive_dialog(monkeypatch, TeamDialog, team)
    changed = []
    dialog = DirectoryDialog(admin, SynchronousTaskRunner(), on_changed=changed.append)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.workers_model.row(r).name for r in range(dialog.workers_model.rowCount())]
    dialog.workers_table.selectRow(names.index("Sanne de Vries"))
    click(qtbot, dialog.edit_worker_button)
    dialog.teams_table.selectRow(0)
    click(qtbot, dialog.edit_team_button)

    directory = admin.organisation.directory()
    sanne = next(w for w in directory.workers if w.name == "Sanne de Vries")
    assert sanne.phone == "0201234567"
    noord = directory.teams[0]
    assert ([m.code for m in noord.municipalities], noord.email) == (["0439", "0479"], "noord@zaanstad.nl")
    assert len(changed) == 2
    assert dialog.teams_model.index(0, 3).data() == "Purmerend, Zaanstad"


def test_intake_proposes_the_teams_first_municipality(qtbot, services, team, admin):
    team_id = next(iter(services.ctx.user.team_ids))
    admin.organisation.update_team(team_id, TeamInput(None, None, ("0439", "0479")), 1)
    dialog = IntakeDialog(services, runner=SynchronousTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.municipality_combo
    assert combo.currentText() == "Purmerend (0439)"
    assert [combo.itemText(i) for i in (0, 1)] == ["Purmerend (0439)", "Zaanstad (0479)"]
    assert combo.count() == 342 + 1  # the team's two first, a separator, every other municipality
    type_text(dialog.family_name_edit, "Bos")
    parent, child = dialog.members_editor.rows
    type_text(parent.fields.first_name_edit, "Kees")
    type_text(parent.fields.surname_edit, "Bos")
    qtbot.keyClicks(parent.fields.date_of_birth_edit, "01-01-2016")  # 10 years old: no parent
    type_text(child.fields.first_name_edit, "Sem")
    type_text(child.fields.surname_edit, "Bos")
    qtbot.keyClicks(child.fields.date_of_birth_edit, "01-01-1990")  # 36: no young person
    click(qtbot, dialog.save_button)
    assert parent.fields.errors["date_of_birth"].text().startswith("Een ouder of verzorger is minstens 12 jaar")
    assert child.fields.errors["date_of_birth"].text().startswith("Een jongere is hoogstens 23 jaar")
    assert dialog.outcome is None
    parent.fields.date_of_birth_edit.clear()
    qtbot.keyClicks(parent.fields.date_of_birth_edit, "01-01-1980")
    child.fields.date_of_birth_edit.clear()
    qtbot.keyClicks(child.fields.date_of_birth_edit, "01-01-2016")
    click(qtbot, dialog.save_button)
    assert services.members.family_detail(dialog.outcome.family_id).municipality_code == "0439"


def test_a_member_too_young_to_be_a_parent_is_refused_at_the_field(qtbot, open_window, ozturk, monkeypatch):
    seen = {}

    def fill(dialog: MemberDialog) -> None:
        select_combo_data(dialog.fields.role_combo, MemberRole.PARENT)
        type_text(dialog.fields.first_name_edit, "Elif")
        type_text(dialog.fields.surname_edit, "Öztürk")
        qtbot.keyClicks(dialog.fields.date_of_birth_edit, "12122020")
        click_ok(qtbot, dialog)
        seen["error"], seen["open"] = dialog.fields.errors["date_of_birth"].text(), dialog.isVisible()
        dialog.reject()

    drive_dialog(monkeypatch, MemberDialog, fill)
    window = open_window(ozturk[1])
    click(qtbot, window.family_tab.add_member_button)
    assert seen["open"] and seen["error"].startswith("Een ouder of verzorger is minstens 12 jaar")


def test_the_address_and_municipality_are_changed_from_the_family_tab(qtbot, open_window, ozturk, services,
                                                                      monkeypatch):
    family_id, case_id = ozturk

    def fill(dialog: AddressDialog) -> None:
        assert dialog.municipality_combo.currentText() == "Zaanstad (0479)"
        dialog.street_edit.clear()
        type_text(dialog.street_edit, "Kerkstraat 4")
        dialog.municipality_combo.lineEdit().clear()
        type_text(dialog.municipality_combo.lineEdit(), "Purmerend")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, AddressDialog, fill)
    window = open_window(case_id)
    click(qtbot, window.family_tab.edit_address_button)
    family = services.members.family_detail(family_id)
    assert (family.street, family.municipality_code) == ("Kerkstraat 4", "0439")
    assert window.family_tab.address_label.text().endswith("· gemeente Purmerend")


def test_the_figures_are_cut_per_municipality(qtbot):
    asked: list[tuple] = []
    figures = SimpleNamespace(
        team_choices=lambda: [], management_figures=lambda *args: asked.append(args),
        provider_steering=lambda *args: None,
        municipality_choices=lambda: [Municipality("0439", "Purmerend"), Municipality("0479", "Zaanstad")])
    page = FiguresPage(figures, True, lambda: TODAY, SynchronousTaskRunner(), AppEvents())
    qtbot.addWidget(page)
    page.show()
    combo = page.municipality_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alle gemeenten", "Purmerend", "Zaanstad"]
    assert asked[-1][3] is None
    combo.setCurrentIndex(2)
    assert asked[-1][3] == "0479"
