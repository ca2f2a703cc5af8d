"""A draft on top of an agreed plan: the case header and the caseload show both versions, not "Concept"."""
from __future__ import annotations

import pytest

from tests.integration.care_helpers import agreed_plan
from tests.integration.case_helpers import intake_family
from ui.pages.caseload_page import MyCaseloadPage
from ui.qt_models.caseload_model import CaseloadColumn


@pytest.fixture
def caseload_page(qtbot, services, runner, events, ui_settings):
    def open_() -> MyCaseloadPage:
        page = MyCaseloadPage(services.caseload.my_caseload_with_due, runner, events, ui_settings)
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        return page
    return open_


def plan_texts(page: MyCaseloadPage) -> dict[str, str]:
    model = page.model
    return {model.index(row, CaseloadColumn.FAMILY).data(): model.index(row, CaseloadColumn.PLAN_STATUS).data()
            for row in range(model.rowCount())}


def test_the_agreed_version_and_the_draft_are_shown_in_the_header_and_the_caseload(open_window, caseload_page,
                                                                                  story, services):
    agreed = agreed_plan(services, story.case_id)
    services.plans.new_version(agreed.id)  # v2, a draft on top of the agreed v1
    drafting = intake_family(services, "de Jong").case_id
    services.plans.start_plan(drafting)
    done = intake_family(services, "Jansen").case_id
    agreed_plan(services, done)
    intake_family(services, "Bakker")

    window = open_window(story.case_id)
    assert window.header_bar.plan_pill.text() == "Gezinsplan: Vastgesteld v1 · concept v2"
    assert open_window(drafting).header_bar.plan_pill.text() == "Gezinsplan: Concept v1"
    assert open_window(done).header_bar.plan_pill.text() == "Gezinsplan: Vastgesteld v1"

    page = caseload_page()
    texts = plan_texts(page)
    assert texts[services.members.case_header(story.case_id).family_name] == "Vastgesteld v1 · concept v2"
    assert (texts["Familie de Jong"], texts["Familie Jansen"], texts["Familie Bakker"]) == (
        "Concept v1", "Vastgesteld v1", "Nog geen plan")
    column = page.table.columnWidth(CaseloadColumn.PLAN_STATUS)
    assert column >= page.table.fontMetrics().horizontalAdvance("Vastgesteld v1 · concept v2")  # not cut off
