"""The case header and the caseload show the agreed plan version and the draft in progress."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event

from app.queries.plan_versions import NO_PLAN, PlanVersions
from models.enums import PlanStatus
from tests.integration.care_helpers import agreed_plan
from tests.integration.case_helpers import intake_family


def _versions(services, case_id: int) -> tuple[PlanVersions, PlanVersions]:
    """(the case header's, the caseload row's) plan versions of the case."""
    row = next(r for r in services.caseload.my_caseload_with_due().rows if r.case_id == case_id)
    return services.members.case_header(case_id).plan, row.plan


def test_a_first_draft_is_the_only_version(services):
    case_id = intake_family(services).case_id
    assert _versions(services, case_id) == (NO_PLAN, NO_PLAN)
    services.plans.start_plan(case_id)
    assert _versions(services, case_id) == (PlanVersions(draft=1),) * 2


def test_the_agreed_version_stays_visible_next_to_the_new_draft(services):
    case_id = intake_family(services).case_id
    v1 = agreed_plan(services, case_id)
    assert _versions(services, case_id) == (PlanVersions(agreed=1),) * 2
    services.plans.new_version(v1.id)
    header, row = _versions(services, case_id)
    assert header == row == PlanVersions(agreed=1, draft=2)
    assert header.status is row.status is PlanStatus.DRAFT  # the current version is still the draft
    v2 = services.plans.current_plan(case_id)
    services.plans.agree_plan(v2.id, v2.version, v2.plan_date, "Ayşe", content_digest=v2.content_digest)
    assert _versions(services, case_id) == (PlanVersions(agreed=2),) * 2  # v1 is superseded now


@contextmanager
def counted_statements(services):
    engine = services.ctx.session_factory.kw["bind"]
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_the_caseload_reads_the_plan_versions_of_all_cases_at_once(services):
    """No look-up per row: the same statements for one case as for four, one of them on family_plan."""
    first = intake_family(services, "Öztürk").case_id
    agreed_plan(services, first)
    with counted_statements(services) as one:
        services.caseload.my_caseload_with_due()
    for surname in ("de Jong", "Jansen", "Bakker"):
        case_id = intake_family(services, surname).case_id
        services.plans.new_version(agreed_plan(services, case_id).id)
    with counted_statements(services) as four:
        rows = services.caseload.my_caseload_with_due().rows
    assert len(rows) == 4 and {r.plan for r in rows} == {PlanVersions(1), PlanVersions(1, 2)}
    assert len(four) == len(one)
    assert sum("FROM family_plan" in s for s in four) == 1
