"""The steps in directing a case: who directs it, transfer, priority, closing and reopening, each with its reason."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.queries.case_view import DirectionHolder
from app.services.aftercare_inputs import AftercareInput
from app.services.cases import CaseChange, DirectionInput
from app.services.workers import WorkerRow
from models.enums import CloseReason, DirectionMode, Priority, PriorityReason
from ui.care.aftercare_fields import AftercareFields
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.form_dialog import FormDialog
from ui.widgets.enum_combo import current_enum, enum_combo, select_enum


def _note_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(96)
    edit.setTabChangesFocus(True)
    return edit


class TransferDialog(FormDialog):
    """Hands the direction to a colleague of the team; ``transfer(worker_id, reason)`` is the service call."""

    def __init__(self, colleagues: list[WorkerRow], current_director: str,
                 transfer: Callable[[int, str], CaseChange], parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Transfer case"), runner, intro=self.tr(
            "{name} now directs this case. Who takes over? The transfer is kept in the case history.").format(
            name=current_director), parent=parent)
        self._transfer = transfer
        self.director_combo = QComboBox()
        for worker in colleagues:
            self.director_combo.addItem(worker.name, worker.id)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. leave, caseload, a better match"))
        self.add_field(self.tr("New director"), "director", self.director_combo)
        self.add_field(self.tr("Reason"), "reason", self.reason_edit)
        self.ok_button.setText(self.tr("Transfer"))
        self.reason_edit.setFocus()

    def command(self) -> Callable[[], CaseChange]:
        return partial(self._transfer, self.director_combo.currentData(), self.reason_edit.text())


class PriorityDialog(FormDialog):
    """Normal or high priority; high needs a reason so the team sees why the case comes first."""

    def __init__(self, priority: Priority, reason: PriorityReason | None,
                 set_priority: Callable[[Priority, PriorityReason | None],
                                        CaseChange], parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Priority"), runner, intro=self.tr(
            "Cases with high priority get the team's time first: safety, crisis, several providers."), parent=parent)
        self._set_priority = set_priority
        self.priority_combo = enum_combo(Priority)
        self.reason_combo = enum_combo(PriorityReason)
        select_enum(self.priority_combo, priority)
        select_enum(self.reason_combo, reason)
        self.add_field(self.tr("Priority"), "priority", self.priority_combo)
        self.add_field(self.tr("Reason"), "priority_reason", self.reason_combo)
        self.priority_combo.currentIndexChanged.connect(self._on_priority_combo_current_index_changed)
        self._on_priority_combo_current_index_changed()

    def _on_priority_combo_current_index_changed(self, *_args) -> None:
        self.reason_combo.setEnabled(current_enum(self.priority_combo, Priority) is Priority.HIGH)

    def command(self) -> Callable[[], CaseChange]:
        priority = current_enum(self.priority_combo, Priority)
        reason = current_enum(self.reason_combo, PriorityReason) if priority is Priority.HIGH else None
        return partial(self._set_priority, priority, reason)


class CloseCaseDialog(FormDialog):
    """Closes the case with a reason and a note, and how aftercare is secured in the family's own network or
    with a free-access service (or why none is needed); it stays readable and can be reopened.
    ``close(reason, note, aftercare)`` is the service call."""

    def __init__(self, close: Callable[[CloseReason, str, AftercareInput], CaseChange],
                 parent: QWidget | None = None, *, runner: TaskRunner, network: Sequence[str] = ()):
        super().__init__(self.tr("Close case"), runner, intro=self.tr(
            "Who in the family's own network or which free-access service carries on, and what do they do? "
            "Or why is no aftercare needed? A closed case stays readable and can be reopened."), parent=parent)
        self._close = close
        self.reason_combo = enum_combo(CloseReason)
        self.note_edit = _note_edit(self.tr("What was reached, who keeps an eye on things"))
        self.add_field(self.tr("Reason"), "reason", self.reason_combo)
        self.add_field(self.tr("Note"), "note", self.note_edit)
        self.aftercare = AftercareFields(self, network)
        self.ok_button.setText(self.tr("Close case"))

    def command(self) -> Callable[[], CaseChange]:
        return partial(self._close, current_enum(self.reason_combo, CloseReason), self.note_edit.toPlainText(),
                       self.aftercare.value())


class ReopenDialog(FormDialog):
    """Reopens a closed case with its history intact; this counts as recurrence (recidive)."""

    def __init__(self, reopen: Callable[[str], CaseChange], parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Reopen case"), runner, intro=self.tr(
            "Things are not going well again? Reopening keeps the history and counts as recurrence."), parent=parent)
        self._reopen = reopen
        self.reason_edit = _note_edit(self.tr("What happened, who raised it"))
        self.add_field(self.tr("Reason"), "reason", self.reason_edit)
        self.ok_button.setText(self.tr("Reopen"))
        self.reason_edit.setFocus()

    def command(self) -> Callable[[], CaseChange]:
        return partial(self._reopen, self.reason_edit.toPlainText())


class DirectionDialog(FormDialog):
    """Who directs the case from which day: the social team, samenregie (a provider holds the daily
    direction) or elsewhere (e.g. the family guardian of a certified institution during an OTS), with
    the organisation, person and contact. ``set_direction(DirectionInput)`` is the service call."""

    def __init__(self, today: date, current: DirectionHolder, set_direction: Callable[[DirectionInput], CaseChange],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Direction of the case"), runner, intro=self.tr(
            "Who directs this case? With samenregie a provider holds the daily direction and the team the "
            "process; elsewhere another party directs (e.g. the family guardian during an OTS) and the team "
            "cooperates. The change is kept in the case history."), parent=parent)
        self._set_direction = set_direction
        self.mode_combo = enum_combo(DirectionMode)
        select_enum(self.mode_combo, current.mode)
        self.organisation_edit = QLineEdit(current.organisation or "")
        self.organisation_edit.setPlaceholderText(self.tr("e.g. the certified institution or the provider"))
        self.person_edit = QLineEdit(current.person or "")
        self.person_edit.setPlaceholderText(self.tr("e.g. the family guardian"))
        self.contact_edit = QLineEdit(current.contact or "")
        self.contact_edit.setPlaceholderText(self.tr("phone number or e-mail"))
        self.since_edit = DateLineEdit(today, today=today)  # a change starts today unless told otherwise
        self.add_field(self.tr("Who directs"), "mode", self.mode_combo)
        self.add_field(self.tr("Organisation"), "organisation", self.organisation_edit)
        self.add_field(self.tr("Person"), "person", self.person_edit)
        self.add_field(self.tr("Contact"), "contact", self.contact_edit)
        self.add_field(self.tr("From"), "since", self.since_edit)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_current_index_changed)
        self._on_mode_combo_current_index_changed()
        self.mode_combo.setFocus()

    def _on_mode_combo_current_index_changed(self, *_args) -> None:
        elsewhere = current_enum(self.mode_combo, DirectionMode) is not DirectionMode.SOCIAL_TEAM
        for edit in (self.organisation_edit, self.person_edit, self.contact_edit):
            edit.setEnabled(elsewhere)

    def command(self) -> Callable[[], CaseChange]:
        return partial(self._set_direction, DirectionInput(
            current_enum(self.mode_combo, DirectionMode), self.since_edit.date(), self.organisation_edit.text() or None,
            self.person_edit.text() or None, self.contact_edit.text() or None))
