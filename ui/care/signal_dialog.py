"""Raising a signal about a provider to its account holder, from the help in a case. The note stays with
the case's team: the account holder sees only the kind, the date, the team and a count."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtWidgets import QWidget

from app.queries.accounts import CaseSignalRow
from app.queries.involvements import InvolvementDTO
from app.services.accounts import SignalInput
from models.enums import SignalKind
from ui.care.forms import text_edit
from ui.labels.care import care_combo
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.enum_combo import current_enum
from ui.widgets.form_dialog import FormDialog


class SignalDialog(FormDialog):
    """Kind, date and a note for the team; ``raise_signal(SignalInput)`` is the service call."""

    def __init__(self, inv: InvolvementDTO, raise_signal: Callable[[SignalInput], CaseSignalRow], *, today: date,
                 runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Signal to the account holder"), runner, intro=self.tr(
            "A signal about {provider} to its account holder, who follows up with the provider. The account holder "
            "sees the kind, the date and your team - not this family or your note.").format(
            provider=inv.provider_name), parent=parent)
        self._inv, self._raise = inv, raise_signal
        self.kind_combo = care_combo(SignalKind, self.tr("Choose what is wrong…"))
        self.date_edit = DateLineEdit(today, today=today)
        self.note_edit = text_edit(self.tr("For your team only: what happened"), 3)
        self.add_field(self.tr("Signal"), "kind", self.kind_combo)
        self.add_field(self.tr("Date"), "raised_on", self.date_edit)
        self.add_field(self.tr("Note for the team"), "note", self.note_edit)

    def command(self) -> Callable[[], CaseSignalRow]:
        return partial(self._raise, SignalInput(self._inv.provider_id, current_enum(self.kind_combo, SignalKind),
                                                self.date_edit.date(), self._inv.id, self.note_edit.toPlainText()))
