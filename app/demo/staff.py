"""Demo teams and workers: the local worker the app opens as, a supervisor and colleagues.

Found or created by name, so filling a database twice adds no second team, worker or local worker.
An already registered local worker is kept and directs the demo families meant for "Sanne de Vries".
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.bootstrap import Services
from app.context import CurrentUser
from app.demo.households import PURMEREND_CENTRUM, ZAANDAM_OOST, Region
from app.demo.personas import mark_demo
from app.services.workers import free_username, make_username, to_current_user
from models import Team, TeamMunicipality, Worker
from models.enums import Role

DEMO_WORKER = "Sanne de Vries"
COLLEAGUE_SLOTS = (2, 5, 7)  # of every eight families, these go to colleagues
REGIONS = (ZAANDAM_OOST, PURMEREND_CENTRUM)
# name, role, the teams (by region) they work in
COLLEAGUES: tuple[tuple[str, Role, tuple[Region, ...]], ...] = (
    ("Marieke Hoekstra", Role.SUPERVISOR, (ZAANDAM_OOST, PURMEREND_CENTRUM)),
    ("Youssef El Idrissi", Role.WORKER, (ZAANDAM_OOST,)),
    ("Anouk Verbeek", Role.WORKER, (ZAANDAM_OOST,)),
    ("Gülşen Aydın", Role.WORKER, (ZAANDAM_OOST,)),
    ("Priya Ramdin", Role.WORKER, (PURMEREND_CENTRUM,)),
    ("Bram Kooistra", Role.WORKER, (PURMEREND_CENTRUM,)),
    ("Ellen Schouten", Role.ADMIN, (ZAANDAM_OOST, PURMEREND_CENTRUM)),
)


@dataclass(frozen=True)
class Staff:
    local: CurrentUser
    local_team_id: int
    local_region: Region
    team_ids: dict[str, int]  # by team name
    caseworkers: dict[str, list[int]]  # workers (role worker) per team name, the local worker excluded
    supervisor_id: int
    users: dict[int, CurrentUser]  # to act as any of them

    def director_for(self, index: int) -> tuple[int, int, Region]:
        """Who directs the ``index``-th demo family, in which team and area: five in eight the local
        worker, the others colleagues of the same team, one in five of those in the other team."""
        cycle, slot = divmod(index, 8)
        if slot not in COLLEAGUE_SLOTS:
            return self.local.worker_id, self.local_team_id, self.local_region
        other = cycle * len(COLLEAGUE_SLOTS) + COLLEAGUE_SLOTS.index(slot)
        region = REGIONS[1] if self.local_region is REGIONS[0] else REGIONS[0]
        if other % 5 != 4:
            region = self.local_region
        workers = self.caseworkers.get(region.team)
        if not workers:
            return self.local.worker_id, self.local_team_id, self.local_region
        return workers[other % len(workers)], self.team_ids[region.team], region

    def colleague_of(self, worker_id: int, team_id: int) -> int | None:
        """Another worker of the same team (who directed a case before it was handed over)."""
        team = next((name for name, id_ in self.team_ids.items() if id_ == team_id), None)
        pool = [*self.caseworkers.get(team, []), self.local.worker_id] if team else []
        return next((w for w in pool if w != worker_id), None)


def ensure_staff(services: Services) -> Staff:
    """Makes sure the demo teams, colleagues and a local worker exist and marks the database as a demo;
    signs in as the local worker."""
    local = services.workers.local_worker()
    if local is None:
        local = services.workers.register_local_worker(DEMO_WORKER, ZAANDAM_OOST.team)
    else:
        services.workers.sign_in(local.worker_id)
    with services.ctx.uow() as uow:
        s = uow.session
        teams = {r.team: _team(s, r) for r in REGIONS}
        workers = [_worker(s, name, role, [teams[r.team] for r in regions]) for name, role, regions in COLLEAGUES]
        s.flush()
        local_worker = s.get(Worker, local.worker_id)
        local_teams = sorted(local_worker.teams, key=lambda t: t.id)
        local_team = next((t for t in local_teams if t.name in teams), local_teams[0])
        region = next((r for r in REGIONS if r.team == local_team.name), ZAANDAM_OOST)
        caseworkers = {
            name: [w.id for w in workers
                   if w.active and w.role is Role.WORKER and team in w.teams and w.id != local.worker_id]
            for name, team in teams.items()
        }
        users = {w.id: to_current_user(w) for w in [*workers, local_worker]}
        supervisor = next(w for w in workers if w.role is Role.SUPERVISOR)
        mark_demo(s, services)  # from now on the app may start as the supervisor or administrator too
        staff = Staff(local, local_team.id, region, {n: t.id for n, t in teams.items()}, caseworkers,
                      supervisor.id, users)
        uow.commit()
    return staff


def _team(session, region: Region) -> Team:
    team = session.scalars(select(Team).where(Team.name == region.team)).one_or_none()
    if team is None:
        team = Team(name=region.team)
        session.add(team)
    if not team.municipalities:
        team.municipalities.append(TeamMunicipality(code=region.municipality_code, name=region.municipality_name))
        for key, value in demo_team_contact(region.team).items():
            setattr(team, key, value)
    return team


def demo_team_contact(team_name: str) -> dict[str, str]:
    """A demo team's phone and e-mail (invented: the 075 area code, a reserved example domain)."""
    number = 6_000_000 + sum(map(ord, team_name)) * 37 % 999_999
    slug = make_username(team_name).replace(".", "-")
    return {"phone": f"075{number:07d}", "email": f"{slug}@sociaalteam.example.nl"}


def demo_worker_contact(name: str) -> dict[str, str]:
    """A demo worker's own phone and e-mail (invented)."""
    return {"phone": f"06{10_000_000 + sum(map(ord, name)) * 7919 % 89_999_999:08d}",
            "email": f"{make_username(name)}@sociaalteam.example.nl"}


def _worker(session, name: str, role: Role, teams: list[Team]) -> Worker:
    worker = session.scalars(select(Worker).where(Worker.name == name)).first()
    if worker is None:
        worker = Worker(name=name, role=role, username=free_username(session, make_username(name)),
                        **demo_worker_contact(name))
        session.add(worker)
    for team in teams:
        if team not in worker.teams:
            worker.teams.append(team)
    return worker
