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


def test_privacy_access_report_of_a_family_and_of_a_person(services, db_path, tmp_path, capsys):
    families = two_families(services)
    family_pdf, person_pdf = tmp_path / "gezin.pdf", tmp_path / "zoe.pdf"

    assert main(["privacy", "access-report", "--family", str(families.family_id), "--out", str(family_pdf),
                 "--database", str(db_path)]) == 0
    assert main(["privacy", "access-report", "--family", str(families.family_id), "--person",
                 str(families.person_id), "--out", str(person_pdf), "--database", str(db_path)]) == 0

    printed = capsys.readouterr()
    assert printed.err == "" and printed.out.startswith("Wie het dossier heeft ingezien (")
    assert str(family_pdf) in printed.out and str(person_pdf) in printed.out
    family_text, person_text = pdf_text(family_pdf.read_bytes()), pdf_text(person_pdf.read_bytes())
    assert "Wie heeft het dossier van Familie Öztürk-Øster ingezien" in family_text
    assert "Wie heeft het dossier van Zoë Öztürk ingezien" in person_text
    assert "Medewerker Sanne de Vries (Wijkteam Noord) heeft op 22 november 2026 om 13:00 het gezinsplan ingezien." \
        in family_text
    assert not any(other in family_text + person_text for other in OTHER_TEXTS)
    exports = log_entries(services, event=AuditEvent.PRINT_EXPORT, detail_code="who_looked_at")
    assert [(e.object_type, e.object_id) for e in exports] == [
        ("family", families.family_id), ("person", families.person_id)]


def test_privacy_access_report_of_a_person_outside_the_family_is_one_line_and_exit_1(services, db_path, tmp_path,
                                                                                      capsys):
    families = two_families(services)

    code = main(["privacy", "access-report", "--family", str(families.family_id), "--person",
                 str(families.other_person_id), "--out", str(tmp_path / "x.pdf"), "--database", str(db_path)])

    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and err == [f"gezinsregie: Persoon {families.other_person_id} hoort niet bij gezin {families.family_id}."]
    assert not (tmp_path / "x.pdf").exists()


def test_privacy_access_report_help_is_dutch(capsys):
    assert main(["privacy", "access-report", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--family ID" in out and "--person ID" in out and "BESTAND" in out
