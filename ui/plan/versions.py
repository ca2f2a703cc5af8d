"""Earlier versions of the plan: read any version as it was agreed, and what changed from the one before."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from app.bootstrap import Services
from app.errors import AppError
from app.queries.plan_compare import PlanChange
from app.queries.plans import PlanDTO, PlanVersionRow
from ui.errors import error_text
from ui.formatting import format_date
from ui.labels import label
from ui.plan.compare_lines import compare_entries
from ui.plan.goals_panel import GoalsPanel
from ui.plan.plan_header import PlanHeader
from ui.plan.plan_text_merge import plan_values
from ui.plan.plan_texts import PlanTextsEditor
from ui.tasks import TaskRunner
from ui.widgets.screen_fit import resize_to_screen

VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanVersionView(QWidget):
    """One version, read-only: its dates, texts and goals with their actions."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.header = PlanHeader()
        self.texts = PlanTextsEditor(today)
        self.texts.set_read_only(True)
        self.goals = GoalsPanel(with_buttons=False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.texts)
        scroll.viewport().setAutoFillBackground(False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.texts.setAutoFillBackground(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.goals)
        splitter.setSizes([360, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    def set_plan(self, plan: PlanDTO) -> None:
        self.header.set_plan(plan)
        self.texts.load(plan_values(plan))
        self.goals.set_plan(plan, editable=False, progress_allowed=False)


class VersionsDialog(QDialog):
    """The list of versions (newest first) beside the chosen one; "Compare with previous" shows the changes."""

    def __init__(self, services: Services, runner: TaskRunner, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._case_id = case_id
        self._rows: list[PlanVersionRow] = []
        self.setWindowTitle(self.tr("Versions of the family plan"))
        resize_to_screen(self, 1500, 960)

        self.versions_list = QListWidget()
        self.versions_list.setObjectName("versionsList")
        self.versions_list.setFixedWidth(210)
        self.versions_list.setWordWrap(True)
        self.versions_list.setSpacing(3)
        self.compare_button = QPushButton(self.tr("Compare with previous"))
        self.compare_button.setEnabled(False)
        self.view = PlanVersionView(services.ctx.clock.today())
        self.changes_browser = QTextBrowser()
        self.changes_browser.setObjectName("changesBrowser")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("This version"))
        self.tabs.addTab(self.changes_browser, self.tr("Changes from the previous version"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)

        left = QVBoxLayout()
        heading = QLabel(self.tr("Versions"))
        heading.setStyleSheet("font-weight:600;")
        left.addWidget(heading)
        left.addWidget(self.versions_list, 1)
        left.addWidget(self.compare_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addLayout(left)
        row.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(self.message_label)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

        self.versions_list.currentRowChanged.connect(self._on_versions_list_current_row_changed)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self._runner.run(lambda: self._services.plans.plan_versions(case_id), self._on_versions_loaded,
                         self._on_failed, context=self)

    def select_version(self, version_no: int) -> None:
        row = next((i for i, r in enumerate(self._rows) if r.version_no == version_no), -1)
        self.versions_list.setCurrentRow(row)

    def _on_versions_loaded(self, rows: list[PlanVersionRow]) -> None:
        self._rows = rows
        for row in rows:
            item = QListWidgetItem(self._row_text(row))
            item.setData(VERSION_ID_ROLE, row.id)
            self.versions_list.addItem(item)
        if rows:
            self.versions_list.setCurrentRow(0)

    def _row_text(self, row: PlanVersionRow) -> str:
        first = self.tr("Version {number} · {status}").format(number=row.version_no, status=label(row.status))
        if row.agreed_on is not None:
            second = self.tr("Agreed on {date} with {who}").format(date=format_date(row.agreed_on),
                                                                   who=row.agreed_with or "")
        else:
            second = self.tr("Plan date {date}").format(date=format_date(row.plan_date))
        return f"{first}\n{second}"

    def _on_versions_list_current_row_changed(self, row: int) -> None:
        self.compare_button.setEnabled(0 <= row < len(self._rows) - 1)
        self.changes_browser.clear()
        self.tabs.setCurrentWidget(self.view)
        if row < 0:
            return
        plan_id = self._rows[row].id
        self._runner.run(lambda: self._services.plans.plan_version(plan_id), self.view.set_plan, self._on_failed,
                         context=self)

    def _on_compare_button_clicked(self) -> None:
        row = self.versions_list.currentRow()
        if not 0 <= row < len(self._rows) - 1:
            return
        new_id, old_id = self._rows[row].id, self._rows[row + 1].id
        title = self.tr("From version {old} to version {new}").format(
            old=self._rows[row + 1].version_no, new=self._rows[row].version_no)
        self._runner.run(lambda: self._services.plans.compare_versions(old_id, new_id),
                         lambda changes: self._on_changes_loaded(title, changes), self._on_failed, context=self)

    def _on_changes_loaded(self, title: str, changes: list[PlanChange]) -> None:
        entries = compare_entries(changes)
        if not entries:
            nothing = self.tr("Nothing changed from the previous version.")
            body = f"<p>{escape(nothing)}</p>"
        else:
            items = []
            for entry in entries:
                details = "".join(f"<li style='margin-top:2px'>{escape(d)}</li>" for d in entry.details)
                items.append(f"<li style='margin-top:6px'>{escape(entry.title)}"
                             f"{f'<ul>{details}</ul>' if details else ''}</li>")
            body = f"<ul style='margin-left:-18px'>{''.join(items)}</ul>"
        self.changes_browser.setHtml(f"<h3>{escape(title)}</h3>{body}")
        self.tabs.setCurrentWidget(self.changes_browser)

    def _on_failed(self, error: AppError) -> None:
        self.message_label.setText(error_text(error))
        self.message_label.setVisible(True)
