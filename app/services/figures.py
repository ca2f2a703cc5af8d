"""Management figures (Rapportages) for supervisors and administrators: on screen and as an Excel workbook.

A supervisor sees the figures of their own teams (one, or all of them together), an administrator of
any team or of all. A worker is refused: the figures are for steering, not for the caseload. Each
call is written to the access log (no personal data: the figures are counts).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import require_supervisor, visible_team_ids
from app.audit import log_access, log_failure
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.codelists import PRODUCT_CATEGORIES
from app.i18n import QT_TRANSLATE_NOOP
from app.municipalities import NOT_A_MUNICIPALITY, Municipality, municipality, municipality_name
from app.queries.figures import ManagementFigures, management_figures, years_after
from app.queries.figures_flows import ProviderSteering, provider_steering
from app.queries.figures_sql import CaseScope
from app.queries.provider_choice import ProviderComparison, provider_comparison
from app.services.exports import write_logged
from app.services.supervision import SupervisionService
from app.services.workers import TeamRow
from app.validation import FieldErrors
from models import Team, TeamMunicipality
from models.enums import AuditEvent

MAX_YEARS = 5
OBJECT_TYPE = "management_figures"
SUPERVISORS_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "Management figures are for supervisors and administrators.")


class FiguresService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def team_choices(self) -> list[TeamRow]:
        """The teams the signed-in user may choose: a supervisor's own, all for an administrator, none
        for a worker."""
        if not self.ctx.require_user().is_supervisor:
            return []
        return SupervisionService(self.ctx).team_choices()

    def municipality_choices(self) -> list[Municipality]:
        """The municipalities the figures can be cut by: those of the teams the user may choose (the
        families of those teams mostly live there); none for a worker."""
        user = self.ctx.require_user()
        if not user.is_supervisor:
            return []
        with self.ctx.uow() as uow:
            q = select(TeamMunicipality.code, TeamMunicipality.name).distinct()
            team_ids = visible_team_ids(user)
            if team_ids is not None:
                q = q.where(TeamMunicipality.team_id.in_(team_ids))
            return sorted((Municipality(code, name) for code, name in uow.session.execute(q)),
                          key=lambda m: m.name.casefold())

    def management_figures(self, start: date, end: date, team_id: int | None = None,
                           municipality_code: str | None = None) -> ManagementFigures:
        """The figures of [start, end] for ``team_id`` (None: every team the user may see), of the
        families living in ``municipality_code`` only when given."""
        self._check(start, end, team_id, AuditEvent.READ, municipality_code)
        with self.ctx.uow() as uow:
            figures = self._figures(uow.session, start, end, team_id, municipality_code)
            log_access(uow.session, self.ctx, AuditEvent.READ, OBJECT_TYPE, team_id,
                       detail=_detail(False, start, end, municipality_code))
            uow.commit()
            return figures

    def provider_steering(self, start: date, end: date, team_id: int | None = None,
                          municipality_code: str | None = None) -> ProviderSteering:
        """The figures per provider and product category and the flows of help, for the same scope as
        :meth:`management_figures` (counts only)."""
        self._check(start, end, team_id, AuditEvent.READ, municipality_code)
        with self.ctx.uow() as uow:
            steering = provider_steering(uow.session, start, end, self._scope(team_id, municipality_code))
            log_access(uow.session, self.ctx, AuditEvent.READ, OBJECT_TYPE, team_id,
                       detail=_detail(False, start, end, municipality_code))
            uow.commit()
            return steering

    def provider_comparison(self, category_code: str) -> ProviderComparison:
        """For choosing a provider in the involvement form (any signed-in user): per provider of the product
        category its waiting time, goal realisation and lead time over the last 12 months, counted over the
        cases of the teams the user may see. Counts only: nothing about a family, so no access-log entry."""
        user = self.ctx.require_user()
        errors = FieldErrors()
        if category_code not in PRODUCT_CATEGORIES:
            errors.add("category_code", QT_TRANSLATE_NOOP("Errors", "Choose a product category from the iJw list."))
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            return provider_comparison(uow.session, category_code, self.ctx.clock.today(), visible_team_ids(user))

    def export_xlsx(self, start: date, end: date, team_id: int | None, path: str | Path,
                    municipality_code: str | None = None) -> Path:
        """Writes the figures as a workbook to ``path`` (all or nothing) and returns where it went."""
        from app.export.figures_xlsx import render_figures_xlsx  # openpyxl: not needed to start the app

        self._check(start, end, team_id, AuditEvent.PRINT_EXPORT, municipality_code)
        with self.ctx.uow() as uow:
            data = render_figures_xlsx(self._figures(uow.session, start, end, team_id, municipality_code),
                                       provider_steering(uow.session, start, end,
                                                         self._scope(team_id, municipality_code)))
        return write_logged(
            self.ctx, path, data,
            failed=lambda: log_failure(self.ctx, AuditEvent.PRINT_EXPORT, OBJECT_TYPE, team_id),
            log=lambda s: log_access(s, self.ctx, AuditEvent.PRINT_EXPORT, OBJECT_TYPE, team_id,
                                     detail=_detail(True, start, end, municipality_code)))

    # -- helpers ---------------------------------------------------------------------------------

    def _check(self, start: date | None, end: date | None, team_id: int | None, event: AuditEvent,
               municipality_code: str | None = None) -> None:
        require_supervisor(self.ctx, OBJECT_TYPE, SUPERVISORS_ONLY, event=event, team_id=team_id)
        errors = FieldErrors()
        if municipality_code is not None and municipality(municipality_code) is None:
            errors.add("municipality", NOT_A_MUNICIPALITY)
        if start is None:
            errors.add("start", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        if end is None:
            errors.add("end", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        if errors.in_years("start", start) & errors.in_years("end", end):
            if end < start:
                errors.add("end", QT_TRANSLATE_NOOP("Errors", "The end of the period is before its start."))
            elif end >= years_after(start, MAX_YEARS):
                errors.add("end", QT_TRANSLATE_NOOP("Errors", "Choose a period of at most {years} years."),
                           years=MAX_YEARS)
        errors.raise_if_any()

    def _scope(self, team_id: int | None, municipality_code: str | None) -> frozenset[int] | CaseScope | None:
        """The cases counted: of ``team_id`` (else every team the user may see: None for all), of the
        municipality's families when given (the queries take the region-wide paths only for None)."""
        teams = frozenset({team_id}) if team_id is not None else visible_team_ids(self.ctx.require_user())
        return teams if municipality_code is None else CaseScope(teams, municipality_code)

    def _figures(self, s: Session, start: date, end: date, team_id: int | None,
                 municipality_code: str | None = None) -> ManagementFigures:
        user = self.ctx.require_user()
        if team_id is not None:
            team_ids: frozenset[int] | None = frozenset({team_id})
            name = s.scalar(select(Team.name).where(Team.id == team_id))
        else:
            team_ids = visible_team_ids(user)
            name = None
        return management_figures(s, start, end, team_ids, team_id=team_id, team_name=name,
                                  municipality_code=municipality_code,
                                  municipality_name=municipality_name(municipality_code))


def _detail(workbook: bool, start: date, end: date, municipality_code: str | None):
    if municipality_code is None:
        return detail(DetailCode.FIGURES_XLSX if workbook else DetailCode.FIGURES, start=start, end=end)
    return detail(DetailCode.FIGURES_XLSX_MUNICIPALITY if workbook else DetailCode.FIGURES_MUNICIPALITY,
                  start=start, end=end, municipality=int(municipality_code))

