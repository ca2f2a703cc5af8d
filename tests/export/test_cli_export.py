"""``gezinsregie export``: the handlers registered on a fresh parser, run against a database file."""
from __future__ import annotations

import argparse

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.cli.export import register
from tests.export import plan_data as pd
from tests.export.plan_data import pdf_text, printed_family


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="gezinsregie")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.handler(args, None)


@pytest.fixture
def family(services):
    return printed_family(services)


def test_export_plan_writes_the_pdf_and_says_where(family, db_path, out, capsys):
    target = out / "plan.pdf"

    code = run(["export", "plan", str(family.case_id), "--out", str(target), "--database", str(db_path)])

    assert code == 0
    assert "Familie Öztürk-Øster" in pdf_text(target.read_bytes())
    printed = capsys.readouterr()
    assert printed.err == ""
    [line] = printed.out.strip().splitlines()
    assert line.startswith("Gezinsplan (versie 1, pagina's: ") and line.endswith(f") opgeslagen in {target}.")


def test_export_plan_of_a_given_version(services, family, db_path, out, capsys):
    services.plans.new_version(family.plan_id)
    target = out / "v1.pdf"

    assert run(["export", "plan", str(family.case_id), "--out", str(target), "--plan-version", "1",
                "--database", str(db_path)]) == 0
    assert "Versie 1 · vastgesteld" in pdf_text(target.read_bytes())


@pytest.mark.parametrize("case, extra, message", [
    ("none", [], "Deze casus heeft nog geen gezinsplan"),
    ("plan", ["--plan-version", "9"], "Het gezinsplan van deze casus heeft geen versie 9."),
    ("missing", [], "Casus 999 bestaat niet."),
])
def test_export_plan_failures_are_one_line_and_exit_1(services, family, db_path, out, capsys, case, extra, message):
    case_id = {"none": pd.intake(services, family_name="Familie Leeg")[1], "plan": family.case_id,
               "missing": 999}[case]

    code = run(["export", "plan", str(case_id), "--out", str(out / "x.pdf"), "--database", str(db_path), *extra])

    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and err.startswith("gezinsregie: ") and message in err
    assert list(out.iterdir()) == []


def test_an_unwritable_output_is_one_clear_line(family, db_path, out, capsys):
    code = run(["export", "plan", str(family.case_id), "--out", str(out / "nee" / "plan.pdf"),
                "--database", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == f"gezinsregie: Het bestand plan.pdf kon niet worden opgeslagen: de map {out / 'nee'} " \
                          f"bestaat niet."


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_export_caseload_in_both_formats(family, db_path, out, capsys, fmt):
    target = out / f"caseload.{fmt}"

    assert run(["export", "caseload", "--format", fmt, "--out", str(target), "--team", "--database", str(db_path)]) == 0

    assert capsys.readouterr().out.strip() == f"Caseloadlijst opgeslagen in {target}; aantal casussen: 1."
    if fmt == "xlsx":
        assert load_workbook(target).active["B2"].value == "Familie Öztürk-Øster"
    else:
        assert "Caseload van Wijkteam Noord" in pdf_text(target.read_bytes())


def test_a_wrong_case_number_is_refused_by_the_parser(db_path):
    with pytest.raises(SystemExit) as done:
        run(["export", "plan", "nul", "--out", "x.pdf", "--database", str(db_path)])
    assert done.value.code == 2


def test_without_a_registered_worker_the_command_says_what_to_do(empty_db_path, out, capsys):
    code = run(["export", "caseload", "--format", "pdf", "--out", str(out / "c.pdf"), "--database", str(empty_db_path)])
    assert code == 1
    assert "Er is nog niemand aangemeld op deze database" in capsys.readouterr().err


@pytest.fixture
def empty_db_path(db_path):
    return db_path


def test_an_unknown_case_number_is_named_by_the_gezinsregie_command(family, db_path, out, capsys):
    """Not "a colleague may have removed it": the number was typed, and there is no such case."""
    code = main(["export", "plan", "9999", "--out", str(out / "x.pdf"), "--database", str(db_path)],
                gui_launcher=None)

    assert (code, capsys.readouterr().err) == (1, "gezinsregie: Casus 9999 bestaat niet.\n")
    assert list(out.iterdir()) == []
