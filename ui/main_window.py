"""The shell: navigation on the left, the pages in a stack, the database and worker in the status bar."""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget,
)

from app.bootstrap import Services
from models.enums import Role
from ui.actions import AppActions
from ui.dialogs.profile_dialog import ChosenConnection, choose_connection
from ui.dialogs.restore_dialog import open_restore_dialog
from ui.case.openers import close_all_case_windows, open_case_window, run_intake
from app.changes import Changes
from models.enums import Role
from ui.events import AppEvents
from ui.icons import icon
from ui.pages.caseload_page import CaseloadPage
from ui.pages.page_factory import AppPages
from ui.settings import MAIN_WINDOW_GEOMETRY, MAIN_WINDOW_PAGE, MAIN_WINDOW_SPLITTER, UiSettings
from ui.tasks import TaskRunner
from ui.widgets.accessible import focus_first_input
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.screen_fit import resize_to_screen, scroll_when_too_big

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the page's key (see AppPages)
NAVIGATION_ITEM_HEIGHT = 38
FIRST_PAGE_WAIT_MS = 3000  # after_first_page: at the latest this long after the window shows


class MainWindow(QMainWindow):
    """Holds the pages; knows nothing of what they show. Remembers its size and layout."""

    def __init__(self, services: Services, runner: TaskRunner, events: AppEvents, settings: UiSettings,
                 *, demo: bool = False, database_name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.switch_requested: ChosenConnection | None = None  # the launcher reopens on it after closing
        self.connection_chooser = choose_connection
        self._services = services
        self._settings = settings
        self._runner = runner
        self._events = events
        self.setWindowTitle(self.tr("Gezinsregie (demo)") if demo else self.tr("Gezinsregie"))

        # Pages are built on first navigation (see AppPages); until then a stand-in holds their place.
        self.app_pages = AppPages(services, runner, events, settings, on_built=self._on_page_built)
        self._stand_ins: dict[str, QWidget] = {}
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setIconSize(QSize(20, 20))
        entries = {
            "today": (self.tr("Today"), "today"), "my_caseload": (self.tr("My caseload"), "caseload"),
            "team": (self.tr("Team"), "team"), "team_overview": (self.tr("Team overview"), "team"),
            "waakvlam": (self.tr("Waakvlam"), "waakvlam"), "providers": (self.tr("Providers"), "providers"),
            "reports": (self.tr("Reports"), "reports"), "search": (self.tr("Find family"), "search"),
        }
        items = {key: self._add_page(*entries[key], key) for key in self.app_pages.keys}
        self.today_item = items["today"]
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
        self.app_actions.new_family.triggered.connect(self._on_new_family_triggered)
        self.app_actions.refresh.triggered.connect(self._on_refresh_triggered)
        self.app_actions.export_caseload.triggered.connect(self._on_export_caseload_triggered)
        self.app_actions.export_team_caseload.triggered.connect(self._on_export_team_caseload_triggered)
        self.app_actions.export_all_plans.triggered.connect(self._on_export_all_plans_triggered)
        self.app_actions.restore_backup.triggered.connect(self._on_restore_backup_triggered)
        self.app_actions.restore_backup.setEnabled(services.ctx.target.path is not None)
        self.app_actions.choose_connection.triggered.connect(self._on_choose_connection_triggered)
        self.app_actions.access_log.triggered.connect(self._on_access_log_triggered)
        self.app_actions.access_log.setEnabled(services.ctx.user is not None and services.ctx.user.is_supervisor)
        self.app_actions.retention.triggered.connect(self._on_retention_triggered)
        self.app_actions.retention.setEnabled(services.ctx.user is not None and services.ctx.user.role is Role.ADMIN)
        self.app_actions.my_details.triggered.connect(self._on_my_details_triggered)
        self.app_actions.my_details.setEnabled(services.ctx.user is not None)
        self.app_actions.directory.triggered.connect(self._on_directory_triggered)
        self.app_actions.directory.setEnabled(services.ctx.user is not None and services.ctx.user.role is Role.ADMIN)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.app_actions.new_family)
        file_menu.addAction(self.app_actions.find_family)
        self.app_actions.find_family.triggered.connect(self._on_find_family_triggered)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for action in (self.app_actions.export_caseload, self.app_actions.export_team_caseload,
                       self.app_actions.export_all_plans):
            export_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.app_actions.restore_backup)
        file_menu.addAction(self.app_actions.access_log)
        file_menu.addAction(self.app_actions.retention)
        file_menu.addSeparator()
        file_menu.addAction(self.app_actions.my_details)
        file_menu.addAction(self.app_actions.directory)
        file_menu.addSeparator()
        file_menu.addAction(self.app_actions.choose_connection)
        file_menu.addSeparator()
        file_menu.addAction(self.app_actions.quit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.app_actions.refresh)
        view_menu.addSeparator()
        for row in range(self.navigation.count()):  # Ctrl+1 .. Ctrl+8: the pages, as in the navigation
            page = self.app_actions.add_page(self.navigation.item(row).text(), self)
            page.triggered.connect(lambda _checked=False, row=row: self._on_page_action_triggered(row))
            view_menu.addAction(page)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.app_actions.keyboard_shortcuts)
        help_menu.addAction(self.app_actions.about)
        self.app_actions.keyboard_shortcuts.triggered.connect(self._on_keyboard_shortcuts_triggered)

        self.database_label = ElidedLabel(self.tr("Database: {name}").format(
            name=database_name or services.ctx.target.display_name))
        user = services.ctx.user
        self.worker_label = QLabel(self.tr("Worker: {name}").format(name=user.name) if user else "")
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.worker_label)
        self.today_page.attention_count_changed.connect(self._on_today_page_attention_count_changed)
        self._on_today_page_attention_count_changed(self.today_page.attention_count)
        self._restore_layout()
        scroll_when_too_big(self)
        # The badge's count loads once the window shows, after the first page's own load.
        QTimer.singleShot(0, self._on_first_show_load_today)

    # -- the pages, built on first use ------------------------------------------------------------
    today_page = property(lambda self: self.app_pages.today)
    my_caseload_page = property(lambda self: self.app_pages.my_caseload)
    team_page = property(lambda self: self.app_pages.team)
    waakvlam_page = property(lambda self: self.app_pages.waakvlam)
    providers_page = property(lambda self: self.app_pages.providers)
    search_page = property(lambda self: self.app_pages.search)

    def _on_page_built(self, key: str, page: QWidget) -> None:
        """A page built on first use takes its stand-in's place and gets its connections."""
        stand_in = self._stand_ins.pop(key)
        index = self.pages.indexOf(stand_in)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if hasattr(page, "case_open_requested"):
            page.case_open_requested.connect(self.open_case)
        if key == "my_caseload":
            page.add_action_button(self.app_actions.new_family)

    def _on_first_show_load_today(self) -> None:
        if shiboken6.isValid(self) and self.today_page.loader.stale:
            self.today_page.loader.reload()

    def after_first_page(self, callback: Callable[[], None], *, at_most_ms: int = FIRST_PAGE_WAIT_MS) -> None:
        """Calls ``callback`` once the page shown at start-up has its data, or after ``at_most_ms``:
        background work (the start-up checks) then does not slow that first load down."""
        page = self.pages.currentWidget()
        loader, loaded = getattr(page, "loader", None), getattr(page, "loaded", None)
        if loader is None or loaded is None or loader.answered:
            callback()
            return
        timer = QTimer(self)  # goes with the window: a window closed before it fires calls nothing
        timer.setSingleShot(True)
        called: list[bool] = []

        def once() -> None:
            if not called:
                called.append(True)
                timer.stop()
                callback()

        loaded.connect(once)
        timer.timeout.connect(once)
        timer.start(at_most_ms)

    def _add_navigation_item(self, title: str, icon_name: str) -> QListWidgetItem:
        item = QListWidgetItem(icon(icon_name), title, self.navigation)
        item.setSizeHint(QSize(0, NAVIGATION_ITEM_HEIGHT))
        return item

    def _add_page(self, title: str, icon_name: str, key: str) -> QListWidgetItem:
        item = self._add_navigation_item(title, icon_name)
        item.setData(PAGE_ROLE, key)
        self._stand_ins[key] = QWidget()
        self.pages.addWidget(self._stand_ins[key])
        return item

    def show_page(self, page: QWidget) -> None:
        index = self.pages.indexOf(page)
        if 0 <= index < len(self.app_pages.keys):
            self.navigation.setCurrentRow(index)  # one navigation entry per page, in the same order

    def _on_navigation_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None and current.data(PAGE_ROLE) is not None:
            self.pages.setCurrentWidget(self.app_pages.page(current.data(PAGE_ROLE)))

    def _on_today_page_attention_count_changed(self, count: int) -> None:
        """The badge: how many items are overdue or due this week."""
        self.today_item.setText(self.tr("Today ({count})").format(count=count) if count else self.tr("Today"))
        self.today_item.setToolTip(self.tr("1 item overdue or due this week") if count == 1 else self.tr(
            "{count} items overdue or due this week").format(count=count))

    def _on_refresh_triggered(self) -> None:
        self.pages.currentWidget().loader.reload()

    def open_case(self, case_id: int) -> None:
        """One window per case; an already open one comes to the front."""
        open_case_window(self._services, case_id, self._events, self._runner, parent=self)

    def _on_new_family_triggered(self) -> None:
        case_id = run_intake(self._services, self, runner=self._runner, events=self._events)
        if case_id is not None:
            self.open_case(case_id)

    def _on_find_family_triggered(self) -> None:
        self.show_page(self.search_page)
        self.search_page.focus_search()

    def _on_export_caseload_triggered(self) -> None:
        self._export_caseload("MINE")

    def _on_export_team_caseload_triggered(self) -> None:
        self._export_caseload("TEAM")

    def _export_caseload(self, scope: str) -> None:
        # the export machinery (spreadsheets, PDF) is imported on first use, not at start-up
        from app.services.exports import CaseloadScope
        from ui.export.caseload_export import export_caseload

        export_caseload(self, self._services, self._runner, CaseloadScope[scope])

    def _on_export_all_plans_triggered(self) -> None:
        from ui.export.batch_export_dialog import BatchExportDialog

        BatchExportDialog(self._services, parent=self).open()

    def _on_restore_backup_triggered(self) -> None:
        self._runner.wait_for_done()
        open_restore_dialog(self._services, self, runner=self._runner,
                            on_restored=lambda: self._events.announce(Changes.everything()))

    def _on_choose_connection_triggered(self) -> None:
        """Another database: this window closes and the launcher opens a new one on the choice."""
        chosen = self.connection_chooser(self._runner, self)
        if chosen is None:
            return
        self.switch_requested = chosen
        if not self.close():
            self.switch_requested = None  # a case window kept unsaved edits: stay

    def _on_access_log_triggered(self) -> None:
        from ui.dialogs.access_log_dialog import open_access_log_dialog  # not needed for a start

        open_access_log_dialog(self._services, self._runner, self)

    def _on_retention_triggered(self) -> None:
        from ui.dialogs.retention_dialog import open_retention_dialog  # not needed for a start

        open_retention_dialog(self._services, self._runner, self._events, self)
    def _on_my_details_triggered(self) -> None:
        from ui.dialogs.contact_dialogs import open_my_details  # not needed for a start

        open_my_details(self._services, self._runner, self._events, self)

    def _on_directory_triggered(self) -> None:
        from ui.dialogs.contact_dialogs import DirectoryDialog

        dialog = DirectoryDialog(self._services, self._runner, self,
                                 on_changed=lambda changes: self._events.announce(changes, self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_page_action_triggered(self, row: int) -> None:
        """Shows the page and puts the keyboard focus on its first field or list."""
        self.navigation.setCurrentRow(row)
        focus_first_input(self.pages.currentWidget())

    def _on_keyboard_shortcuts_triggered(self) -> None:
        from ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.app_actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Gezinsregie"), self.tr(
            "Gezinsregie supports case direction by the local social team: one family, one plan, one director."))

    def _restore_layout(self) -> None:
        geometry = self._settings.value(MAIN_WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            resize_to_screen(self, 1440, 900)
        splitter = self._settings.value(MAIN_WINDOW_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        page = self._settings.value(MAIN_WINDOW_PAGE)
        row = page if 0 <= page < self.pages.count() else 0
        self.navigation.setCurrentRow(row)
        self.pages.setCurrentWidget(self.app_pages.page(self.app_pages.keys[row]))  # built now

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
        if not close_all_case_windows():  # a case window with unsaved edits stayed open
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
