"""Issue 15 items 4, 5 and 9 on the embedded database: contact details of workers and teams, the
municipalities of a team and of a family (intake, address, plan, figures), and ages that cannot be right."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date

import pytest

from app.bootstrap import open_database
from app.errors import AccessDenied, ConcurrencyConflict, ValidationError
from app.i18n import translate
from app.municipalities import municipalities, municipality
from app.queries.plan_print import plan_print_data
from app.services.families import AddressInput, IntakeInput, MemberInput
from app.services.organisation import ContactInput, TeamInput
from models.enums import AuditEvent, MemberRole, Role
from tests.integration.case_helpers import detail_text, intake_family, log_entries, member_id
from tests.integration.figures_data import known_data_as_supervisor

START, END = date(2026, 1, 1), date(2026, 6, 30)


@contextmanager
def admin_services(db_path, clock):
    svc = open_database(db_path, clock=clock)
    svc.workers.register_local_worker("Ellen Schouten", "Wijkteam Noord", Role.ADMIN)
    try:
        yield svc
    finally:
        svc.close()


def messages(error: ValidationError) -> dict[str, str]:
    return {field: translate("Errors", msg.text).format(**msg.params) for field, msg in error.fields.items()}


# -- the shipped list -----------------------------------------------------------------------------

def test_the_shipped_list_holds_every_current_municipality():
    listed = municipalities()
    assert len(listed) == 342  # CBS, 1 January 2026
    assert all(len(code) == 4 and code.isdigit() for code in listed)
    assert (municipality("0479").name, municipality("0363").name, municipality("1992").name) == (
        "Zaanstad", "Amsterdam", "Voorne aan Zee")
    assert municipality("0439").label == "Purmerend (0439)"
    assert municipality("0000") is None and municipality("9001") is None  # Bonaire is no municipality


# -- item 4: contact details ----------------------------------------------------------------------

@pytest.mark.parametrize(("phone", "stored"), [
    ("06 12345678", "0612345678"), ("+31 6 1234 5678", "0612345678"), ("020-1234567", "0201234567"),
    ("(075) 681 00 00", "0756810000"), ("0800 1234", "08001234"), ("", None)])
def test_a_worker_edits_their_own_phone_and_email(services, phone, stored):
    mine = services.organisation.my_details()
    saved = services.organisation.update_my_details(ContactInput(phone, " Sanne@Wijkteam-Noord.NL "), mine.version)
    assert (saved.phone, saved.email, saved.version) == (stored, "Sanne@wijkteam-noord.nl", mine.version + 1)
    assert services.organisation.my_details() == saved
    entry = log_entries(services, event=AuditEvent.UPDATE, object_type="worker")[-1]
    assert (entry.object_id, detail_text(entry)) == (mine.id, "Telefoon en e-mail")


@pytest.mark.parametrize(("phone", "email", "fields"), [
    ("12345", None, {"phone"}), ("+44 20 7946 0000", None, {"phone"}), ("06-1234567a", None, {"phone"}),
    ("0012345678", None, {"phone"}), (None, "sanne", {"email"}), (None, "a@@b.nl", {"email"}),
    (None, "sanne@wijkteam", {"email"}), (None, "sanne de vries@x.nl", {"email"}), ("1", "x", {"phone", "email"})])
def test_a_phone_or_email_that_is_none_is_refused_at_its_field(services, phone, email, fields):
    mine = services.organisation.my_details()
    with pytest.raises(ValidationError) as refused:
        services.organisation.update_my_details(ContactInput(phone, email), mine.version)
    assert set(refused.value.fields) == fields
    shown = messages(refused.value)
    if "phone" in fields:
        assert shown["phone"].startswith("Geef een Nederlands telefoonnummer van 10 cijfers")
    if "email" in fields:
        assert shown["email"].startswith("Geef een e-mailadres zoals naam@gemeente.nl")
    assert services.organisation.my_details() == mine


def test_a_stale_version_overwrites_nothing(services):
    mine = services.organisation.my_details()
    services.organisation.update_my_details(ContactInput("0612345678", None), mine.version)
    with pytest.raises(ConcurrencyConflict):
        services.organisation.update_my_details(ContactInput("0687654321", None), mine.version)
    assert services.organisation.my_details().phone == "0612345678"


def test_an_administrator_edits_any_worker_and_team_a_worker_none(services, db_path, clock):
    sanne = services.organisation.my_details()
    team_id = next(iter(services.ctx.user.team_ids))
    for call in (services.organisation.directory,
                 lambda: services.organisation.update_worker_contact(sanne.id, ContactInput("0612345678", None),
                                                                     sanne.version),
                 lambda: services.organisation.update_team(team_id, TeamInput(None, None, ("0479",)), 1)):
        with pytest.raises(AccessDenied):
            call()
    assert services.organisation.my_details() == sanne
    with admin_services(db_path, clock) as admin:
        directory = admin.organisation.directory()
        assert [w.name for w in directory.workers] == ["Ellen Schouten", "Sanne de Vries"]
        saved = admin.organisation.update_worker_contact(sanne.id, ContactInput("06 12345678", "s.devries@zaanstad.nl"),
                                                         sanne.version)
        assert (saved.phone, saved.email) == ("0612345678", "s.devries@zaanstad.nl")
        team = next(t for t in directory.teams if t.id == team_id)
        assert team.municipalities == ()
        team = admin.organisation.update_team(team_id, TeamInput("075 681 00 00", "wijkteam.noord@zaanstad.nl",
                                                                 ("0479", "0439", "0479")), team.version)
        assert (team.phone, team.email, [m.code for m in team.municipalities]) == (
            "0756810000", "wijkteam.noord@zaanstad.nl", ["0479", "0439"])
        assert [m.name for m in team.municipalities] == ["Zaanstad", "Purmerend"]
        with pytest.raises(ValidationError) as refused:
            admin.organisation.update_team(team_id, TeamInput(None, None, ("0479", "1234")), team.version)
        assert set(refused.value.fields) == {"municipalities"}
        with pytest.raises(ConcurrencyConflict):
            admin.organisation.update_team(team_id, TeamInput(None, None, ("0479",)), team.version - 1)
        reordered = admin.organisation.update_team(team_id, TeamInput("0756810000", "wijkteam.noord@zaanstad.nl",
                                                                      ("0439", "0479")), team.version)
        assert reordered.version == team.version + 1
        assert [m.code for m in reordered.municipalities] == ["0439", "0479"]
        details = [detail_text(e) for e in log_entries(admin, event=AuditEvent.UPDATE, object_type="team")]
        assert details == ["Telefoon en e-mail", "2 gemeente(n)", "Telefoon en e-mail", "2 gemeente(n)"]
    assert services.organisation.team_municipalities(team_id)[0].code == "0439"
    assert services.organisation.team_municipalities(team_id + 999) == []


def test_the_plan_prints_the_directors_contact_and_the_team_as_fallback(services, db_path, clock):
    family = intake_family(services)
    plan = services.plans.start_plan(family.case_id)
    sanne = services.organisation.my_details()
    team_id = next(iter(services.ctx.user.team_ids))
    with admin_services(db_path, clock) as admin:
        admin.organisation.update_team(team_id, TeamInput("0756810000", "wijkteam.noord@zaanstad.nl", ("0479",)), 1)
    with services.ctx.uow() as uow:
        data = plan_print_data(uow.session, plan.id, clock.today())
    assert (data.contact_phone, data.contact_email, data.municipality) == (
        "0756810000", "wijkteam.noord@zaanstad.nl", "Zaanstad")
    services.organisation.update_my_details(ContactInput("0612345678", None), sanne.version)
    with services.ctx.uow() as uow:
        data = plan_print_data(uow.session, plan.id, clock.today())
    assert (data.contact_phone, data.contact_email) == ("0612345678", "wijkteam.noord@zaanstad.nl")


# -- item 5: municipalities -------------------------------------------------------------------------

def test_intake_takes_the_teams_first_municipality_unless_another_is_chosen(services, db_path, clock):
    user = services.ctx.user
    team_id = next(iter(user.team_ids))
    with admin_services(db_path, clock) as admin:
        admin.organisation.update_team(team_id, TeamInput(None, None, ("0479", "0439")), 1)
    members = [MemberInput(MemberRole.PARENT, "Ayşe", "Yılmaz", date(1988, 6, 12))]
    default = services.families.intake(IntakeInput("Familie Yılmaz", members, team_id, user.worker_id))
    chosen = services.families.intake(IntakeInput("Familie Jansen", members, team_id, user.worker_id,
                                                  municipality_code="0439"))
    assert services.members.family_detail(default.family_id).municipality_name == "Zaanstad"
    assert services.members.family_detail(chosen.family_id).municipality_code == "0439"
    for code in ("1234", "47", "9001"):
        with pytest.raises(ValidationError) as refused:
            services.families.intake(IntakeInput("Familie X", members, team_id, user.worker_id, municipality_code=code))
        assert messages(refused.value)["municipality_code"] == (
            "Kies een gemeente uit de lijst (een huidige Nederlandse gemeente).")


def test_the_address_and_municipality_are_editable(services, clock):
    family = intake_family(services)
    before = services.members.family_detail(family.family_id)
    after = services.members.update_address(family.family_id, before.version, AddressInput(
        "Kerkstraat 1", "1441 aa", "Purmerend", "0439"))
    assert (after.street, after.postcode, after.city, after.municipality_code, after.municipality_name) == (
        "Kerkstraat 1", "1441 AA", "Purmerend", "0439", "Purmerend")
    assert after.version == before.version + 1
    with pytest.raises(ConcurrencyConflict):
        services.members.update_address(family.family_id, before.version, AddressInput(municipality_code="0479"))
    with pytest.raises(ValidationError) as refused:
        services.members.update_address(family.family_id, after.version, AddressInput(municipality_code="0001"))
    assert set(refused.value.fields) == {"municipality_code"}
    entry = log_entries(services, event=AuditEvent.UPDATE, object_type="family")[-1]
    assert entry.family_id == family.family_id
    plan = services.plans.start_plan(family.case_id)
    with services.ctx.uow() as uow:
        assert plan_print_data(uow.session, plan.id, clock.today()).municipality == "Purmerend"


def test_figures_per_municipality_against_a_hand_computed_set(services, clock):
    known = known_data_as_supervisor(services, clock)
    for name in ("A", "C"):  # cases A and C: families living in Purmerend; the others in no municipality
        family_id = services.members.case_header(known.cases[name]).family_id
        version = services.members.family_detail(family_id).version
        services.members.update_address(family_id, version, AddressInput(municipality_code="0439"))
    f = services.figures.management_figures(START, END, municipality_code="0439")
    assert (f.municipality_code, f.municipality_name) == ("0439", "Purmerend")
    # A opened 2025-10-01 and C 2025-03-01: no inflow. Reopened in the period: A 06-20, C 02-15.
    # Closed: A 06-10 (252 days after opening). Involvement ended: A/P1 01-11 -> 05-31 = 140 days.
    assert (f.inflow, f.reopened, f.outflow) == (0, 2, 1)
    assert (f.case_duration.count, f.case_duration.mean_days) == (1, 252.0)
    assert (f.involvement_duration.count, f.involvement_duration.mean_days) == (1, 140.0)
    # Evaluated A and C, both scaled down; recurrence A (10 days after closing) and C (from waakvlam);
    # ended help: A closed, C to waakvlam.
    assert (f.evaluated_cases, f.scaled_down_cases) == (2, 2)
    assert (f.recurrences, f.recurrences_from_waakvlam, f.recurrent_cases, f.ended_help_cases) == (2, 1, 2, 2)
    north = services.figures.management_figures(START, END, known.north, municipality_code="0439")
    assert (north.inflow, north.reopened, north.outflow) == (0, 2, 1)
    south = services.figures.management_figures(START, END, known.south, municipality_code="0439")
    assert (south.inflow, south.reopened, south.outflow, south.evaluated_cases) == (0, 0, 0, 0)
    everyone = services.figures.management_figures(START, END)
    assert everyone.inflow == 3 and everyone.municipality_code is None
    with pytest.raises(ValidationError) as refused:
        services.figures.management_figures(START, END, municipality_code="1234")
    assert set(refused.value.fields) == {"municipality"}
    entry = log_entries(services, object_type="management_figures")[-2]
    assert detail_text(entry) == "Periode 01-01-2026 - 30-06-2026, gemeente 439"


def test_figures_per_municipality_as_a_workbook(services, clock, tmp_path):
    from openpyxl import load_workbook

    known = known_data_as_supervisor(services, clock)
    family_id = services.members.case_header(known.cases["A"]).family_id
    services.members.update_address(family_id, services.members.family_detail(family_id).version,
                                    AddressInput(municipality_code="0439"))
    path = services.figures.export_xlsx(START, END, None, tmp_path / "cijfers.xlsx", municipality_code="0439")
    sheet = load_workbook(path).worksheets[0]
    assert "gezinnen wonend in Purmerend" in sheet["A1"].value
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=4, values_only=True) if row[0]}
    inflow = next(v for k, v in values.items() if k.startswith("Instroom"))
    outflow = next(v for k, v in values.items() if k.startswith("Uitstroom"))
    assert (inflow, outflow) == (0, 1)
    assert detail_text(log_entries(services, object_type="management_figures")[-1]) == (
        "Periode 01-01-2026 - 30-06-2026, gemeente 439, als werkmap")


def test_municipality_choices_for_the_figures_are_those_of_the_teams(services, db_path, clock):
    known_data_as_supervisor(services, clock)
    assert services.figures.municipality_choices() == []
    with admin_services(db_path, clock) as admin:
        team = next(t for t in admin.organisation.directory().teams if t.name == "Wijkteam Zuid")
        admin.organisation.update_team(team.id, TeamInput(None, None, ("0439", "0479")), team.version)
    assert [m.name for m in services.figures.municipality_choices()] == ["Purmerend", "Zaanstad"]


# -- item 9: ages that cannot be right ----------------------------------------------------------------

@pytest.mark.parametrize(("role", "born", "message"), [
    (MemberRole.YOUNG_PERSON, date(2002, 11, 21), "Een jongere is hoogstens 23 jaar"),
    (MemberRole.PARENT, date(2014, 11, 23), "Een ouder of verzorger is minstens 12 jaar"),
    (MemberRole.PARENT, date(2026, 11, 23), "Een geboortedatum kan niet in de toekomst liggen."),
    (MemberRole.YOUNG_PERSON, date(2026, 12, 1), "Een geboortedatum kan niet in de toekomst liggen."),
])
def test_ages_that_cannot_be_right_are_refused_at_the_field(services, role, born, message):
    family = intake_family(services)
    user = services.ctx.user
    member = MemberInput(role, "Kim", "Bos", born)
    with pytest.raises(ValidationError) as refused:
        services.families.intake(IntakeInput("Familie Bos", [member], next(iter(user.team_ids)), user.worker_id))
    assert messages(refused.value)["members.0.date_of_birth"].startswith(message)
    with pytest.raises(ValidationError) as refused:
        services.members.add_member(family.family_id, member)
    assert messages(refused.value)["date_of_birth"].startswith(message)
    zoe = member_id(services, family.family_id, "Zoë")
    version = next(m.version for m in services.members.family_detail(family.family_id).members if m.id == zoe)
    with pytest.raises(ValidationError) as refused:
        services.members.update_member(zoe, version, member)
    assert messages(refused.value)["date_of_birth"].startswith(message)


def test_the_ages_at_the_edges_are_accepted(services):
    family = intake_family(services)  # today 2026-11-22
    for member in (MemberInput(MemberRole.YOUNG_PERSON, "Kim", "Bos", date(2002, 11, 23)),  # 23 until tomorrow
                   MemberInput(MemberRole.PARENT, "Kees", "Bos", date(2014, 11, 22)),  # 12 today
                   MemberInput(MemberRole.YOUNG_PERSON, "Baby", "Bos", date(2026, 11, 22))):  # born today
        services.members.add_member(family.family_id, member)
