"""Extensions (verlengingen) of help: the chain per involvement, the requests awaiting a supervisor, and the
norm per product (at most so many weeks from the start, so many extensions) that running help is held to."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from models import Evaluation, Involvement, InvolvementExtension, Product, Provider, Worker
from models.enums import ExtensionReason, ExtensionStatus

# Without a maximum number of extensions set for its product, help counts as extended often from this many on.
DEFAULT_MAX_EXTENSIONS = 2
DECIDED_NOTICE = timedelta(days=7)  # the director sees a decision on Vandaag for a week


@dataclass(frozen=True)
class ExtensionDTO:
    id: int
    involvement_id: int
    case_id: int
    family_id: int
    provider_name: str
    number: int                  # in the involvement's chain (after the counter kept from before revision 0028)
    reason: ExtensionReason
    note: str
    evaluation_id: int | None
    evaluation_held_on: date | None
    no_evaluation_reason: str | None
    previous_end: date | None
    new_end: date
    requested_by_id: int
    requested_by: str
    requested_at: datetime
    status: ExtensionStatus
    decided_by: str | None       # None with status approved: it took effect without approval
    decided_at: datetime | None
    decision_note: str | None
    version: int


def _select() -> Select:
    asker, decider = aliased(Worker), aliased(Worker)
    x = InvolvementExtension
    return (select(x.id, x.involvement_id, x.case_id, x.family_id, Provider.name, x.number, x.reason, x.note,
                   x.evaluation_id, Evaluation.held_on, x.no_evaluation_reason, x.previous_end, x.new_end,
                   x.requested_by_id, asker.name, x.requested_at, x.status, decider.name, x.decided_at,
                   x.decision_note, x.version)
            .join(Involvement, Involvement.id == x.involvement_id)
            .join(Provider, Provider.id == Involvement.provider_id)
            .join(asker, asker.id == x.requested_by_id).outerjoin(decider, decider.id == x.decided_by_id)
            .outerjoin(Evaluation, Evaluation.id == x.evaluation_id))


def extension_dtos(session: Session, *, involvement_id: int | None = None,
                   extension_ids: list[int] | None = None) -> list[ExtensionDTO]:
    """An involvement's chain (or the given extensions), by number."""
    q = _select().order_by(InvolvementExtension.involvement_id, InvolvementExtension.number)
    if involvement_id is not None:
        q = q.where(InvolvementExtension.involvement_id == involvement_id)
    if extension_ids is not None:
        q = q.where(InvolvementExtension.id.in_(extension_ids))
    return [ExtensionDTO(*r) for r in session.execute(q)]


def pending_by_involvement(session: Session, involvement_ids: list[int]) -> dict[int, int]:
    """Per involvement its extension awaiting approval (at most one), by id."""
    if not involvement_ids:
        return {}
    x = InvolvementExtension
    return dict(session.execute(select(x.involvement_id, x.id).where(
        x.involvement_id.in_(involvement_ids), x.status == ExtensionStatus.REQUESTED)).all())


def next_number(session: Session, inv: Involvement) -> int:
    """The next number in the chain: after the rows so far and after the counter kept from before the rows."""
    rows = session.scalars(select(InvolvementExtension.number)
                           .where(InvolvementExtension.involvement_id == inv.id)).all()
    return max([inv.extensions, *rows]) + 1


@dataclass(frozen=True)
class ExtensionEvent:
    """An extension on Vandaag: awaiting approval (for supervisors) or decided this week (for the director)."""

    extension_id: int
    case_id: int
    involvement_id: int
    provider_name: str
    status: ExtensionStatus
    on: date                     # requested or decided on


def extension_events(session: Session, case_ids, today: date, *, status: ExtensionStatus | None = None
                     ) -> list[ExtensionEvent]:
    """Requests awaiting approval (``status`` REQUESTED), or decisions of the past week (None) in the cases:
    by a supervisor, or refused."""
    x = InvolvementExtension
    q = (select(x.id, x.case_id, x.involvement_id, Provider.name, x.status, x.requested_at, x.decided_at)
         .join(Involvement, Involvement.id == x.involvement_id).join(Provider, Provider.id == Involvement.provider_id)
         .where(x.case_id.in_(case_ids)))
    if status is ExtensionStatus.REQUESTED:
        q = q.where(x.status == ExtensionStatus.REQUESTED)
    else:
        since = datetime.combine(today - DECIDED_NOTICE, datetime.min.time(), tzinfo=timezone.utc)
        q = q.where(x.status != ExtensionStatus.REQUESTED, x.decided_by_id.is_not(None), x.decided_at >= since)
    return [ExtensionEvent(i, c, inv, name, st, (decided or requested).date())
            for i, c, inv, name, st, requested, decided in session.execute(q)]


@dataclass(frozen=True)
class NormFlag:
    """Running help past its product's norm: ``past_weeks`` the day its maximum duration ran out (None: within
    it); ``many_extensions`` extended at least the product's maximum (or DEFAULT_MAX_EXTENSIONS times)."""

    involvement_id: int
    case_id: int
    provider_name: str
    extensions: int
    max_extensions: int
    norm_end: date | None
    past_weeks: bool
    many_extensions: bool


def norm_end(start: date | None, max_weeks: int | None) -> date | None:
    return None if start is None or max_weeks is None else start + timedelta(weeks=max_weeks)


def norm_flags(session: Session, case_ids, today: date) -> list[NormFlag]:
    """Running help (not ended, started) of the cases that runs past its norm or was extended often; the
    duration counts from the start: with a maximum of 12 weeks from 1 March, help running on 24 May (the
    day after 12 weeks) is past it, on 24 May itself it is not."""
    rows = session.execute(
        select(Involvement.id, Involvement.case_id, Provider.name, Involvement.extensions, Involvement.start_date,
               Product.max_weeks, Product.max_extensions)
        .join(Product, Product.id == Involvement.product_id).join(Provider, Provider.id == Involvement.provider_id)
        .where(Involvement.case_id.in_(case_ids), Involvement.actual_end.is_(None),
               Involvement.start_date.is_not(None), Involvement.start_date <= today))
    flags = []
    for inv_id, case_id, provider, extensions, start, max_weeks, max_extensions in rows:
        limit = DEFAULT_MAX_EXTENSIONS if max_extensions is None else max_extensions
        end = norm_end(start, max_weeks)
        past, many = end is not None and today > end, extensions >= limit and extensions > 0
        if past or many:
            flags.append(NormFlag(inv_id, case_id, provider, extensions, limit, end, past, many))
    return flags
