"""Which versions of a case's family plan matter now: the agreed one and the draft being worked on.

A case can have both (a new version is drafted on top of the agreed one); showing only the draft's
status reads as if nothing was agreed. Read from the plans' (case_id, version_no, status) index.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Row, Select, bindparam, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from models import FamilyPlan
from models.enums import PlanStatus


@dataclass(frozen=True)
class PlanVersions:
    agreed: int | None = None  # version number of the agreed plan, if any
    draft: int | None = None   # version number of the draft in progress, if any

    @property
    def status(self) -> PlanStatus | None:
        """The current version's status: the draft if there is one, else the agreed one."""
        if self.draft is not None:
            return PlanStatus.DRAFT
        return PlanStatus.AGREED if self.agreed is not None else None


NO_PLAN = PlanVersions()
CONTEXT = "PlanVersions"


def plan_versions_text(plan: PlanVersions, translate: Callable[[str, str], str]) -> str | None:
    """"Agreed v1 · draft v2", "Agreed v1" or "Draft v1" through ``translate(context, text)`` (Qt's in the
    GUI, app.i18n's in exports); None without a plan, for which each caller has its own words."""
    if plan.agreed is not None and plan.draft is not None:
        text = QT_TRANSLATE_NOOP("PlanVersions", "Agreed v{agreed} · draft v{draft}")
    elif plan.agreed is not None:
        text = QT_TRANSLATE_NOOP("PlanVersions", "Agreed v{agreed}")
    elif plan.draft is not None:
        text = QT_TRANSLATE_NOOP("PlanVersions", "Draft v{draft}")
    else:
        return None
    return translate(CONTEXT, text).format(agreed=plan.agreed, draft=plan.draft)


def plan_versions(plans: Iterable[Row]) -> dict[int, PlanVersions]:
    """Per case id, from plan rows with ``case_id``, ``status`` and ``version_no`` (superseded ones ignored)."""
    found: dict[int, dict[PlanStatus, int]] = {}
    for plan in plans:
        if plan.status is not PlanStatus.SUPERSEDED:
            found.setdefault(plan.case_id, {})[plan.status] = plan.version_no
    return {cid: PlanVersions(v.get(PlanStatus.AGREED), v.get(PlanStatus.DRAFT)) for cid, v in found.items()}


@cache
def _case_plans() -> Select:
    """Built once (a case is opened often; building the select costs more than running it)."""
    return select(FamilyPlan.case_id, FamilyPlan.status, FamilyPlan.version_no).where(
        FamilyPlan.case_id == bindparam("case_id"), FamilyPlan.status != PlanStatus.SUPERSEDED)


def case_plan_versions(session: Session, case_id: int) -> PlanVersions:
    return plan_versions(session.execute(_case_plans(), {"case_id": case_id})).get(case_id, NO_PLAN)
