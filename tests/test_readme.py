"""The README's two commands stay true: CI runs the test command verbatim, the start command is real."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S).group(1)
    return [line for line in block.splitlines() if line and not line.startswith("#")]


def test_readme_opens_with_two_commands():
    start, tests = _readme_commands()
    assert start.endswith("gezinsregie --demo")
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command():
    _, tests = _readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


def test_the_start_command_names_the_installed_entry_point():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["gezinsregie"] == "app.__main__:main"


def test_the_readme_names_the_system_libraries_ci_installs():
    """The libraries a new user installs are the ones CI proves enough (``QT_LIBRARIES`` in .ci/run)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sentence = re.search(r"on a bare Debian/Ubuntu server install(.*?)first", readme, re.S).group(1)
    named = set(re.findall(r"lib[a-z0-9.+-]*[a-z0-9]", " ".join(re.findall(r"`([^`]*)`", sentence))))
    ci = re.search(r'QT_LIBRARIES="([^"]*)"', (ROOT / ".ci" / "run").read_text(encoding="utf-8")).group(1)
    assert named == set(ci.split())
