"""Icons from resources/icons, found through importlib.resources so they work installed and frozen."""
from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon


def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg``; an empty icon if it is missing."""
    path = resources.files("resources.icons").joinpath(f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
