"""What the three care tabs share: loading when first shown, reloading on changes, and running a dialog."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.bootstrap import Services
from app.changes import ChangeKind, Changes
from app.queries.case_view import CaseHeader
from models.enums import CaseStatus
from ui.care.looks import CARD_STYLE
from ui.widgets.form_dialog import FormDialog
from ui.widgets.messages import ask_yes_no, inform
from ui.events import AppEvents, Freshness
from ui.tasks import TaskRunner


class CareTab(QWidget):
    """A tab of the case window. Loads when first shown; reloads when a command changed one of
    ``reload_kinds`` for its case (at once when visible, else when next shown).

    ``inform(parent, text)`` and ``confirm(parent, title, text) -> bool`` are attributes so tests can
    replace them; the window hands the case header over with :meth:`set_header`. When a colleague
    saved first, the tab reloads and emits ``conflict_found``; the window reloads and tells the user.
    """

    reload_kinds: frozenset[ChangeKind] = frozenset({ChangeKind.CASE})
    conflict_found = Signal()  # a colleague saved first: the window reloads and says so

    def __init__(self, services: Services, case_id: int, events: AppEvents, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self._events = events
        self._runner = runner
        self._freshness = Freshness(self, self.load)
        self._last_changes = Changes()
        self.header: CaseHeader | None = None
        self.inform = inform
        self.confirm = ask_yes_no
        self.setStyleSheet(CARD_STYLE)
        events.operation_did_execute.connect(self._on_events_operation_did_execute)

    # -- the window's API ------------------------------------------------------------------------

    def set_header(self, header: CaseHeader) -> None:
        self.header = header
        self.header_changed()

    def reload(self) -> None:
        self._freshness.reload()

    # -- for the tabs ----------------------------------------------------------------------------

    def load(self) -> None:
        """Reads the tab's records in the background; passes :attr:`log_read` to the service."""
        raise NotImplementedError

    @property
    def log_read(self) -> bool:
        """False while the tab refreshes after a command (that is no new view of the file)."""
        return self._freshness.log_read

    def header_changed(self) -> None:
        """The case's status or version changed: update what may be done."""

    @property
    def today(self) -> date:
        return self.services.ctx.clock.today()

    @property
    def case_is_changeable(self) -> bool:
        """Help can be added and evaluated while the case is in intake or active."""
        return self.header is not None and self.header.status in (CaseStatus.INTAKE, CaseStatus.ACTIVE)

    def announce(self, changes: Changes | None = None) -> None:
        """Tells every view what the last dialog (or ``changes``) changed; this tab reloads too."""
        changes, self._last_changes = changes or self._last_changes, Changes()
        self._events.announce(changes, self)

    def run_dialog(self, dialog: FormDialog) -> object | None:
        """Runs the dialog; its result when accepted (its changes wait for :meth:`announce`). A colleague's
        change first: reload and say so."""
        try:
            accepted = dialog.exec()
            if dialog.conflict is not None:
                self.reload()
                self.conflict_found.emit()
                return None
            if accepted and dialog.saved_outcome is not None:
                self._last_changes = dialog.saved_outcome.changes
            return dialog.saved_value if accepted else None
        finally:
            dialog.deleteLater()

    def _on_events_operation_did_execute(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_case(self.case_id, *self.reload_kinds):
            self._freshness.changed()
