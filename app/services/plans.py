"""The family plan (gezinsplan): its versions, texts and agreement; goals and actions are module functions
in plan_goals.py, goal_save.py and plan_actions.py, offered here as methods.

A case has at most one draft and one agreed version (partial unique indexes). Only a draft is
edited; changing an agreed plan starts a new draft that copies it (goals keep their lineage).
Agreeing the draft supersedes the previously agreed version in the same transaction; old
versions stay readable and unchanged.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit_detail import DetailCode, detail
from app.errors import BusinessRuleViolation, ConcurrencyConflict
from app.i18n import QT_TRANSLATE_NOOP
from app.plan_fields import SAFETY_TEXT_FIELDS
from app.queries.goal_standing import latest_evaluated
from app.queries.plan_compare import PlanChange, compare_plans
from app.queries.plans import (
    ACTION_CONTENT_FIELDS, GOAL_CONTENT_FIELDS, PLAN_TEXT_FIELDS, LifeDomainRow, PlanDTO, PlanVersionRow,
    current_plan_id, life_domain_rows, plan_version_rows,
)
from app.row_locks import lock_case
from app.services.cases import load_case
from app.context import ServiceContext
from app.queries.plans import ActionDTO, GoalDTO
from app.services import goal_save, plan_actions, plan_goals
from app.services.plan_access import case_of, draft_case, load_plan, log, plan_snapshot, require_open
from app.services.plan_inputs import ActionInput, GoalInput
from app.validation import WEEKS_BETWEEN, FieldErrors
from models import Action, FamilyPlan, Goal, GoalPerson
from models.enums import AuditEvent, PlanStatus

PLAN_TEXT_MAX = 10_000
INTERVAL_WEEKS = (1, 104)


class PlanService:
    """Everything about a case's family plan."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------

    def current_plan(self, case_id: int, *, log_read: bool = True) -> PlanDTO | None:
        """The version being worked with: the draft if one exists, else the agreed one; None before any.

        ``log_read=False`` for the refresh after the user's own save: the access log records a person
        opening or viewing a record, not a view catching up with what they just stored."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            plan_id = current_plan_id(s, case.id)
            dto = plan_snapshot(s, plan_id, self.ctx.clock.today()) if plan_id is not None else None
            if log_read:
                log(s, self.ctx, AuditEvent.READ, "family_plan", plan_id, case)
            uow.commit()
            return dto

    def plan_version(self, plan_id: int) -> PlanDTO:
        """Any version, e.g. an old one to read (editable only if it is the draft)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            plan = load_plan(s, plan_id, self.ctx.clock.today(), lock=False)
            case = case_of(s, plan)
            dto = plan_snapshot(s, plan.id, self.ctx.clock.today())
            log(s, self.ctx, AuditEvent.READ, "family_plan", plan_id, case)
            uow.commit()
            return dto

    def plan_versions(self, case_id: int) -> list[PlanVersionRow]:
        """All versions of the case's plan, newest first."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            rows = plan_version_rows(s, case.id)
            log(s, self.ctx, AuditEvent.READ, "plan_versions", None, case)
            uow.commit()
            return rows

    def compare_versions(self, old_plan_id: int, new_plan_id: int) -> list[PlanChange]:
        """What changed from one version to another of the same case's plan."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            today = self.ctx.clock.today()
            old, new = load_plan(s, old_plan_id, today, lock=False), load_plan(s, new_plan_id, today, lock=False)
            if old.case_id != new.case_id:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "Only versions of the same plan can be compared."))
            case = case_of(s, new)
            changes = compare_plans(plan_snapshot(s, old_plan_id, today), plan_snapshot(s, new_plan_id, today))
            log(s, self.ctx, AuditEvent.READ, "family_plan", new_plan_id, case,
                      detail=detail(DetailCode.COMPARED_WITH, plan=old_plan_id))
            uow.commit()
            return changes

    def life_domains(self) -> list[LifeDomainRow]:
        """The active life domains to choose a goal's domain from (reference data, not logged)."""
        with self.ctx.uow() as uow:
            return life_domain_rows(uow.session)

    # -- goals and actions -----------------------------------------------------------------------

    def add_goal(self, plan_id: int, data: GoalInput) -> GoalDTO:
        """Adds a goal at the end of a draft plan."""
        return plan_goals.add_goal(self.ctx, plan_id, data)

    def update_goal(self, goal_id: int, expected_version: int, data: GoalInput) -> GoalDTO:
        """Saves a goal of a draft plan; every save counts as a change of the goal (version + 1)."""
        return goal_save.update_goal(self.ctx, goal_id, expected_version, data)

    def remove_goal(self, goal_id: int, expected_version: int) -> None:
        """Removes a goal and its actions from a draft plan (earlier versions keep theirs)."""
        plan_goals.remove_goal(self.ctx, goal_id, expected_version)

    def move_goal(self, goal_id: int, expected_version: int, offset: int) -> PlanDTO:
        """Moves a goal ``offset`` places (-1 = up, +1 = down) within its draft plan."""
        return plan_goals.move_goal(self.ctx, goal_id, expected_version, offset)

    def add_action(self, goal_id: int, data: ActionInput) -> ActionDTO:
        """Adds an action to a goal of a draft plan. Due after the goal's target date is allowed (flagged)."""
        return plan_actions.add_action(self.ctx, goal_id, data)

    def update_action(self, action_id: int, expected_version: int, data: ActionInput) -> ActionDTO:
        return plan_actions.update_action(self.ctx, action_id, expected_version, data)

    def remove_action(self, action_id: int, expected_version: int) -> None:
        plan_actions.remove_action(self.ctx, action_id, expected_version)

    def set_action_done(self, action_id: int, expected_version: int, done: bool) -> ActionDTO:
        """Records progress: done (today) or not done again.

        Progress is not a change of the plan, so it is allowed on the agreed plan too - as long as it
        is the current version. While a new draft exists, progress is recorded in the draft, so that it
        is not lost when the draft is agreed; the agreed version is then read-only.
        """
        return plan_actions.set_action_done(self.ctx, action_id, expected_version, done)

    # -- the plan --------------------------------------------------------------------------------

    def start_plan(self, case_id: int) -> PlanDTO:
        """Starts the case's first plan: version 1, a draft dated today."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            lock_case(s, case)  # one first plan per case
            require_open(case.status)
            if s.scalar(select(FamilyPlan.id).where(FamilyPlan.case_id == case.id)) is not None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case already has a plan."))
            plan = FamilyPlan(case_id=case.id, version_no=1, status=PlanStatus.DRAFT,
                              plan_date=self.ctx.clock.today(), author_id=user.worker_id)
            s.add(plan)
            s.flush()
            log(s, self.ctx, AuditEvent.CREATE, "family_plan", plan.id, case)
            dto = plan_snapshot(s, plan.id, self.ctx.clock.today())
            uow.commit()
            return dto

    def update_plan_texts(self, plan_id: int, expected_version: int, *, request_for_help: str | None = None,
                          concerns: str | None = None, strengths: str | None = None,
                          desired_future: str | None = None, agreements: str | None = None,
                          safety_worries: str | None = None, safety_working_well: str | None = None,
                          safety_next_steps: str | None = None,
                          evaluation_interval_weeks: int | None = None, plan_date: date | None = None) -> PlanDTO:
        """Saves the plan's texts and schedule; an argument left at None stays as it is."""
        self.ctx.require_user()
        errors = FieldErrors()
        texts = {name: errors.optional(name, value, PLAN_TEXT_MAX, multiline=True) or ""
                 for name, value in zip(PLAN_TEXT_FIELDS, (request_for_help, concerns, strengths, desired_future,
                                                           agreements, safety_worries, safety_working_well,
                                                           safety_next_steps), strict=True)
                 if value is not None}
        errors.whole_number("evaluation_interval_weeks", evaluation_interval_weeks, *INTERVAL_WEEKS,
                            message=WEEKS_BETWEEN)
        if errors.in_years("plan_date", plan_date) and plan_date > self.ctx.clock.today():
            errors.add("plan_date", QT_TRANSLATE_NOOP("Errors", "The plan date cannot be in the future."))
        with self.ctx.uow() as uow:
            s = uow.session
            plan = load_plan(s, plan_id, self.ctx.clock.today(), expected_version)
            case = draft_case(s, plan)
            if plan_date is not None and plan_date < case.opened_on:
                errors.add("plan_date", QT_TRANSLATE_NOOP("Errors", "The plan date is before the case was opened."))
            errors.raise_if_any()
            for name, value in texts.items():
                setattr(plan, name, value)
            if evaluation_interval_weeks is not None:
                plan.evaluation_interval_weeks = evaluation_interval_weeks
            if plan_date is not None:
                plan.plan_date = plan_date
            s.flush()
            safety = any(name in texts for name in SAFETY_TEXT_FIELDS)
            log(s, self.ctx, AuditEvent.UPDATE, "family_plan", plan.id, case,
                detail=detail(DetailCode.SAFETY_PLAN_SAVED) if safety else None)
            dto = plan_snapshot(s, plan.id, self.ctx.clock.today())
            uow.commit()
            return dto

    def new_version(self, plan_id: int) -> PlanDTO:
        """A new draft copying the agreed plan (texts, goals with their lineage, persons, actions).

        The agreed version stays agreed until the new draft is agreed.
        """
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            old = load_plan(s, plan_id, self.ctx.clock.today())
            case = case_of(s, old)
            require_open(case.status)
            if old.status is not PlanStatus.AGREED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "A new version can only be made from the agreed plan."))
            if s.scalar(select(FamilyPlan.id).where(FamilyPlan.case_id == case.id,
                                                    FamilyPlan.status == PlanStatus.DRAFT)) is not None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "A new version of this plan is already being drafted."))
            version_no = s.scalar(select(func.max(FamilyPlan.version_no)).where(FamilyPlan.case_id == case.id)) + 1
            new = FamilyPlan(
                case_id=case.id, version_no=version_no, status=PlanStatus.DRAFT, plan_date=self.ctx.clock.today(),
                author_id=user.worker_id, evaluation_interval_weeks=old.evaluation_interval_weeks,
                **{name: getattr(old, name) for name in PLAN_TEXT_FIELDS},
            )
            new.goals = [self._copy_goal(g) for g in old.goals]
            # The new version starts from where the goals stand, not from the statuses the old one was
            # agreed with (app.queries.goal_standing): its own status then is never older news.
            evaluated = latest_evaluated(s, case.id)
            for goal in new.goals:
                if goal.lineage in evaluated:
                    goal.status = evaluated[goal.lineage][1]
            s.add(new)
            s.flush()
            log(s, self.ctx, AuditEvent.CREATE, "family_plan", new.id, case,
                      detail=detail(DetailCode.PLAN_VERSION, version=version_no))
            dto = plan_snapshot(s, new.id, self.ctx.clock.today())
            uow.commit()
            return dto

    def agree_plan(self, plan_id: int, expected_version: int, agreed_on: date | None, agreed_with: str, *,
                   content_digest: str) -> PlanDTO:
        """The family and the worker agree the draft (vaststellen); the earlier agreed version is superseded.

        ``content_digest`` is the :attr:`PlanDTO.content_digest` of the plan the worker looked at: if the
        texts, goals, their persons or actions changed since, nothing is agreed (ConcurrencyConflict with
        the plan as it is now). A plan without goals may be agreed (it is flagged), e.g. when the family
        first tries on its own.
        """
        self.ctx.require_user()
        errors = FieldErrors()
        agreed_with = errors.required("agreed_with", agreed_with, 300)
        if agreed_on is None:
            errors.add("agreed_on", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        elif errors.in_years("agreed_on", agreed_on) and agreed_on > self.ctx.clock.today():
            errors.add("agreed_on", QT_TRANSLATE_NOOP("Errors", "The date agreed cannot be in the future."))
        with self.ctx.uow() as uow:
            s = uow.session
            plan = load_plan(s, plan_id, self.ctx.clock.today(), expected_version)
            case = draft_case(s, plan)
            self._lock_content(s, plan.id)
            current = plan_snapshot(s, plan.id, self.ctx.clock.today())
            if current.content_digest != content_digest:
                raise ConcurrencyConflict(current=current)
            if agreed_on is not None and agreed_on < plan.plan_date:
                errors.add("agreed_on", QT_TRANSLATE_NOOP("Errors", "The date agreed is before the plan date."))
            errors.raise_if_any()
            previous = s.scalars(select(FamilyPlan).where(
                FamilyPlan.case_id == case.id, FamilyPlan.status == PlanStatus.AGREED).with_for_update()).one_or_none()
            if previous is not None:
                previous.status = PlanStatus.SUPERSEDED
                s.flush()  # one agreed version per case: make room first
                log(s, self.ctx, AuditEvent.UPDATE, "family_plan", previous.id, case, detail=detail(DetailCode.SUPERSEDED))
            plan.status, plan.agreed_on, plan.agreed_with = PlanStatus.AGREED, agreed_on, agreed_with
            s.flush()
            log(s, self.ctx, AuditEvent.UPDATE, "family_plan", plan.id, case, detail=detail(DetailCode.AGREED))
            dto = plan_snapshot(s, plan.id, self.ctx.clock.today())
            uow.commit()
            return dto

    @staticmethod
    def _lock_content(s: Session, plan_id: int) -> None:
        """Holds the plan's goals, their persons and actions until commit where the database can
        (PostgreSQL; SQLite's write lock already holds everything), so that no change - not even one by
        plain SQL - slips in between comparing the content and agreeing it. New goals wait too: their
        foreign key needs the plan row, which :meth:`_plan` locked."""
        goal_ids = select(Goal.id).where(Goal.plan_id == plan_id)
        s.execute(goal_ids.with_for_update())
        s.execute(select(GoalPerson.goal_id).where(GoalPerson.goal_id.in_(goal_ids)).with_for_update())
        s.execute(select(Action.id).where(Action.goal_id.in_(goal_ids)).with_for_update())

    @staticmethod
    def _copy_goal(g: Goal) -> Goal:
        copy = Goal(**{name: getattr(g, name) for name in GOAL_CONTENT_FIELDS})
        copy.concerns_persons = [GoalPerson(person_id=gp.person_id) for gp in g.concerns_persons]
        copy.actions = [Action(**{name: getattr(a, name) for name in ACTION_CONTENT_FIELDS}) for a in g.actions]
        return copy

