"""The per-provider management figures as a table: one row per provider, sortable on the raw values."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from app.export.figures_texts import PROVIDER_COLUMNS, Kind
from app.export.figures_texts import tr as figures_tr
from ui.widgets.screen_fit import two_lines
from ui.qt_models.column_table_model import AnyIndex, ColumnTableModel
from ui.qt_models.roles import SORT_ROLE

ProviderColumn = IntEnum("ProviderColumn", [attr.upper() for attr, _h, _k in PROVIDER_COLUMNS], start=0)


def format_figure(value: float | int | None, kind: Kind | None) -> str:
    """A figure the Dutch way: ``179,5``, ``66,7 %``; a dash for no value."""
    if value is None:
        return "–"
    if kind is None:
        return str(value)
    locale = QLocale()
    if kind is Kind.COUNT:
        return locale.toString(int(value))
    if kind is Kind.SHARE:
        return f"{locale.toString(float(value) * 100, 'f', 1)} %"
    return locale.toString(float(value), "f", 2 if kind is Kind.RATIO else 1)


class ProviderFiguresModel(ColumnTableModel):
    COLUMNS = ProviderColumn

    def column_title(self, column: IntEnum) -> str:
        return figures_tr(PROVIDER_COLUMNS[column][1])

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole):
        title = super().headerData(section, orientation, role)
        return two_lines(title, 3) if title and section else title  # narrow columns of figures

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        attr, _header, kind = PROVIDER_COLUMNS[index.column()]
        value = getattr(self._rows[index.row()], attr)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_figure(value, kind)
        if role == SORT_ROLE:
            return value.casefold() if isinstance(value, str) else (-1.0 if value is None else float(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and kind is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProviderFiguresProxy(QSortFilterProxyModel):
    """Sorts on the raw values (a short list: a proxy is fine here)."""

    def __init__(self, source: ProviderFiguresModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
