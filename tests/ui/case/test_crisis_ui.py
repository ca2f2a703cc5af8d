"""A crisis driven through the case window: reporting it, recording the follow-up and ending it with what
followed; the header shows the hours since the start and Vandaag counts the follow-up in hours."""
from __future__ import annotations

from datetime import date, time

from app.changes import Changes
from app.queries.due import DueKind, Urgency
from models.enums import CrisisOutcome
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.case.crisis_dialogs import EndCrisisDialog, FollowUpDialog, MarkCrisisDialog
from ui.labels.due import label as what
from ui.pages.today_page import TodayPage
from ui.qt_models.due_items_model import DueColumn


def _visible_actions(window) -> list[str]:
    """The entries of the case window's "Crisis" menu that can be chosen now."""
    assert window.crisis.button.isVisible() and window.crisis.button.isEnabled()
    return [a.text() for a in window.crisis.menu.actions() if a.isVisible()]


def _today_rows(page: TodayPage, level: Urgency) -> list[tuple[str, ...]]:
    group = page.model.group_index(level)
    if not group.isValid():
        return []
    rows = [tuple(page.model.index(r, c, group).data() for c in DueColumn) for r in range(page.model.rowCount(group))]
    return [row for row in rows if "risis" in row[DueColumn.KIND]]  # the crisis items


def test_a_crisis_is_reported_followed_up_and_ended_in_the_case_window(qtbot, open_window, ozturk, services,
                                                                      monkeypatch, clock, runner, events):
    _family_id, case_id = ozturk
    clock.at = time(9)

    def report(dialog: MarkCrisisDialog) -> None:
        type_text(dialog.note_edit, "Vader dreigt")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, MarkCrisisDialog, report)
    window = open_window(case_id)
    assert "Crisis melden…" in _visible_actions(window)
    assert not window.header_bar.crisis_pill.isVisible()
    window.crisis.mark_action.trigger()
    crisis = services.crisis.current(case_id)
    assert crisis is not None and crisis.note == "Vader dreigt"
    assert window.header_bar.crisis_pill.text() == "Crisis sinds 0 uur, niet opgevolgd"
    assert "Crisis melden…" not in _visible_actions(window)
    assert {"Opvolging vastgelegd…", "Crisis beëindigen…"} <= set(_visible_actions(window))

    today = TodayPage(services.due.today_items, runner, events)
    qtbot.addWidget(today)
    clock.at = time(14)
    events.announce(Changes.everything())
    assert _today_rows(today, Urgency.THIS_WEEK)[0][:4] == (
        "Öztürk", what(DueKind.CRISIS_FOLLOW_UP), "23-11-2026", "nog 19 uur")
    clock.day, clock.at = date(2026, 11, 24), time(3)
    events.announce(Changes.everything())
    assert _today_rows(today, Urgency.OVERDUE)[0][:4] == (
        "Öztürk", what(DueKind.CRISIS_FOLLOW_UP), "23-11-2026", "18 uur te laat")
    window.reload()
    assert window.header_bar.crisis_pill.text() == "Crisis sinds 42 uur, niet opgevolgd"

    drive_dialog(monkeypatch, FollowUpDialog, lambda dialog: click_ok(qtbot, dialog))
    window.crisis.follow_up_action.trigger()
    assert services.crisis.current(case_id).followed_up_at == clock.now()
    assert window.header_bar.crisis_pill.text() == "Crisis sinds 42 uur"
    assert "Opvolging vastgelegd…" not in _visible_actions(window)
    assert _today_rows(today, Urgency.OVERDUE) == []  # the follow-up item is gone

    def end(dialog: EndCrisisDialog) -> None:
        click_ok(qtbot, dialog)  # nothing chosen: refused at the field
        assert dialog.isVisible() and dialog.field_errors["outcome"].isVisible()
        select_combo_data(dialog.outcome_combo, CrisisOutcome.PLACEMENT.value)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, EndCrisisDialog, end)
    window.crisis.end_action.trigger()
    assert services.crisis.current(case_id) is None
    assert not window.header_bar.crisis_pill.isVisible()
    assert "Crisis melden…" in _visible_actions(window)
