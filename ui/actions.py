"""The application's actions in one place, with their shortcuts; menus and toolbars reuse them.

Shortcuts follow the platform (``QKeySequence.StandardKey``) where it has one. The keys of the case
window (:data:`CASE_KEYS`) and of every form (:data:`FORM_KEYS`) are declared here as well, so the
"Keyboard shortcuts" dialog (:mod:`ui.dialogs.shortcuts_dialog`) lists exactly what is bound.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

CONTEXT = "AppActions"
PAGE_KEYS = 9  # Ctrl+1 .. Ctrl+9 go to the main window's pages, and to the case window's tabs


class KeyHint(NamedTuple):
    """A shortcut bound outside the main window's menus: what it does (source text) and its keys (a standard
    key or a portable string; made into a QKeySequence only when asked, as that needs the application);
    ``shown`` (source text) replaces the keys where they are a family ("Ctrl+1 … Ctrl+7")."""
    what: str
    spec: QKeySequence.StandardKey | str
    shown: str = ""

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.spec)

    def keys_text(self) -> str:
        if self.shown:
            return QCoreApplication.translate(CONTEXT, self.shown)
        return self.sequence().toString(QKeySequence.SequenceFormat.NativeText)


_key = KeyHint

CASE_KEYS = {
    "print": _key(QT_TRANSLATE_NOOP("AppActions", "Preview, print or save the family plan as PDF"),
                  QKeySequence.StandardKey.Print),
    "save": _key(QT_TRANSLATE_NOOP("AppActions", "Save the family plan"), QKeySequence.StandardKey.Save),
    "next_tab": _key(QT_TRANSLATE_NOOP("AppActions", "Next tab"), QKeySequence.StandardKey.NextChild),
    "previous_tab": _key(QT_TRANSLATE_NOOP("AppActions", "Previous tab"), QKeySequence.StandardKey.PreviousChild),
    "tab": _key(QT_TRANSLATE_NOOP("AppActions", "Go to a tab (Family … History)"), "Ctrl+1",
                QT_TRANSLATE_NOOP("AppActions", "Ctrl+1 … Ctrl+7")),
    "save_entry": _key(QT_TRANSLATE_NOOP("AppActions", "Save the journal entry"), "Ctrl+Return"),
    "close": _key(QT_TRANSLATE_NOOP("AppActions", "Close the case window"), QKeySequence.StandardKey.Close),
}
FORM_KEYS = (
    _key(QT_TRANSLATE_NOOP("AppActions", "Next field or button"), "Tab"),
    _key(QT_TRANSLATE_NOOP("AppActions", "Previous field or button"), "Shift+Tab"),
    _key(QT_TRANSLATE_NOOP("AppActions", "Jump to the field of a label, or press a button"), "Alt+A",
         QT_TRANSLATE_NOOP("AppActions", "Alt + underlined letter")),
    _key(QT_TRANSLATE_NOOP("AppActions", "Press the button, tick the box"), "Space"),
    _key(QT_TRANSLATE_NOOP("AppActions", "Open the chosen case, or save a form"), "Return"),
    _key(QT_TRANSLATE_NOOP("AppActions", "Cancel or close a dialog (asks before typed text is lost)"), "Esc"),
    _key(QT_TRANSLATE_NOOP("AppActions", "Open a date field's calendar"), "Alt+Down"),
)


def key_text(what: str) -> str:
    return QCoreApplication.translate(CONTEXT, what)


class AppActions:
    """Created by the main window; each action is connected there to what it does."""

    def __init__(self, parent: QWidget):
        self.quit = QAction(QCoreApplication.translate("AppActions", "&Quit"), parent)
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
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
        self.retention = QAction(QCoreApplication.translate("AppActions", "&Retention and destruction…"), parent)
        self.retention.setToolTip(QCoreApplication.translate(
            "AppActions", "Files past their retention period, destruction by two administrators (administrators)"))
        self.my_details = QAction(QCoreApplication.translate("AppActions", "&My details…"), parent)
        self.my_details.setToolTip(QCoreApplication.translate(
            "AppActions", "Your phone and e-mail, printed on the family plans you direct"))
        self.directory = QAction(QCoreApplication.translate("AppActions", "&Workers and teams…"), parent)
        self.directory.setToolTip(QCoreApplication.translate(
            "AppActions", "Phone, e-mail and municipalities of workers and teams (administrators)"))
        self.about = QAction(QCoreApplication.translate("AppActions", "&About Gezinsregie"), parent)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.keyboard_shortcuts = QAction(QCoreApplication.translate("AppActions", "&Keyboard shortcuts"), parent)
        self.keyboard_shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.keyboard_shortcuts.setToolTip(QCoreApplication.translate(
            "AppActions", "Every key that does something in Gezinsregie"))
        self.pages: list[QAction] = []  # "go to page n", added by the main window with its navigation

    def add_page(self, title: str, parent: QWidget) -> QAction:
        """An action that shows the main window's next page, on Ctrl+1, Ctrl+2, ..."""
        action = QAction(QCoreApplication.translate("AppActions", "Go to {page}").format(page=title), parent)
        if len(self.pages) < PAGE_KEYS:
            action.setShortcut(QKeySequence(f"Ctrl+{len(self.pages) + 1}"))
        self.pages.append(action)
        parent.addAction(action)
        return action

    def menu_actions(self) -> list[QAction]:
        """Every action with a shortcut, in the order the shortcuts dialog lists them."""
        actions = [self.new_family, self.find_family, self.refresh, *self.pages, self.keyboard_shortcuts,
                   self.quit]
        return [a for a in actions if not a.shortcut().isEmpty()]
