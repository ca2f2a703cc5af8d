"""Exporting all my plans: progress, cancel, and a worker thread that keeps the window responsive."""
from __future__ import annotations

from tests.export.plan_data import intake, printed_family
from ui.export.batch_export_dialog import BatchExportDialog


def make_dialog(qtbot, services, out, **kw):
    dialog = BatchExportDialog(services, folder=str(out), **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_the_export_runs_to_the_end_and_reports_what_it_did(qtbot, services, out):
    printed_family(services, goals=1, care=False)
    intake(services, family_name="Familie Zonder Plan")
    dialog = make_dialog(qtbot, services, out, run_in_thread=False)
    seen = []
    dialog.progressed.connect(lambda p: seen.append((p.done, p.total)))

    dialog.start()

    assert seen == [(1, 2), (2, 2)]
    assert dialog.result.written and len(list(out.iterdir())) == 1
    assert dialog.status.text() == "1 plan opgeslagen. Nog geen plan: Familie Zonder Plan."
    assert dialog.progress.value() == dialog.progress.maximum() == 2
    assert dialog.cancel_button.text() == "Sluiten" and not dialog.running


def test_cancel_after_two_plans_leaves_two_files(qtbot, services, out):
    for _ in range(4):
        printed_family(services, goals=1, care=False)
    dialog = make_dialog(qtbot, services, out, run_in_thread=False)
    dialog.progressed.connect(lambda p: dialog.cancel_button.click() if p.done == 2 else None)

    dialog.start()

    assert dialog.result.cancelled
    assert len(list(out.iterdir())) == 2
    assert dialog.status.text() == "Gestopt: 2 plannen opgeslagen."


def test_the_export_runs_on_a_worker_thread(qtbot, services, out):
    for _ in range(3):
        printed_family(services, goals=2, care=False)
    dialog = make_dialog(qtbot, services, out)

    with qtbot.waitSignal(dialog.export_finished, timeout=30_000) as finished:
        dialog.start()
        assert dialog.running and not dialog.start_button.isEnabled()  # start returned at once

    assert len(finished.args[0].written) == 3 == len(list(out.iterdir()))
    assert not dialog.running


def test_choosing_a_folder_enables_export(qtbot, services, out):
    dialog = BatchExportDialog(services, run_in_thread=False)
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()
    dialog.ask_folder = lambda: str(out)

    dialog.choose_button.click()

    assert dialog.folder_edit.text() == str(out) and dialog.start_button.isEnabled()
