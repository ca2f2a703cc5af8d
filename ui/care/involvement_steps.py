"""The steps in running help: ending it (iJw end reason) or cancelling it before it starts, an extension, the
warm handover, a report-back."""
from __future__ import annotations

from functools import partial

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.codelists import CANCEL_REASONS, END_REASONS
from app.queries.involvements import InvolvementDTO
from app.services.aftercare_inputs import AftercareInput
from models.enums import HandoverStatus
from ui.care.aftercare_fields import AftercareFields
from ui.care.forms import text_edit
from ui.labels.care import care_combo, code_combo
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.widgets.enum_combo import current_enum, select_enum
from ui.formatting import format_date
from ui.widgets.date_edit import DateLineEdit

PLANNED_DELIVERY_ENDED = "19"  # JZ588: delivery ended as planned

# Titles and introductions, needed before the dialog (and its ``tr``) exists.
_TEXTS = {
    "end": QT_TRANSLATE_NOOP("InvolvementSteps", "End help"),
    "end_one": QT_TRANSLATE_NOOP("InvolvementSteps", "The help of {providers} ends. Is aftercare arranged, in the "
                                                     "family's own network or with free-access services?"),
    "end_all": QT_TRANSLATE_NOOP("InvolvementSteps", "The running help ends: {providers}. Is aftercare arranged, in "
                                                     "the family's own network or with free-access services?"),
    "cancel": QT_TRANSLATE_NOOP("InvolvementSteps", "Cancel help"),
    "cancel_intro": QT_TRANSLATE_NOOP("InvolvementSteps", "The help of {provider} has not started yet. Cancelled, it "
                                                          "ends today and counts as never delivered."),
    "handover": QT_TRANSLATE_NOOP("InvolvementSteps", "Warm handover"),
    "handover_intro": QT_TRANSLATE_NOOP("InvolvementSteps", "How far is the handover to {provider}? Referred, taken "
                                                            "over (the provider knows the family and the plan), or "
                                                            "started."),
    "report_back": QT_TRANSLATE_NOOP("InvolvementSteps", "Report-back received"),
    "report_back_intro": QT_TRANSLATE_NOOP("InvolvementSteps", "{provider} reported back. Write what was said in the "
                                                               "journal. When is the next report-back?"),
}


def _text(key: str, **params: object) -> str:
    return QCoreApplication.translate("InvolvementSteps", _TEXTS[key]).format(**params)


class EndInvolvementDialog(FormDialog):
    """Ends one or more running involvements on a date with an iJw (JZ588) reason, and records how aftercare
    is secured in the family's own network or with a free-access service, or why none is needed.

    ``end(actual_end, reason_code, aftercare)`` is the service call (for several involvements, one per each);
    ``network``: the names of the family's network members, offered in "Who".
    """

    def __init__(self, provider_names: Sequence[str], end: Callable[[date | None, str, AftercareInput], object], *,
                 today: date, runner: TaskRunner, parent: QWidget | None = None, network: Sequence[str] = ()):
        intro = _text("end_one" if len(provider_names) == 1 else "end_all", providers=", ".join(provider_names))
        super().__init__(_text("end"), runner, intro=intro, parent=parent)
        self._end = end
        self.end_date_edit = DateLineEdit(today, today=today)
        self.reason_combo = code_combo(END_REASONS)
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(PLANNED_DELIVERY_ENDED))
        self.add_field(self.tr("Ended on"), "actual_end", self.end_date_edit)
        self.add_field(self.tr("Reason (iJw)"), "end_reason", self.reason_combo)
        self.aftercare = AftercareFields(self, network)
        self.ok_button.setText(self.tr("End help"))

    def command(self) -> Callable[[], object]:
        return partial(self._end, self.end_date_edit.date(), self.reason_combo.currentData() or "",
                       self.aftercare.value())


class CancelInvolvementDialog(FormDialog):
    """Cancels planned help (not started yet) with an iJw (JZ588) reason that fits a cancellation.

    ``cancel(reason_code)`` is the service call."""

    def __init__(self, inv: InvolvementDTO, cancel: Callable[[str], InvolvementDTO], parent: QWidget | None = None,
                 *, runner: TaskRunner):
        super().__init__(_text("cancel"), runner, intro=_text("cancel_intro", provider=inv.provider_name),
                         parent=parent)
        self._cancel = cancel
        self.reason_combo = code_combo(CANCEL_REASONS, self.tr("Choose why"))
        self.add_field(self.tr("Reason (iJw)"), "end_reason", self.reason_combo)
        self.ok_button.setText(self.tr("Cancel help"))

    def command(self) -> Callable[[], InvolvementDTO]:
        return partial(self._cancel, self.reason_combo.currentData() or "")


class HandoverDialog(FormDialog):
    """Warm handover: referred, taken over by the provider, help started."""

    def __init__(self, inv: InvolvementDTO, set_handover: Callable[[HandoverStatus], InvolvementDTO],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(_text("handover"), runner, intro=_text("handover_intro", provider=inv.provider_name),
                         parent=parent)
        self._set_handover = set_handover
        self.status_combo = care_combo(HandoverStatus)
        select_enum(self.status_combo, inv.handover)
        self.add_field(self.tr("Handover"), "handover", self.status_combo)

    def command(self) -> Callable[[], InvolvementDTO]:
        return partial(self._set_handover, current_enum(self.status_combo, HandoverStatus))


class ReportBackDialog(FormDialog):
    """The provider or directing party reported back; optionally the next report-back date."""

    def __init__(self, inv: InvolvementDTO, received: Callable[[date | None], InvolvementDTO], *, today: date,
                 runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(_text("report_back"), runner, intro=_text("report_back_intro", provider=inv.provider_name),
                         parent=parent)
        self._received = received
        self.next_date_edit = DateLineEdit(today=today)
        self.next_date_edit.setPlaceholderText(self.tr("dd-mm-yyyy, or empty if none"))
        self.add_field(self.tr("Next report-back"), "report_back_date", self.next_date_edit)

    def command(self) -> Callable[[], InvolvementDTO]:
        return partial(self._received, self.next_date_edit.date())
