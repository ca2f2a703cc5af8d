"""Help per child on the central database (revision 0023): the use in the app next to the abuse of
``involvement_person`` with a plain database client - as another team's own login, and as the team's own
login naming a person of another family or a parent; the change log; and the figures per young person
against the same hand computation as tests/integration/test_figures_per_young_person.py."""
from __future__ import annotations

import psycopg
import pytest

from app.clock import FixedClock
from app.errors import AccessDenied, NotFound
from models.enums import Role
from tests.conftest import TODAY
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.help_per_child_data import END, START, build_help_per_child, per_child_providers
from tests.postgres.conftest import PASSWORD, admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege


def _zoe(app, family_id: int) -> int:
    return next(m.id for m in app.members.family_detail(family_id).members if m.first_name == "Zoë")


@pytest.fixture(scope="module")
def given(central):
    """Team A's family with help for Zoë, added by worker_a in the app; a second family of team A."""
    admin, app = central.services("admin"), central.services("worker_a")
    provider, product = provider_with_product(admin, name=f"Kinderpraktijk {central.suffix}", agb=None)
    family = intake(app, "Brouwer-Perkind")
    zoe = _zoe(app, family.family_id)
    inv = app.involvements.add_involvement(family.case_id, involvement_input(provider, product, person_ids=(zoe,)))
    other = intake(app, "Mulder-Perkind")
    return family, inv, zoe, other, (provider, product)


def test_the_team_adds_reads_and_changes_for_whom_and_each_change_is_logged(central, given):
    family, inv, zoe, _other, pair = given
    app = central.services("worker_a")
    [seen] = [i for i in app.involvements.involvements(family.case_id) if i.id == inv.id]
    assert seen.person_ids == (zoe,)
    whole = app.involvements.update_involvement(inv.id, seen.version, involvement_input(*pair, person_ids=()))
    assert whole.for_family
    again = app.involvements.update_involvement(inv.id, whole.version, involvement_input(*pair, person_ids=(zoe,)))
    assert again.person_ids == (zoe,)
    with admin_connection(central.dbname) as conn:
        logged = [tuple(r) for r in conn.execute(
            "SELECT username, operation, team_id IS NOT NULL FROM change_log WHERE table_name = 'involvement_person' "
            "AND row_key = %s ORDER BY id", (f"{inv.id}/{zoe}",))]
    user = central.users["worker_a"]
    assert logged == [(user, "insert", True), (user, "delete", True), (user, "insert", True)]


def test_another_teams_worker_cannot_read_or_change_the_help_in_the_app(central, given):
    family, inv, zoe, _other, pair = given
    other = central.services("worker_b")
    with pytest.raises(AccessDenied):
        other.involvements.involvements(family.case_id)
    with pytest.raises(AccessDenied):
        other.involvements.add_involvement(family.case_id, involvement_input(*pair, person_ids=(zoe,)))
    with pytest.raises(NotFound):  # the row is hidden: the database does not say whose it is
        other.involvements.update_involvement(inv.id, inv.version, involvement_input(*pair, person_ids=()))


def test_another_teams_worker_cannot_read_or_write_the_links_with_plain_sql(central, given):
    family, inv, zoe, _other, _pair = given
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM involvement_person WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 0
        assert conn.execute("DELETE FROM involvement_person WHERE involvement_id = %s", (inv.id,)).rowcount == 0
        with pytest.raises(Denied):  # links are added and removed, never changed
            conn.execute("UPDATE involvement_person SET person_id = person_id WHERE involvement_id = %s", (inv.id,))
        with pytest.raises(Denied):
            conn.execute("INSERT INTO involvement_person (involvement_id, person_id, family_id) VALUES (%s, %s, %s)",
                         (inv.id, zoe, family.family_id))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT count(*) FROM involvement_person WHERE involvement_id = %s",
                            (inv.id,)).fetchone()[0] == 1


def test_a_link_names_only_a_young_person_of_the_involvements_own_family(central, given):
    family, inv, _zoe_id, other, _pair = given
    app = central.services("worker_a")
    stranger = _zoe(app, other.family_id)
    parent = next(m.id for m in app.members.family_detail(family.family_id).members if m.first_name == "Ayşe")
    with central.connect("worker_a") as conn:
        for person, family_id in ((stranger, family.family_id), (stranger, other.family_id),
                                  (parent, family.family_id)):
            with pytest.raises(Denied):
                conn.execute("INSERT INTO involvement_person (involvement_id, person_id, family_id) "
                             "VALUES (%s, %s, %s)", (inv.id, person, family_id))


def test_the_figures_per_young_person_match_the_hand_computation(central):
    owner, admin = central.services(), central.services("admin")
    north, south = central.team("KindNoord"), central.team("KindZuid")
    for name in (north, south):
        owner.admin.create_team(name)
    login = f"kind.supervisor.{central.suffix}"
    owner.admin.create_user(login, "Kind Supervisor", Role.SUPERVISOR, [north, south], PASSWORD)
    central.users["kind_supervisor"] = login
    clock = FixedClock(TODAY)
    boss = central.services("kind_supervisor", clock=clock)
    teams = {t.name: t.id for t in owner.workers.teams()}
    data = build_help_per_child(boss, clock, teams[north], teams[south],
                                per_child_providers(admin, f" {central.suffix}", (None, None)))
    f = boss.figures.management_figures(START, END)
    assert (f.cases_with_help, f.young_persons_with_help) == (3, 5)
    north_only = boss.figures.management_figures(START, END, data.north)
    assert (north_only.cases_with_help, north_only.young_persons_with_help) == (2, 4)
