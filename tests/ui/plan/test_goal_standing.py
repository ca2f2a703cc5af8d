"""The plan tab shows a goal's status by the same rule as the printed plan (issue 13, item 8): the
latest evaluation's word when it is newer than the plan version, and a new version starts from it."""
from __future__ import annotations

from dataclasses import replace

from models.enums import GoalStatus
from tests.export.care_rows import add_evaluation
from tests.integration.case_helpers import domain_id, smart_goal
from tests.ui.plan.plan_helpers import click
from ui.qt_models.goals_model import GoalColumn
from ui.plan.plan_tab import PlanTab


def status_cell(tab: PlanTab):
    model = tab.goals.model
    return model.item(0).child(0, GoalColumn.STATUS)


def test_the_status_column_shows_where_the_goal_stands_and_a_new_version_starts_there(
        qtbot, services, family, events, runner):
    plans = services.plans
    draft = plans.start_plan(family.case_id)
    plans.add_goal(draft.id, replace(smart_goal(domain_id(services)), status=GoalStatus.REACHED))
    plan = plans.plan_version(draft.id)
    plan = plans.agree_plan(plan.id, plan.version, plan.plan_date, "Ayşe", content_digest=plan.content_digest)
    today = services.ctx.clock.today()
    add_evaluation(services, family.case_id, plan.id, today, status=GoalStatus.PARTLY_REACHED,
                   scores={plan.goals[0].lineage: 2})

    tab = PlanTab(services, family.case_id, events, runner)
    qtbot.addWidget(tab)
    tab.show()

    qtbot.waitUntil(lambda: status_cell(tab).text() == "Deels bereikt")
    assert "in het plan staat: Bereikt" in status_cell(tab).toolTip()

    click(qtbot, tab.new_version_button)

    assert tab.header.title_label.text() == "Gezinsplan, versie 2"
    assert services.plans.current_plan(family.case_id).goals[0].status is GoalStatus.PARTLY_REACHED
    qtbot.waitUntil(lambda: status_cell(tab).text() == "Deels bereikt")
