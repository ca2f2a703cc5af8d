"""Aftercare input: how it is secured in the family's own network or with a free-access service (who,
what), or why none is needed - validated with the form that ends help or closes the case, and written in
its unit of work (:mod:`app.services.aftercare`)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.i18n import QT_TRANSLATE_NOOP
from app.validation import FieldErrors
from models import Aftercare, Case
from models.enums import AftercareKind, AftercareNoneReason, AuditEvent

WHO_MAX, WHAT_MAX, NOTE_MAX = 200, 2000, 2000


@dataclass(frozen=True)
class AftercareInput:
    kind: AftercareKind | None
    who: str | None = None       # the network member, or the free-access service by name
    what: str | None = None      # what they do
    none_reason: AftercareNoneReason | None = None
    note: str | None = None      # why none is needed, in words; or anything else worth knowing


def validate_aftercare(errors: FieldErrors, data: AftercareInput) -> AftercareInput:
    """The input normalised, every problem at its field (``aftercare_kind``, ``aftercare_who``,
    ``aftercare_what``, ``aftercare_reason``, ``aftercare_note``): secured needs who and what; none
    needed needs a reason. What does not fit the choice is dropped."""
    note = errors.optional("aftercare_note", data.note, NOTE_MAX, multiline=True)
    if data.kind is None:
        errors.add("aftercare_kind", QT_TRANSLATE_NOOP(
            "Errors", "Say how aftercare is secured: in the own network, with a free-access service, or none needed."))
        return AftercareInput(None, note=note)
    if data.kind is AftercareKind.NONE_NEEDED:
        if data.none_reason is None:
            errors.add("aftercare_reason", QT_TRANSLATE_NOOP("Errors", "Choose why no aftercare is needed."))
        return AftercareInput(data.kind, none_reason=data.none_reason, note=note)
    who = errors.required("aftercare_who", data.who, WHO_MAX)
    what = errors.required("aftercare_what", data.what, WHAT_MAX, multiline=True)
    return AftercareInput(data.kind, who, what, None, note)


def record_aftercare(s: Session, ctx: ServiceContext, case: Case, data: AftercareInput, on_date: date,
                     involvement_id: int | None = None) -> Aftercare:
    """Writes validated aftercare for ``case`` (and the ended involvement), with its access-log entry."""
    row = Aftercare(family_id=case.family_id, case_id=case.id, involvement_id=involvement_id, kind=data.kind,
                    who=data.who, what=data.what, none_reason=data.none_reason, note=data.note, recorded_on=on_date)
    s.add(row)
    s.flush()
    log_access(s, ctx, AuditEvent.CREATE, "aftercare", row.id, family_id=case.family_id, case_id=case.id,
               detail=detail(DetailCode.AFTERCARE_RECORDED, kind=data.kind))
    return row
