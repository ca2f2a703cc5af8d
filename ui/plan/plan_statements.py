"""Own statements and corrections (Jeugdwet 7.3.8, AVG 16) and the family-group plan offer (4.1.2) on the
plan tab: the texts shown next to the disputed parts, and the commands that open the dialogs.

The parts of the plan a statement or correction can be about are its texts and its goals; the texts of
these are listed from the plan as shown (:func:`plan_parts`).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.queries.case_view import MemberDTO
from app.queries.plans import PLAN_TEXT_FIELDS, PlanDTO
from app.queries.statements import CaseStatements, CorrectionDTO, FamilyGroupPlanOffer, StatementDTO
from models.enums import StatementSubject
from ui.errors import show_error
from ui.formatting import format_date
from ui.labels.plan import field_label, plan_label
from ui.plan.statement_dialogs import CorrectionDialog, FamilyGroupPlanDialog, Part, StatementDialog
from ui.tasks import TaskRunner

GOALS = "goals"  # the key of the notes about goals


class StatementTexts(QObject):
    """The lines the plan tab shows (a QObject for its translations)."""

    def statement(self, s: StatementDTO) -> str:
        return self.tr("Own statement of {name} ({date}): {text}").format(
            name=s.person_name, date=format_date(s.stated_on), text=s.text)

    def correction(self, c: CorrectionDTO) -> str:
        return self.tr("Corrected on {date} by {worker} at the request of {name}. Before: “{old}”. Reason: {reason}"
                       ).format(date=format_date(c.corrected_on), worker=c.corrected_by, name=c.person_name,
                                old=c.old_text, reason=c.reason)

    def about_goal(self, goal: str, line: str) -> str:
        return self.tr("About the goal “{goal}”: {line}").format(goal=goal, line=line)

    def offer(self, offer: FamilyGroupPlanOffer | None) -> str:
        if offer is None or offer.offered_on is None:
            return self.tr("Family-group plan: not offered yet")
        answer = plan_label(offer.answer) if offer.answer is not None else self.tr("no answer yet")
        return self.tr("Family-group plan: offered on {date} - {answer}").format(
            date=format_date(offer.offered_on), answer=answer)


def plan_notes(plan: PlanDTO, found: CaseStatements) -> dict[str, str]:
    """Per plan text the statements and corrections about it (every version of the case's plan), and under
    :data:`GOALS` those about this version's goals."""
    texts = StatementTexts()
    notes: dict[str, str] = {}
    for name in PLAN_TEXT_FIELDS:
        statements, corrections = found.about(StatementSubject.PLAN_TEXT, field=name)
        lines = [texts.statement(s) for s in statements] + [texts.correction(c) for c in corrections
                                                              if c.subject_id == plan.id]
        if lines:
            notes[name] = "\n".join(lines)
    goal_lines = []
    for goal in plan.goals:
        goal_lines += [texts.about_goal(goal.description, line) for line in goal_notes(found, goal.lineage)]
    if goal_lines:
        notes[GOALS] = "\n".join(goal_lines)
    return notes


def goal_notes(found: CaseStatements, lineage: str) -> list[str]:
    """The statements and corrections about a goal (in any plan version), each as a line."""
    texts = StatementTexts()
    statements, corrections = found.about(StatementSubject.GOAL, lineage=lineage)
    return [texts.statement(s) for s in statements] + [texts.correction(c) for c in corrections]


def goals_notes(plan: PlanDTO, found: CaseStatements) -> dict[str, str]:
    """Per goal (by lineage) of this version its notes, for the goals panel beside the chosen goal."""
    return {goal.lineage: "\n".join(lines) for goal in plan.goals if (lines := goal_notes(found, goal.lineage))}


def plan_parts(plan: PlanDTO) -> list[Part]:
    """The plan's texts and each goal's description and criterion, as the dialogs offer them."""
    parts = [Part(field_label(name), StatementSubject.PLAN_TEXT, plan.id, name, getattr(plan, name), plan.version)
             for name in PLAN_TEXT_FIELDS]
    for goal in plan.goals:
        for name in ("description", "success_criterion"):
            parts.append(Part(f"{field_label(name)}: {goal.description}", StatementSubject.GOAL, goal.id, name,
                              getattr(goal, name), goal.version))
    return parts


class StatementCommands(QObject):
    """Opens the offer, statement and correction dialogs of a case; ``saved`` carries the Outcome."""

    saved = Signal(object)

    def __init__(self, services: Services, runner: TaskRunner, case_id: int, parent: QWidget):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._case_id = case_id
        self._widget = parent

    def record_offer(self, offer: FamilyGroupPlanOffer) -> None:
        services, case_id = self._services, self._case_id
        self._finish(FamilyGroupPlanDialog(
            services.ctx.clock.today(), offer,
            lambda data: services.statements.record_family_group_plan_offer(case_id, offer.version, data),
            self._widget, runner=self._runner))

    def add_statement(self, family_id: int, parts: list[Part]) -> None:
        services, case_id = self._services, self._case_id
        self._with_members(family_id, lambda members: self._finish(StatementDialog(
            services.ctx.clock.today(), members, parts,
            lambda data: services.statements.add_statement(case_id, data), self._widget, runner=self._runner)))

    def correct(self, family_id: int, parts: list[Part]) -> None:
        services, case_id = self._services, self._case_id
        self._with_members(family_id, lambda members: self._finish(CorrectionDialog(
            members, parts, lambda data: services.statements.correct(case_id, data), self._widget,
            runner=self._runner)))

    def _with_members(self, family_id: int, then: Callable[[tuple[MemberDTO, ...]], None]) -> None:
        members = self._services.members
        self._runner.run(lambda: members.family_detail(family_id).members, then, self._on_failed, context=self)

    def _finish(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_outcome is not None:
            self.saved.emit(dialog.saved_outcome)
        elif dialog.conflict is not None or dialog.took_theirs:
            self.saved.emit(None)
        dialog.deleteLater()

    def _on_failed(self, error: AppError) -> None:
        show_error(self._widget, error)
