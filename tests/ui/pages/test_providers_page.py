"""Aanbieders: adding providers and products through their dialogs, deactivating, importing a CSV list."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.integration.care_helpers import segment_id
from ui.pages import providers_page
from ui.pages.import_report_dialog import ImportReportDialog
from ui.pages.provider_dialogs import ProductDialog, ProviderDialog
from ui.qt_models.provider_models import INACTIVE_COLOUR


@pytest.fixture
def page(qtbot, window):
    row = next(r for r in range(window.navigation.count()) if window.navigation.item(r).text() == "Aanbieders")
    window.navigation.setCurrentRow(row)
    assert window.pages.currentWidget() is window.providers_page
    return window.providers_page


def drive(monkeypatch, dialog_class, fill: Callable) -> list:
    """Instead of a modal exec: show the dialog, let ``fill`` type and click, return its result."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def cells(table, row: int) -> list[str]:
    model = table.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_adding_a_provider_shows_a_wrong_agb_code_at_the_field(qtbot, monkeypatch, page, filled_services):
    def fill(dialog: ProviderDialog):
        qtbot.keyClicks(dialog.name_edit, "Kinderpraktijk De Linde")
        qtbot.keyClicks(dialog.agb_edit, "1234567")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        agb_error = dialog.field_errors["agb_code"]
        assert dialog.isVisible() and agb_error.isVisible()
        assert agb_error.text() == "Een AGB-code bestaat uit 8 cijfers."
        assert not dialog.field_errors["name"].isVisible()

        dialog.agb_edit.clear()
        qtbot.keyClicks(dialog.agb_edit, "1234 5678")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    shown = drive(monkeypatch, ProviderDialog, fill)
    qtbot.mouseClick(page.new_provider_button, Qt.MouseButton.LeftButton)

    assert [d.windowTitle() for d in shown] == ["Nieuwe aanbieder"]
    names = [(p.name, p.agb_code) for p in filled_services.providers.providers()]
    assert ("Kinderpraktijk De Linde", "12345678") in names
    selected = page.selected_provider()
    assert (selected.name, selected.agb_code) == ("Kinderpraktijk De Linde", "12345678")
    assert page.products_heading.text() == "Producten van Kinderpraktijk De Linde"


def test_adding_a_product_to_the_selected_provider(qtbot, monkeypatch, page, filled_services):
    provider = page.selected_provider()
    assert provider.name == "Jeugdhulp Zaanstreek"

    def fill(dialog: ProductDialog):
        qtbot.keyClicks(dialog.name_edit, "Gezinscoaching")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.field_errors["category_code"].text() == "Kies een productcategorie uit de iJw-lijst."
        assert dialog.field_errors["segment_id"].text() == "Kies een segment."
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("45"))
        dialog.segment_combo.setCurrentIndex(dialog.segment_combo.findData(segment_id(filled_services, "A")))
        dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("04"))
        qtbot.keyClicks(dialog.regional_edit, "GC01")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, ProductDialog, fill)
    qtbot.mouseClick(page.new_product_button, Qt.MouseButton.LeftButton)

    stored = filled_services.providers.provider(provider.id)
    assert [p.name for p in stored.products] == ["Ambulante gezinsbehandeling", "Gezinscoaching"]
    assert cells(page.products_table, 1) == ["Gezinscoaching", "45 Jeugdhulp ambulant", "GC01", "A", "04 uur", "Ja"]
    assert cells(page.providers_table, 0) == ["Jeugdhulp Zaanstreek", "98765432", "Ja", "2"]
    assert page.selected_product().name == "Gezinscoaching"

    qtbot.mouseClick(page.product_active_button, Qt.MouseButton.LeftButton)
    assert [p.active for p in filled_services.providers.provider(provider.id).products] == [True, False]
    assert page.selected_product().name == "Gezinscoaching"
    assert page.product_active_button.text() == "Heractiveren"


def test_a_provider_is_deactivated_and_reactivated(qtbot, page, filled_services):
    qtbot.mouseClick(page.provider_active_button, Qt.MouseButton.LeftButton)

    assert not filled_services.providers.providers()[0].active
    assert cells(page.providers_table, 0)[2] == "Nee"
    assert page.providers_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == INACTIVE_COLOUR
    assert page.provider_active_button.text() == "Heractiveren"

    qtbot.mouseClick(page.provider_active_button, Qt.MouseButton.LeftButton)
    assert filled_services.providers.providers()[0].active
    assert page.provider_active_button.text() == "Deactiveren"


GOOD_CSV = (
    "aanbieder,agb,product,categorie,productcode,segment,eenheid\n"
    "Kinderpraktijk De Linde,12345678,Speltherapie,45,SP1,B,04\n"
    "Kinderpraktijk De Linde,12345678,Dagbehandeling jonge kind,41,,C,16\n"
    "Buurtgezinnen Zaanstad,,Steunouder,50,,A,\n"
)
BAD_CSV = (
    "aanbieder;agb;product;categorie;segment;eenheid\n"
    "Buurtgezinnen Zaanstad;;Steunouder;50;A;\n"
    "Kinderpraktijk De Linde;1234567;Speltherapie;45;B;04\n"
    "Kinderpraktijk Öztürk;12345678;Dagbehandeling;99;D;04\n"
)


@pytest.fixture
def import_file(tmp_path, monkeypatch):
    """Writes the CSV the administrator will pick; returns the reports that would have been shown."""
    shown: list[ImportReportDialog] = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda dialog: shown.append(dialog) or 0)

    def choose(data: bytes) -> list[ImportReportDialog]:
        path = tmp_path / "aanbieders.csv"
        path.write_bytes(data)
        monkeypatch.setattr(providers_page, "choose_csv_file", lambda parent: str(path))
        return shown

    return choose


def test_importing_a_good_csv_reports_the_counts(qtbot, page, import_file, filled_services):
    shown = import_file(GOOD_CSV.encode("utf-8-sig"))  # as Excel saves "CSV UTF-8"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    [report] = shown
    assert report.heading_label.text() == "Import gelukt"
    assert report.report.ok
    assert (report.report.rows, report.report.providers_created, report.report.products_created) == (3, 2, 3)
    assert report.problems_table is None
    assert [p.name for p in filled_services.providers.providers()] == [
        "Buurtgezinnen Zaanstad", "Jeugdhulp Zaanstreek", "Kinderpraktijk De Linde"]
    assert page.providers_model.rowCount() == 3


def test_a_csv_with_bad_rows_imports_nothing_and_lists_each_problem(qtbot, page, import_file, filled_services):
    shown = import_file(BAD_CSV.encode("utf-8"))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    [report] = shown
    assert report.heading_label.text() == "Er is niets geïmporteerd"
    assert report.statement_label.text().startswith("Het bestand bevat 3 problemen. Er is niets geïmporteerd")
    problems = [cells(report.problems_table, r) for r in range(report.problems_model.rowCount())]
    assert problems == [
        ["3", "agb", "Een AGB-code bestaat uit 8 cijfers."],
        ["4", "categorie", "Kies een productcategorie uit de iJw-lijst."],
        ["4", "segment", 'Onbekend segment "D"; gebruik een van: A, B, C.'],
    ]
    assert [p.name for p in filled_services.providers.providers()] == ["Jeugdhulp Zaanstreek"]


def test_a_file_that_is_not_utf8_is_explained(qtbot, monkeypatch, page, import_file, filled_services):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: warnings.append(text))
    shown = import_file(BAD_CSV.encode("latin-1"))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    assert shown == []
    assert warnings and warnings[0].startswith("Het bestand is geen UTF-8-tekst.")


def test_an_administrator_adds_a_segment_and_deactivates_it_from_the_providers_page(qtbot, monkeypatch, page,
                                                                                     filled_services):
    from ui.pages.segment_dialogs import SegmentDialog, SegmentsDialog

    def fill(dialog: SegmentDialog):
        qtbot.keyClicks(dialog.code_edit, "B 1")
        qtbot.keyClicks(dialog.name_edit, "Licht specialistisch")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.field_errors["code"].text() == (
            "Een segmentcode bestaat alleen uit letters en cijfers, bijvoorbeeld B1.")
        dialog.code_edit.clear()
        qtbot.keyClicks(dialog.code_edit, "b1")
        dialog.referral_check.setChecked(False)
        dialog.position_spin.setValue(1)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def manage(segments: SegmentsDialog):
        assert [cells(segments.table, r)[0] for r in range(3)] == ["A", "B", "C"]
        qtbot.mouseClick(segments.new_button, Qt.MouseButton.LeftButton)
        assert cells(segments.table, 1) == ["B1", "Licht specialistisch", "Nee", "1", "Ja"]
        assert segments.selected().code == "B1"
        qtbot.mouseClick(segments.active_button, Qt.MouseButton.LeftButton)
        assert cells(segments.table, 1)[4] == "Nee"
        assert segments.active_button.text() == "Heractiveren"

    drive(monkeypatch, SegmentDialog, fill)
    drive(monkeypatch, SegmentsDialog, manage)
    qtbot.mouseClick(page.segments_button, Qt.MouseButton.LeftButton)

    stored = {s.code: (s.name, s.needs_referral, s.active) for s in
              filled_services.providers.segments(include_inactive=True)}
    assert stored["B1"] == ("Licht specialistisch", False, False)
