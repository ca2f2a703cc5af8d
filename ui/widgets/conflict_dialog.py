"""When a colleague saved the same record first: show both versions and let the user choose.

Never a silent overwrite. The dialog only shows plain texts and returns a choice; the caller
re-saves, takes the colleague's values or keeps editing.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from ui.widgets.screen_fit import minimum_within_screen


@dataclass(frozen=True)
class ConflictRow:
    """One field that differs: its label, the user's unsaved value and the colleague's saved value."""

    label: str
    mine: str
    theirs: str


class ConflictChoice(Enum):
    KEEP_MINE = "keep_mine"        # save my values over the colleague's
    TAKE_THEIRS = "take_theirs"    # drop my values for these fields
    CANCEL = "cancel"              # nothing saved; go on editing


class ConflictDialog(QDialog):
    """"Your version" next to "Colleague's version", field by field, with three ways out."""

    def __init__(self, rows: Sequence[ConflictRow], parent: QWidget | None = None, *, intro: str | None = None):
        super().__init__(parent)
        self.choice = ConflictChoice.CANCEL
        self.setWindowTitle(self.tr("A colleague saved this too"))
        minimum_within_screen(self, 880)

        heading = QLabel(self.tr("A colleague saved this too"))
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(heading_font)
        intro_label = QLabel(intro or self.tr(
            "While you were working, a colleague saved a different version. Nothing has been overwritten. "
            "Compare both versions and choose which one to keep."))
        intro_label.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._column_heading(self.tr("Your version")), 0, 1)
        grid.addWidget(self._column_heading(self.tr("Colleague's version")), 0, 2)
        self.mine_views: list[QPlainTextEdit] = []
        self.theirs_views: list[QPlainTextEdit] = []
        for i, row in enumerate(rows, start=1):
            name = QLabel(row.label)
            name.setWordWrap(True)
            name.setMinimumWidth(120)
            grid.addWidget(name, i, 0, Qt.AlignmentFlag.AlignTop)
            mine, theirs = self._view(row.mine), self._view(row.theirs)
            mine.setAccessibleName(self.tr("Your version: {field}").format(field=row.label))
            theirs.setAccessibleName(self.tr("Colleague's version: {field}").format(field=row.label))
            self.mine_views.append(mine)
            self.theirs_views.append(theirs)
            grid.addWidget(mine, i, 1)
            grid.addWidget(theirs, i, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        content = QWidget()
        content.setLayout(grid)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

        self.keep_mine_button = QPushButton(self.tr("Keep my text and overwrite"))
        self.take_theirs_button = QPushButton(self.tr("Take colleague's version"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.take_theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.keep_mine_button.clicked.connect(self._on_keep_mine_button_clicked)
        self.take_theirs_button.clicked.connect(self._on_take_theirs_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _column_heading(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    @staticmethod
    def _view(text: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        lines = max(3, min(10, text.count("\n") + 1 + len(text) // 40))
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * lines + 24)
        return view

    def _on_keep_mine_button_clicked(self) -> None:
        self.choice = ConflictChoice.KEEP_MINE
        self.accept()

    def _on_take_theirs_button_clicked(self) -> None:
        self.choice = ConflictChoice.TAKE_THEIRS
        self.accept()


def ask_conflict_choice(rows: Sequence[ConflictRow], parent: QWidget | None = None) -> ConflictChoice:
    """Shows the dialog modally and returns what the user chose (Cancel when closed)."""
    dialog = ConflictDialog(rows, parent)
    dialog.exec()
    return dialog.choice
