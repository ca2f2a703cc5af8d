"""Choosing a provider in the involvement form shows the providers of the chosen product's category side by
side (waiting now, waiting time, goal realisation, lead time), the chosen one in bold."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.care.care_data import add_three_kinds_of_help
from tests.ui.case.conftest import drive_dialog, select_combo_data
from ui.care.involvement_dialog import InvolvementDialog


def rows(dialog: InvolvementDialog) -> list[list[str]]:
    model = dialog.comparison.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_form_compares_the_providers_of_the_chosen_category(qtbot, care_window, care, services, monkeypatch):
    add_three_kinds_of_help(services, care)
    seen = {}

    def fill(dialog: InvolvementDialog) -> None:
        seen["before"] = dialog.comparison.isVisible()
        select_combo_data(dialog.provider_combo, care.intensive.provider_id)  # its only product: category 45
        seen["visible"] = dialog.comparison.isVisible()
        seen["rows"] = rows(dialog)
        model = dialog.comparison.model
        seen["bold"] = [model.index(r, 0).data(Qt.ItemDataRole.FontRole) is not None for r in range(model.rowCount())]
        seen["caption"] = dialog.comparison.caption.text()
        select_combo_data(dialog.provider_combo, care.ggz.provider_id)  # category 54: only De Linde
        seen["ggz"] = [row[0] for row in rows(dialog)]
        dialog.reject()

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    care_window("involvements_tab").involvements_tab.add_button.click()
    assert seen["before"] is False and seen["visible"] is True
    # Category 45: Het Anker (referred 02-11, started 16-11: 14 days) and Jeugdhulp Zaanstreek (01-10 -> 15-10:
    # 14 days); nothing ended or evaluated yet.
    assert seen["rows"] == [["Gezinsbehandeling Het Anker", "0", "14,0", "–", "–"],
                            ["Jeugdhulp Zaanstreek", "0", "14,0", "–", "–"]]
    assert seen["bold"] == [True, False]
    assert "over de hulp van je teams" in seen["caption"] or "over the help of your teams" in seen["caption"]
    assert seen["ggz"] == ["Praktijk De Linde"]
