"""The gezinsregie command: demo data, schema commands, the GUI hand-off, and one-line errors."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from app import __main__ as entry
from app.storage import schema
from app.cli import DEMO_ADDED, DEMO_SKIPPED, main
from app.bootstrap import open_database
from app.config import default_database_path
from app.storage.db import make_engine, resolve_target
from app.demo import family_count
from app.i18n import translate

ROOT = Path(__file__).resolve().parents[2]
HEAD = schema.head_revision()
BASE = ScriptDirectory.from_config(schema.alembic_config()).get_base()


class FakeLauncher:
    """Stands in for ui.main.run_gui: records its arguments, starts no Qt."""

    def __init__(self, exit_code: int = 0):
        self.calls: list[tuple[str | None, bool]] = []
        self.exit_code = exit_code

    def __call__(self, database, demo=False):
        self.calls.append((database, demo))
        return self.exit_code


def run(capsys, *argv, launcher=None) -> tuple[int, str, str]:
    code = main(list(argv), gui_launcher=launcher)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, expected_code: int = 1) -> None:
    assert code == expected_code
    assert out == ""
    assert err.startswith("gezinsregie: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err


def families_in(database) -> int:
    """Read through the app: the command line makes encrypted databases (key in the test keyring)."""
    services = open_database(database)
    try:
        return family_count(services)
    finally:
        services.close()


def database_at(path: Path, revision: str) -> Path:
    engine = make_engine(resolve_target(path))
    schema.migrate(engine, revision)
    engine.dispose()
    return path


# --- demo ------------------------------------------------------------------------------------------------

def test_demo_fills_a_database_and_reports_on_one_line(tmp_path, capsys):
    db = tmp_path / "demo.db"

    code, out, err = run(capsys, "demo", "--families", "12", "--seed", "3", "--database", str(db))

    assert code == 0 and err == ""
    assert out.count("\n") == 1 and "12" in out and str(db) in out and "Sanne de Vries" in out
    assert translate("Cli", DEMO_ADDED) != DEMO_ADDED  # printed in Dutch
    assert families_in(db) == 12


def test_the_database_option_may_come_before_the_command(tmp_path, capsys):
    db = tmp_path / "before.db"

    code, _, _ = run(capsys, "--database", str(db), "demo", "--families", "2")

    assert code == 0 and db.exists()


# --- db upgrade / current / check --------------------------------------------------------------------------

def test_demo_database_is_current_and_checks_out(tmp_path, capsys):
    db = str(tmp_path / "demo.db")
    run(capsys, "demo", "--families", "3", "--database", db)

    code, out, err = run(capsys, "db", "current", "--database", db)
    assert code == 0 and err == "" and out.count(HEAD) == 2

    code, out, err = run(capsys, "db", "check", "--database", db)
    assert code == 0 and err == "" and HEAD in out


def test_upgrade_creates_a_new_database_and_is_idempotent(tmp_path, capsys):
    db = str(tmp_path / "new.db")

    first = run(capsys, "db", "upgrade", "--database", db)
    second = run(capsys, "db", "upgrade", "--database", db)

    assert first[0] == second[0] == 0
    assert first[1] != second[1] and HEAD in second[1]
    assert run(capsys, "db", "check", "--database", db)[0] == 0
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new database


@pytest.mark.skipif(BASE == HEAD, reason="needs a second migration")
def test_a_database_behind_fails_the_check_and_is_backed_up_before_upgrade(tmp_path, capsys):
    db = database_at(tmp_path / "old.db", BASE)

    assert_one_line_error(*run(capsys, "db", "check", "--database", str(db)))
    code, out, _ = run(capsys, "db", "current", "--database", str(db))
    assert code == 0 and BASE in out and HEAD in out

    code, out, err = run(capsys, "db", "upgrade", "--database", str(db))

    assert code == 0 and err == ""
    backups = list((tmp_path / "backups").glob("old-before-upgrade-*.db"))
    assert len(backups) == 1 and str(backups[0]) in out
    assert run(capsys, "db", "check", "--database", str(db))[0] == 0


def test_an_empty_database_fails_the_check(tmp_path, capsys):
    db = tmp_path / "empty.db"
    db.touch()

    assert_one_line_error(*run(capsys, "db", "check", "--database", str(db)))
    assert run(capsys, "db", "current", "--database", str(db))[0] == 0


def test_a_database_from_a_newer_version_fails_the_check(tmp_path, capsys):
    db = database_at(tmp_path / "newer.db", "head")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")

    code, out, err = run(capsys, "db", "check", "--database", str(db))

    assert_one_line_error(code, out, err)
    assert "9999" in err
    assert_one_line_error(*run(capsys, "db", "upgrade", "--database", str(db)))


def test_check_and_current_never_create_a_database(tmp_path, capsys):
    missing = tmp_path / "missing.db"

    assert_one_line_error(*run(capsys, "db", "check", "--database", str(missing)))
    assert_one_line_error(*run(capsys, "db", "current", "--database", str(missing)))
    assert not missing.exists()


# --- bad input: one line, non-zero, no traceback -------------------------------------------------------------

def _corrupt(tmp_path: Path) -> str:
    path = tmp_path / "corrupt.db"
    path.write_bytes(os.urandom(4096))
    return str(path)


def _foreign(tmp_path: Path) -> str:
    path = tmp_path / "other-app.storage.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    return str(path)


def _under_a_file(tmp_path: Path) -> str:
    (tmp_path / "a-file").write_text("not a folder")
    return str(tmp_path / "a-file" / "sub" / "gezinsregie.db")


BAD_DATABASES = {
    "directory": lambda tmp: str(tmp),
    "corrupt file": _corrupt,
    "foreign sqlite": _foreign,
    "folder cannot be made": _under_a_file,
    "unknown driver": lambda tmp: "nosuchdriver://host/db",
    "not a url": lambda tmp: "://",
    "unreachable server": lambda tmp: "postgresql://demo:secret@127.0.0.1:1/gezinsregie",
}


@pytest.mark.parametrize("command", [["demo", "--families", "1"], ["db", "upgrade"], ["db", "check"]])
@pytest.mark.parametrize("kind", list(BAD_DATABASES))
def test_a_bad_database_gives_one_line(tmp_path, capsys, kind, command):
    database = BAD_DATABASES[kind](tmp_path)

    code, out, err = run(capsys, *command, "--database", database)

    assert_one_line_error(code, out, err)
    assert "secret" not in err


def test_a_bad_database_for_the_demo_start_gives_one_line_and_no_gui(tmp_path, capsys):
    launcher = FakeLauncher()

    assert_one_line_error(*run(capsys, "--demo", "--database", _corrupt(tmp_path), launcher=launcher))
    assert launcher.calls == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_gives_one_line(tmp_path, capsys):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert_one_line_error(*run(capsys, "demo", "--families", "1", "--database", str(folder / "x.db")))
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("argv", [
    ["demo", "--families", "0"], ["demo", "--families", "-3"], ["demo", "--families", "veertig"],
    ["demo", "--families", "200001"], ["demo", "--seed", "abc"], ["db"], ["db", "downgrade"], ["--bogus"],
    ["--demo", "db", "check"], ["demo", "--families"],
])
def test_a_wrong_command_line_gives_one_line_and_exit_2(capsys, argv):
    assert_one_line_error(*run(capsys, *argv), expected_code=2)


def test_logging_goes_to_stderr_only_with_verbose(tmp_path, capsys):
    quiet = run(capsys, "db", "upgrade", "--database", str(tmp_path / "quiet.db"))
    loud = run(capsys, "db", "upgrade", "-v", "--database", str(tmp_path / "loud.db"))

    assert quiet[2] == ""
    assert "INFO" in loud[2]


def test_version_and_help(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("gezinsregie ")
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "demo" in out and "db" in out


# --- starting the GUI ----------------------------------------------------------------------------------------

def test_without_a_command_the_gui_starts_on_the_chosen_database(tmp_path, capsys):
    launcher = FakeLauncher(exit_code=3)

    assert run(capsys, launcher=launcher)[0] == 3
    assert run(capsys, "--database", "postgresql://host/db", launcher=launcher)[0] == 3

    assert launcher.calls == [(None, False), ("postgresql://host/db", False)]


def test_demo_start_fills_the_default_database_once_then_starts_the_gui(capsys):
    launcher = FakeLauncher()
    default = str(default_database_path())

    first = run(capsys, "--demo", launcher=launcher)
    second = run(capsys, "--demo", launcher=launcher)

    assert first[0] == second[0] == 0
    assert first[1].count("\n") == 1 and "Sanne de Vries" in first[1]
    assert second[1] == translate("Cli", DEMO_SKIPPED).format(database=default) + "\n"

    assert launcher.calls == [(default, True), (default, True)]
    assert families_in(default) == 40


def test_demo_start_leaves_a_database_with_families_alone(tmp_path, capsys):
    db = str(tmp_path / "mine.db")
    run(capsys, "demo", "--families", "2", "--database", db)
    launcher = FakeLauncher()

    assert run(capsys, "--demo", "--database", db, launcher=launcher)[0] == 0

    assert launcher.calls == [(db, True)]
    assert families_in(db) == 2


def test_without_a_launcher_the_gui_path_explains_itself(capsys):
    assert_one_line_error(*run(capsys))


def test_the_entry_point_hands_over_the_desktop_app_lazily(monkeypatch):
    calls = []
    fake_ui = types.ModuleType("ui.main")
    fake_ui.run_gui = lambda database, demo=False, choose_profile=False: calls.append(
        (database, demo, choose_profile)) or 0
    monkeypatch.setitem(sys.modules, "ui.main", fake_ui)

    assert entry.main(["--database", "x.db"]) == 0
    assert entry.main(["--choose-profile"]) == 0

    assert calls == [("x.db", False, False), (None, False, True)]


# --- through a real process ----------------------------------------------------------------------------------

def gezinsregie(*argv: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "GEZINSREGIE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "app", *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_python_dash_m_app_runs_headless_commands_without_loading_qt(tmp_path):
    db = str(tmp_path / "proc.db")

    demo = gezinsregie("demo", "--families", "3", "--database", db, data_dir=tmp_path)
    check = gezinsregie("db", "check", "--database", db, data_dir=tmp_path)
    no_qt = subprocess.run([sys.executable, "-c", "import sys, app.__main__; print('PySide6' in sys.modules)"],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)

    assert demo.returncode == 0 and demo.stderr == "" and demo.stdout.count("\n") == 1
    assert check.returncode == 0 and HEAD in check.stdout
    assert no_qt.stdout.strip() == "False"


def test_python_dash_m_app_reports_a_corrupt_file_in_one_line(tmp_path):
    result = gezinsregie("db", "check", "--database", _corrupt(tmp_path), data_dir=tmp_path)

    assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert "corrupt.db" in result.stderr


# --- admin ---------------------------------------------------------------------------------------------------

def test_admin_commands_on_a_local_file_change_the_worker_rows(tmp_path, capsys):
    """Roles, deactivation and reactivation of users (the central database: tests/postgres/test_provisioning.py)."""
    db = str(tmp_path / "team.db")
    assert run(capsys, "db", "upgrade", "--database", db)[0] == 0
    assert run(capsys, "admin", "create-team", "Noord", "--database", db)[0] == 0
    assert run(capsys, "admin", "create-user", "petra", "--name", "Petra", "--role", "worker", "--team", "Noord",
               "--database", db)[0] == 0

    assert run(capsys, "admin", "set-role", "petra", "supervisor", "--database", db)[0] == 0
    code, out, _ = run(capsys, "admin", "deactivate-user", "petra", "--database", db)
    assert code == 0 and "petra" in out
    assert run(capsys, "admin", "list-users", "--database", db)[1].split("\t")[2:4] == ["supervisor", "inactief"]
    assert_one_line_error(*run(capsys, "admin", "deactivate-user", "petra", "--database", db))
    assert_one_line_error(*run(capsys, "admin", "reset-password", "petra", "--database", db))  # no passwords here
    assert run(capsys, "admin", "reactivate-user", "petra", "--database", db)[0] == 0
    assert run(capsys, "admin", "list-users", "--database", db)[1].split("\t")[3] == "actief"
    assert_one_line_error(*run(capsys, "admin", "set-role", "nobody", "admin", "--database", db))
