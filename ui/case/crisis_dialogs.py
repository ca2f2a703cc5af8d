"""A crisis in the case (danger to life or immediate physical danger): marking it, recording its follow-up
(due within 24 hours of the start) and ending it with what followed. The three case actions and their
dialogs; the rules are the crisis service's, its messages appear under the fields."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolButton, QWidget

from app.queries.case_view import CaseHeader
from app.queries.crisis import CrisisDTO
from app.services.crisis import CrisisEnd
from models.enums import CrisisOutcome
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.enum_combo import current_enum, enum_combo
from ui.widgets.form_dialog import FormDialog


def format_moment(value: datetime) -> str:
    """``04-12-2026 09:30`` in the computer's time zone."""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")


def _note_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(90)
    return edit


class MarkCrisisDialog(FormDialog):
    """Marks a crisis in the case, starting now; ``mark(note)`` is the service call."""

    def __init__(self, mark: Callable[[str | None], CrisisDTO], parent: QWidget | None = None, *,
                 runner: TaskRunner):
        super().__init__(self.tr("Report a crisis"), runner, intro=self.tr(
            "A crisis is danger to life or immediate physical danger. It starts now and is followed up "
            "within 24 hours; crisis help is temporary, usually less than four weeks."), parent=parent)
        self._mark = mark
        self.note_edit = _note_edit()
        self.note_edit.setPlaceholderText(self.tr("What is going on (optional)"))
        self.add_field(self.tr("Note"), "note", self.note_edit)
        self.ok_button.setText(self.tr("Report crisis"))
        self.note_edit.setFocus()

    def command(self) -> Callable[[], CrisisDTO]:
        return partial(self._mark, self.note_edit.toPlainText() or None)


class FollowUpDialog(FormDialog):
    """Records that the crisis was followed up now, by the signed-in worker."""

    def __init__(self, crisis: CrisisDTO, now: datetime, follow_up: Callable[[], CrisisDTO],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        hours = crisis.hours_since_start(now)
        super().__init__(self.tr("Follow-up recorded"), runner, intro=self.tr(
            "The crisis started on {moment}, %n hour(s) ago. Record that it was followed up now (due within "
            "24 hours of the start).", "", hours).format(moment=format_moment(crisis.started_at)), parent=parent)
        self._follow_up = follow_up
        self.ok_button.setText(self.tr("Record follow-up"))

    def command(self) -> Callable[[], CrisisDTO]:
        return self._follow_up


class EndCrisisDialog(FormDialog):
    """Ends the crisis: the day and what followed (ended, regular help, out-of-home placement, other)."""

    def __init__(self, today: date, end: Callable[[CrisisEnd], CrisisDTO], parent: QWidget | None = None, *,
                 runner: TaskRunner):
        super().__init__(self.tr("End the crisis"), runner, intro=self.tr(
            "Crisis help is temporary: end it, or convert it into regular help, usually within four weeks."),
            parent=parent)
        self._end = end
        self.ended_on_edit = DateLineEdit(today, today=today)
        self.outcome_combo = enum_combo(CrisisOutcome)
        self.outcome_combo.setPlaceholderText(self.tr("Choose what followed"))
        self.outcome_combo.setCurrentIndex(-1)
        self.note_edit = _note_edit()
        self.add_field(self.tr("Ended on"), "ended_on", self.ended_on_edit)
        self.add_field(self.tr("What followed"), "outcome", self.outcome_combo)
        self.add_field(self.tr("Note"), "note", self.note_edit)
        self.ok_button.setText(self.tr("End crisis"))
        self.outcome_combo.setFocus()

    def command(self) -> Callable[[], CrisisDTO]:
        return partial(self._end, CrisisEnd(self.ended_on_edit.date(), current_enum(self.outcome_combo, CrisisOutcome),
                                            self.note_edit.toPlainText() or None))


class CrisisActions(QObject):
    """The case window's crisis actions; the window (their parent) runs each dialog with its
    ``_run_case_dialog`` and announces what it saved. No reference to the window is kept here: it deletes
    itself when closed."""

    def __init__(self, services, runner: TaskRunner, window: QWidget):
        super().__init__(window)
        self._services, self._runner = services, runner
        self._header: CaseHeader | None = None
        self.mark_action = QAction(self.tr("Report crisis…"), window)
        self.mark_action.setToolTip(self.tr("Danger to life or immediate physical danger: follow-up within 24 hours"))
        self.follow_up_action = QAction(self.tr("Follow-up recorded…"), window)
        self.end_action = QAction(self.tr("End crisis…"), window)
        self.menu = QMenu(window)
        self.menu.addActions([self.mark_action, self.follow_up_action, self.end_action])
        self.button = QToolButton(window)  # "Crisis ▾" on the header's second line: the first is full on a laptop
        self.button.setObjectName("crisisButton")
        self.button.setText(self.tr("Crisis"))
        self.button.setToolTip(self.mark_action.toolTip())
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setEnabled(False)  # until the case is read
        self.mark_action.triggered.connect(self._on_mark_action_triggered)
        self.follow_up_action.triggered.connect(self._on_follow_up_action_triggered)
        self.end_action.triggered.connect(self._on_end_action_triggered)

    def update(self, header: CaseHeader) -> None:
        """Which actions fit: report one in an open case without one; follow up and end an open crisis."""
        self._header = header
        crisis = header.crisis
        self.button.setVisible(header.status.is_open or crisis is not None)
        self.button.setEnabled(True)
        self.mark_action.setVisible(header.status.is_open and crisis is None)
        self.follow_up_action.setVisible(crisis is not None and crisis.followed_up_at is None)
        self.end_action.setVisible(crisis is not None)

    def _window(self) -> QWidget:
        return self.parent()

    def _run(self, dialog: FormDialog) -> None:
        self.parent()._run_case_dialog(dialog)

    def _on_mark_action_triggered(self) -> None:
        crisis, case_id = self._services.crisis, self._header.case_id
        self._run(MarkCrisisDialog(lambda note: crisis.mark(case_id, note), self._window(), runner=self._runner))

    def _on_follow_up_action_triggered(self) -> None:
        service, current = self._services.crisis, self._header.crisis
        self._run(FollowUpDialog(current, self._services.ctx.clock.now(),
                                        lambda: service.follow_up(current.id, current.version), self._window(),
                                        runner=self._runner))

    def _on_end_action_triggered(self) -> None:
        service, current = self._services.crisis, self._header.crisis
        self._run(EndCrisisDialog(self._services.ctx.clock.today(),
                                         lambda data: service.end(current.id, current.version, data), self._window(),
                                         runner=self._runner))
