"""Providers ("Aanbieders"): the administrator's list of providers and, for the selected one, its products.

Providers and products are never deleted (involvements refer to them), only made inactive. A list
can be imported from CSV; the import is all or nothing and its report says which lines are wrong.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget,
)

from app.codelists import PRODUCT_CATEGORIES, UNITS
from app.changes import ChangeKind, Outcome, run_command as collect
from app.errors import AppError, ConcurrencyConflict
from app.queries.providers import ProductDTO, ProviderDTO, SegmentRow
from app.services.provider_import import ImportReport
from app.services.providers import ProviderService
from ui.widgets.heading import heading
from ui.widgets.tables import make_table, selected_row
from ui.errors import error_text, show_error
from ui.commands import run_command
from ui.events import AppEvents
from ui.pages.import_report_dialog import show_import_report
from ui.pages.page_loader import PageLoader
from ui.pages.page_parts import empty_state, page_description, page_layout, page_title
from ui.pages.provider_dialogs import ProductDialog, ProviderDialog
from ui.pages.segment_dialogs import SegmentsDialog
from ui.widgets.form_dialog import run_form_dialog
from ui.qt_models.provider_models import ProductsModel, ProvidersModel, code_and_label
from ui.tasks import TaskRunner

CELL_PADDING = 28
# Long but common content per column (the last column takes the rest); measured, so widths follow the font.
PROVIDER_TYPICAL = ("Stichting Jeugdhulp Zaanstreek-Waterland", "98765432", "Nee")
PRODUCT_TYPICAL = ("Intensieve ambulante gezinsbehandeling", code_and_label("43", PRODUCT_CATEGORIES["43"]),
                   "AMB01", "C", code_and_label("82", UNITS["82"]))


def choose_csv_file(parent: QWidget) -> str:
    """The file the administrator picks, or "" (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ProvidersPage", "Import providers"), "",
        QCoreApplication.translate("ProvidersPage", "CSV files (*.csv *.txt);;All files (*)"))
    return path


def read_csv_text(path: str) -> str:
    """The file as text: UTF-8, with or without a byte-order mark (as Excel writes "CSV UTF-8")."""
    return Path(path).read_text(encoding="utf-8-sig")


class ProvidersPage(QWidget):
    loaded = Signal()

    def __init__(self, providers: ProviderService, runner: TaskRunner, events: AppEvents,
                 parent: QWidget | None = None, *, account_window: Callable[[int, QWidget], QDialog] | None = None):
        super().__init__(parent)
        self._providers = providers
        self._account_window = account_window  # the provider's account-holding window, by provider id
        self._runner = runner
        self._events = events
        self._selected_provider_id: int | None = None
        self._selected_product_id: int | None = None
        self._error: AppError | None = None

        self.title_label = page_title(self.tr("Providers"))
        self.description_label = page_description(self.tr(
            "Providers and their products, to choose from when help is arranged. Inactive ones are kept for "
            "the cases that used them, but are not offered for new help."))

        self.new_provider_button = self._button(self.tr("New provider…"))
        self.edit_provider_button = self._button(self.tr("Edit…"))
        self.provider_active_button = self._button(self.tr("Deactivate"))
        self.import_button = self._button(self.tr("Import from CSV…"))
        self.account_button = self._button(self.tr("Account holding…"))
        self.account_button.setVisible(account_window is not None)
        self.segments_button = self._button(self.tr("Segments…"))
        self.new_product_button = self._button(self.tr("New product…"))
        self.edit_product_button = self._button(self.tr("Edit…"))
        self.product_active_button = self._button(self.tr("Deactivate"))

        self.providers_model = ProvidersModel(self)
        self.products_model = ProductsModel(self)
        self.providers_table = self._table(self.providers_model, "providersTable", PROVIDER_TYPICAL)
        self.providers_table.setAccessibleName(self.tr("Providers"))
        self.products_table = self._table(self.products_model, "productsTable", PRODUCT_TYPICAL)
        self.products_table.setAccessibleName(self.tr("Products"))
        self.products_heading = heading(self.tr("Products"), 1.15)
        self.empty_label = empty_state()
        self.content = QStackedWidget()
        self.content.addWidget(self._split_view())
        self.content.addWidget(self.empty_label)

        layout = page_layout(self, self.title_label, self.description_label, beside_title=self.import_button)
        layout.addLayout(self._row(self.new_provider_button, self.edit_provider_button, self.provider_active_button,
                                   self.account_button, self.segments_button))
        layout.addWidget(self.content, 1)

        self.loader = PageLoader(self, runner, events, lambda: self._providers.providers, self._on_providers_loaded,
                                 self._on_load_failed, kinds=(ChangeKind.PROVIDER,))
        self.providers_table.selectionModel().currentRowChanged.connect(
            self._on_providers_table_current_row_changed)
        self.products_table.selectionModel().selectionChanged.connect(self._on_products_table_selection_changed)
        self.providers_table.activated.connect(self._on_edit_provider_button_clicked)
        self.products_table.activated.connect(self._on_edit_product_button_clicked)
        self.new_provider_button.clicked.connect(self._on_new_provider_button_clicked)
        self.edit_provider_button.clicked.connect(self._on_edit_provider_button_clicked)
        self.provider_active_button.clicked.connect(self._on_provider_active_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.segments_button.clicked.connect(self._on_segments_button_clicked)
        self.account_button.clicked.connect(self._on_account_button_clicked)
        self.new_product_button.clicked.connect(self._on_new_product_button_clicked)
        self.edit_product_button.clicked.connect(self._on_edit_product_button_clicked)
        self.product_active_button.clicked.connect(self._on_product_active_button_clicked)
        self._update_buttons()

    # -- layout -----------------------------------------------------------------------------------
    @staticmethod
    def _button(text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("pageButton")
        return button

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def _table(model, object_name: str, typical: tuple[str, ...]) -> QTableView:
        table = make_table(model, object_name)
        metrics = table.fontMetrics()
        for column, content in enumerate(typical):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(content), metrics.horizontalAdvance(title) + 12)
            table.setColumnWidth(column, width + CELL_PADDING)
        return table

    def _split_view(self) -> QSplitter:
        products = QWidget()
        column = QVBoxLayout(products)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.products_heading)
        column.addLayout(self._row(self.new_product_button, self.edit_product_button, self.product_active_button))
        column.addWidget(self.products_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("providersSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(10)
        splitter.addWidget(self.providers_table)
        splitter.addWidget(products)
        splitter.setSizes([320, 280])
        return splitter

    # -- loading ----------------------------------------------------------------------------------
    def _on_providers_loaded(self, providers: list[ProviderDTO]) -> None:
        self._error = None
        self.providers_model.set_rows(providers)
        self._show_providers()

    def _on_load_failed(self, error: AppError) -> None:
        self._error = error
        self.providers_model.set_rows([])
        self._show_providers()

    def _show_providers(self) -> None:
        if self._error is not None:
            self.empty_label.setText(self.tr("The providers could not be loaded.\n{reason}").format(
                reason=error_text(self._error)))
        else:
            self.empty_label.setText(self.tr(
                "No providers yet. Add one with “New provider…”, or import the region's list from a CSV file."))
        has_rows = self.providers_model.rowCount() > 0
        self.content.setCurrentIndex(0 if has_rows else 1)
        row = self.providers_model.row_of(self._selected_provider_id) if self._selected_provider_id else None
        self.select_provider_row(row if row is not None else 0 if has_rows else None)
        self.loaded.emit()

    # -- selection --------------------------------------------------------------------------------
    def selected_provider(self) -> ProviderDTO | None:
        row = selected_row(self.providers_table)
        return self.providers_model.row(row) if row is not None else None

    def selected_product(self) -> ProductDTO | None:
        row = selected_row(self.products_table)
        return self.products_model.row(row) if row is not None else None

    def select_provider_row(self, row: int | None) -> None:
        if row is None:
            self.providers_table.clearSelection()
        else:
            self.providers_table.selectRow(row)
        self._on_providers_table_current_row_changed()
        product_row = self.products_model.row_of(self._selected_product_id) if self._selected_product_id else None
        if product_row is not None:
            self.products_table.selectRow(product_row)

    def _on_providers_table_current_row_changed(self, *_args) -> None:
        provider = self.selected_provider()
        self._selected_provider_id = provider.id if provider else self._selected_provider_id
        self.products_model.set_rows(provider.products if provider else [])
        self.products_heading.setText(self.tr("Products of {provider}").format(provider=provider.name)
                                      if provider else self.tr("Products"))
        self._update_buttons()

    def _on_products_table_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        provider, product = self.selected_provider(), self.selected_product()
        for button in (self.edit_provider_button, self.provider_active_button, self.new_product_button,
                       self.account_button):
            button.setEnabled(provider is not None)
        for button in (self.edit_product_button, self.product_active_button):
            button.setEnabled(product is not None)
        self.provider_active_button.setText(self.tr("Reactivate") if provider and not provider.active
                                            else self.tr("Deactivate"))
        self.product_active_button.setText(self.tr("Reactivate") if product and not product.active
                                           else self.tr("Deactivate"))

    # -- commands ---------------------------------------------------------------------------------
    def _on_new_provider_button_clicked(self) -> None:
        dialog = ProviderDialog(self._providers.create_provider, parent=self, runner=self._runner)
        self._run_dialog(dialog)

    def _on_edit_provider_button_clicked(self, *_args) -> None:
        provider = self.selected_provider()
        if provider is None:
            return
        dialog = ProviderDialog(lambda data: self._providers.update_provider(provider.id, provider.version, data),
                                provider, self, runner=self._runner)
        self._run_dialog(dialog)

    def _on_provider_active_button_clicked(self) -> None:
        provider = self.selected_provider()
        if provider is not None:
            self._command(lambda: self._providers.set_provider_active(provider.id, provider.version,
                                                                      not provider.active))

    def _on_new_product_button_clicked(self) -> None:
        provider = self.selected_provider()
        if provider is None:
            return
        dialog = ProductDialog(lambda data: self._providers.add_product(provider.id, data),
                               self._segments(), provider.name, parent=self, runner=self._runner)
        self._run_dialog(dialog)

    def _on_edit_product_button_clicked(self, *_args) -> None:
        provider, product = self.selected_provider(), self.selected_product()
        if provider is None or product is None:
            return
        dialog = ProductDialog(lambda data: self._providers.update_product(product.id, product.version, data),
                               self._segments(product), provider.name, product, self, runner=self._runner)
        self._run_dialog(dialog)

    def _on_product_active_button_clicked(self) -> None:
        product = self.selected_product()
        if product is not None:
            self._command(lambda: self._providers.set_product_active(product.id, product.version, not product.active))

    def _on_segments_button_clicked(self) -> None:
        dialog = SegmentsDialog(self._providers, self._runner, self._events, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _on_account_button_clicked(self) -> None:
        provider = self.selected_provider()
        if provider is None or self._account_window is None:
            return
        window = self._account_window(provider.id, self)
        try:
            window.exec()
        finally:
            window.deleteLater()

    def _segments(self, product: ProductDTO | None = None) -> list[SegmentRow]:
        """The active segments, and the product's own segment even if it has been made inactive since."""
        try:
            segments = self._providers.segments()
        except AppError as error:
            show_error(self, error)
            return []
        if product is not None and product.segment_id is not None and all(
                s.id != product.segment_id for s in segments):
            segments.append(SegmentRow(product.segment_id, product.segment_code or "", "", True))
        return segments

    def _run_dialog(self, dialog: ProviderDialog | ProductDialog) -> None:
        run_form_dialog(dialog, self._saved, self._on_command_failed)

    def _command(self, call) -> None:
        self._runner.run(lambda: collect(call), self._saved, self._on_command_failed, context=self)

    def _on_command_failed(self, error: AppError) -> None:
        if isinstance(error, ConcurrencyConflict):
            self._on_conflict()
        else:
            show_error(self, error)

    def _saved(self, outcome: Outcome[ProviderDTO | ProductDTO]) -> None:
        """Keeps the saved provider or product selected and tells every page."""
        record = outcome.value
        if isinstance(record, ProductDTO):
            self._selected_provider_id, self._selected_product_id = record.provider_id, record.id
        else:
            self._selected_provider_id, self._selected_product_id = record.id, None
        self._events.announce(outcome.changes)

    def _on_conflict(self) -> None:
        QMessageBox.information(self, self.tr("Providers"), self.tr(
            "A colleague changed this in the meantime. The list now shows the latest version; "
            "make your change again."))
        self.loader.reload()

    # -- import -----------------------------------------------------------------------------------
    def _on_import_button_clicked(self) -> None:
        path = choose_csv_file(self)
        if not path:
            return
        try:
            text = read_csv_text(path)
        except UnicodeDecodeError:
            QMessageBox.warning(self, self.tr("Import providers"), self.tr(
                "The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (comma delimited)” and try again."))
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Import providers"), self.tr(
                "The file could not be read: {reason}").format(reason=error.strerror or str(error)))
            return
        self.import_button.setEnabled(False)
        providers = self._providers
        run_command(self._runner, self._events, "import providers", lambda: providers.import_providers_csv(text),
                    self._on_import_done, self._on_import_failed, context=self)

    def _on_import_done(self, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        show_import_report(report, self)

    def _on_import_failed(self, error: AppError) -> None:
        self.import_button.setEnabled(True)
        show_error(self, error)
