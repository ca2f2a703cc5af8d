"""The sharing gate in a form (Jeugdwet 7.3.4 / 7.3.5 / 7.3.11): on consent, or on a legal ground with a reason.

Three rows in a dialog's form: the basis (consent, checked against the register when saving, or one of
the legal grounds), the reason a legal ground needs, and under the basis the gate's refusal - which
consent is missing from whom - registered as the service's field ``sharing``. The choice goes to the
service as a :class:`~app.services.sharing.SharingChoice`; the service records it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout

from app.services.sharing import SharingChoice
from models.enums import LegalGround
from ui.care.forms import add_row, text_edit
from ui.labels.care import care_label
from ui.widgets.field_error_label import FieldErrorLabel
from ui.widgets.form_dialog import FormDialog


class SharingBasis(QObject):
    """The basis and reason rows; ``enabled`` False when the form shares nothing (then they are greyed)."""

    def __init__(self, dialog: FormDialog, form: QFormLayout):
        super().__init__(dialog)
        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("sharingBasis")
        self.basis_combo.addItem(self.tr("Consent (checked against the register)"), None)
        for ground in LegalGround:
            self.basis_combo.addItem(self.tr("Legal ground: {ground}").format(ground=care_label(ground)), ground.value)
        self.reason_edit = text_edit(self.tr("Why this legal ground applies (required)"), 2)
        self.reason_edit.setObjectName("groundReason")
        self.basis_label = add_row(dialog, form, self.tr("Basis"), "legal_ground", self.basis_combo)
        self.reason_label = add_row(dialog, form, self.tr("Reason"), "ground_reason", self.reason_edit)
        # The gate's refusal (which consent is missing from whom) appears under the basis too.
        dialog.field_errors["sharing"] = FieldErrorLabel(self.basis_combo)
        dialog.field_errors["legal_ground"].parentWidget().layout().addWidget(dialog.field_errors["sharing"])
        self.basis_combo.currentIndexChanged.connect(self._on_basis_combo_current_index_changed)
        self._update()

    def ground(self) -> LegalGround | None:
        value = self.basis_combo.currentData()
        return LegalGround(value) if value else None

    def choose(self, ground: LegalGround | None) -> None:
        self.basis_combo.setCurrentIndex(max(self.basis_combo.findData(ground.value if ground else None), 0))

    def choice(self) -> SharingChoice:
        return SharingChoice(self.ground(), self.reason_edit.toPlainText() or None)

    def set_enabled(self, enabled: bool) -> None:
        self.basis_combo.setEnabled(enabled)
        self._update(enabled)

    def _on_basis_combo_current_index_changed(self, _index: int) -> None:
        self._update()

    def _update(self, enabled: bool | None = None) -> None:
        enabled = self.basis_combo.isEnabled() if enabled is None else enabled
        self.reason_edit.setEnabled(enabled and self.ground() is not None)
