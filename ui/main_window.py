"""The shell: navigation on the left, the pages in a stack, the database and worker in the status bar."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget,
)

from app.bootstrap import Services
from ui.actions import AppActions
from ui.events import AppEvents
from ui.icons import icon
from ui.pages.caseload_page import CaseloadPage, MyCaseloadPage, TeamCaseloadPage
from ui.settings import MAIN_WINDOW_GEOMETRY, MAIN_WINDOW_PAGE, MAIN_WINDOW_SPLITTER, UiSettings
from ui.tasks import TaskRunner

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
NAVIGATION_ITEM_HEIGHT = 38


class MainWindow(QMainWindow):
    """Holds the pages; knows nothing of what they show. Remembers its size and layout."""

    def __init__(self, services: Services, runner: TaskRunner, events: AppEvents, settings: UiSettings,
                 *, demo: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self.setWindowTitle(self.tr("Gezinsregie (demo)") if demo else self.tr("Gezinsregie"))

        self.my_caseload_page = MyCaseloadPage(services.caseload.my_caseload, runner, events, settings)
        self.team_page = TeamCaseloadPage(services.caseload.team_caseload, runner, events, settings)
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self._add_page(self.tr("My caseload"), "caseload", self.my_caseload_page)
        self._add_page(self.tr("Team"), "team", self.team_page)
        self._add_later_entry(self.tr("Providers"), "providers")
        self._add_later_entry(self.tr("Waakvlam"), "waakvlam")
        self._add_later_entry(self.tr("Reports"), "reports")
        self.navigation.currentItemChanged.connect(self._on_navigation_current_item_changed)

        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1080])
        self.setCentralWidget(self.splitter)

        self.app_actions = AppActions(self)
        self.app_actions.quit.triggered.connect(self.close)
        self.app_actions.about.triggered.connect(self._on_about_triggered)
        self.menuBar().addMenu(self.tr("&File")).addAction(self.app_actions.quit)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.app_actions.about)

        self.database_label = QLabel(self.tr("Database: {name}").format(name=services.ctx.target.display_name))
        user = services.ctx.user
        self.worker_label = QLabel(self.tr("Worker: {name}").format(name=user.name) if user else "")
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.worker_label)
        self._restore_layout()

    def _add_navigation_item(self, title: str, icon_name: str) -> QListWidgetItem:
        item = QListWidgetItem(icon(icon_name), title, self.navigation)
        item.setSizeHint(QSize(0, NAVIGATION_ITEM_HEIGHT))
        return item

    def _add_page(self, title: str, icon_name: str, page: CaseloadPage) -> None:
        index = self.pages.addWidget(page)
        self._add_navigation_item(title, icon_name).setData(PAGE_ROLE, index)

    def _add_later_entry(self, title: str, icon_name: str) -> None:
        """Shown, so workers see what is coming, but not selectable yet."""
        item = self._add_navigation_item(title, icon_name)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        item.setToolTip(self.tr("Available in a later version"))

    def show_page(self, page: QWidget) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(PAGE_ROLE) == self.pages.indexOf(page):
                self.navigation.setCurrentRow(row)
                return

    def _on_navigation_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None and current.data(PAGE_ROLE) is not None:
            self.pages.setCurrentIndex(int(current.data(PAGE_ROLE)))

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Gezinsregie"), self.tr(
            "Gezinsregie supports case direction by the local social team: one family, one plan, one director."))

    def _restore_layout(self) -> None:
        geometry = self._settings.value(MAIN_WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = self._settings.value(MAIN_WINDOW_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        page = self._settings.value(MAIN_WINDOW_PAGE)
        self.pages.setCurrentIndex(page if 0 <= page < self.pages.count() else 0)
        self.show_page(self.pages.currentWidget())

    def save_layout(self) -> None:
        self._settings.set_value(MAIN_WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set_value(MAIN_WINDOW_SPLITTER, self.splitter.saveState())
        self._settings.set_value(MAIN_WINDOW_PAGE, self.pages.currentIndex())
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if isinstance(page, CaseloadPage):
                page.save_view_state()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        super().closeEvent(event)
