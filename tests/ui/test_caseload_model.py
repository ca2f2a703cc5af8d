"""The caseload table model with its own sorting and search filter, over hand-made rows (no database)."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.queries.caseload import CaseloadRow, ChildSummary
from app.queries.plan_versions import NO_PLAN, PlanVersions
from models.enums import CaseStatus, Priority
from ui.qt_models.caseload_model import CASE_ID_ROLE, SORT_ROLE, CaseloadColumn, CaseloadModel

C = CaseloadColumn


def make_row(case_id: int, family: str, children=(("Zoë", 11), ("Daan", 7)), *,
             status=CaseStatus.ACTIVE, priority=Priority.NORMAL, plan=NO_PLAN, director="Fatma Öztürk",
             opened=date(2026, 9, 14)) -> CaseloadRow:
    return CaseloadRow(
        case_id=case_id, family_id=case_id * 10, family_name=family,
        children=tuple(ChildSummary(name, age) for name, age in children), status=status, director_id=1,
        director_name=director, priority=priority, opened_on=opened, plan=plan,
    )


@pytest.fixture
def model() -> CaseloadModel:
    model = CaseloadModel()
    model.set_rows([
        make_row(7, "Öztürk", priority=Priority.HIGH, plan=PlanVersions(agreed=1)),
        make_row(8, "De Jong", (("Lotte", 14),), status=CaseStatus.INTAKE, director="Jeroen Bakker",
                 opened=date(2025, 12, 1)),
    ])
    return model


def shown(model, row: int, column: CaseloadColumn, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_a_row_is_shown_in_dutch(model):
    assert shown(model, 0, C.FAMILY) == "Öztürk"
    assert shown(model, 0, C.CHILDREN) == "Zoë (11), Daan (7)"
    assert shown(model, 0, C.STATUS) == "Actief"
    assert shown(model, 1, C.STATUS) == "Intake"
    assert shown(model, 0, C.PLAN_STATUS) == "Vastgesteld v1"
    assert shown(model, 1, C.PLAN_STATUS) == "Nog geen plan"
    assert shown(model, 0, C.PRIORITY) == "Hoog"
    assert shown(model, 1, C.PRIORITY) == "Normaal"
    assert shown(model, 0, C.DIRECTOR) == "Fatma Öztürk"
    assert shown(model, 0, C.OPENED) == "14-09-2026"


def test_the_headers_are_dutch(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in C]
    assert headers == ["Gezin", "Kinderen", "Status", "Gezinsplan", "Regisseur", "Prioriteit", "Gestart",
                       "Volgende actie"]


def test_the_case_id_is_available_under_its_own_role(model):
    assert shown(model, 0, C.FAMILY, CASE_ID_ROLE) == 7
    assert shown(model, 1, C.OPENED, CASE_ID_ROLE) == 8


def test_sort_values_are_raw_high_priority_first_and_dates_in_iso(model):
    assert shown(model, 0, C.PRIORITY, SORT_ROLE) < shown(model, 1, C.PRIORITY, SORT_ROLE)
    assert shown(model, 1, C.OPENED, SORT_ROLE) == "2025-12-01"
    assert shown(model, 0, C.FAMILY, SORT_ROLE) == "ozturk"


def test_high_priority_is_marked_in_bold(model):
    font = shown(model, 0, C.PRIORITY, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert shown(model, 0, C.PRIORITY, Qt.ItemDataRole.ForegroundRole) is not None
    assert shown(model, 1, C.PRIORITY, Qt.ItemDataRole.FontRole) is None


def test_unhandled_roles_and_invalid_indexes_give_none(model):
    assert shown(model, 0, C.FAMILY, Qt.ItemDataRole.DecorationRole) is None
    assert shown(model, 0, C.FAMILY, Qt.ItemDataRole.EditRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(5, 0).data() is None


def families(model) -> list[str]:
    return [model.index(r, C.FAMILY).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("text, expected", [
    ("", ["Öztürk", "De Jong"]),
    ("ozturk", ["Öztürk"]),
    ("ÖZTÜRK", ["Öztürk"]),
    ("lotte", ["De Jong"]),
    ("zoe", ["Öztürk"]),
    ("jeroen", ["De Jong"]),
    ("de jong lotte", ["De Jong"]),
    ("de jong daan", []),
])
def test_the_search_matches_family_children_and_director_ignoring_case_and_accents(model, text, expected):
    model.set_search_text(text)
    assert families(model) == expected


def test_sorting_by_priority_puts_high_first(model):
    model.sort(C.FAMILY, Qt.SortOrder.AscendingOrder)
    assert families(model) == ["De Jong", "Öztürk"]
    model.sort(C.PRIORITY, Qt.SortOrder.AscendingOrder)
    assert families(model) == ["Öztürk", "De Jong"]


def test_the_search_and_the_sort_survive_a_reload(model):
    model.sort(C.FAMILY, Qt.SortOrder.DescendingOrder)
    model.set_search_text("o")
    rows = [model.row_at(r) for r in range(model.rowCount())]
    model.set_rows(list(reversed(rows)))
    assert families(model) == ["Öztürk", "De Jong"] and model.search_text_active()
