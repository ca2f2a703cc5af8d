"""Reading what was shared: a family's sharing records, newest first, for the Gezin tab."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import SharingRecord, Worker
from models.enums import LegalGround, SharingPurpose


@dataclass(frozen=True)
class SharingRecordDTO:
    id: int
    family_id: int
    case_id: int
    purpose: SharingPurpose
    party: str
    provider_id: int | None
    object_id: int | None
    ground: LegalGround | None          # None: shared on consent
    consent_ids: tuple[int, ...]
    reason: str | None
    shared_on: date
    worker_name: str


def sharing_dto(r: SharingRecord, worker_name: str) -> SharingRecordDTO:
    ids = tuple(int(i) for i in (r.consent_ids or "").split(",") if i)
    return SharingRecordDTO(r.id, r.family_id, r.case_id, r.purpose, r.party, r.provider_id, r.object_id, r.ground,
                            ids, r.reason, r.shared_on, worker_name)


def family_sharing_records(session: Session, family_id: int) -> tuple[SharingRecordDTO, ...]:
    rows = session.execute(select(SharingRecord, Worker.name).join(Worker, Worker.id == SharingRecord.worker_id)
                           .where(SharingRecord.family_id == family_id)
                           .order_by(SharingRecord.shared_on.desc(), SharingRecord.id.desc())).all()
    return tuple(sharing_dto(r, name) for r, name in rows)
