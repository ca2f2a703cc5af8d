"""Composition root of the ``gezinsregie`` command (and ``python -m app``): the CLI, with the GUI handed in.

The desktop app (and so Qt) is imported only when the window is wanted; headless commands stay light.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import NO_GUI, CliError
from app.cli import main as cli_main


def launch_gui(database: str | None, demo: bool = False, choose_profile: bool = False, **options) -> int:
    """``options``: ``sign_in_as`` (a Role) starts the demo as its worker, supervisor or administrator."""
    try:
        from ui.main import run_gui
    except ImportError as exc:  # e.g. an installation without Qt
        raise CliError(NO_GUI, reason=str(exc)) from None
    return run_gui(database, demo=demo, choose_profile=choose_profile, **options)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, gui_launcher=launch_gui)


if __name__ == "__main__":
    sys.exit(main())
