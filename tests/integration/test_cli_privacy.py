"""``gezinsregie privacy export``: the inspection copy from the command line, in Dutch."""
from __future__ import annotations

from app.cli import main
from models.enums import AuditEvent
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import log_entries
from tests.integration.inspection_data import OTHER_TEXTS, ZOE_BSN, two_families


def test_privacy_export_writes_both_files_and_says_where(services, db_path, tmp_path, capsys):
    families = two_families(services)
    out = tmp_path / "inzage"
    out.mkdir()

    code = main(["privacy", "export", "--person", str(families.person_id), "--out", str(out),
                 "--database", str(db_path)])

    printed = capsys.readouterr()
    assert code == 0 and printed.err == ""
    pdf, json_file = out / "Zoë Öztürk-inzage.pdf", out / "Zoë Öztürk-inzage.json"
    assert printed.out.strip().startswith("Inzagekopie (") and str(json_file) in printed.out
    text = pdf_text(pdf.read_bytes())
    assert ZOE_BSN in text and ZOE_BSN in json_file.read_text(encoding="utf-8")
    assert not any(other in text for other in OTHER_TEXTS)
    assert [e.object_id for e in log_entries(services, event=AuditEvent.PRINT_EXPORT, object_type="person")] == [
        families.person_id]


def test_privacy_export_of_an_unknown_person_is_one_line_and_exit_1(services, db_path, tmp_path, capsys):
    code = main(["privacy", "export", "--person", "999", "--out", str(tmp_path), "--database", str(db_path)])

    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and list(tmp_path.glob("*-inzage.*")) == []


def test_privacy_export_help_is_dutch(capsys):
    assert main(["privacy", "export", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--person ID" in out and "MAP" in out
