"""Agreeing the draft plan with the family (vaststellen): on which date, and with whom."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.widgets.accessible import name_form_fields
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit


@dataclass(frozen=True)
class AgreeValues:
    agreed_on: date
    agreed_with: str


class AgreeDialog(FormDialog):
    """``save(AgreeValues, expected_version)`` agrees the plan; its version is the plan's.

    Shows the plan's content code, which the printed plan carries on every page: the worker checks that
    the family signed this very content.
    """

    def __init__(self, runner: TaskRunner, save: SaveCall, *, plan_version: int, version_no: int, content_code: str,
                 today: date, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("AgreeDialog", "Agree plan"), runner, save,
                         expected_version=plan_version, parent=parent)
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Version {number} becomes the agreed plan of the family. After this the plan is changed only "
            "by making a new version; this version stays readable as it is.").format(number=version_no))
        intro.setWordWrap(True)
        self.content_code_label = QLabel(self.tr(
            "Content code of this version: {code}. A printed plan of the same content shows this code at the "
            "foot of every page; check it against the plan the family signed.").format(code=content_code))
        self.content_code_label.setObjectName("contentCodeLabel")
        self.content_code_label.setWordWrap(True)
        self.agreed_on_edit = DateLineEdit(today, today=today)
        self.agreed_on_edit.setObjectName("agreedOnEdit")
        self.agreed_with_edit = QLineEdit()
        self.agreed_with_edit.setObjectName("agreedWithEdit")
        self.agreed_with_edit.setPlaceholderText(self.tr("For example: mother, father and Daan (14)"))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(self.form_label(self.tr("Agreed on")), self.with_error(self.agreed_on_edit, "agreed_on"))
        form.addRow(self.form_label(self.tr("With whom")), self.with_error(self.agreed_with_edit, "agreed_with"))
        name_form_fields(form)
        self.body.addWidget(intro)
        self.body.addWidget(self.content_code_label)
        self.body.addLayout(form)
        self.ok_button.setText(self.tr("Agree plan"))
        self.agreed_with_edit.setFocus()

    def values(self) -> AgreeValues:
        return AgreeValues(self.agreed_on_edit.date(), self.agreed_with_edit.text())

    def _resolve_conflict(self, mine: AgreeValues, theirs: object) -> None:
        """A colleague changed the plan meanwhile: the family should agree what is there now."""
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "A colleague changed this plan after you opened it. Look at the plan as it is now, "
            "then agree it again."))
        self.took_theirs = True
        self.reject()
