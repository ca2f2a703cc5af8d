"""Recording, correcting and extending a child-protection measure of a young person (OTS, provisional OTS,
guardianship), through the protection service. The rules (three months, a year, before 18) are the
service's: its messages appear under the fields."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.queries.case_view import MemberDTO
from app.queries.protection import MeasureDTO
from app.services.protection import MeasureInput, MeasureSaved
from models.enums import ProtectionKind
from ui.formatting import format_date
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.enum_combo import current_enum, enum_combo, select_enum
from ui.widgets.form_dialog import FormDialog


class MeasureDialog(FormDialog):
    """A new measure (``measure`` None: the young person and the kind are chosen) or a correction of
    ``measure`` (they stay). ``save(MeasureInput)`` is the service call."""

    def __init__(self, today: date, young_people: list[MemberDTO], save: Callable[[MeasureInput], MeasureSaved],
                 parent: QWidget | None = None, *, runner: TaskRunner, measure: MeasureDTO | None = None):
        title = self.tr("Child-protection measure") if measure is None else self.tr("Change measure")
        super().__init__(title, runner, intro=self.tr(
            "A provisional OTS lasts at most three months, an OTS at most a year (extended a year at a time); "
            "a measure ends at the latest when the young person turns 18. While it runs the family guardian "
            "of the certified institution directs."), parent=parent)
        self._save = save
        self.person_combo = QComboBox()
        self.person_combo.setPlaceholderText(self.tr("Choose a young person"))
        for member in young_people:
            self.person_combo.addItem(self.tr("{name} ({age})").format(name=member.full_name, age=member.age),
                                      member.id)
        self.person_combo.setCurrentIndex(-1)
        self.kind_combo = enum_combo(ProtectionKind)
        self.kind_combo.setPlaceholderText(self.tr("Choose the measure"))
        self.kind_combo.setCurrentIndex(-1)
        self.institution_edit = QLineEdit()
        self.institution_edit.setPlaceholderText(self.tr("the certified institution (GI)"))
        self.guardian_edit = QLineEdit()
        self.guardian_edit.setPlaceholderText(self.tr("the family guardian (jeugdbeschermer)"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("phone number or e-mail"))
        self.starts_on_edit = DateLineEdit(today, today=today)
        self.ends_on_edit = DateLineEdit(today=today)
        self.ends_on_edit.setPlaceholderText(self.tr("dd-mm-yyyy, as the court set it"))
        self.placement_edit = DateLineEdit(today=today)
        self.placement_edit.setPlaceholderText(self.tr("dd-mm-yyyy, if placed out of home"))
        self.add_field(self.tr("Young person"), "person_id", self.person_combo)
        self.add_field(self.tr("Measure"), "kind", self.kind_combo)
        self.add_field(self.tr("Certified institution"), "institution", self.institution_edit)
        self.add_field(self.tr("Family guardian"), "guardian_name", self.guardian_edit)
        self.add_field(self.tr("Contact"), "guardian_contact", self.contact_edit)
        self.add_field(self.tr("Start"), "starts_on", self.starts_on_edit)
        self.add_field(self.tr("End"), "ends_on", self.ends_on_edit)
        self.add_field(self.tr("Out-of-home placement"), "placement_on", self.placement_edit)
        if measure is not None:
            self._show(measure)
        self.person_combo.setFocus()

    def _show(self, m: MeasureDTO) -> None:
        self.person_combo.setCurrentIndex(self.person_combo.findData(m.person_id))
        select_enum(self.kind_combo, m.kind)
        self.person_combo.setEnabled(False)
        self.kind_combo.setEnabled(False)
        self.institution_edit.setText(m.institution)
        self.guardian_edit.setText(m.guardian_name or "")
        self.contact_edit.setText(m.guardian_contact or "")
        self.starts_on_edit.set_date(m.starts_on)
        self.ends_on_edit.set_date(m.ends_on)
        self.placement_edit.set_date(m.placement_on)

    def command(self) -> Callable[[], MeasureSaved]:
        return partial(self._save, MeasureInput(
            person_id=self.person_combo.currentData(), kind=current_enum(self.kind_combo, ProtectionKind),
            institution=self.institution_edit.text(), starts_on=self.starts_on_edit.date(),
            ends_on=self.ends_on_edit.date(), guardian_name=self.guardian_edit.text() or None,
            guardian_contact=self.contact_edit.text() or None, placement_on=self.placement_edit.date()))


class ExtendMeasureDialog(FormDialog):
    """The court extended an OTS: the new end, at most a year after the current one."""

    def __init__(self, today: date, measure: MeasureDTO, extend: Callable[[date | None], MeasureSaved],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Extend OTS"), runner, intro=self.tr(
            "The OTS of {name} now ends on {date}. The court extends it by at most a year at a time; the "
            "extension is kept in the case history.").format(name=measure.person_name,
                                                             date=format_date(measure.ends_on)), parent=parent)
        self._extend = extend
        self.ends_on_edit = DateLineEdit(today=today)
        self.ends_on_edit.setPlaceholderText(self.tr("dd-mm-yyyy, as the court set it"))
        self.add_field(self.tr("New end"), "ends_on", self.ends_on_edit)
        self.ok_button.setText(self.tr("Extend"))
        self.ends_on_edit.setFocus()

    def command(self) -> Callable[[], MeasureSaved]:
        return partial(self._extend, self.ends_on_edit.date())
