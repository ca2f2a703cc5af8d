"""Earlier versions of the plan: read any version as it was agreed, and what changed from the one before.

The changes are fetched with the version itself, so the "changes" tab shows them as soon as it is
opened: the chosen version (the newest at first) against the one before, every changed field with its
old and new value, a changed text word by word."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollArea,
    QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from app.bootstrap import Services
from app.errors import AppError
from app.queries.plan_compare import Marked, PlanChange, TextChange
from app.queries.plans import PlanDTO, PlanVersionRow
from ui.errors import error_text
from ui.formatting import format_date
from ui.labels import label
from ui.plan.compare_lines import BEFORE, NOW, CompareDetail, compare_entries
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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
    """The list of versions (newest first) beside the chosen one and its changes from the one before."""

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
        self.versions_list.setAccessibleName(self.tr("Plan versions"))
        self.versions_list.setFixedWidth(210)
        self.versions_list.setWordWrap(True)
        self.versions_list.setSpacing(3)
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
        self.changes_browser.clear()
        if row < 0:
            return
        plan_id = self._rows[row].id
        self._runner.run(lambda: self._services.plans.plan_version(plan_id), self.view.set_plan, self._on_failed,
                         context=self)
        if row == len(self._rows) - 1:
            first = self.tr("This is the first version; there is no earlier version to compare it with.")
            self.changes_browser.setHtml(f"<p>{escape(first)}</p>")
            return
        new_id, old_id = plan_id, self._rows[row + 1].id
        title = self.tr("From version {old} to version {new}").format(
            old=self._rows[row + 1].version_no, new=self._rows[row].version_no)
        self._runner.run(lambda: self._services.plans.compare_versions(old_id, new_id),
                         lambda changes: self._on_changes_loaded(row, title, changes), self._on_failed,
                         context=self)

    def _on_changes_loaded(self, row: int, title: str, changes: list[PlanChange]) -> None:
        if row != self.versions_list.currentRow():
            return  # another version was chosen meanwhile
        entries = compare_entries(changes)
        if not entries:
            nothing = self.tr("Nothing changed from the previous version.")
            body = f"<p>{escape(nothing)}</p>"
        else:
            items = []
            for entry in entries:
                own = "".join(_wording_html(d.wording) for d in entry.details if not d.text)  # a plan text
                details = "".join(f"<li style='margin-top:2px'>{_detail_html(d)}</li>"
                                  for d in entry.details if d.text)
                items.append(f"<li style='margin-top:8px'><b>{escape(entry.title)}</b>{own}"
                             f"{f'<ul>{details}</ul>' if details else ''}</li>")
            body = f"<ul style='margin-left:-18px'>{''.join(items)}</ul>"
        self.changes_browser.setHtml(f"<h3>{escape(title)}</h3>{body}")

    def _on_failed(self, error: AppError) -> None:
        self.message_label.setText(error_text(error))
        self.message_label.setVisible(True)


_MARK_STYLE = {
    Marked.REMOVED: "background-color:#fde2e1; color:#8a1c14; text-decoration:line-through;",
    Marked.ADDED: "background-color:#dcf3e3; color:#0f5a2a; font-weight:600;",
}


def _parts_html(parts) -> str:
    out = []
    for part in parts:
        text = escape(part.text).replace("\n", "<br>")
        style = _MARK_STYLE.get(part.marked)
        out.append(f"<span style='{style}'>{text}</span>" if style else text)
    return "".join(out) or "&mdash;"


def _wording_html(wording: TextChange | None) -> str:
    """The old and the new wording of a text, one under the other, what went and what came marked."""
    if wording is None:
        return ""
    before, now = (escape(QCoreApplication.translate("CompareLines", t)) for t in (BEFORE, NOW))
    return (f"<table cellspacing='0' cellpadding='3' style='margin-top:3px; margin-bottom:4px'>"
            f"<tr><td style='color:#5f6b76'>{before}</td><td>{_parts_html(wording.old)}</td></tr>"
            f"<tr><td style='color:#5f6b76'>{now}</td><td>{_parts_html(wording.new)}</td></tr></table>")


def _detail_html(detail: CompareDetail) -> str:
    return escape(detail.text) + _wording_html(detail.wording)
