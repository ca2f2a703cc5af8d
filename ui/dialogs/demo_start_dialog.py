"""First window on the demo database: whom to look around as - its worker, supervisor or administrator.

A supervisor sees Team overview and Reports, which a worker does not; without this choice a new user
would never find them. The dialog takes the demo's people and a sign-in call; it does not touch the
database itself.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QLabel, QLayout, QRadioButton, QVBoxLayout, QWidget,
)

from app.context import CurrentUser
from app.demo.personas import DemoPerson
from app.errors import AppError
from models.enums import Role
from ui.errors import show_error
from ui.widgets.heading import dialog_heading

SignInAs = Callable[[Role], CurrentUser]

CONTEXT = "DemoStartDialog"
ROLE_TEXTS = {
    Role.WORKER: QT_TRANSLATE_NOOP("DemoStartDialog", "{name}, worker: Today, My caseload, Team and the cases"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP(
        "DemoStartDialog", "{name}, supervisor: also Team overview and Reports"),
    Role.ADMIN: QT_TRANSLATE_NOOP(
        "DemoStartDialog", "{name}, administrator: every team, Team overview and Reports"),
}


class DemoStartDialog(QDialog):
    """One radio button per demo person, the worker chosen; Start signs in the chosen one."""

    def __init__(self, people: list[DemoPerson], sign_in: SignInAs, parent: QWidget | None = None):
        super().__init__(parent)
        self._sign_in = sign_in
        self.worker: CurrentUser | None = None
        self.setWindowTitle(self.tr("Gezinsregie demo"))
        self.setMinimumWidth(520)

        heading = dialog_heading(self.tr("Look around in the demo"))
        intro = QLabel(self.tr("This database holds invented demo families. Whom do you start as? Next time "
                               "you can choose again, or start directly with 'gezinsregie --demo --as "
                               "supervisor'."))
        intro.setWordWrap(True)

        self.choices = QButtonGroup(self)
        self.role_buttons: dict[Role, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # the wrapped intro keeps its lines
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        for person in people:
            text = QCoreApplication.translate(CONTEXT, ROLE_TEXTS[person.role]).format(name=person.name)
            button = QRadioButton(text)
            button.setObjectName(f"demoRole_{person.role.value}")
            self.choices.addButton(button)
            self.role_buttons[person.role] = button
            layout.addWidget(button)
        if people:
            self.role_buttons[people[0].role].setChecked(True)

        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.buttons.button(buttons.Ok).setText(self.tr("Start"))
        self.buttons.button(buttons.Ok).setEnabled(bool(people))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

    def chosen_role(self) -> Role | None:
        return next((role for role, button in self.role_buttons.items() if button.isChecked()), None)

    def _on_buttons_accepted(self) -> None:
        role = self.chosen_role()
        if role is None:
            return
        try:
            self.worker = self._sign_in(role)
        except AppError as error:
            show_error(self, error)
            return
        self.accept()
