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
        self.new_family = QAction(QCoreApplication.translate("AppActions", "&New family…"), parent)
        self.new_family.setShortcut(QKeySequence.StandardKey.New)
        self.new_family.setToolTip(QCoreApplication.translate(
            "AppActions", "Take in a new family (a duplicate check comes first)"))
        self.find_family = QAction(QCoreApplication.translate("AppActions", "&Find family…"), parent)
        self.find_family.setShortcut(QKeySequence.StandardKey.Find)
        self.find_family.setToolTip(QCoreApplication.translate(
            "AppActions", "Find a family of your teams by name, BSN or date of birth"))
        self.refresh = QAction(QCoreApplication.translate("AppActions", "&Refresh"), parent)
        self.refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh.setToolTip(QCoreApplication.translate("AppActions", "Load the current page again"))
        self.export_caseload = QAction(QCoreApplication.translate("AppActions", "My &caseload as PDF or Excel…"), parent)
        self.export_team_caseload = QAction(
            QCoreApplication.translate("AppActions", "&Team caseload as PDF or Excel…"), parent)
        self.export_all_plans = QAction(QCoreApplication.translate("AppActions", "&All my family plans as PDF…"), parent)
        self.restore_backup = QAction(QCoreApplication.translate("AppActions", "&Restore a backup…"), parent)
        self.choose_connection = QAction(QCoreApplication.translate("AppActions", "&Choose database…"), parent)
        self.choose_connection.setToolTip(QCoreApplication.translate(
            "AppActions", "Work in another database: this computer's, or a central one of the team or region"))
        self.access_log = QAction(QCoreApplication.translate("AppActions", "&Access log…"), parent)
        self.access_log.setToolTip(QCoreApplication.translate(
            "AppActions", "Who looked at a family's file, or what a colleague looked at (supervisors)"))
        self.about = QAction(QCoreApplication.translate("AppActions", "&About Gezinsregie"), parent)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
