"""What a screen reader would miss in a window: inputs without a name, views without a name or column titles.

Used by tests/ui/test_accessibility.py over the window catalogue (tests/ui/windows.py).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.bootstrap import open_database
from tests.ui.windows import demo_services
from ui.widgets.accessible import accessible_name, focusable


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return f"{type(widget).__name__}({widget.objectName()!r}) in {type(parent).__name__}({parent.objectName()!r})"


def interactive(window: QWidget) -> list[QWidget]:
    """The visible widgets of ``window`` a user can put the keyboard focus on."""
    return [w for w in window.findChildren(QWidget) if w.isVisible() and not w.isWindow() and focusable(w)]


def unnamed(window: QWidget) -> list[str]:
    """Interactive widgets of ``window`` a screen reader has no name for."""
    return [describe(w) for w in interactive(window) if not accessible_name(w).strip()]


def untitled_columns(window: QWidget) -> list[str]:
    """Tables and trees whose visible columns have no header text (a screen reader reads it per cell)."""
    problems = []
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisible() or isinstance(view, QListView) or view.model() is None:
            continue
        model = view.model()
        for column in range(model.columnCount()):
            if getattr(view, "isColumnHidden", lambda _c: False)(column):
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) or \
                model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if not str(title or "").strip():
                problems.append(f"{describe(view)} column {column} has no title")
    return problems


def copy_database(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


# -- one demo database per test module, copied for each test (filling it takes seconds) -------------

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
