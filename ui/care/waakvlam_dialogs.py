"""Setting up a waakvlam (who keeps a finger on the pulse, how long, how often) and logging its contacts."""
from __future__ import annotations

from functools import partial

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLineEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget

from app.queries.case_view import NetworkMemberDTO
from app.queries.waakvlam import ContactDTO, WaakvlamDTO
from app.services.waakvlam import DURATION_MONTHS, FREQUENCY_WEEKS, WaakvlamInput, add_months, contact_dates
from app.services.workers import WorkerRow
from models.enums import ContactOutcome, WaakvlamHolder
from ui.care.forms import text_edit
from ui.labels.care import care_combo, care_label
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.widgets.enum_combo import current_enum
from ui.widgets.heading import muted
from ui.formatting import format_date
from ui.widgets.date_edit import DateLineEdit


# Titles and introductions, needed before the dialog (and its ``tr``) exists.
_TEXTS = {
    "setup": QT_TRANSLATE_NOOP("WaakvlamDialogs", "Set up the waakvlam"),
    "setup_intro": QT_TRANSLATE_NOOP("WaakvlamDialogs", "Help has ended; the case stays in view. Agree who keeps a "
                                                        "finger on the pulse, for how long and how often. If things "
                                                        "go wrong again, the case is reopened quickly with its "
                                                        "history."),
    "contact": QT_TRANSLATE_NOOP("WaakvlamDialogs", "Log the contact of {date}"),
    "extra_contact": QT_TRANSLATE_NOOP("WaakvlamDialogs", "Log an extra contact"),
    "contact_intro": QT_TRANSLATE_NOOP("WaakvlamDialogs", "How is it going? With concerns, say what is going on; when "
                                                          "things go wrong again, reopen the case."),
}


def _text(key: str, **params: object) -> str:
    return QCoreApplication.translate("WaakvlamDialogs", _TEXTS[key]).format(**params)


class WaakvlamDialog(FormDialog):
    """``start(WaakvlamInput)`` is the service call; colleagues and the network help fill in the holder."""

    def __init__(self, colleagues: Sequence[WorkerRow], network: Sequence[NetworkMemberDTO], director_id: int,
                 start: Callable[[WaakvlamInput],
                                 WaakvlamDTO], *, today: date, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(_text("setup"), runner, intro=_text("setup_intro"), parent=parent)
        self.setMinimumWidth(620)
        self._start = start
        self.holder_combo = care_combo(WaakvlamHolder, self.tr("Choose who holds the waakvlam"))
        self.worker_combo = QComboBox()
        for worker in colleagues:
            self.worker_combo.addItem(worker.name, worker.id)
        self.worker_combo.setCurrentIndex(max(self.worker_combo.findData(director_id), 0))
        self.network_combo = QComboBox()
        self.network_combo.setPlaceholderText(self.tr("Choose from the family's network"))
        for member in network:
            self.network_combo.addItem(f"{member.name} ({member.relation})", member.name)
        self.network_combo.setCurrentIndex(-1)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name, and where to reach them"))
        self.start_edit = DateLineEdit(today, today=today)
        self.start_edit.setMaximumWidth(180)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(*DURATION_MONTHS)
        self.duration_spin.setValue(6)
        self.duration_spin.setSuffix(self.tr(" months"))
        self.frequency_spin = QSpinBox()
        self.frequency_spin.setRange(*FREQUENCY_WEEKS)
        self.frequency_spin.setValue(6)
        self.frequency_spin.setPrefix(self.tr("every "))
        self.frequency_spin.setSuffix(self.tr(" weeks"))
        for spin in (self.duration_spin, self.frequency_spin):
            spin.setMaximumWidth(180)
        self.agreement_edit = text_edit(self.tr(
            "e.g. Petra calls Ayşe every six weeks; with concerns she calls the director the same day"), 3)
        self.preview_label = muted()
        self.preview_label.setObjectName("contactsPreview")

        self.add_field(self.tr("Held by"), "holder_kind", self.holder_combo)
        self.add_field(self.tr("Colleague"), "holder_worker_id", self.worker_combo)
        self.add_field(self.tr("From the network"), "network_member", self.network_combo)
        self.add_field(self.tr("Name"), "holder_name", self.name_edit)
        self.add_field(self.tr("Starts on"), "start_date", self.start_edit)
        self.add_field(self.tr("Duration"), "duration_months", self.duration_spin)
        self.add_field(self.tr("Contact"), "frequency_weeks", self.frequency_spin)
        self.add_field(self.tr("Agreement"), "agreement", self.agreement_edit)
        self.form.addRow("", self.preview_label)
        self.ok_button.setText(self.tr("Start waakvlam"))

        self.holder_combo.currentIndexChanged.connect(self._on_holder_combo_current_index_changed)
        self.network_combo.currentIndexChanged.connect(self._on_network_combo_current_index_changed)
        self.start_edit.editingFinished.connect(self._update_preview)
        self.duration_spin.valueChanged.connect(self._update_preview)
        self.frequency_spin.valueChanged.connect(self._update_preview)
        self._on_holder_combo_current_index_changed(-1)
        self._update_preview()

    def holder(self) -> WaakvlamHolder | None:
        return current_enum(self.holder_combo, WaakvlamHolder)

    def values(self) -> WaakvlamInput:
        holder = self.holder()
        by_worker = holder is WaakvlamHolder.SOCIAL_TEAM_WORKER
        return WaakvlamInput(
            holder_kind=holder, holder_name="" if by_worker else self.name_edit.text(),
            holder_worker_id=self.worker_combo.currentData() if by_worker else None,
            start_date=self.start_edit.date(), duration_months=self.duration_spin.value(),
            frequency_weeks=self.frequency_spin.value(), agreement=self.agreement_edit.toPlainText())

    def command(self) -> Callable[[], WaakvlamDTO]:
        return partial(self._start, self.values())

    def _on_holder_combo_current_index_changed(self, _index: int) -> None:
        holder = self.holder()
        self.form.setRowVisible(self.field_errors["holder_worker_id"].parentWidget(),
                                holder is WaakvlamHolder.SOCIAL_TEAM_WORKER)
        self.form.setRowVisible(self.field_errors["network_member"].parentWidget(),
                                holder is WaakvlamHolder.NETWORK_MEMBER and self.network_combo.count() > 0)
        self.form.setRowVisible(self.field_errors["holder_name"].parentWidget(),
                                holder is not WaakvlamHolder.SOCIAL_TEAM_WORKER)

    def _on_network_combo_current_index_changed(self, index: int) -> None:
        if index >= 0:
            self.name_edit.setText(self.network_combo.currentData())

    def _update_preview(self, *_args) -> None:
        start = self.start_edit.date()
        if start is None:
            self.preview_label.setText("")
            return
        end = add_months(start, self.duration_spin.value())
        planned = contact_dates(start, end, self.frequency_spin.value())
        self.preview_label.setText(self.tr("Runs until {end}; {count} contacts planned, the first on {first}.").format(
            end=format_date(end), count=len(planned), first=format_date(planned[0])))


class ContactDialog(FormDialog):
    """Logs a waakvlam contact. ``log(held_on, outcome, note)`` is the service call; "reopen" asks first
    (``confirm_reopen()``), because it makes the case active again and counts as recurrence."""

    def __init__(self, contact: ContactDTO | None, log: Callable[[date | None, ContactOutcome | None, str],
                                                                 WaakvlamDTO],
                 confirm_reopen: Callable[[], bool], *, today: date, runner: TaskRunner, parent: QWidget | None = None):
        title = (_text("contact", date=format_date(contact.planned_date)) if contact is not None
                 else _text("extra_contact"))
        super().__init__(title, runner, intro=_text("contact_intro"), parent=parent)
        self._log = log
        self._confirm_reopen = confirm_reopen
        self.held_edit = DateLineEdit(today, today=today)
        self.outcome_radios: dict[ContactOutcome, QRadioButton] = {}
        self.outcome_group = QButtonGroup(self)
        outcomes = QWidget()
        column = QVBoxLayout(outcomes)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for outcome in ContactOutcome:
            radio = QRadioButton(care_label(outcome))
            self.outcome_radios[outcome] = radio
            self.outcome_group.addButton(radio)
            column.addWidget(radio)
        reopen_hint = muted(self.tr("Makes the case active again, with its history; counts as recurrence."))
        reopen_hint.setContentsMargins(24, 0, 0, 0)
        column.addWidget(reopen_hint)
        self.note_edit = text_edit(self.tr("What was said; with concerns or a reopening, what is going on"), 4)
        self.add_field(self.tr("Held on"), "held_on", self.held_edit)
        self.add_field(self.tr("Outcome"), "outcome", outcomes)
        self.add_field(self.tr("Note"), "note", self.note_edit)

    def outcome(self) -> ContactOutcome | None:
        return next((outcome for outcome, radio in self.outcome_radios.items() if radio.isChecked()), None)

    def check_locally(self) -> bool:
        return self.outcome() is not ContactOutcome.REOPEN or self._confirm_reopen()

    def command(self) -> Callable[[], WaakvlamDTO]:
        return partial(self._log, self.held_edit.date(), self.outcome(), self.note_edit.toPlainText())
