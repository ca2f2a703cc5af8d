"""Concurrent editing on the central database: a second save of the same record is a conflict, never a
lost update - also with 20 clients, each its own login and engine, hammering a few shared plans."""
from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import replace

import pytest

from app.errors import ConcurrencyConflict
from app.services.plan_inputs import GoalInput
from models.enums import Actor, Role
from tests.postgres.helpers import intake

CLIENTS, EDITS, PLANS = 20, 50, 4


def new_plan(services, surname: str):
    family = intake(services, surname)
    return services.plans.start_plan(family.case_id)


def test_two_sessions_editing_the_same_goal_give_a_conflict_not_a_lost_update(central):
    first, second = central.services("worker_a"), central.services("worker_a2")
    plan = new_plan(first, "De Graaf")
    domain = first.plans.life_domains()[0].id
    goal = first.plans.add_goal(plan.id, GoalInput(life_domain_id=domain, description="Naar school",
                                                   actor=Actor.FAMILY))
    mine = GoalInput.from_dto(second.plans.plan_version(plan.id).goal(goal.id))
    saved = first.plans.update_goal(goal.id, goal.version, replace(GoalInput.from_dto(goal),
                                                                   description="Elke dag naar school"))
    with pytest.raises(ConcurrencyConflict) as conflict:
        second.plans.update_goal(goal.id, goal.version, replace(mine, description="Twee dagen per week"))
    assert conflict.value.current.description == "Elke dag naar school"  # the colleague's version, to show
    stored = first.plans.plan_version(plan.id).goal(goal.id)
    assert stored.description == "Elke dag naar school" and stored.version == saved.version


def test_twenty_clients_fifty_edits_each_every_commit_present_every_conflict_reported(central):
    owner = central.services()
    team = central.team("A")
    logins = [f"stress.{i:02d}.{central.suffix}" for i in range(CLIENTS)]
    for login in logins:
        owner.admin.create_user(login, f"Stress {login}", Role.WORKER, [team], "correct-horse-battery")
        central.users[login] = login
    clients = [central.services(login) for login in logins]
    plan_ids = [new_plan(clients[0], f"Druk{i}").id for i in range(PLANS)]

    committed: list[tuple[int, str]] = []
    conflicts = Counter()
    attempts = Counter()
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(CLIENTS)

    def client(n: int) -> None:
        """Like a plan form: edit what was last read; after a save the form holds the saved plan, after
        a conflict the colleague's version (which the conflict carries) - then try again."""
        services = clients[n]
        try:
            plan_id = plan_ids[n % PLANS]
            current = services.plans.plan_version(plan_id)
            start.wait()
            for edit in range(EDITS):
                token = f"c{n:02d}e{edit:02d};"
                while True:
                    with lock:
                        attempts[n] += 1
                    try:
                        current = services.plans.update_plan_texts(plan_id, current.version,
                                                                   agreements=current.agreements + token)
                    except ConcurrencyConflict as conflict:
                        with lock:
                            conflicts[n] += 1
                        current = conflict.current
                        continue
                    with lock:
                        committed.append((plan_id, token))
                    break
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    began = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    elapsed = time.monotonic() - began
    assert not errors, errors[:3]
    assert len(committed) == CLIENTS * EDITS
    assert sum(attempts.values()) == len(committed) + sum(conflicts.values())

    final = {pid: clients[0].plans.plan_version(pid) for pid in plan_ids}
    for pid in plan_ids:
        tokens = [t + ";" for t in final[pid].agreements.split(";") if t]
        expected = [tok for p, tok in committed if p == pid]
        assert sorted(tokens) == sorted(expected)  # every committed edit present, none twice
    print(f"\nstress: {CLIENTS} clients x {EDITS} edits on {PLANS} plans: {len(committed)} commits, "
          f"{sum(conflicts.values())} conflicts, {sum(attempts.values())} attempts, {elapsed:.1f} s")
    assert elapsed < 60
