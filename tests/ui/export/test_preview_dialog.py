"""The print preview: shows the plan, saves exactly what it shows, prints, and logs both."""
from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.audit_detail import DetailCode
from models.enums import AuditEvent
from tests.export import plan_data as pd
from tests.integration.case_helpers import detail_text, log_entries
from ui.export.preview_dialog import PlanPreviewDialog


def make_dialog(qtbot, services, case_id, runner):
    dialog = PlanPreviewDialog(services, case_id, runner)
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_shows_the_document(qtbot, services, family, runner):
    dialog = make_dialog(qtbot, services, family.case_id, runner)

    assert dialog.pdf.status() is QPdfDocument.Status.Ready
    assert dialog.pdf.pageCount() > 0
    assert dialog.view.document() is dialog.pdf
    assert dialog.status.text().startswith("Versie 1 · ")
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


def test_save_writes_the_document_that_is_shown(qtbot, services, family, runner, out):
    dialog = make_dialog(qtbot, services, family.case_id, runner)
    asked = []
    dialog.ask_save_path = lambda suggested: asked.append(suggested) or str(out / "plan")

    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()

    assert asked == ["Gezinsplan Familie Öztürk-Øster - versie 1.pdf"]
    assert saved.args == [str(out / "plan.pdf")]
    assert (out / "plan.pdf").read_bytes() == dialog.document.data
    assert dialog.status.text() == f"Opgeslagen als {out / 'plan.pdf'}"


def test_a_failed_save_is_shown_and_nothing_is_left(qtbot, services, family, runner, out):
    dialog = make_dialog(qtbot, services, family.case_id, runner)
    errors = []
    dialog.ask_save_path = lambda suggested: str(out / "weg" / "plan.pdf")
    dialog.show_error = lambda parent, error: errors.append(error.message())

    dialog.save_button.click()

    assert errors and "de map" in errors[0] and "bestaat niet" in errors[0]
    assert list(out.iterdir()) == []
    assert dialog.save_button.isEnabled()


def test_print_paints_every_page_on_the_printer_and_logs_it(qtbot, services, family, runner, out):
    dialog = make_dialog(qtbot, services, family.case_id, runner)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))
    dialog.ask_printer = lambda: printer

    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.print_button.click()

    assert printed.args == [dialog.pdf.pageCount()]
    assert (out / "printed.pdf").stat().st_size > 10_000
    details = [detail_text(e) for e in log_entries(services, event=AuditEvent.PRINT_EXPORT)]
    assert details[-1] == f"Versie 1: afgedrukt, {dialog.pdf.pageCount()} pagina('s)"


def test_cancelling_the_print_dialog_prints_nothing(qtbot, services, family, runner):
    dialog = make_dialog(qtbot, services, family.case_id, runner)
    dialog.ask_printer = lambda: None

    dialog.print_button.click()

    assert DetailCode.PLAN_PRINTED not in {e.detail_code for e in log_entries(services, event=AuditEvent.PRINT_EXPORT)}


def test_a_case_without_a_plan_says_so_instead_of_showing_a_document(qtbot, services, runner):
    _family_id, case_id = pd.intake(services)

    dialog = make_dialog(qtbot, services, case_id, runner)

    assert "nog geen gezinsplan" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.pdf.pageCount() == 0
