"""Reassigning the chosen cases to a colleague of the team, with one reason for all of them."""
from __future__ import annotations

from functools import partial

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.services.cases import CaseChange
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog

Reassign = Callable[[int | None, str], list[CaseChange]]  # (new director, reason) -> the changed cases


class ReassignDialog(FormDialog):
    """``colleagues`` are (worker id, name) of the team's active members; ``reassign`` is the service
    call. A conflict (a case changed meanwhile) closes the dialog with ``conflict`` set; nothing moved."""

    def __init__(self, colleagues: Sequence[tuple[int, str]], case_count: int, reassign: Reassign,
                 parent: QWidget | None = None, *, runner: TaskRunner):
        intro = (self.tr("Who takes over this case? The transfer is kept in the case history.") if case_count == 1
                 else self.tr("Who takes over these {count} cases? Each keeps the transfer in its history.").format(
                     count=case_count))
        super().__init__(self.tr("Reassign cases"), runner, intro=intro, parent=parent)
        self._reassign = reassign
        self.director_combo = QComboBox()
        for worker_id, name in colleagues:
            self.director_combo.addItem(name, worker_id)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. worker left, caseload too high, a better match"))
        self.add_field(self.tr("New director"), "director", self.director_combo)
        self.add_field(self.tr("Reason"), "reason", self.reason_edit)
        self.ok_button.setText(self.tr("Reassign"))
        self.reason_edit.setFocus()

    def chosen_name(self) -> str:
        return self.director_combo.currentText()

    def command(self) -> Callable[[], list[CaseChange]]:
        return partial(self._reassign, self.director_combo.currentData(), self.reason_edit.text())
