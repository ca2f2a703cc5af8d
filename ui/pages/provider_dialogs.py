"""Adding and editing a provider or a product: plain values in, a service call on Save, messages at the field.

The dialogs get the save call from the page (``create_provider`` or ``update_provider`` with its
version, ...), so they never know which record or database they write to.
"""
from __future__ import annotations

from functools import partial

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app.codelists import PRODUCT_CATEGORIES, UNITS
from app.queries.providers import ProductDTO, ProviderDTO, SegmentRow
from app.services.provider_inputs import NAME_MAX, REGIONAL_CODE_MAX, ProductInput, ProviderInput
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.qt_models.provider_models import code_and_label

SaveProvider = Callable[[ProviderInput], ProviderDTO]
SaveProduct = Callable[[ProductInput], ProductDTO]


class ProviderDialog(FormDialog):
    """Name and AGB code (8 digits, optional)."""

    def __init__(self, save: SaveProvider, current: ProviderDTO | None = None, parent: QWidget | None = None, *,
                 runner: TaskRunner):
        super().__init__(self.tr("Edit provider") if current else self.tr("New provider"), runner, intro=self.tr(
            "The AGB code (8 digits) identifies the provider in iJw messages."), parent=parent)
        self._save = save
        self.name_edit = QLineEdit(current.name if current else "")
        self.name_edit.setMaxLength(NAME_MAX)
        self.agb_edit = QLineEdit((current.agb_code or "") if current else "")
        self.agb_edit.setMaxLength(12)  # room for spaces typed between the digits
        self.agb_edit.setPlaceholderText(self.tr("8 digits, e.g. 98765432"))
        self.add_field(self.tr("Name"), "name", self.name_edit)
        self.add_field(self.tr("AGB code"), "agb_code", self.agb_edit)

    def command(self) -> Callable[[], ProviderDTO]:
        return partial(self._save, ProviderInput(self.name_edit.text(), self.agb_edit.text()))


class ProductDialog(FormDialog):
    """Name, iJw product category (JZ020), optional regional code, segment and unit; the norm for help with it
    (at most so many weeks, so many extensions - each optional, shown as "–" when none is set)."""

    def __init__(self, save: SaveProduct, segments: Sequence[SegmentRow], provider_name: str,
                 current: ProductDTO | None = None, parent: QWidget | None = None, *, runner: TaskRunner):
        title = self.tr("Edit product") if current else self.tr("New product")
        super().__init__(title, runner, intro=self.tr("A product of {provider}.").format(provider=provider_name),
                         parent=parent)
        self._save = save
        self.name_edit = QLineEdit(current.name if current else "")
        self.name_edit.setMaxLength(NAME_MAX)
        self.category_combo = _code_combo(PRODUCT_CATEGORIES, self.tr("Choose a category…"))
        self.regional_edit = QLineEdit((current.regional_code or "") if current else "")
        self.regional_edit.setMaxLength(REGIONAL_CODE_MAX)
        self.regional_edit.setPlaceholderText(self.tr("Optional, up to 5 characters"))
        self.segment_combo = QComboBox()
        self.segment_combo.addItem(self.tr("Choose a segment…"), None)
        for segment in segments:
            self.segment_combo.addItem(code_and_label(segment.code, segment.name), segment.id)
        self.unit_combo = _code_combo(UNITS, self.tr("No unit"))
        self.max_weeks_spin = _optional_spin(0, 520, " " + self.tr("weeks"), current.max_weeks if current else None)
        self.max_extensions_spin = _optional_spin(-1, 50, "", current.max_extensions if current else None)
        if current is not None:
            _select(self.category_combo, current.category_code)
            _select(self.segment_combo, current.segment_id)
            _select(self.unit_combo, current.unit_code)
        self.add_field(self.tr("Name"), "name", self.name_edit)
        self.add_field(self.tr("Category (iJw)"), "category_code", self.category_combo)
        self.add_field(self.tr("Regional code"), "regional_code", self.regional_edit)
        self.add_field(self.tr("Segment"), "segment_id", self.segment_combo)
        self.add_field(self.tr("Unit"), "unit_code", self.unit_combo)
        for spin in (self.max_weeks_spin, self.max_extensions_spin):
            spin.setToolTip(self.tr("The norm for help with this product; \"–\" for none. Running help past it "
                                    "is flagged on Vandaag and the team overview."))
        self.add_field(self.tr("Maximum duration"), "max_weeks", self.max_weeks_spin)
        self.add_field(self.tr("Maximum extensions"), "max_extensions", self.max_extensions_spin)

    def command(self) -> Callable[[], ProductDTO]:
        return partial(self._save, ProductInput(
            name=self.name_edit.text(), category_code=self.category_combo.currentData() or "",
            segment_id=self.segment_combo.currentData(), regional_code=self.regional_edit.text(),
            unit_code=self.unit_combo.currentData(), max_weeks=_spin_value(self.max_weeks_spin),
            max_extensions=_spin_value(self.max_extensions_spin)))


def _optional_spin(low: int, high: int, suffix: str, value: int | None) -> QSpinBox:
    """A whole number or none: its lowest value reads "–" and means none."""
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setSpecialValueText("–")
    spin.setValue(low if value is None else value)
    spin.setMaximumWidth(140)
    return spin


def _spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else spin.value()


def _code_combo(codes: dict[str, str], nothing: str) -> QComboBox:
    """An iJw code list as ``45 Jeugdhulp ambulant``, after a first entry for no choice."""
    combo = QComboBox()
    combo.addItem(nothing, None)
    for code, official in codes.items():
        combo.addItem(code_and_label(code, official), code)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
