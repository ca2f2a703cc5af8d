"""Pieces every page shares: its title and description, the empty-state box, the scope toggle."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.heading import heading

PAGE_MARGINS = (24, 20, 24, 16)


def page_title(text: str) -> QLabel:
    return heading(text, 1.6, "pageTitle")


def page_description(text: str) -> QLabel:
    description = QLabel(text)
    description.setObjectName("pageDescription")
    description.setWordWrap(True)
    return description


def empty_state() -> QLabel:
    """The calm box shown instead of an empty list."""
    box = QLabel()
    box.setObjectName("emptyState")
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    box.setWordWrap(True)
    return box


def page_layout(page: QWidget, title: QLabel, description: QLabel, *, beside_title: QWidget | None = None
                ) -> QVBoxLayout:
    """The page's column: title (with a page-wide action ``beside_title`` on the right), description and
    a little air; the caller adds the rest."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(8)
    if beside_title is None:
        layout.addWidget(title)
    else:
        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(beside_title, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
    layout.addWidget(description)
    layout.addSpacing(8)
    return layout


class ScopeToggle(QWidget):
    """"My cases | Whole team": two joined buttons; ``team`` says which is chosen."""

    scope_changed = Signal(bool)  # True: the whole team

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mine_button = QPushButton(self.tr("My cases"))
        self.team_button = QPushButton(self.tr("Whole team"))
        self.mine_button.setObjectName("scopeLeft")
        self.team_button.setObjectName("scopeRight")
        self._group = QButtonGroup(self)
        for button in (self.mine_button, self.team_button):
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self._group.addButton(button)
        self.mine_button.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.mine_button)
        row.addWidget(self.team_button)
        self.team_button.toggled.connect(self._on_team_button_toggled)

    @property
    def team(self) -> bool:
        return self.team_button.isChecked()

    def _on_team_button_toggled(self, checked: bool) -> None:
        self.scope_changed.emit(checked)
