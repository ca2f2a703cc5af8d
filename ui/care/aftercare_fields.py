"""The aftercare part of the forms that end help or close a case: how aftercare is secured in the family's
own network or with a free-access service (who, and what they do), or why none is needed. The rules are
the service's (:func:`app.services.aftercare_inputs.validate_aftercare`): its messages appear under these
fields."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.services.aftercare_inputs import AftercareInput
from models.enums import AftercareKind, AftercareNoneReason
from ui.care.forms import text_edit
from ui.labels.care import care_combo
from ui.widgets.enum_combo import current_enum
from ui.widgets.form_dialog import FormDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("AftercareFields", text)


class AftercareFields:
    """Adds the aftercare rows to ``dialog`` (under the field names the service uses) and reads them back.
    ``network``: the names of the family's network members, offered as you type in "Who"."""

    def __init__(self, dialog: FormDialog, network: Sequence[str] = ()):
        self.kind_combo = care_combo(AftercareKind, _tr(QT_TRANSLATE_NOOP("AftercareFields", "Choose how aftercare is secured")))
        self.kind_combo.setObjectName("aftercareKindCombo")
        self.who_edit = QLineEdit()
        self.who_edit.setObjectName("aftercareWhoEdit")
        self.who_edit.setPlaceholderText(_tr(QT_TRANSLATE_NOOP("AftercareFields", "a network member, or the free-access service by name")))
        if network:
            completer = QCompleter(list(network), self.who_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.who_edit.setCompleter(completer)
        self.what_edit = text_edit(_tr(QT_TRANSLATE_NOOP("AftercareFields", "what they do, and how often")), 2)
        self.what_edit.setObjectName("aftercareWhatEdit")
        self.reason_combo = care_combo(AftercareNoneReason, _tr(QT_TRANSLATE_NOOP("AftercareFields", "Choose why")))
        self.reason_combo.setObjectName("aftercareReasonCombo")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("aftercareNoteEdit")
        self.note_edit.setPlaceholderText(_tr(QT_TRANSLATE_NOOP("AftercareFields", "in a few words (optional)")))
        dialog.add_field(_tr(QT_TRANSLATE_NOOP("AftercareFields", "Aftercare")), "aftercare_kind", self.kind_combo)
        dialog.add_field(_tr(QT_TRANSLATE_NOOP("AftercareFields", "Who")), "aftercare_who", self.who_edit)
        dialog.add_field(_tr(QT_TRANSLATE_NOOP("AftercareFields", "What they do")), "aftercare_what", self.what_edit)
        dialog.add_field(_tr(QT_TRANSLATE_NOOP("AftercareFields", "Why none is needed")), "aftercare_reason", self.reason_combo)
        dialog.add_field(_tr(QT_TRANSLATE_NOOP("AftercareFields", "About the aftercare")), "aftercare_note", self.note_edit)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self._on_kind_combo_current_index_changed()

    def _on_kind_combo_current_index_changed(self, *_args) -> None:
        kind = current_enum(self.kind_combo, AftercareKind)
        secured = kind in (AftercareKind.NETWORK, AftercareKind.FREE_ACCESS)
        self.who_edit.setEnabled(secured)
        self.what_edit.setEnabled(secured)
        self.reason_combo.setEnabled(kind is AftercareKind.NONE_NEEDED)

    def value(self) -> AftercareInput:
        return AftercareInput(current_enum(self.kind_combo, AftercareKind), self.who_edit.text() or None,
                              self.what_edit.toPlainText() or None,
                              current_enum(self.reason_combo, AftercareNoneReason), self.note_edit.text() or None)
