"""Starting the app from the command line: whom the demo starts as (--as), and no screen said in Dutch first."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bootstrap import open_database
from app.cli import main
from app.demo import fill_demo
from app.demo.personas import DEMO_KEY, demo_people, is_demo, sign_in_as
from app.display import has_display
from models import LocalSetting
from models.enums import Role

ROOT = Path(__file__).resolve().parents[2]


class Launcher:
    def __init__(self):
        self.calls = []

    def __call__(self, database, demo=False, **options):
        self.calls.append((database, demo, options))
        return 0


def run(capsys, *argv, launcher=None):
    code = main(list(argv), gui_launcher=launcher)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_as_supervisor_fills_the_demo_and_hands_the_role_to_the_app(tmp_path, capsys):
    db, launcher = str(tmp_path / "demo.db"), Launcher()

    assert run(capsys, "--demo", "--as", "supervisor", "--database", db, launcher=launcher)[0] == 0

    assert launcher.calls == [(db, True, {"sign_in_as": Role.SUPERVISOR})]
    services = open_database(db)
    try:
        assert is_demo(services)
        assert sign_in_as(services, Role.SUPERVISOR).role is Role.SUPERVISOR
        assert services.workers.local_worker().name == "Sanne de Vries"  # the registered worker stays
    finally:
        services.close()


@pytest.mark.parametrize("argv", [["--as", "supervisor"], ["--demo", "--as", "baas"]])
def test_a_wrong_as_is_a_usage_error_in_dutch(tmp_path, capsys, argv):
    launcher = Launcher()

    code, out, err = run(capsys, *argv, "--database", str(tmp_path / "x.db"), launcher=launcher)

    assert code == 2 and out == "" and err.count("\n") == 1 and "--as" in err
    assert "--demo" in err or "supervisor" in err
    assert launcher.calls == [] and not (tmp_path / "x.db").exists()


def test_a_real_local_database_cannot_be_entered_as_someone_else(tmp_path, capsys):
    db = tmp_path / "echt.db"
    services = open_database(db)
    try:
        services.workers.register_local_worker("Fatma Demir", "Wijkteam Noord")
        fill_demo(services, 1)  # families, but ...
        with services.ctx.uow() as uow:  # ... not a demo (as a database filled before this version)
            uow.session.delete(uow.session.get(LocalSetting, DEMO_KEY))
            uow.commit()
    finally:
        services.close()
    launcher = Launcher()

    code, out, err = run(capsys, "--demo", "--as", "admin", "--database", str(db), launcher=launcher)

    assert code == 1 and launcher.calls == []
    assert err.startswith("gezinsregie: Deze database bevat geen demo")
    services = open_database(db)
    try:
        assert services.workers.local_worker().name == "Fatma Demir"
        assert not is_demo(services)
    finally:
        services.close()


def test_the_demo_names_its_worker_supervisor_and_administrator(services):
    fill_demo(services, 2)

    people = demo_people(services)

    assert [(p.role, p.name) for p in people] == [
        (Role.WORKER, "Sanne de Vries"), (Role.SUPERVISOR, "Marieke Hoekstra"), (Role.ADMIN, "Ellen Schouten")]


# --- no screen -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("env, platform, expected", [
    ({}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", False),
    ({"DISPLAY": ":0"}, "linux", True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, "linux", True),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "freebsd14", True),
    ({}, "win32", True),
    ({}, "darwin", True),
])
def test_has_display_reads_what_qt_reads(env, platform, expected):
    assert has_display(env, platform) is expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is how Linux says there is a screen")
def test_without_a_screen_the_app_says_so_in_dutch_before_touching_the_database(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(GEZINSREGIE_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    db = tmp_path / "demo.db"

    result = subprocess.run([sys.executable, "-m", "app", "--demo", "--database", str(db)], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)

    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("gezinsregie: Gezinsregie heeft een beeldscherm nodig")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr and "qt.qpa" not in result.stderr
    assert not db.exists()
    assert not any((tmp_path / "data").rglob("*.db"))
