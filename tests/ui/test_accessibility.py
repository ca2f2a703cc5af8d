"""A screen reader can name every control of every window, and every table column (EN 301 549, 11.5).

Walks the window catalogue (tests/ui/windows.py) on one demo database filled once for the module.
"""
from __future__ import annotations

import pytest

from tests.ui.a11y_check import demo, demo_file, unnamed, untitled_columns  # noqa: F401 - fixtures
from tests.ui.windows import ENTRIES


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_every_control_and_column_has_a_name(qtbot, demo, entry):
    window = entry.factory(qtbot, demo).window()
    problems = unnamed(window) + untitled_columns(window)
    assert not problems, "\n".join(problems)


def _cells(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and model.rowCount(index) > 0:
                yield from _cells(model, index)


@pytest.mark.parametrize("page", ["main window: Today", "main window: My caseload", "main window: Team overview",
                                  "main window: Waakvlam"])
def test_overdue_this_week_and_overloaded_are_told_by_a_mark_and_words_not_by_colour_alone(qtbot, demo, page):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QIcon
    from PySide6.QtWidgets import QAbstractItemView, QListView

    from ui.qt_models.urgency import BACKGROUNDS, FOREGROUNDS

    alarming = {c.name() for c in BACKGROUNDS.values()} | {c.name() for k, c in FOREGROUNDS.items() if k.name != "LATER"}
    window = next(e for e in ENTRIES if e.name == page).factory(qtbot, demo).window()
    if page.endswith("Team overview"):  # the demo's team is not overloaded: make two of its workers so
        import dataclasses

        workers = window.app_pages.team_overview.workers_table.model().sourceModel()
        workers.weights = dataclasses.replace(workers.weights, overload_threshold=1)
    tinted, unmarked = 0, []
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisible() or view.model() is None or isinstance(view, QListView):
            continue
        model = view.model()
        for index in _cells(model):
            colours = [index.data(r) for r in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)]
            if not any(isinstance(c, QColor) and c.name() in alarming for c in colours):
                continue
            tinted += 1
            icon, words = index.data(Qt.ItemDataRole.DecorationRole), index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
            heading = index.column() == 0 and model.rowCount(index) > 0  # Today's group rows say "Overdue (3)"
            if not heading and not (isinstance(icon, QIcon) and not icon.isNull() and words):
                unmarked.append(f"{view.objectName()} row {index.row()} column {index.column()}: {index.data()!r}")
    assert tinted > 0
    assert not unmarked, "\n".join(unmarked)


def test_a_message_at_a_field_is_announced_and_stays_in_the_fields_description(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    from ui.widgets import accessible
    from ui.widgets.field_error_label import FieldErrorLabel

    announced = []
    monkeypatch.setattr(accessible.QAccessible, "updateAccessibility", lambda event: announced.append(
        (event.message(), event.politeness())))
    field = QLineEdit()
    qtbot.addWidget(field)
    error = FieldErrorLabel(field)
    error.show_message("Vul een postcode in.")
    assert field.accessibleDescription() == "Vul een postcode in."
    assert announced == [("Vul een postcode in.", accessible.QAccessible.AnnouncementPoliteness.Assertive)]
    error.clear_message()
    assert field.accessibleDescription() == ""
