"""Reads write their access-log entry, so simultaneous reads must queue, not fail with 'database busy'."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from app.services.families import IntakeInput, MemberInput
from models.enums import MemberRole
from tests.conftest import TODAY


def test_many_simultaneous_reads_all_succeed(services):
    user = services.ctx.user
    for i in range(3):
        services.families.intake(IntakeInput(
            f"Familie {i}", [MemberInput(MemberRole.YOUNG_PERSON, "Kind", f"Achternaam{i}", TODAY.replace(year=2015))],
            team_id=next(iter(user.team_ids)), director_id=user.worker_id))

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda _: len(services.caseload.my_caseload()), range(60)))

    assert results == [3] * 60


def test_a_unit_of_work_inside_another_is_refused_at_once(services):
    import pytest

    from app.uow import NestedUnitOfWork

    with services.ctx.uow():
        with pytest.raises(NestedUnitOfWork):
            with services.ctx.uow():
                pass
    with services.ctx.uow():  # the outer one closed cleanly: a new one opens
        pass
