"""What the three care tabs share: loading when first shown, reloading on changes, and running a dialog."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.bootstrap import Services
from app.queries.case_view import CaseHeader
from models.enums import CaseStatus
from ui.care.looks import CARD_STYLE
from ui.case.form_dialog import ServiceFormDialog
from ui.widgets.messages import ask_yes_no, inform
from ui.events import AppEvents
from ui.tasks import TaskRunner

TOPIC_CASE = "case"
TOPIC_INVOLVEMENT = "involvement"
TOPIC_EVALUATION = "evaluation"
TOPIC_WAAKVLAM = "waakvlam"


class CareTab(QWidget):
    """A tab of the case window. Loads when first shown; reloads on the topics in ``reload_topics``.

    ``inform(parent, text)`` and ``confirm(parent, title, text) -> bool`` are attributes so tests can
    replace them; the window hands the case header over with :meth:`set_header`. When a colleague
    saved first, the tab reloads and emits ``conflict_found``; the window reloads and tells the user.
    """

    reload_topics: frozenset[str] = frozenset({TOPIC_CASE})
    conflict_found = Signal()  # a colleague saved first: the window reloads and says so

    def __init__(self, services: Services, case_id: int, events: AppEvents, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self._events = events
        self._runner = runner
        self._stale = True
        self.header: CaseHeader | None = None
        self.inform = inform
        self.confirm = ask_yes_no
        self.setStyleSheet(CARD_STYLE)
        events.data_changed.connect(self._on_events_data_changed)

    # -- the window's API ------------------------------------------------------------------------

    def set_header(self, header: CaseHeader) -> None:
        self.header = header
        self.header_changed()

    def reload(self) -> None:
        self._stale = False
        self.load()

    # -- for the tabs ----------------------------------------------------------------------------

    def load(self) -> None:
        raise NotImplementedError

    def header_changed(self) -> None:
        """The case's status or version changed: update what may be done."""

    @property
    def today(self) -> date:
        return self.services.ctx.clock.today()

    @property
    def case_is_changeable(self) -> bool:
        """Help can be added and evaluated while the case is in intake or active."""
        return self.header is not None and self.header.status in (CaseStatus.INTAKE, CaseStatus.ACTIVE)

    def notify(self, topic: str) -> None:
        self._events.notify_data_changed(topic)

    def run_dialog(self, dialog: ServiceFormDialog) -> object | None:
        """Runs the dialog; its result when accepted. A colleague's change first: reload and say so."""
        try:
            accepted = dialog.exec()
            if dialog.conflict is not None:
                self.reload()
                self.conflict_found.emit()
                return None
            return dialog.result_value if accepted else None
        finally:
            dialog.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_events_data_changed(self, topic: str) -> None:
        if topic not in self.reload_topics:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True
