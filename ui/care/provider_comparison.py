"""Under the provider choice of the involvement form: the providers of the chosen product's category side by
side - waiting now, median waiting time, goal realisation and median lead time over the last 12 months - so a
worker refers to what works. Fetched off the GUI thread; counts only."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.errors import AppError
from app.export.figures_texts import Kind
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.provider_choice import ProviderComparison
from ui.formatting import format_date
from ui.qt_models.steering_models import SpecTableModel
from ui.tasks import TaskRunner
from ui.widgets.heading import muted
from ui.widgets.tables import fit_height, make_table

COLUMNS = (  # (attribute of ProviderChoiceRow, header in the "Figures" context, kind)
    ("provider_name", QT_TRANSLATE_NOOP("Figures", "Provider"), None),
    ("waiting_now", QT_TRANSLATE_NOOP("Figures", "Waiting now"), Kind.COUNT),
    ("wait_median", QT_TRANSLATE_NOOP("Figures", "Waiting time, median (days)"), Kind.DAYS),
    ("goal_realisation", QT_TRANSLATE_NOOP("Figures", "Goal realisation"), Kind.SHARE),
    ("lead_median", QT_TRANSLATE_NOOP("Figures", "Lead time, median (days)"), Kind.DAYS),
)

Compare = Callable[[str], ProviderComparison]


class ChoiceModel(SpecTableModel):
    """The chosen provider's row in bold."""

    chosen: int | None = None

    def data(self, index, role=0):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self._rows[index.row()].provider_id == self.chosen:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class ProviderComparisonBox(QWidget):
    loaded = Signal()

    def __init__(self, compare: Compare | None, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._compare, self._runner = compare, runner
        self._category: str | None = None
        self.model = ChoiceModel(COLUMNS, self)
        self.table = make_table(self.model, "providerComparisonTable")
        self.table.setAccessibleName(self.tr("The providers of this product category compared"))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.caption = muted()
        self.caption.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.table)
        self.setVisible(False)

    def show_category(self, category_code: str | None, provider_id: int | None) -> None:
        """Shows the comparison for the category (hidden for none); the chosen provider in bold."""
        self.model.chosen = provider_id
        if category_code is None or self._compare is None:
            self._category = None
            self.setVisible(False)
            return
        if category_code == self._category:
            self.model.layoutChanged.emit()
            return
        self._category = category_code
        compare = self._compare
        self.caption.setText(self.tr("Comparing the providers of this category…"))
        self.setVisible(True)
        self._runner.run(lambda: compare(category_code), self._on_loaded, self._on_failed, context=self)

    def _on_loaded(self, comparison: ProviderComparison) -> None:
        if comparison.category_code != self._category:
            return  # another product was chosen meanwhile
        self.caption.setText(self.tr(
            "What works in this product category: the providers side by side, over the help of your teams from "
            "{start} to {end}.").format(start=format_date(comparison.start), end=format_date(comparison.end)))
        self.model.set_rows(comparison.rows)
        self.table.resizeColumnsToContents()
        fit_height(self.table, min_rows=1, max_rows=5)
        self.loaded.emit()

    def _on_failed(self, _error: AppError) -> None:
        self.caption.setText(self.tr("The comparison of the providers could not be made."))
        self.model.set_rows([])
        self.loaded.emit()
