"""The demo has one family with a safety plan and scaling answers over time (issue 17 item 3)."""
from __future__ import annotations

from sqlalchemy import func, select

from app.demo import fill_demo
from models import FamilyPlan, ScalingAnswer


def test_one_demo_family_has_a_safety_plan_with_answers_over_time(services):
    fill_demo(services)
    with services.ctx.uow() as uow:
        s = uow.session
        cases = set(s.scalars(select(FamilyPlan.case_id).where(FamilyPlan.safety_worries != "")))
        answers = s.execute(select(ScalingAnswer.case_id, func.count(), func.count(func.distinct(ScalingAnswer.asked_on)))
                            .group_by(ScalingAnswer.case_id)).all()
    assert len(cases) == 1
    [(case_id, count, dates)] = answers
    assert case_id in cases and dates == 4 and count >= 8
