"""The weights of the weighted caseload, for supervisors: one field each, checked at the field, and a
way back to the defaults."""
from __future__ import annotations

from functools import partial

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from app.queries.team_overview import CaseloadWeights
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.formatting import format_number

SaveWeights = Callable[[CaseloadWeights], CaseloadWeights]


class WeightsDialog(FormDialog):
    """Numbers are typed with a comma or a point; the service checks each range."""

    def __init__(self, current: CaseloadWeights, save: SaveWeights, parent: QWidget | None = None, *,
                 runner: TaskRunner):
        super().__init__(self.tr("Caseload weights"), runner, intro=self.tr(
            "A case counts as its status weight times its priority factor, plus its complexity: for each "
            "involvement in segment B or C that has not ended, and once for samenregie or direction elsewhere."),
            parent=parent)
        self._save = save
        self.edits: dict[str, QLineEdit] = {}
        titles = {
            "intake": self.tr("Case in intake"), "active": self.tr("Active case"),
            "waakvlam": self.tr("Case in waakvlam"), "high_priority": self.tr("Factor for high priority"),
            "segment_b": self.tr("Per involvement in segment B"), "segment_c": self.tr("Per involvement in segment C"),
            "shared_direction": self.tr("Samenregie or direction elsewhere"),
            "overload_threshold": self.tr("Overloaded from (weighted)"),
        }
        for f in fields(CaseloadWeights):
            edit = QLineEdit()
            edit.setMaximumWidth(120)
            self.edits[f.name] = edit
            self.add_field(titles[f.name], f.name, edit)
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.buttons.addButton(self.defaults_button, self.buttons.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self.show_weights(current)

    def show_weights(self, weights: CaseloadWeights) -> None:
        for name, edit in self.edits.items():
            edit.setText(format_number(getattr(weights, name)))  # exactly: saving unchanged changes nothing

    def _on_defaults_button_clicked(self) -> None:
        self.show_weights(CaseloadWeights())

    def _values(self) -> dict[str, float | None]:
        values: dict[str, float | None] = {}
        for name, edit in self.edits.items():
            try:
                values[name] = float(edit.text().strip().replace(",", "."))
            except ValueError:
                values[name] = None
        return values

    def check_locally(self) -> bool:
        unreadable = [name for name, value in self._values().items() if value is None]
        for name in unreadable:
            self.field_errors[name].show_message(self.tr("Enter a number, e.g. 1,5."))
        return not unreadable

    def command(self) -> Callable[[], CaseloadWeights]:
        return partial(self._save, CaseloadWeights(**self._values()))
