"""Demo extensions under control: the local worker's team needs a supervisor's approval for an extension, one
of the local worker's running help awaits it, and one running help is past its product's norm."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.bootstrap import Services
from app.demo.staff import Staff
from app.errors import AppError
from app.services.extensions import ExtensionInput
from app.services.provider_inputs import ProductInput
from models import Case, Involvement
from models.enums import CaseStatus, ExtensionReason

NOTE = "Gezin en aanbieder willen nog een periode; de doelen rond de ochtenden zijn nog niet bereikt."


def add_extensions(services: Services, staff: Staff, today: date) -> None:
    ctx = services.ctx
    with ctx.uow() as uow:
        running = uow.session.execute(
            select(Involvement.id, Involvement.case_id, Case.director_id, Involvement.start_date,
                   Involvement.product_id)
            .join(Case, Case.id == Involvement.case_id)
            .where(Case.team_id == staff.local_team_id, Case.status == CaseStatus.ACTIVE,
                   Involvement.actual_end.is_(None), Involvement.start_date.is_not(None),
                   Involvement.planned_end.is_not(None))
            .order_by(Involvement.start_date, Involvement.id)).all()
    if not running:
        return
    try:
        ctx.user = staff.users[staff.supervisor_id]
        _past_norm(services, running[0], today)
        team = staff.local_team_id
        version = services.supervision.team_overview(team).team_version
        services.extensions.set_approval_required(team, version, True)
        own = [r for r in running[1:] if r.director_id == staff.local.worker_id]
        if own:
            ctx.user = staff.local
            _ask(services, own[-1])
    except AppError:
        pass  # a demo that does not fit the rules simply gets no extensions


def _past_norm(services: Services, row, today: date) -> None:
    """The product of the longest running help gets a maximum duration that help has just passed."""
    weeks = (today - row.start_date).days // 7
    if weeks < 2:
        return
    product = next(p for provider in services.providers.providers() for p in provider.products
                   if p.id == row.product_id)
    services.providers.update_product(product.id, product.version, ProductInput(
        product.name, product.category_code, product.segment_id, product.regional_code, product.unit_code,
        max_weeks=weeks - 1, max_extensions=product.max_extensions))


def _ask(services: Services, row) -> None:
    inv = services.involvements.involvement(row.id)
    held = sorted(services.evaluations.evaluations(row.case_id, log_read=False), key=lambda e: e.held_on)
    services.extensions.request_extension(inv.id, inv.version, ExtensionInput(
        inv.planned_end + timedelta(days=91), ExtensionReason.GOALS_NOT_REACHED, NOTE,
        evaluation_id=held[-1].id if held else None,
        no_evaluation_reason=None if held else "De tussenevaluatie is gepland; de einddatum komt eerder."))
