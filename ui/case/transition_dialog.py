"""The plan for a young person's transition to adulthood at 18: which domains (Wmo, Wlz, Zvw, school or work,
income), who is responsible, what is agreed and the date. The rules are the service's
(:func:`app.services.transition.validate_transition`): its messages appear under the fields."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from app.queries.aftercare import TransitionPlanDTO
from app.queries.case_view import MemberDTO
from app.services.transition import TransitionInput
from models.enums import TransitionDomain
from ui.care.forms import text_edit
from ui.labels.care import care_label
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.form_dialog import FormDialog


class TransitionPlanDialog(FormDialog):
    """A new plan (``plan`` None; ``person_id`` chosen beforehand, or in the dialog) or a change of ``plan``
    (the young person stays). ``save(TransitionInput)`` is the service call."""

    def __init__(self, today: date, young_people: list[MemberDTO], save: Callable[[TransitionInput], TransitionPlanDTO],
                 parent: QWidget | None = None, *, runner: TaskRunner, plan: TransitionPlanDTO | None = None,
                 person_id: int | None = None):
        super().__init__(self.tr("Transition at 18"), runner, intro=self.tr(
            "Help under the Jeugdwet ends at 18 (unless extended). Plan with the young person what takes over: "
            "support from the municipality (Wmo), long-term care (Wlz), care through the health insurance (Zvw), "
            "school or work, and income. Once someone is responsible, the due item on Vandaag is done."),
            parent=parent)
        self._save = save
        self.person_combo = QComboBox()
        self.person_combo.setPlaceholderText(self.tr("Choose a young person"))
        for member in young_people:
            self.person_combo.addItem(self.tr("{name} ({age})").format(name=member.full_name, age=member.age),
                                      member.id)
        self.person_combo.setCurrentIndex(self.person_combo.findData(person_id) if person_id is not None else -1)
        self.domain_boxes: dict[TransitionDomain, QCheckBox] = {}
        domains = QWidget()
        domains.setObjectName("transitionDomains")
        grid = QGridLayout(domains)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, domain in enumerate(TransitionDomain):
            box = QCheckBox(care_label(domain))
            box.setObjectName(f"domain_{domain.value}")
            self.domain_boxes[domain] = box
            grid.addWidget(box, n // 2, n % 2)
        self.responsible_edit = QLineEdit()
        self.responsible_edit.setPlaceholderText(self.tr("a name and/or organisation, e.g. the Wmo consultant"))
        self.agreed_edit = text_edit(self.tr("what is agreed, by whom and when"), 4)
        self.agreed_on_edit = DateLineEdit(today, today=today)
        self.add_field(self.tr("Young person"), "person_id", self.person_combo)
        self.add_field(self.tr("Domains"), "domains", domains)
        self.add_field(self.tr("Responsible"), "responsible", self.responsible_edit)
        self.add_field(self.tr("Agreed"), "agreed", self.agreed_edit)
        self.add_field(self.tr("Date"), "agreed_on", self.agreed_on_edit)
        if plan is not None:
            self._show(plan)
        if plan is not None or person_id is not None:
            self.person_combo.setEnabled(False)
            self.responsible_edit.setFocus()
        else:
            self.person_combo.setFocus()

    def _show(self, plan: TransitionPlanDTO) -> None:
        self.person_combo.setCurrentIndex(self.person_combo.findData(plan.person_id))
        for domain, box in self.domain_boxes.items():
            box.setChecked(domain in plan.domains)
        self.responsible_edit.setText(plan.responsible or "")
        self.agreed_edit.setPlainText(plan.agreed or "")
        self.agreed_on_edit.set_date(plan.agreed_on)

    def command(self) -> Callable[[], TransitionPlanDTO]:
        return partial(self._save, TransitionInput(
            person_id=self.person_combo.currentData(),
            domains=frozenset(d for d, box in self.domain_boxes.items() if box.isChecked()),
            responsible=self.responsible_edit.text() or None, agreed=self.agreed_edit.toPlainText() or None,
            agreed_on=self.agreed_on_edit.date()))
