"""Demo account holding: an account holder for every demo provider (the local worker holds the first),
a few signals raised from active cases with help, and one improvement plan in monitoring."""
from __future__ import annotations

from datetime import date, timedelta

from app.bootstrap import Services
from app.errors import AppError
from app.services.accounts import SignalInput, StepInput
from models.enums import ImprovementStepKind, SignalKind

SIGNALS = [(SignalKind.WAITING_TIME, 40, "Start na de afgesproken wachttijd; aanbieder gebeld."),
           (SignalKind.NO_REPORT_BACK, 33, "Geen terugkoppeling na de eerste zes weken."),
           (SignalKind.WAITING_TIME, 26, None),
           (SignalKind.GOAL_NOT_REACHED, 12, "Doelen bij de evaluatie niet gehaald; aanpak niet aangepast.")]


def add_accounts(services: Services, staff, cases: list[tuple[int, int]], today: date) -> None:
    """``cases``: (case id, director id) of active demo cases; acts as the supervisor, directors, holder."""
    ctx, acc = services.ctx, services.accounts
    target, found = None, []
    for case_id, director_id in cases:
        ctx.user = staff.users[director_id]
        for inv in services.involvements.involvements(case_id):
            target = target or inv.provider_id
            if inv.provider_id == target and len(found) < len(SIGNALS):
                found.append((case_id, director_id, inv.id))
    ctx.user = staff.users[staff.supervisor_id]
    colleagues = [w for team in staff.caseworkers.values() for w in team] or [staff.local.worker_id]
    for index, provider in enumerate(services.providers.providers()):
        if acc.provider_account(provider.id).account_holder_id is None:
            holder = staff.local.worker_id if provider.id == target else colleagues[index % len(colleagues)]
            acc.set_account_holder(provider.id, provider.version, holder)
    raised = 0
    for (case_id, director_id, inv_id), (kind, days, note) in zip(found, SIGNALS):
        ctx.user = staff.users[director_id]
        try:
            acc.raise_signal(case_id, SignalInput(target, kind, today - timedelta(days=days), inv_id, note))
            raised += 1
        except AppError:
            continue
    if raised:
        ctx.user = staff.local
        plan = StepInput(ImprovementStepKind.PLAN, today - timedelta(days=21),
                         "Wachttijd binnen zes weken; terugkoppeling binnen tien werkdagen na de start.",
                         today + timedelta(days=70))
        if not acc.provider_account(target).steps:
            acc.record_step(target, 0, plan)
            acc.record_step(target, 1, StepInput(ImprovementStepKind.MONITORING, today - timedelta(days=7),
                                                 "Maandgesprek: wachttijd gedaald naar acht weken."))
