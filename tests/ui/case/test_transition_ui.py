"""The transition at 18 on the Gezin tab, driven through the case window: the short status per young person,
the transition-plan dialog (its message at the domains, the young person chosen beforehand), what is stored
and the due item on Vandaag that is done once someone is responsible."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from app.queries.due import DueKind
from app.services.families import IntakeInput, MemberInput
from models.enums import MemberRole, TransitionDomain
from tests.ui.case.conftest import click_ok, drive_dialog, type_text
from ui.case.transition_dialog import TransitionPlanDialog


def _intake(services) -> tuple[int, int]:
    user = services.ctx.user
    result = services.families.intake(IntakeInput(
        family_name="Familie Bakker", members=[
            MemberInput(MemberRole.PARENT, "Anja", "Bakker", date(1980, 1, 5), parental_authority=True),
            MemberInput(MemberRole.YOUNG_PERSON, "Sem", "Bakker", date(2010, 5, 1)),
            MemberInput(MemberRole.YOUNG_PERSON, "Lotte", "Bakker", date(2014, 2, 3))],
        team_id=next(iter(user.team_ids)), director_id=user.worker_id))
    return result.family_id, result.case_id


def _rows(section) -> list[list[str]]:
    m = section.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def _due(services) -> list[str | None]:
    return [i.detail for i in services.due.today_items(include_later=True) if i.kind is DueKind.TRANSITION]


def test_a_transition_plan_is_recorded_per_young_person_and_the_due_item_is_done(qtbot, open_window, services,
                                                                                  monkeypatch):
    _family_id, case_id = _intake(services)
    assert services.ctx.clock.today() == date(2026, 11, 22) and _due(services) == ["Sem"]  # 16 1/2 on 01-11
    seen = {}

    def fill(dialog: TransitionPlanDialog) -> None:
        assert not dialog.person_combo.isEnabled() and dialog.person_combo.currentText().startswith("Sem Bakker")
        click_ok(qtbot, dialog)  # no domain chosen
        seen["domains"] = dialog.field_errors["domains"].text()
        assert dialog.isVisible()
        for domain in (TransitionDomain.WMO, TransitionDomain.SCHOOL_WORK):
            box = dialog.domain_boxes[domain]
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box
        type_text(dialog.responsible_edit, "Karin de Boer, Wmo-consulent")
        type_text(dialog.agreed_edit, "Aanvraag begeleiding voor mei 2028")
        click_ok(qtbot, dialog)

    opened = drive_dialog(monkeypatch, TransitionPlanDialog, fill)
    window = open_window(case_id)
    window.tabs.setCurrentWidget(window.family_tab)
    section = window.family_tab.transition
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    rows = _rows(section)
    assert rows[0][0] == "Sem Bakker (16)" and rows[1][0] == "Lotte Bakker (12)"
    assert rows[1][1] == "Vanaf 03-08-2030"
    section.table.selectRow(0)
    qtbot.mouseClick(section.plan_button, Qt.MouseButton.LeftButton)

    assert len(opened) == 1
    assert seen == {"domains": "Kies minstens één domein: Wmo, Wlz, Zvw, school of werk, inkomen."}
    [plan] = services.transition.plans(case_id)
    assert (plan.domains, plan.responsible) == ((TransitionDomain.WMO, TransitionDomain.SCHOOL_WORK),
                                                "Karin de Boer, Wmo-consulent")
    qtbot.waitUntil(lambda: _rows(section)[0][1] == "Gepland")
    assert _rows(section)[0][2:4] == ["Wmo, School of werk", "Karin de Boer, Wmo-consulent"]
    assert _due(services) == []
