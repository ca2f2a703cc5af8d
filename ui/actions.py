"""The application's actions in one place, with their shortcuts; menus and toolbars reuse them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class AppActions:
    """Created by the main window; each action is connected there to what it does."""

    def __init__(self, parent: QWidget):
        self.quit = QAction(QCoreApplication.translate("AppActions", "&Quit"), parent)
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about = QAction(QCoreApplication.translate("AppActions", "&About Gezinsregie"), parent)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
