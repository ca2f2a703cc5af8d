"""A municipality from the shipped CBS list: the team's own first, then every other one; type to find.

The combo is editable with a completer that matches anywhere in "Purmerend (0439)", so typing a part
of a name or the code finds it. :meth:`MunicipalityCombo.code` reads the choice back as its CBS code;
text that names no municipality is handed on as typed, for the service to refuse at the field.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.municipalities import Municipality, municipalities


class MunicipalityCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.lineEdit().setPlaceholderText(self.tr("Type a name or CBS code"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.fill(())

    def fill(self, own: Sequence[Municipality], current: str | None = None) -> None:
        """``own`` (the team's, its default first) above every other municipality; selects ``current``,
        else the first of ``own``, else nothing."""
        self.clear()
        first = {m.code for m in own}
        for m in (*own, *(m for m in municipalities().values() if m.code not in first)):
            self.addItem(m.label, m.code)
            if len(first) and self.count() == len(first):
                self.insertSeparator(self.count())
        self.select(current if current is not None else (own[0].code if own else None))

    def select(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def code(self) -> str | None:
        """The chosen municipality's CBS code; None when empty; unknown text as typed."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.itemData(index):
            return self.itemData(index)
        by_name = {m.name.casefold(): m.code for m in municipalities().values()}
        return by_name.get(text.casefold(), text)
