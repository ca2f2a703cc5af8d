"""Revision 0004's module, for the later revisions that build on its role prefix and table lists.

Revision files have dated names that cannot be imported as modules; loading 0004 here keeps its lists
the one source instead of a copy per revision.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

FILE = Path(__file__).with_name("versions") / "20261122_0004_central_roles_row_security.py"


def rls_0004() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gezinsregie_migration_0004", FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
