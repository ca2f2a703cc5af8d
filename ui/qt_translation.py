"""Qt's own texts in Dutch: the file dialog, message-box buttons, the context menus of text fields.

Qt ships its Dutch catalogue (``qtbase_nl.qm``) in the PySide6 wheel; it is found through
``QLibraryInfo`` and, where a frozen or relocated install has no ``qt.conf``, next to the PySide6
package. That catalogue lags behind the widgets: Qt 6 renamed some texts (``&Look in:`` instead of
``Look in:``), so they stayed English. The texts below are those gaps; marked here, they land in our
own ``.ts`` under Qt's context names, and our translator answers where Qt's has nothing.
"""
from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

QT_CATALOGUE = "qtbase"

# Texts of Qt 6's widgets that qtbase_nl.qm (as shipped with PySide6) does not translate.
MISSING_FROM_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def qt_translation_folders() -> list[Path]:
    """Where Qt's .qm files may be: Qt's own idea first, then the PySide6 package's folder."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        with resources.as_file(resources.files("PySide6").joinpath("Qt", "translations")) as path:
            folders.append(Path(path))
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - PySide6 is always there
        pass
    return folders


def qt_translator(app: QCoreApplication, locale: QLocale) -> QTranslator | None:
    """Qt's own catalogue for ``locale``, or None (logged) when no folder holds it."""
    translator = QTranslator(app)
    for folder in qt_translation_folders():
        if translator.load(locale, QT_CATALOGUE, "_", str(folder)):
            return translator
    log.warning("Qt's translation %s for %s not found", QT_CATALOGUE, locale.name())
    return None
