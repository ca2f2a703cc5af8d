"""Aftercare when help ends or a case closes: how it is secured in the family's own network (borging in
het eigen netwerk) or with a free-access service - who, and what they do - or why none is needed.

Ending help (:meth:`InvolvementService.end_involvement`) and closing a case (:meth:`CaseService.close`)
take an :class:`AftercareInput`; it is validated with the rest of the form and written in the same unit
of work (one record per ended involvement; one for the closing). Without one (an older client, the
command line) nothing is recorded and the figures count the help as "not recorded".
"""
from __future__ import annotations

from app.audit import log_access
from app.context import ServiceContext
from app.queries.aftercare import AftercareDTO, case_aftercare
from app.services.aftercare_inputs import AftercareInput, record_aftercare, validate_aftercare
from app.services.cases import read_case
from models.enums import AuditEvent

__all__ = ["AftercareInput", "AftercareService", "record_aftercare", "validate_aftercare"]


class AftercareService:
    """The aftercare recorded in a case (when help ended, when it closed)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def aftercare(self, case_id: int, *, log_read: bool = True) -> tuple[AftercareDTO, ...]:
        """The case's aftercare records, oldest first; ``log_read=False`` for a refresh after one's own command."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            found = case_aftercare(s, case.id)
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, "aftercare", family_id=case.family_id, case_id=case.id)
            uow.commit()
            return found
