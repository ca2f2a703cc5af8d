"""Help > Keyboard shortcuts: every key that does something, built from the action registry (ui/actions.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ui.actions import CASE_KEYS, FORM_KEYS, AppActions, KeyHint, key_text
from ui.widgets.heading import heading
from ui.widgets.screen_fit import resize_to_screen


class ShortcutsDialog(QDialog):
    """Three groups: the main window (its actions, as bound), the case window, and every form."""

    def __init__(self, actions: AppActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        main = [(a.text().replace("&", "").rstrip("…"), a.shortcut().toString(a.shortcut().SequenceFormat.NativeText))
                for a in actions.menu_actions()]
        self._group(self.tr("Main window"), main)
        self._group(self.tr("Case window"), [self._row(hint) for hint in CASE_KEYS.values()])
        self._group(self.tr("Every form and list"), [self._row(hint) for hint in FORM_KEYS])
        self.tree.expandAll()
        self.tree.setWordWrap(True)  # long descriptions wrap; the keys always show in full
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(heading(self.tr("Keyboard shortcuts"), 1.2, "dialogHeading"))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 640, 620)

    @staticmethod
    def _row(hint: KeyHint) -> tuple[str, str]:
        return key_text(hint.what), hint.keys_text()

    def _group(self, title: str, rows: list[tuple[str, str]]) -> None:
        group = QTreeWidgetItem(self.tree, [title, ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        for what, keys in rows:
            QTreeWidgetItem(group, [what, keys])

    def rows(self) -> list[tuple[str, str]]:
        """(what, keys) of every shortcut listed (for tests)."""
        return [(group.child(n).text(0), group.child(n).text(1)) for group in
                (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
                for n in range(group.childCount())]
