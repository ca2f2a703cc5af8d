"""First start on a local database: who works here, and in which team."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.context import CurrentUser
from app.errors import AppError, ValidationError
from ui.errors import show_error, show_field_errors
from ui.widgets.field_error_label import FieldErrorLabel, with_error
from ui.widgets.heading import dialog_heading
from ui.widgets.municipality_combo import MunicipalityCombo

RegisterWorker = Callable[..., CurrentUser]  # (name, team, municipality_code=...) -> the registered worker


class FirstStartDialog(QDialog):
    """Asks the worker's name and team and hands them to ``register``.

    The dialog does not touch the database itself: ``register`` (the service call) either returns the
    registered worker, or raises a ValidationError whose messages appear under the fields while the
    typed text stays.
    """

    def __init__(self, team_names: list[str], register: RegisterWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._register = register
        self.worker: CurrentUser | None = None
        self.setWindowTitle(self.tr("Welcome to Gezinsregie"))
        self.setMinimumWidth(500)

        heading = dialog_heading(self.tr("Welcome to Gezinsregie"))
        intro = QLabel(self.tr("Who is working on this computer? Your name is recorded with every change "
                               "you make, so colleagues know whom to ask."))
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("First name and surname"))
        self.name_error = FieldErrorLabel(self.name_edit)

        self.team_combo = QComboBox()
        self.team_combo.setObjectName("teamCombo")
        self.team_combo.setEditable(True)
        self.team_combo.addItems(team_names)
        self.team_combo.setCurrentIndex(0 if team_names else -1)
        self.team_combo.lineEdit().setPlaceholderText(self.tr("For example: Wijkteam Noord"))
        self.team_error = FieldErrorLabel(self.team_combo)
        self.municipality_combo = MunicipalityCombo()
        self.municipality_combo.setToolTip(self.tr(
            "The municipality your team works for: proposed for every new family (optional)"))
        self.municipality_error = FieldErrorLabel(self.municipality_combo)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Your name"), with_error(self.name_edit, self.name_error))
        form.addRow(self.tr("Your team"), with_error(self.team_combo, self.team_error))
        form.addRow(self.tr("Its municipality"), with_error(self.municipality_combo, self.municipality_error))

        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.buttons.button(buttons.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.team_combo.editTextChanged.connect(self._on_team_combo_edit_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def _on_name_edit_text_edited(self, _text: str) -> None:
        self.name_error.clear_message()

    def _on_team_combo_edit_text_changed(self, _text: str) -> None:
        self.team_error.clear_message()

    def _on_buttons_accepted(self) -> None:
        fields = {"name": self.name_error, "team": self.team_error, "municipality": self.municipality_error}
        try:
            worker = self._register(self.name_edit.text(), self.team_combo.currentText(),
                                    municipality_code=self.municipality_combo.code())
        except ValidationError as error:
            unplaced = show_field_errors(error, fields)
            if unplaced:
                show_error(self, error)
            return
        except AppError as error:
            show_error(self, error)
            return
        self.worker = worker
        self.accept()
