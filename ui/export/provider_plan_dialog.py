"""The family plan for a provider: choose the provider and the basis, then the preview prints or saves it.

Giving the plan to a provider shares the family's data, so the sharing gate decides (Jeugdwet 7.3.4 /
7.3.5 / 7.3.11): the consents the age rule needs for that provider, or a legal ground with a reason. A
refusal says at the basis which consent is missing from whom; nothing is made or written. Allowed, the
sharing is recorded and the dialog's value is the rendered document, which the preview then shows.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.exports import PlanDocument
from app.services.sharing import SharingChoice
from ui.care.sharing_box import SharingBasis
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog

MakeDocument = Callable[[int | None, SharingChoice], PlanDocument]


class ProviderPlanDialog(FormDialog):
    """``providers``: (id, name), the case's own providers first; ``make(provider_id, choice)`` is the service call."""

    def __init__(self, providers: Sequence[tuple[int, str]], make: MakeDocument, *, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Family plan for a provider"), runner, intro=self.tr(
            "Giving the plan to a provider shares the family's data. That needs the consent of those the age "
            "rule names (recorded on the Gezin tab), or a legal ground with a reason. It is recorded."),
            parent=parent)
        self._make = make
        self.provider_combo = QComboBox()
        self.provider_combo.setPlaceholderText(self.tr("Choose a provider"))
        for provider_id, name in providers:
            self.provider_combo.addItem(name, provider_id)
        self.provider_combo.setCurrentIndex(-1)
        self.add_field(self.tr("Provider"), "provider_id", self.provider_combo)
        self.sharing = SharingBasis(self, self.form)
        self.ok_button.setText(self.tr("Make the plan"))
        self.provider_combo.setFocus()

    def command(self) -> Callable[[], PlanDocument]:
        return partial(self._make, self.provider_combo.currentData(), self.sharing.choice())
