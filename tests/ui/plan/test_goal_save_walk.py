"""Edit a goal's target date and save, in the real case window: one write transaction, one read, no
READ entry for the refresh, and another open case window stays as it is."""
from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from sqlalchemy import event, text

from app.services.plan_inputs import GoalInput
from tests.integration.case_helpers import domain_id, intake_family
from tests.ui.plan.plan_helpers import answer_dialog, click
from ui.case.case_window import CaseWindow
from ui.plan.goal_dialog import GoalDialog
from ui.qt_models.goals_model import GoalColumn


class StatementLog:
    """What the engine sends while it listens: each transaction's statements, SELECTs and writes apart."""

    def __init__(self, engine):
        self.engine = engine
        self.transactions: list[list[str]] = []
        self._current: list[str] | None = None

    def start(self) -> None:
        event.listen(self.engine, "before_cursor_execute", self._on_execute)

    def stop(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, _conn, _cursor, statement, _params, _context, _many) -> None:
        verb = statement.split(None, 1)[0].upper()
        if verb == "BEGIN" or self._current is None:  # SQLite: every unit of work begins with BEGIN IMMEDIATE
            self._current = []
            self.transactions.append(self._current)
        if verb != "BEGIN":
            self._current.append(verb)

    def writes(self) -> list[list[str]]:
        return [t for t in self.transactions if {"INSERT", "UPDATE", "DELETE"} & set(t)]

    def reads(self) -> list[list[str]]:
        return [t for t in self.transactions if t and t not in self.writes()]

    def selects(self) -> int:
        return sum(t.count("SELECT") for t in self.transactions)


def access_log(services) -> list[tuple[str, str]]:
    with services.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text("SELECT event, object_type FROM access_log ORDER BY id"))]


@pytest.fixture
def windows(qtbot, services, events, runner):
    """Two open case windows: the Öztürk case with its plan tab shown, and another family's."""
    ozturk, jansen = intake_family(services), intake_family(services, "Jansen")
    plan = services.plans.start_plan(ozturk.case_id)
    goal = services.plans.add_goal(plan.id, GoalInput(domain_id(services), "Rust in huis",
                                                      target_date=date(2027, 3, 1)))
    opened = []
    for case_id in (ozturk.case_id, jansen.case_id):
        window = CaseWindow(services, case_id, events, runner)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
    own, other = opened
    own.tabs.setCurrentWidget(own.plan_tab)
    yield own, other, goal
    for window in opened:
        if shiboken6.isValid(window):
            window.close()


def test_a_goal_save_writes_once_reads_once_and_leaves_other_windows_alone(qtbot, services, windows, monkeypatch):
    own, other, goal = windows
    tab = own.plan_tab
    reloads: list[str] = []
    other._reload_view = lambda: reloads.append("other window")
    other.plan_tab.reload = lambda: reloads.append("other plan tab")
    own.involvements_tab.load = lambda: reloads.append("Help tab")
    own.evaluations_tab.load = lambda: reloads.append("Evaluations tab")
    tab.goals.tree.setCurrentIndex(tab.goals.model.item(0).child(0, GoalColumn.GOAL).index())

    sql, logged_before = StatementLog(services.engine), []

    def fill(dialog: GoalDialog) -> None:
        dialog.target_date_edit.set_date(date(2027, 6, 1))
        logged_before.extend(access_log(services))
        sql.start()  # from OK on: opening the dialog read its choices (and logged that view)
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, GoalDialog, fill)
    click(qtbot, tab.goals.edit_goal_button)
    sql.stop()

    print(f"\ngoal save: {sql.transactions}")
    assert len(sql.writes()) == 1
    assert len(sql.reads()) <= 1
    assert [entry for entry in access_log(services)[len(logged_before):] if entry[0] == "read"] == []
    assert services.plans.current_plan(own.case_id).goals[0].target_date == date(2027, 6, 1)
    row = tab.goals.model.item(0).child(0, GoalColumn.TARGET_DATE)
    assert row.text() == "01-06-2027"
    assert reloads == []
