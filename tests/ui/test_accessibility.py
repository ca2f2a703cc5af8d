"""A screen reader can name every control of every window, and every table column (EN 301 549, 11.5).

Walks the window catalogue (tests/ui/windows.py) on one demo database filled once for the module.
"""
from __future__ import annotations

import pytest

from app.bootstrap import open_database
from tests.ui.a11y_check import copy_database, unnamed, untitled_columns
from tests.ui.windows import ENTRIES, demo_services


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, migrated_template):
    from tests.conftest import TODAY
    from app.clock import FixedClock

    path = copy_database(migrated_template, tmp_path_factory.mktemp("demo") / "demo.db")
    services = demo_services(path, FixedClock(TODAY))
    user = services.ctx.user
    services.close()
    return path, user


@pytest.fixture
def demo(demo_file, tmp_path, clock):
    path, user = demo_file
    services = open_database(copy_database(path, tmp_path / "demo.db"), clock=clock, encryption=None)
    services.ctx.user = user
    yield services
    services.close()


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_every_control_and_column_has_a_name(qtbot, demo, entry):
    window = entry.factory(qtbot, demo).window()
    problems = unnamed(window) + untitled_columns(window)
    assert not problems, "\n".join(problems)
