"""Table models for the providers page: the providers, and the products of the selected one.

Inactive providers and products stay in the lists (involvements refer to them), in grey.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from app.queries.providers import ProductDTO, ProviderDTO, SegmentRow
from ui.qt_models.row_table_model import AnyIndex, Column, RowTableModel

INACTIVE_COLOUR = QColor("#5f6b76")


def code_and_label(code: str | None, official: str | None) -> str:
    """An iJw code with its official name, ``45 Jeugdhulp ambulant``; empty without a code."""
    if not code:
        return ""
    return f"{code} {official}" if official and official != code else code


class ActiveRowsModel(RowTableModel):
    """Greys out rows whose ``active`` is false; finds a row by its record's id.

    Subclasses describe their columns in ``_columns`` (``tr`` needs only the class, so it may run
    before the model is initialised).
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(self._columns(), parent)

    def _columns(self) -> list[Column]:
        raise NotImplementedError

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows()) if r.id == record_id), None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and not self.row(index.row()).active:
            return INACTIVE_COLOUR
        return super().data(index, role)


class ProvidersModel(ActiveRowsModel):
    def _columns(self) -> list[Column[ProviderDTO]]:
        return [
            Column(self.tr("Provider"), lambda p: p.name, lambda p: p.name),
            Column(self.tr("AGB code"), lambda p: p.agb_code or ""),
            Column(self.tr("Active"), lambda p: self._yes_no(p.active)),
            Column(self.tr("Products"), lambda p: str(len(p.products)), lambda p: self.tr(
                "{active} of {total} active").format(active=len(p.active_products), total=len(p.products))),
        ]


class ProductsModel(ActiveRowsModel):
    def _columns(self) -> list[Column[ProductDTO]]:
        return [
            Column(self.tr("Product"), lambda p: p.name, lambda p: p.name),
            Column(self.tr("Category (iJw)"), lambda p: code_and_label(p.category_code, p.category_label)),
            Column(self.tr("Regional code"), lambda p: p.regional_code or ""),
            Column(self.tr("Segment"), lambda p: p.segment_code or ""),
            Column(self.tr("Unit"), lambda p: code_and_label(p.unit_code, p.unit_label)),
            Column(self.tr("Active"), lambda p: self._yes_no(p.active)),
        ]


class SegmentsModel(ActiveRowsModel):
    def _columns(self) -> list[Column[SegmentRow]]:
        return [
            Column(self.tr("Code"), lambda s: s.code),
            Column(self.tr("Segment"), lambda s: s.name, lambda s: s.name),
            Column(self.tr("Needs a referral"), lambda s: self._yes_no(s.needs_referral)),
            Column(self.tr("Order"), lambda s: str(s.position)),
            Column(self.tr("Active"), lambda s: self._yes_no(s.active)),
        ]
