"""The house rules that keep the code livable: ui -> app -> models, one way; no Qt below ui."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violations(package: str, forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()) -> list[str]:
    found = []
    for path in (ROOT / package).rglob("*.py"):
        if path.name == "__main__.py" and package == "app":
            continue  # the composition root hands the GUI launcher to the CLI
        for name in _imports(path):
            if name.startswith(forbidden) and not name.startswith(allowed):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_models_import_neither_app_nor_ui_nor_qt():
    assert _violations("models", ("app", "ui", "PySide6")) == []


def test_app_imports_no_ui_and_no_qt():
    assert _violations("app", ("ui", "PySide6", "shiboken6")) == []


def test_ui_reaches_the_database_only_through_app():
    assert _violations("ui", ("sqlalchemy", "alembic", "models"), allowed=("models.enums",)) == []


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
