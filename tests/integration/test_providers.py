"""Providers and products (admin), and the all-or-nothing CSV import with a per-row report."""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import ConcurrencyConflict, ValidationError
from app.services.provider_inputs import ProductInput, ProviderInput
from models.enums import AuditEvent
from tests.integration.care_helpers import provider_with_product, segment_id
from tests.integration.case_helpers import detail_text, log_entries


def test_segments_are_seeded_a_b_c(services):
    assert [(s.code, s.needs_referral) for s in services.providers.segments()] == [
        ("A", False), ("B", True), ("C", True)]


def test_a_provider_with_products_is_listed_with_labels(services):
    provider, product = provider_with_product(services)
    services.providers.add_product(provider.id, ProductInput(
        "Crisisopvang", "46", segment_id(services, "C"), regional_code="45A12"))
    [listed] = services.providers.providers()
    assert (listed.name, listed.agb_code, listed.active) == ("Jeugdhulp Zaanstreek", "98765432", True)
    assert [(p.name, p.category_code, p.category_label, p.segment_code, p.unit_label, p.regional_code)
            for p in listed.products] == [
        ("Ambulante gezinsbehandeling", "45", "Jeugdhulp ambulant", "B", "uur", None),
        ("Crisisopvang", "46", "Jeugdhulp crisis", "C", None, "45A12")]
    assert product.provider_id == provider.id


def test_provider_fields_are_checked_with_clear_messages(services):
    with pytest.raises(ValidationError) as info:
        services.providers.create_provider(ProviderInput(" ", "1234567"))
    messages = info.value.field_messages()
    assert set(messages) == {"name", "agb_code"}
    assert messages["agb_code"] == "Een AGB-code bestaat uit 8 cijfers."
    with pytest.raises(ValidationError):
        services.providers.create_provider(ProviderInput("Anders", "1234567a"))
    services.providers.create_provider(ProviderInput("Jeugdhulp Zaanstreek", "9876 5432"))
    with pytest.raises(ValidationError) as info:
        services.providers.create_provider(ProviderInput("Ander bureau", "98765432"))
    assert info.value.field_messages()["agb_code"] == "Deze AGB-code is al in gebruik bij Jeugdhulp Zaanstreek."
    assert [p.agb_code for p in services.providers.providers()] == ["98765432"]


def test_product_fields_are_checked_per_field(services):
    provider, _product = provider_with_product(services)
    with pytest.raises(ValidationError) as info:
        services.providers.add_product(provider.id, ProductInput(
            "Ambulante gezinsbehandeling", "39", None, regional_code="123456", unit_code="99"))
    assert set(info.value.fields) == {"name", "category_code", "segment_id", "regional_code", "unit_code"}
    # A spreadsheet's "4" is the iJw unit "04".
    product = services.providers.add_product(provider.id, ProductInput("Training", "45", segment_id(services, "A"),
                                                                       unit_code="4"))
    assert product.unit_code == "04"


def test_deactivating_and_a_stale_edit(services):
    provider, product = provider_with_product(services)
    off = services.providers.set_provider_active(provider.id, provider.version, False)
    assert off.active is False and services.providers.providers(include_inactive=False) == []
    with pytest.raises(ConcurrencyConflict) as info:
        services.providers.update_provider(provider.id, provider.version, ProviderInput("Nieuwe naam"))
    assert info.value.current == off
    product = services.providers.set_product_active(product.id, product.version, False)
    assert services.providers.provider(provider.id).active_products == ()
    changed = services.providers.update_product(product.id, product.version, replace(
        ProductInput.from_dto(product), name="Ambulante gezinsbehandeling licht"))
    assert (changed.name, changed.active, changed.version) == (
        "Ambulante gezinsbehandeling licht", False, product.version + 1)


GOOD_CSV = (
    "\ufeffaanbieder;agb;product;categorie;productcode;segment;eenheid\n"
    "Jeugdhulp Zaanstreek;98765432;Ambulante gezinsbehandeling;45;45A01;B;04\n"
    "Jeugdhulp Zaanstreek;98765432;Crisisopvang;46;;c;14\n"
    "\n"
    "Buurtgezinnen;;Steungezin;50;;A;\n"
)


def test_a_good_csv_file_is_imported_in_one_go(services):
    report = services.providers.import_providers_csv(GOOD_CSV)
    assert report.ok and (report.rows, report.providers_created, report.products_created) == (3, 2, 3)
    listed = {p.name: p for p in services.providers.providers()}
    assert [(p.name, p.segment_code, p.unit_code) for p in listed["Jeugdhulp Zaanstreek"].products] == [
        ("Ambulante gezinsbehandeling", "B", "04"), ("Crisisopvang", "C", "14")]
    assert listed["Buurtgezinnen"].agb_code is None
    entry = log_entries(services, object_type="provider_import")[-1]
    assert entry.event is AuditEvent.CREATE and detail_text(entry).startswith("3 regel(s): aanbieders ")


def test_importing_again_updates_by_agb_code_or_name(services):
    services.providers.import_providers_csv(GOOD_CSV)
    again = (
        "provider_name,agb_code,product_name,category_code,regional_code,segment,unit_code\n"
        "Jeugdhulp Zaanstreek-Waterland,98765432,Crisisopvang,46,46C01,C,14\n"
        "\"Buurtgezinnen\",12345678,Steungezin,50,,A,\n"
    )
    report = services.providers.import_providers_csv(again)
    assert report.ok
    assert (report.providers_created, report.providers_updated, report.products_created,
            report.products_updated) == (0, 2, 0, 1)
    listed = {p.agb_code: p for p in services.providers.providers()}
    assert listed["98765432"].name == "Jeugdhulp Zaanstreek-Waterland"
    assert {p.name: p.regional_code for p in listed["98765432"].products}["Crisisopvang"] == "46C01"
    assert listed["12345678"].name == "Buurtgezinnen"


def test_a_csv_file_with_bad_rows_imports_nothing_and_names_each_bad_row(services):
    bad = (
        "provider_name;agb_code;product_name;category_code;regional_code;segment;unit_code\n"
        "Jeugdhulp Zaanstreek;98765432;Ambulante gezinsbehandeling;45;;B;04\n"
        "Bureau Zonder Code;1234;Training;45;;B;04\n"
        "Ggz Kind;11223344;Behandeling;99;TOOLONG;D;04\n"
        ";;;;;;\n"
        "Jeugdhulp Zaanstreek;98765432;Ambulante gezinsbehandeling;45;;B;04\n"
    )
    report = services.providers.import_providers_csv(bad)
    assert not report.ok and report.providers_created == 0
    assert [(p.line, p.column) for p in report.problems] == [
        (3, "agb_code"), (4, "category_code"), (4, "regional_code"), (4, "segment"), (6, "product_name")]
    messages = [p.message() for p in report.problems]
    assert messages[0] == "Een AGB-code bestaat uit 8 cijfers."
    assert "D" in messages[3] and "A, B, C" in messages[3]
    assert "regel 2" in messages[4]
    assert services.providers.providers() == []


def test_a_csv_file_without_required_columns_or_rows_is_refused(services):
    report = services.providers.import_providers_csv("aanbieder;agb\nJeugdhulp;98765432\n")
    assert {(p.line, p.column) for p in report.problems} == {
        (1, "product_name"), (1, "category_code"), (1, "segment")}
    assert "ontbreekt" in report.problems[0].message()
    assert not services.providers.import_providers_csv("").ok
    empty = services.providers.import_providers_csv("provider_name,product_name,category_code,segment\n")
    assert [p.line for p in empty.problems] == [1]


def test_an_import_conflicting_with_a_stored_agb_code_is_refused(services):
    services.providers.create_provider(ProviderInput("Buurtgezinnen", "12345678"))
    report = services.providers.import_providers_csv(
        "provider_name;agb_code;product_name;category_code;segment\nBuurtgezinnen;87654321;Steungezin;50;A\n")
    assert [(p.line, p.column) for p in report.problems] == [(2, "agb_code")]
    assert "12345678" in report.problems[0].message()
    report = services.providers.import_providers_csv(
        "provider_name;agb_code;product_name;category_code;segment\n"
        "Buurtgezinnen;;Steungezin;50;A\nSteunpunt Gezin;12345678;Maatje;50;A\n")
    assert [(p.line, p.column) for p in report.problems] == [(3, "provider_name")]
    assert "regel 2" in report.problems[0].message()


def test_provider_changes_are_logged(services):
    provider, product = provider_with_product(services)
    services.providers.update_provider(provider.id, provider.version, ProviderInput("Nieuwe naam", "98765432"))
    events = [(e.event, e.object_type, e.object_id) for e in log_entries(services)
              if e.object_type in ("provider", "product")]
    assert events == [(AuditEvent.CREATE, "provider", provider.id), (AuditEvent.CREATE, "product", product.id),
                      (AuditEvent.UPDATE, "provider", provider.id)]
