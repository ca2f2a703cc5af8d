"""Provider involvements, evaluations and a waakvlam for a case, written straight to the tables.

Their services are being written separately; the printed plan reads these tables directly, so the
tests (and the look-at-it script) add rows the way those services will store them.
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from models import Evaluation, EvaluationGoal, Goal, Involvement, Product, Provider, Waakvlam
from models.enums import DirectionMode, EvaluationDecision, GoalStatus, HandoverStatus, WaakvlamHolder


def _provider(session, name: str, product: str, category: str = "45") -> tuple[int, int]:
    provider = session.scalars(select(Provider).where(Provider.name == name)).first()
    if provider is None:
        provider = Provider(name=name)
        session.add(provider)
        session.flush()
    prod = Product(provider_id=provider.id, name=product, category_code=category)
    session.add(prod)
    session.flush()
    return provider.id, prod.id


def add_involvement(services, case_id: int, provider: str = "Jeugdhulp Zaanstreek",
                    product: str = "Ambulante gezinsbegeleiding", *, direction: DirectionMode = DirectionMode.SAMENREGIE,
                    direction_holder: str | None = "Jeugdhulp Zaanstreek", monitored_by: str | None = "Sanne de Vries",
                    report_back: date | None = date(2027, 1, 15), start: date | None = date(2026, 9, 1),
                    ended: date | None = None, referrer_type: str = "01",
                    extension_policy: str | None = "Verlengen alleen na een evaluatie met het gezin") -> None:
    with services.ctx.uow() as uow:
        s = uow.session
        provider_id, product_id = _provider(s, provider, product)
        s.add(Involvement(
            case_id=case_id, provider_id=provider_id, product_id=product_id, referrer_type=referrer_type,
            referral_date=(start or date(2026, 10, 1)) - timedelta(days=14), start_date=start,
            planned_end=(start + timedelta(days=180)) if start else None, actual_end=ended,
            end_reason="19" if ended else None, direction=direction, direction_holder=direction_holder,
            monitored_by=monitored_by, report_back_date=report_back, extension_policy=extension_policy,
            handover=HandoverStatus.STARTED if start else HandoverStatus.REFERRED,
        ))
        uow.commit()


def add_evaluation(services, case_id: int, plan_id: int, held_on: date, scores: dict[str, int] | None = None, *,
                   decision: EvaluationDecision = EvaluationDecision.CONTINUE, next_date: date | None = None,
                   conclusion: str = "Het gaat de goede kant op; de ochtenden zijn rustiger.",
                   participants: str = "Ayşe Öztürk, Sanne de Vries, Jeugdhulp Zaanstreek",
                   status: GoalStatus = GoalStatus.IN_PROGRESS) -> None:
    """``scores`` by goal lineage; without it every goal of the plan gets its start score + 2. Every
    goal gets ``status``."""
    user = services.ctx.user
    with services.ctx.uow() as uow:
        s = uow.session
        goals = s.execute(select(Goal.id, Goal.lineage, Goal.score_start).where(Goal.plan_id == plan_id)).all()
        if scores is None:
            scores = {lineage: min(10, (start or 0) + 2) for _id, lineage, start in goals}
        ev = Evaluation(case_id=case_id, plan_id=plan_id, planned_date=held_on, held_on=held_on,
                        participants=participants, consent_given=True, conclusion=conclusion, decision=decision,
                        next_date=next_date, author_id=user.worker_id)
        ids = {lineage: gid for gid, lineage, _s in goals}
        ev.goal_scores = [EvaluationGoal(goal_lineage=lineage, goal_id=ids.get(lineage), score=score,
                                         status=status) for lineage, score in scores.items()]
        s.add(ev)
        uow.commit()


def add_waakvlam(services, case_id: int, holder: str = "Meester Jansen", *,
                 kind: WaakvlamHolder = WaakvlamHolder.SCHOOL_COACH, start: date = date(2026, 11, 1),
                 agreement: str = "Meester Jansen belt Ayşe elke zes weken. Bij zorgen belt hij het sociaal team."
                 ) -> None:
    with services.ctx.uow() as uow:
        uow.session.add(Waakvlam(
            case_id=case_id, holder_kind=kind, holder_name=holder, start_date=start,
            end_date=start + timedelta(weeks=26), frequency_weeks=6,
            agreement=agreement))
        uow.commit()
