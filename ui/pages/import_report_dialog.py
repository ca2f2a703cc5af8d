"""The outcome of a provider/product CSV import: the counts, or every problem with its line number.

The import is all or nothing, so a report with problems says plainly that nothing was imported.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.services.provider_import import ImportProblem, ImportReport
from ui.widgets.heading import heading, muted
from ui.widgets.screen_fit import resize_to_screen
from ui.widgets.tables import fit_columns, make_table
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.errors import translated


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import providers"))
        self.setMinimumWidth(560)
        self.problems_table = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        if report.ok:
            self.heading_label = heading(self.tr("Import completed"), 1.2, "dialogHeading")
            layout.addWidget(self.heading_label)
            layout.addWidget(muted(self.tr("Every row of the file was imported.")))
            layout.addLayout(self._counts())
        else:
            resize_to_screen(self, 760, 460)
            self.heading_label = heading(self.tr("Nothing was imported"), 1.2, "dialogHeading")
            self.statement_label = muted(self._statement(len(report.problems)))
            self.problems_model = RowTableModel(self._problem_columns(), self)
            self.problems_model.set_rows(report.problems)
            self.problems_table = make_table(self.problems_model, "importProblems")
            self.problems_table.setAccessibleName(self.tr("Problems"))
            fit_columns(self.problems_table)
            layout.addWidget(self.heading_label)
            layout.addWidget(self.statement_label)
            layout.addWidget(self.problems_table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _statement(self, problems: int) -> str:
        return self.tr("The file has %n problem(s). Nothing was imported: correct the line(s) below and import "
                       "the file again.", "", problems)

    def _counts(self) -> QFormLayout:
        counts = QFormLayout()
        counts.setHorizontalSpacing(24)
        report = self.report
        for title, number in (
                (self.tr("Rows read"), report.rows),
                (self.tr("New providers"), report.providers_created),
                (self.tr("Changed providers"), report.providers_updated),
                (self.tr("New products"), report.products_created),
                (self.tr("Changed products"), report.products_updated)):
            counts.addRow(QLabel(title), QLabel(str(number)))
        return counts

    def _problem_columns(self) -> list[Column[ImportProblem]]:
        return [
            Column(self.tr("Line"), lambda p: str(p.line)),
            Column(self.tr("Column"), lambda p: self.column_name(p.column)),
            Column(self.tr("Problem"), lambda p: translated(p.msg), lambda p: translated(p.msg)),
        ]

    def column_name(self, column: str | None) -> str:
        """The column as the Dutch file header calls it (the import reads English names too)."""
        names = {
            "provider_name": self.tr("provider"),
            "agb_code": self.tr("agb"),
            "product_name": self.tr("product"),
            "category_code": self.tr("category"),
            "regional_code": self.tr("product code"),
            "segment": self.tr("segment"),
            "unit_code": self.tr("unit"),
        }
        return names.get(column, "") if column else ""


def show_import_report(report: ImportReport, parent: QWidget | None = None) -> ImportReportDialog:
    """Shows the report modally (tests replace ``ImportReportDialog.exec``)."""
    dialog = ImportReportDialog(report, parent)
    dialog.exec()
    return dialog
