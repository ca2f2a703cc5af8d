"""Saving exports: all or nothing, clear messages, the access log, caseload lists, all plans at once."""
from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.export.caseload_pdf import render_caseload_pdf
from app.export.files import ExportFailed
from app.queries.caseload_export import CaseloadExportRow
from app.queries.plan_versions import PlanVersions
from app.services.exports import CaseloadScope
from models.enums import AuditEvent, AuditOutcome, CaseStatus, Priority
from tests.export import plan_data as pd
from tests.export.plan_data import pdf_pages, pdf_text, printed_family
from tests.integration.case_helpers import detail_text, log_entries


def test_saving_the_plan_writes_a_pdf_and_logs_the_export(exports, services, family, out):
    saved = exports.save_plan_pdf(family.case_id, out / "plan.pdf")

    assert saved.path.read_bytes().startswith(b"%PDF")
    assert saved.pages >= 1 and saved.version_no == 1
    entries = log_entries(services, event=AuditEvent.PRINT_EXPORT)
    assert [(e.family_id, e.case_id, e.object_type, e.object_id) for e in entries] == [
        (family.family_id, family.case_id, "family_plan", family.plan_id)]
    assert detail_text(entries[0]) == "Versie 1: opgeslagen als pdf"
    assert entries[0].username == services.ctx.user.username


def test_previewing_saving_the_previewed_document_and_printing_are_each_logged(exports, services, family, out):
    document = exports.plan_document(family.case_id)
    exports.save_document(document, out / "kopie.pdf")
    exports.record_print(document, pages=3)

    details = [detail_text(e) for e in log_entries(services, event=AuditEvent.PRINT_EXPORT, case_id=family.case_id)]
    assert details == ["Versie 1: pdf voor het voorbeeld", "Versie 1: opgeslagen als pdf vanuit het voorbeeld",
                       "Versie 1: afgedrukt, 3 pagina('s)"]
    assert (out / "kopie.pdf").read_bytes() == document.data
    assert document.file_name == "Gezinsplan Familie Öztürk-Øster - versie 1.pdf"


def test_a_missing_folder_gives_a_clear_message_and_leaves_no_file(exports, services, family, out):
    target = out / "bestaat-niet" / "plan.pdf"

    with pytest.raises(ExportFailed) as raised:
        exports.save_plan_pdf(family.case_id, target)

    assert raised.value.message() == (f"Het bestand plan.pdf kon niet worden opgeslagen: de map "
                                      f"{target.parent} bestaat niet.")
    assert not target.parent.exists()
    failed = log_entries(services, event=AuditEvent.PRINT_EXPORT)
    assert [(e.outcome, e.family_id) for e in failed] == [(AuditOutcome.FAILED, family.family_id)]


def test_a_folder_as_target_gives_a_clear_message(exports, family, out):
    with pytest.raises(ExportFailed) as raised:
        exports.save_plan_pdf(family.case_id, out)
    assert "is een map" in raised.value.message()
    assert list(out.iterdir()) == []


def test_a_write_that_fails_halfway_leaves_neither_a_partial_file_nor_a_temporary_one(exports, family, out,
                                                                                     monkeypatch):
    target = out / "plan.pdf"
    target.write_bytes(b"the previous version")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", disk_full)

    with pytest.raises(ExportFailed) as raised:
        exports.save_plan_pdf(family.case_id, target)

    assert raised.value.message() == "Het bestand plan.pdf kon niet worden opgeslagen: de schijf is vol."
    assert [p.name for p in out.iterdir()] == ["plan.pdf"]
    assert target.read_bytes() == b"the previous version"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write in any folder")
def test_a_read_only_folder_gives_a_clear_message(exports, family, out):
    folder = out / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed) as raised:
            exports.save_plan_pdf(family.case_id, folder / "plan.pdf")
        assert "je mag niet schrijven in de map" in raised.value.message()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_the_caseload_workbook_has_real_dates_numbers_a_filter_and_a_frozen_header(exports, services, out):
    family = printed_family(services, goals=1)
    saved = exports.caseload_xlsx(CaseloadScope.MINE, out / "caseload.xlsx")

    sheet = load_workbook(saved.path).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Casusnummer", "Gezin", "Kinderen"]
    row = {h: c for h, c in zip(header, sheet[2])}
    assert row["Casusnummer"].value == family.case_id and row["Casusnummer"].data_type == "n"
    assert row["Gezin"].value == "Familie Öztürk-Øster"
    assert row["Aantal kinderen"].value == 3
    assert row["Gestart op"].value == datetime(2026, 11, 1) and row["Gestart op"].number_format == "dd-mm-yyyy"
    assert row["Dagen open"].value == 21
    assert row["Volgende evaluatie"].value == datetime(2027, 2, 20)
    assert row["Aanbieders"].value == 1
    assert row["Gezinsplan"].value == "Vastgesteld v1" and row["Status"].value == "Intake"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:M{sheet.max_row}"
    assert sheet.column_dimensions["B"].width >= 20
    entries = log_entries(services, event=AuditEvent.PRINT_EXPORT, object_type="caseload")
    assert [(e.family_id, e.case_id) for e in entries] == [(family.family_id, family.case_id)]
    assert detail_text(entries[0]) == "Caseloadlijst als werkmap, 1 casus(sen)"


def test_a_family_name_that_looks_like_a_formula_stays_text(exports, services, out):
    pd.intake(services, family_name="=HYPERLINK(\"http://x\")")
    sheet = load_workbook(exports.caseload_xlsx("mine", out / "c.xlsx").path).active
    assert sheet["B2"].data_type == "s" and sheet["B2"].value.startswith("=HYPERLINK")


def test_the_caseload_pdf_is_landscape_and_repeats_its_header_on_every_page():
    rows = [CaseloadExportRow(i, i, f"Familie {i:03d}", "Zoë (11), Işıl (14)", 2, CaseStatus.ACTIVE,
                              PlanVersions(1, 2 if i % 2 else None), "Sanne de Vries", "Wijkteam Noord",
                              Priority.HIGH if i % 7 == 0 else Priority.NORMAL, date(2026, 1, 5), 321,
                              date(2026, 11, 1) if i % 5 == 0 else None, i % 3) for i in range(1, 81)]
    pdf = render_caseload_pdf(rows, "Wijkteam Noord", date(2026, 11, 22))

    from pypdf import PdfReader
    import io
    page = PdfReader(io.BytesIO(pdf.data)).pages[0]
    assert page.mediabox.width > page.mediabox.height
    pages = pdf_pages(pdf.data)
    assert pdf.pages == len(pages) > 1
    assert all("Volgende evaluatie" in p and "Gezin" in p for p in pages)
    text = " ".join(pages)
    assert all(f"Familie {i:03d}" in text for i in range(1, 81))
    assert "te laat" in text and "80 lopende casussen" in text
    assert "Vastgesteld v1 · concept v2" in pages[0]  # a draft on an agreed plan, not "Concept"


def test_the_team_caseload_pdf_lists_the_team(exports, services, out):
    printed_family(services, goals=1)
    saved = exports.caseload_pdf(CaseloadScope.TEAM, out / "team.pdf")
    text = pdf_text(saved.path.read_bytes())
    assert "Caseload van Wijkteam Noord" in text and "Familie Öztürk-Øster" in text
    assert saved.rows == 1


def test_exporting_all_plans_writes_one_file_per_case_with_a_plan_and_skips_the_rest(exports, services, out):
    printed_family(services, goals=1)
    printed_family(services, goals=1)  # the same family name: the second file names its case
    pd.intake(services, family_name="Familie Zonder Plan")
    seen = []

    result = exports.export_all_plans(out, seen.append)

    assert not result.cancelled and result.total == 3
    assert sorted(p.name for p in out.iterdir()) == [
        "Gezinsplan Familie Öztürk-Øster - versie 1 (casus 2).pdf", "Gezinsplan Familie Öztürk-Øster - versie 1.pdf"]
    assert result.without_plan == ("Familie Zonder Plan",)
    assert [(p.done, p.total) for p in seen] == [(1, 3), (2, 3), (3, 3)]
    assert len(log_entries(services, event=AuditEvent.PRINT_EXPORT)) == 2


def test_cancelling_the_batch_after_two_files_leaves_exactly_two(exports, services, out):
    for _ in range(4):
        printed_family(services, goals=1, care=False)
    seen = []

    result = exports.export_all_plans(out, seen.append, lambda: len(seen) >= 2)

    assert result.cancelled
    assert len(result.written) == 2 == len(list(out.iterdir()))
    assert all(Path(p).read_bytes().startswith(b"%PDF") for p in result.written)
