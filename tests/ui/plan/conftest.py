"""Plan tab fixtures: a family taken in by Sanne de Vries, and the tab shown for its case."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.integration.case_helpers import intake_family
from ui.plan.plan_tab import PlanTab


@pytest.fixture
def family(services):
    """Ayşe (parent), Zoë (11) and Daan (8) Öztürk, with an open case directed by Sanne."""
    return intake_family(services)


@pytest.fixture
def tab(qtbot, services, family, events, runner) -> PlanTab:
    tab = PlanTab(services, family.case_id, events, runner)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def started(qtbot, tab) -> PlanTab:
    """The tab after "Start family plan": an empty draft, version 1."""
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    return tab

