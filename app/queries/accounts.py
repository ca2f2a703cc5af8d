"""Account holding as read: a provider's depersonalised signals, its improvement steps, a case's signals.

The provider's side (:func:`signal_counts`) never reads ``provider_signal_case``: no case, family or
note. On PostgreSQL it goes through ``gezinsregie_provider_signals`` (revision 0029), which returns rows
only to the provider's account holder or an administrator; the team's own rows stay behind row security.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from app.queries.figures_flows import LeadTime, provider_lead_time
from app.queries.figures_providers import ProviderFigures, provider_figures
from models import ImprovementStep, Provider, ProviderSignal, ProviderSignalCase, Team, Worker
from models.enums import ImprovementDecision, ImprovementStepKind, SignalKind


@dataclass(frozen=True)
class SignalCount:
    """Open signals of one kind from one team: how many, the first and the last date."""
    kind: SignalKind
    team_name: str
    count: int
    first_on: date
    last_on: date


@dataclass(frozen=True)
class StepRow:
    id: int
    kind: ImprovementStepKind
    step_on: date
    agreements: str | None
    due_on: date | None
    decision: ImprovementDecision | None
    recorded_by: str


@dataclass(frozen=True)
class CaseSignalRow:
    """A signal raised in a case, as the case's team sees it (with its note)."""
    id: int
    provider_name: str
    kind: SignalKind
    raised_on: date
    raised_by: str
    involvement_id: int | None
    note: str | None


@dataclass(frozen=True)
class ProviderAccount:
    """The provider page: figures, account holder, open signals (None: not yours to see) and steps."""
    provider_id: int
    provider_name: str
    version: int
    account_holder_id: int | None
    account_holder: str | None
    figures: ProviderFigures | None
    open_signals: tuple[SignalCount, ...] | None
    steps: tuple[StepRow, ...]
    may_record: bool = False        # the signed-in user is its account holder or an administrator
    may_choose_holder: bool = False  # a supervisor or an administrator
    lead_time: LeadTime = LeadTime()  # of its help ended in the last year, region-wide

    @property
    def stage(self) -> ImprovementStepKind | None:
        """The step the running escalation is at; None when none runs (no steps, or decided)."""
        if not self.steps or self.steps[-1].kind is ImprovementStepKind.DECISION:
            return None
        return self.steps[-1].kind


def page_lead_time(s: Session, provider_id: int, today: date) -> LeadTime:
    """The provider's lead time (doorlooptijd) over the last year, region-wide, as Reports defines it."""
    return provider_lead_time(s, provider_id, today - timedelta(days=365), today)


def page_figures(s: Session, provider_id: int, today: date) -> ProviderFigures | None:
    """The provider's figures over the last year, region-wide (aggregates, no personal data). The one
    place the provider page takes its figures from, so a richer source can replace it."""
    rows = provider_figures(s, today - timedelta(days=365), today, None)
    return next((r for r in rows if r.provider_id == provider_id), None)


def steps(s: Session, provider_id: int) -> tuple[StepRow, ...]:
    """The provider's improvement steps, oldest first (the whole history)."""
    w = aliased(Worker)
    rows = s.execute(select(ImprovementStep, w.name).join(w, w.id == ImprovementStep.recorded_by_id)
                     .where(ImprovementStep.provider_id == provider_id).order_by(ImprovementStep.id))
    return tuple(StepRow(x.id, x.kind, x.step_on, x.agreements, x.due_on, x.decision, name) for x, name in rows)


def open_since(history: tuple[StepRow, ...]) -> date | None:
    """Signals raised after the last decision are open; None: all are."""
    decided = [x.step_on for x in history if x.kind is ImprovementStepKind.DECISION]
    return decided[-1] if decided else None


def signal_counts(s: Session, provider_id: int, after: date | None) -> tuple[SignalCount, ...]:
    """Signals about the provider raised after ``after``, counted per kind and team - nothing personal."""
    if s.get_bind().dialect.name == "postgresql":
        rows = s.execute(text("SELECT kind, raised_on, team_id, n FROM gezinsregie_provider_signals(:p)"),
                         {"p": provider_id}).all()
    else:
        g = ProviderSignal
        rows = s.execute(select(g.kind, g.raised_on, g.team_id, func.count()).where(g.provider_id == provider_id)
                         .group_by(g.kind, g.raised_on, g.team_id)).all()
    names = dict(s.execute(select(Team.id, Team.name)).all())
    grouped: dict[tuple[str, str], list] = {}
    for kind, raised_on, team_id, n in rows:
        if after is not None and raised_on <= after:
            continue
        key = (SignalKind(kind).value, names.get(team_id, "?"))
        g = grouped.setdefault(key, [0, raised_on, raised_on])
        g[0], g[1], g[2] = g[0] + n, min(g[1], raised_on), max(g[2], raised_on)
    return tuple(SignalCount(SignalKind(k), team, n, first, last)
                 for (k, team), (n, first, last) in sorted(grouped.items()))


def case_signals(s: Session, case_id: int) -> tuple[CaseSignalRow, ...]:
    """The signals raised in a case, newest first, with the team's note."""
    g, c, w = ProviderSignal, ProviderSignalCase, aliased(Worker)
    rows = s.execute(select(g.id, Provider.name, g.kind, g.raised_on, w.name, c.involvement_id, c.note)
                     .join(c, c.signal_id == g.id).join(Provider, Provider.id == g.provider_id)
                     .join(w, w.id == g.raised_by_id).where(c.case_id == case_id)
                     .order_by(g.raised_on.desc(), g.id.desc()))
    return tuple(CaseSignalRow(*r) for r in rows)


def holder_name(s: Session, worker_id: int | None) -> str | None:
    return None if worker_id is None else s.get(Worker, worker_id).name
