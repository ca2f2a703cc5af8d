"""The sharing gate in the services, and the record of what was shared (Jeugdwet 7.3.4 / 7.3.5 / 7.3.11).

A service that shares a family's data (an involvement's referral, a provider's evaluation, the plan for
a provider) calls :func:`check_sharing` while validating - a refusal is a message at the field
``sharing`` naming the consent that is missing and from whom, and nothing is written - and, once its
own record exists, :func:`keep_sharing`, which stores the sharing record and logs it. A legal ground
instead of consent needs a reason (field ``ground_reason``). Sharing records are never changed or
removed: what was shared stays on record after a consent is withdrawn.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.case_view import open_case_id
from app.queries.sharing import SharingRecordDTO, family_sharing_records
from app.services.consents import visible_family
from app.sharing import REASON_MAX, GateDecision, decide
from app.validation import FieldErrors
from models import Case, Consent, Person, SharingRecord
from models.enums import AuditEvent, LegalGround, SharingPurpose

CONSENT_BASIS = "consent"  # the access log's token for "on consent"


@dataclass(frozen=True)
class SharingChoice:
    """How the user wants to share: on consent (``ground`` None), or on a legal ground with a reason."""

    ground: LegalGround | None = None
    reason: str | None = None


def gate_decision(s: Session, family_id: int, purpose: SharingPurpose, party: str, on_date: date,
                  today: date) -> GateDecision:
    members = list(s.scalars(select(Person).where(Person.family_id == family_id)))
    consents = list(s.scalars(select(Consent).where(Consent.family_id == family_id)))
    return decide(members, consents, purpose, party, on_date, withdrawn_by=today)


def check_sharing(s: Session, ctx: ServiceContext, case: Case, purpose: SharingPurpose, party: str,
                  choice: SharingChoice, errors: FieldErrors, *, provider_id: int | None = None,
                  on_date: date | None = None) -> SharingRecord:
    """The sharing record to keep, not yet added; a refusal is added to ``errors`` (the caller raises)."""
    today = ctx.clock.today()
    day = on_date or today
    record = SharingRecord(family_id=case.family_id, case_id=case.id, purpose=purpose, party=party[:160],
                           provider_id=provider_id, shared_on=day, worker_id=ctx.require_user().worker_id)
    if choice.ground is not None:
        record.ground = choice.ground
        record.reason = errors.required("ground_reason", choice.reason, REASON_MAX, multiline=True) or None
        return record
    if choice.reason and choice.reason.strip():
        errors.add("legal_ground", QT_TRANSLATE_NOOP("Errors", "Choose the legal ground this reason is for."))
    decision = gate_decision(s, case.family_id, purpose, party, day, today)
    if not decision.allowed:
        errors.add("sharing", QT_TRANSLATE_NOOP(
            "Errors", "Sharing with {party} needs consent that is not on record - {missing}. Record it on the "
                      "Gezin tab, or choose a legal ground with a reason."),
            party=party, missing=decision.explanation())
    record.consent_ids = ",".join(str(i) for i in decision.consent_ids)
    return record


def keep_sharing(s: Session, ctx: ServiceContext, record: SharingRecord, object_id: int | None) -> SharingRecord:
    """Stores the checked sharing record for ``object_id`` and logs it (in the caller's unit of work)."""
    record.object_id = object_id
    s.add(record)
    s.flush()
    basis = record.ground.value if record.ground is not None else CONSENT_BASIS
    log_access(s, ctx, AuditEvent.CREATE, "sharing_record", record.id, family_id=record.family_id,
               case_id=record.case_id, detail=detail(DetailCode.SHARED, purpose=record.purpose, basis=basis))
    return record


class SharingService:
    """What was shared with whom, per family (the records themselves are made by the sharing services)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def sharing_records(self, family_id: int, *, log_read: bool = True) -> tuple[SharingRecordDTO, ...]:
        """Every sharing of the family's data, newest first; ``log_read=False`` for a refresh."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            visible_family(s, family_id)
            rows = family_sharing_records(s, family_id)
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, "sharing_record", family_id=family_id,
                           case_id=open_case_id(s, family_id))
            uow.commit()
            return rows
