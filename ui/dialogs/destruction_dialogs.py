"""The steps of destruction (Jeugdwet 7.3.8 / 7.3.9; NEN 7513), each a form dialog over the retention
service: the request (ground, the check of other interests, a note), the approval by a second
administrator, and the carrying out - whose text says that local backups keep the file until they
rotate out. A refusal (an open case, one's own request, retention not passed) is shown at its field.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QWidget

from app.queries.retention import DestructionRequestDTO
from app.services.retention import DestructionInput
from models.enums import DestructionGround, DestructionKind
from ui.formatting import format_date
from ui.labels import label
from ui.tasks import TaskRunner
from ui.widgets.enum_combo import current_enum
from ui.widgets.form_dialog import FormDialog

FILE_GROUNDS = (DestructionGround.PERSON_REQUEST, DestructionGround.RETENTION_EXPIRED)
BACKUP_WEEKS = 5  # app/storage/backup.py: the newest daily backup of the last 7 days and of the last 4 weeks


def _note_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(70)
    edit.setTabChangesFocus(True)
    return edit


def _value(text: str) -> QLabel:
    shown = QLabel(text)
    shown.setWordWrap(True)
    return shown


class DestructionRequestDialog(FormDialog):
    """Step 1 for a family's file; ``save`` is the service call taking the DestructionInput."""

    def __init__(self, family_id: int, family_name: str, expired: bool,
                 save: Callable[[DestructionInput], DestructionRequestDTO], parent: QWidget | None = None, *,
                 runner: TaskRunner):
        super().__init__(self.tr("Request destruction of a file"), runner, intro=self.tr(
            "A second administrator must approve the request before the file can be destroyed. Record the "
            "ground and that you checked that nobody else has a substantial interest in keeping the file "
            "(Youth Act 7.3.9)."), parent=parent)
        self._save = save
        self._family_id = family_id
        self.family_label = _value(family_name)  # "Familie Öztürk (gezin 12)", as the review list shows it
        self.ground_combo = QComboBox()
        for ground in FILE_GROUNDS:
            self.ground_combo.addItem(label(ground), ground.value)
        self.ground_combo.setCurrentIndex(FILE_GROUNDS.index(
            DestructionGround.RETENTION_EXPIRED if expired else DestructionGround.PERSON_REQUEST))
        self.interest_check = QCheckBox(self.tr("Nobody else has a substantial interest in keeping this file"))
        self.note_edit = _note_edit()
        self.note_edit.setPlaceholderText(self.tr("e.g. the date of the person's letter, whom you consulted"))
        self.add_field(self.tr("File"), "family_id", self.family_label)
        self.add_field(self.tr("Ground"), "ground", self.ground_combo)
        self.add_field(self.tr("Checked"), "no_other_interest", self.interest_check)
        self.add_field(self.tr("Note"), "note", self.note_edit)
        self.ok_button.setText(self.tr("Request"))
        self.ground_combo.setFocus()

    def command(self) -> Callable[[], DestructionRequestDTO]:
        return partial(self._save, DestructionInput(
            self._family_id, current_enum(self.ground_combo, DestructionGround), self.interest_check.isChecked(),
            self.note_edit.toPlainText() or None))


class LogPurgeRequestDialog(FormDialog):
    """Step 1 for the access log: the entries from before the day five years ago."""

    def __init__(self, old_entries: int, cutoff_text: str, save: Callable[[str | None], DestructionRequestDTO],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Request removal of old access-log entries"), runner, intro=self.tr(
            "Access-log entries are kept five years (NEN 7513). A second administrator must approve the "
            "removal; what stays is a record of the number removed and the cut-off day."), parent=parent)
        self._save = save
        self.entries_label = _value(self.tr("%n entries from before {day}", "", old_entries).format(day=cutoff_text))
        self.note_edit = _note_edit()
        self.add_field(self.tr("Entries"), "cutoff_date", self.entries_label)
        self.add_field(self.tr("Note"), "note", self.note_edit)
        self.ok_button.setText(self.tr("Request"))
        self.note_edit.setFocus()

    def command(self) -> Callable[[], DestructionRequestDTO]:
        return partial(self._save, self.note_edit.toPlainText() or None)


class _OnRequest:
    """Mixed into a form dialog for a step on an existing request: shows the request, and the service call
    (``save``) takes its id and version."""

    _request: DestructionRequestDTO
    _save: Callable[[int, int], DestructionRequestDTO]

    def show_request(self, ok_text: str, request: DestructionRequestDTO, subject: str,
                     save: Callable[[int, int], DestructionRequestDTO]) -> None:
        self._request = request
        self._save = save
        self.subject_label = _value(subject)
        self.ground_label = _value(label(request.ground))
        self.requested_label = _value(QCoreApplication.translate("DestructionSteps", "{name} on {date}").format(
            name=request.requested_by, date=format_date(request.requested_at.date())))
        self.note_label = _value(request.note or "-")
        rows = [(QCoreApplication.translate("DestructionSteps", "What"), "family_id", self.subject_label),
                (QCoreApplication.translate("DestructionSteps", "Ground"), "ground", self.ground_label),
                (QCoreApplication.translate("DestructionSteps", "Requested by"), "requested_by", self.requested_label)]
        if request.kind is DestructionKind.FAMILY_FILE:
            rows.append((QCoreApplication.translate("DestructionSteps", "Other interests"), "no_other_interest",
                         _value(QCoreApplication.translate(
                             "DestructionSteps",
                             "Checked: nobody else has a substantial interest in keeping the file"))))
        rows.append((QCoreApplication.translate("DestructionSteps", "Note"), "note", self.note_label))
        for title, name, field in rows:
            self.add_field(title, name, field)
        self.ok_button.setText(ok_text)

    def command(self) -> Callable[[], DestructionRequestDTO]:
        return partial(self._save, self._request.id, self._request.version)


class DestructionApprovalDialog(_OnRequest, FormDialog):
    """Step 2: approval by a second, different administrator (the service refuses the requester)."""

    def __init__(self, request: DestructionRequestDTO, subject: str,
                 save: Callable[[int, int], DestructionRequestDTO], parent: QWidget | None = None, *,
                 runner: TaskRunner):
        super().__init__(self.tr("Approve destruction"), runner, intro=self.tr(
            "You are the second administrator: check the ground and the note. Whoever requested the destruction "
            "cannot approve it."), parent=parent)
        self.show_request(self.tr("Approve"), request, subject, save)
        self.approval_label = _value(self.tr("Approved by you, today."))
        self.add_field(self.tr("Approval"), "approved_by", self.approval_label)


class DestructionExecuteDialog(_OnRequest, FormDialog):
    """Step 3: carrying out an approved request; says what stays and how long backups keep the file."""

    def __init__(self, request: DestructionRequestDTO, subject: str,
                 save: Callable[[int, int], DestructionRequestDTO], parent: QWidget | None = None, *,
                 runner: TaskRunner):
        if request.kind is DestructionKind.FAMILY_FILE:
            intro = QCoreApplication.translate(
                "DestructionExecuteDialog",
                "Every record of this family is removed from the database: the family, its members and network, "
                "its cases, plans, goals, journal, evaluations, help, waakvlam and consents. This cannot be undone. "
                "What stays is a record without content: the dates, who requested, approved and carried it out, "
                "the ground and the family number. The access log keeps its entries (numbers and codes, no "
                "names) for five years. Daily backups of this computer keep the file until they rotate out (7 daily "
                "and 4 weekly ones: about {weeks} weeks); backups made by hand or before an upgrade or a restore "
                "stay until you delete them, and restoring a backup made before today brings the file back. "
                "Backups of a central database follow the municipality's own schedule.").format(
                weeks=BACKUP_WEEKS)
        else:
            intro = QCoreApplication.translate(
                "DestructionExecuteDialog",
                "The access-log entries from before {day} are removed. This cannot be undone. What stays is a "
                "record of the number removed and the cut-off day. Daily backups keep them until they rotate out, "
                "about {weeks} weeks; backups made by hand or before an upgrade or a restore until you delete them."
            ).format(day=format_date(request.cutoff_date), weeks=BACKUP_WEEKS)
        super().__init__(QCoreApplication.translate("DestructionExecuteDialog", "Carry out destruction"), runner,
                         intro=intro, parent=parent)
        self.show_request(QCoreApplication.translate("DestructionExecuteDialog", "Destroy"), request, subject, save)
        self.approved_label = _value(QCoreApplication.translate("DestructionSteps", "{name} on {date}").format(
            name=request.approved_by or "-",
            date=format_date(request.approved_at.date()) if request.approved_at else "-"))
        self.add_field(self.tr("Approved by"), "approved_by", self.approved_label)
