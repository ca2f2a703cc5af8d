"""The Plan tab of a case window: the family plan in the family's words, its goals and its versions.

Nothing typed is lost: the editors are built once and are only refilled when nothing is unsaved;
a failed save keeps the text; a colleague's save of the same plan is shown side by side before
anything is overwritten.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from app.bootstrap import Services
from app.changes import ChangeKind, Changes, Outcome, run_command as collect
from app.errors import AppError, ConcurrencyConflict, ValidationError
from app.queries.plans import GoalDTO, PlanDTO
from models.enums import PlanStatus
from ui.actions import CASE_KEYS
from ui.widgets.accessible import announce
from ui.errors import error_text
from ui.commands import run_command
from ui.events import AppEvents, Freshness
from ui.plan.agree_dialog import AgreeDialog
from ui.plan.goal_commands import GoalCommands
from ui.plan.goals_panel import GoalsPanel
from ui.labels.plan import field_label, flags_text, value_text
from ui.plan.plan_header import PlanHeader
from ui.plan.plan_statements import StatementCommands, StatementTexts, goals_notes, plan_notes, plan_parts
from ui.plan.plan_text_merge import merge_plan_values, plan_values
from ui.plan.plan_texts import PlanTextsEditor
from ui.plan.safety_panel import SafetyPanel
from ui.plan.versions import VersionsDialog
from ui.tasks import SynchronousTaskRunner, TaskRunner
from ui.widgets.conflict_dialog import ConflictChoice, ConflictRow, ask_conflict_choice

CASE_KINDS = (ChangeKind.PLAN, ChangeKind.GOAL, ChangeKind.ACTION, ChangeKind.CASE, ChangeKind.EVALUATION,
              ChangeKind.INVOLVEMENT, ChangeKind.STATEMENT)  # what the tab shows of its case
FAMILY_KINDS = (ChangeKind.FAMILY, ChangeKind.MEMBER)  # the names and choices in its dialogs
HINT_STYLE = ("QLabel { background:#fff8e8; border:1px solid #f0dcae; border-radius:5px; padding:7px 10px; "
              "color:#5c4300; }")
NOTE_STYLE = "QLabel { color:#5f6b76; }"
MESSAGE_STYLE = "QLabel { color:#b3261e; }"


class PlanTab(QWidget):
    """``PlanTab(services, case_id, events, runner)``; loads when first shown or on :meth:`reload`."""

    dirty_changed = Signal(bool)

    def __init__(self, services: Services, case_id: int, events: AppEvents, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._case_id = case_id
        self._events = events
        self._runner = runner
        self._plan: PlanDTO | None = None
        self._texts_plan: PlanDTO | None = None  # the version the editors' saved state came from
        self._freshness = Freshness(self, self._read)
        self.commands = GoalCommands(services, runner, self)
        self.statement_commands = StatementCommands(services, runner, case_id, self)
        self._statements = None  # the case's own statements and corrections, and the family-group plan offer
        self._offer = None

        self.message_label = self._label("planMessage", MESSAGE_STYLE)
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())  # until the plan has been loaded
        self.empty_page = self._build_empty_page()
        self.plan_page = self._build_plan_page()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.plan_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.message_label)
        layout.addWidget(self.stack, 1)

        self.texts.dirty_changed.connect(self._on_texts_dirty_changed)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.agree_button.clicked.connect(self._on_agree_button_clicked)
        self.new_version_button.clicked.connect(self._on_new_version_button_clicked)
        self.versions_button.clicked.connect(self._on_versions_button_clicked)
        self.goals.add_goal_requested.connect(self.commands.add_goal)
        self.goals.edit_goal_requested.connect(self.commands.edit_goal)
        self.goals.remove_goal_requested.connect(self.commands.remove_goal)
        self.goals.add_action_requested.connect(self.commands.add_action)
        self.goals.edit_action_requested.connect(self.commands.edit_action)
        self.goals.remove_action_requested.connect(self.commands.remove_action)
        self.goals.actions_model.done_toggle_requested.connect(self.commands.set_action_done)
        self.commands.saved.connect(self._on_commands_saved)
        self.offer_button.clicked.connect(self._on_offer_button_clicked)
        self.statement_button.clicked.connect(self._on_statement_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.statement_commands.saved.connect(self._on_statement_commands_saved)
        self.commands.changed.connect(self._on_commands_changed)
        events.operation_did_execute.connect(self._on_events_operation_did_execute)

    # -- the case window's API -------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.texts.is_dirty()

    def save_pending(self) -> bool:
        """Saves unsaved texts now (the caller needs the outcome); False if they could not be saved."""
        if self.has_unsaved_changes():
            self._save_texts(SynchronousTaskRunner())
        return not self.has_unsaved_changes()

    def discard_pending(self) -> None:
        if self._plan is not None:
            self._texts_plan = self._plan
            self.texts.load(plan_values(self._plan))
        self._set_message("")

    def reload(self) -> None:
        """Fetches the plan again; texts with unsaved changes are kept as they are."""
        self._freshness.reload()

    def _read(self, *, log_read: bool = True) -> None:
        plans, case_id = self._services.plans, self._case_id
        log_read = log_read and self._freshness.log_read  # no READ for the refresh after a command
        self._runner.run(lambda: plans.current_plan(case_id, log_read=log_read), self._show_plan,
                         self._on_failed, context=self)
        services = self._services
        self._runner.run(lambda: (services.statements.statements(case_id, log_read=log_read),
                                  services.statements.family_group_plan_offer(case_id, log_read=log_read)),
                         self._on_statements_loaded, self._on_failed, context=self)
        self._runner.run(lambda: (services.evaluations.score_trend(case_id, log_read=log_read),
                                  services.involvements.involvements(case_id, log_read=log_read),
                                  services.evaluations.latest_goal_statuses(case_id, log_read=log_read)),
                         self._on_progress_loaded, lambda _error: None, context=self)

    def _on_statements_loaded(self, loaded: tuple) -> None:
        """Own statements and corrections next to their parts; the family-group plan offer's line."""
        self._statements, self._offer = loaded
        self._show_statements()

    def _show_statements(self) -> None:
        self.offer_label.setText(StatementTexts().offer(self._offer))
        self.offer_button.setEnabled(self._offer is not None)
        if self._plan is not None and self._statements is not None:
            self.texts.set_notes(plan_notes(self._plan, self._statements))
            self.goals.set_goal_notes(goals_notes(self._plan, self._statements))

    def _on_progress_loaded(self, loaded: tuple) -> None:
        """Score trends per goal, which running help works on which goal, and each goal's last evaluation."""
        trends, involvements, evaluated = loaded
        linked: dict[str, list[str]] = {}
        for inv in involvements:
            for goal in inv.goals if inv.is_active else ():
                linked.setdefault(goal.lineage, []).append(inv.provider_name)
        self.goals.set_progress(trends, linked, evaluated)

    # -- building --------------------------------------------------------------------------------

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        card = QFrame()
        card.setObjectName("emptyPlanCard")
        card.setFixedWidth(600)
        card.setStyleSheet("QFrame#emptyPlanCard { border: 1px dashed #d9dee3; border-radius: 6px; "
                           "background: #fafbfc; }")
        title = QLabel(self.tr("No family plan yet"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        text = QLabel(self.tr(
            "The family plan is the family's own plan: their request for help in their own words, what we "
            "are worried about, what is going well, and who does what to reach their goals. Start it "
            "together with the family."))
        text.setWordWrap(True)
        text.setStyleSheet(NOTE_STYLE)
        self.start_button = QPushButton(self.tr("Start family plan"))
        self.start_button.setDefault(True)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(32, 28, 32, 28)
        inside.setSpacing(12)
        inside.addWidget(title)
        inside.addWidget(text)
        inside.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card)
        centred.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(centred)
        column.addStretch(2)
        return page

    def _build_plan_page(self) -> QWidget:
        page = QWidget()
        self.header = PlanHeader()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        save_action = QAction(page)  # Ctrl+S (the platform's Save) anywhere in the plan
        save_action.setShortcut(CASE_KEYS["save"].sequence())
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self._on_save_action_triggered)
        page.addAction(save_action)
        self.save_button.setToolTip(CASE_KEYS["save"].sequence().toString(QKeySequence.SequenceFormat.NativeText))
        self.agree_button = QPushButton(self.tr("Agree plan"))
        self.new_version_button = QPushButton(self.tr("Change plan (new version)"))
        self.versions_button = QPushButton(self.tr("Versions"))
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        for button in (self.save_button, self.agree_button, self.new_version_button, self.versions_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.hint_label = self._label("planHint", HINT_STYLE)
        self.note_label = self._label("planNote", NOTE_STYLE)
        # Jeugdwet 4.1.2 (the family-group plan offer) and 7.3.8 (own statement, correction)
        self.offer_label = QLabel()
        self.offer_label.setObjectName("familyGroupPlanLine")
        self.offer_label.setWordWrap(True)
        self.offer_button = QPushButton(self.tr("Family-group plan…"))
        self.statement_button = QPushButton(self.tr("Own statement…"))
        self.correct_button = QPushButton(self.tr("Correct a text…"))
        privacy = QHBoxLayout()
        privacy.addWidget(self.offer_label, 1)
        for button in (self.offer_button, self.statement_button, self.correct_button):
            privacy.addWidget(button)

        self.texts = PlanTextsEditor(self._services.ctx.clock.today())
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.safety = SafetyPanel(self._services, self._runner)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.texts)
        left_column.addWidget(self.safety)
        scroll.setWidget(left)
        scroll.viewport().setAutoFillBackground(False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.texts.setAutoFillBackground(False)
        scroll.setMinimumWidth(360)
        self.goals = GoalsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.goals)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 780])

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(top)
        for label in (self.hint_label, self.note_label):
            column.addWidget(label)
        column.addLayout(privacy)
        column.addWidget(self.splitter, 1)
        return page

    @staticmethod
    def _label(object_name: str, style: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setVisible(False)
        return label

    # -- showing ---------------------------------------------------------------------------------

    def _show_plan(self, plan: PlanDTO | None) -> None:
        self._plan = plan
        self.commands.set_plan(plan)
        if plan is None:
            self.stack.setCurrentWidget(self.empty_page)
            return
        self.stack.setCurrentWidget(self.plan_page)
        if not self.texts.is_dirty():
            self._texts_plan = plan
            self.texts.load(plan_values(plan))
        self.texts.set_read_only(not plan.editable)
        self.header.set_plan(plan)
        self.goals.set_plan(plan, editable=plan.editable,
                            progress_allowed=plan.editable or plan.status is PlanStatus.AGREED)
        self._show_text(self.hint_label, flags_text(plan.flags) if plan.editable else "")
        self._show_text(self.note_label, self._note(plan))
        self.save_button.setVisible(plan.editable)
        self.agree_button.setVisible(plan.editable)
        self.new_version_button.setVisible(plan.status is PlanStatus.AGREED)
        self._update_save_button()
        self._show_statements()
        self.safety.set_case(plan.case_id, editable=plan.editable or plan.status is PlanStatus.AGREED)

    def _note(self, plan: PlanDTO) -> str:
        if plan.status is PlanStatus.AGREED:
            return self.tr("This plan has been agreed with the family. To change it, make a new version; "
                           "this version stays readable as it is.")
        if not plan.editable:
            return self.tr("The case is closed; the plan can be read but not changed.")
        return ""

    @staticmethod
    def _show_text(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _set_message(self, text: str) -> None:
        self._show_text(self.message_label, text)
        if text:
            announce(self.message_label, text, urgent=True)

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(self.texts.is_dirty())

    # -- saving the texts ------------------------------------------------------------------------

    def _save_texts(self, runner: TaskRunner) -> None:
        changed, plan = self.texts.changed(), self._texts_plan
        if not changed or plan is None or not self.texts.dates_readable():
            return
        sent = self.texts.values()
        self.save_button.setEnabled(False)
        plans = self._services.plans
        runner.run(lambda: collect(lambda: plans.update_plan_texts(plan.id, plan.version, **changed)),
                   lambda outcome: self._on_texts_saved(outcome, sent),
                   lambda error: self._on_texts_save_failed(error, runner), context=self)

    def _on_texts_saved(self, outcome: Outcome[PlanDTO], sent: dict) -> None:
        saved = outcome.value
        self._texts_plan = saved
        if self.texts.values() == sent:
            self.texts.load(plan_values(saved))
        else:  # typed on while saving: keep it, unsaved
            self.texts.rebase(plan_values(saved))
        self._set_message("")
        self._show_plan(saved)
        announce(self.save_button, self.tr("The family plan is saved"))
        self._events.announce(outcome.changes, self)

    def _on_texts_save_failed(self, error: AppError, runner: TaskRunner) -> None:
        self._update_save_button()
        if isinstance(error, ValidationError):
            unplaced = self.texts.show_errors(error)
            self._set_message("\n".join(unplaced.values()))
        elif isinstance(error, ConcurrencyConflict) and isinstance(error.current, PlanDTO):
            self._resolve_text_conflict(error.current, runner)
        elif isinstance(error, ConcurrencyConflict):
            plan_id = self._texts_plan.id
            runner.run(lambda: self._services.plans.plan_version(plan_id),
                       lambda theirs: self._resolve_text_conflict(theirs, runner), self._on_failed, context=self)
        else:
            self._set_message(error_text(error))

    def _resolve_text_conflict(self, theirs: PlanDTO, runner: TaskRunner) -> None:
        """Fields only one of us changed merge by themselves; for the rest the user chooses."""
        mine, theirs_values = self.texts.values(), plan_values(theirs)
        merge = merge_plan_values(self.texts.base(), mine, theirs_values)
        choice = ConflictChoice.KEEP_MINE
        if merge.conflicts:
            rows = [ConflictRow(field_label(name), value_text(mine[name]), value_text(theirs_values[name]))
                    for name in merge.conflicts]
            choice = ask_conflict_choice(rows, self)
            if choice is ConflictChoice.CANCEL:
                return
        self._texts_plan = theirs
        self.texts.rebase(theirs_values)
        if choice is ConflictChoice.TAKE_THEIRS:
            self.texts.show_values(merge.theirs_with_mine)
            self._show_plan(theirs)
            return
        self.texts.show_values({**merge.theirs_with_mine, **merge.mine_changed})
        self._save_texts(runner)

    # -- slots -----------------------------------------------------------------------------------

    def _on_texts_dirty_changed(self, dirty: bool) -> None:
        self._update_save_button()
        self.dirty_changed.emit(dirty)

    def _on_save_action_triggered(self) -> None:
        if self.save_button.isVisible() and self.save_button.isEnabled():
            self.save_button.click()

    def _on_save_button_clicked(self) -> None:
        self._save_texts(self._runner)

    def _on_start_button_clicked(self) -> None:
        self._change(lambda: self._services.plans.start_plan(self._case_id))

    def _on_new_version_button_clicked(self) -> None:
        plan_id = self._plan.id
        self._change(lambda: self._services.plans.new_version(plan_id))

    def _on_agree_button_clicked(self) -> None:
        if not self.save_pending():
            return
        plan = self._plan
        dialog = AgreeDialog(
            self._runner, lambda values, version: self._services.plans.agree_plan(
                plan.id, version, values.agreed_on, values.agreed_with, content_digest=plan.content_digest),
            plan_version=plan.version, version_no=plan.version_no, content_code=plan.content_code,
            today=self._services.ctx.clock.today(),
            parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_plan(dialog.saved_value)
            self._events.announce(dialog.saved_outcome.changes, self)
        elif dialog.took_theirs:
            self.reload()
        dialog.deleteLater()

    def _on_versions_button_clicked(self) -> None:
        dialog = VersionsDialog(self._services, self._runner, self._case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _on_commands_saved(self, outcome: Outcome) -> None:
        """A goal or action stored: a saved goal's row shows the returned goal at once; then one read
        of the plan (not logged as a view: the user is looking at what they saved) for what is derived
        from all goals (hints, the content code). Progress (scores, linked help) does not depend on it."""
        goal, plan = outcome.value, self._plan
        if isinstance(goal, GoalDTO) and plan is not None and plan.goal(goal.id) is not None:
            self.goals.set_plan(replace(plan, goals=tuple(goal if g.id == goal.id else g for g in plan.goals)),
                                editable=plan.editable, progress_allowed=True)
        self._freshness.stale = False
        self._runner.run(lambda: self._services.plans.current_plan(self._case_id, log_read=False), self._show_plan,
                         self._on_failed, context=self)
        self._events.announce(outcome.changes, self)

    def _on_offer_button_clicked(self) -> None:
        if self._offer is not None:
            self.statement_commands.record_offer(self._offer)

    def _on_statement_button_clicked(self) -> None:
        if self._plan is not None:
            self.statement_commands.add_statement(self._plan.family_id, plan_parts(self._plan))

    def _on_correct_button_clicked(self) -> None:
        if self._plan is not None:
            self.statement_commands.correct(self._plan.family_id, plan_parts(self._plan))

    def _on_statement_commands_saved(self, outcome: Outcome | None) -> None:
        """Stored (or a colleague was first): the plan and its statements are read again, not as a view."""
        self._freshness.stale = False
        self._read(log_read=False)
        if outcome is not None:
            self._events.announce(outcome.changes, self)

    def _on_commands_changed(self) -> None:
        self.reload()

    def _on_events_operation_did_execute(self, changes: Changes, initiator: object) -> None:
        if initiator is self:
            return
        family_id = self._plan.family_id if self._plan is not None else None
        for_family = family_id in changes.family_ids and changes.touches(*FAMILY_KINDS)
        if for_family:
            self.commands.forget_choices()
        if for_family or changes.touches_case(self._case_id, *CASE_KINDS):
            self._freshness.changed()

    def _on_failed(self, error: AppError) -> None:
        self._set_message(error_text(error))

    # -- helpers ---------------------------------------------------------------------------------

    def _change(self, call: Callable[[], PlanDTO]) -> None:
        """A plan-level command whose answer is the plan to show."""
        def done(plan: PlanDTO) -> None:
            self._set_message("")
            self._show_plan(plan)
        run_command(self._runner, self._events, "plan", call, done, self._on_failed, initiator=self, context=self)
