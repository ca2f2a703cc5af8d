"""What was shared with whom: one row per sharing the gate let through (app/sharing.py), never changed.

A row names the family and case, the purpose, the party (and the provider when it is one), the record
it was shared for, and the basis: the consents it rested on, or a legal ground with its reason. A
consent withdrawn later does not remove the row: what was shared before stays on record.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, enum_column, utcnow
from models.enums import LegalGround, SharingPurpose


class SharingRecord(Base):
    __tablename__ = "sharing_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    purpose: Mapped[SharingPurpose] = mapped_column(enum_column(SharingPurpose, "sharing_purpose"))
    party: Mapped[str] = mapped_column(String(160))
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("provider.id"))
    object_id: Mapped[int | None]               # the involvement, evaluation or plan it was shared for
    ground: Mapped[LegalGround | None] = mapped_column(enum_column(LegalGround, "legal_ground"))  # None: consent
    consent_ids: Mapped[str | None] = mapped_column(String(400))  # "12,15": the consents it rested on
    reason: Mapped[str | None] = mapped_column(Text)              # why the legal ground applies
    shared_on: Mapped[date] = mapped_column(Date)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (
        CheckConstraint("(ground IS NULL AND consent_ids IS NOT NULL) OR (ground IS NOT NULL AND reason IS NOT NULL)",
                        name="consent_or_ground"),
        Index("ix_sharing_record_family", "family_id", "shared_on"),
        Index("ix_sharing_record_case", "case_id"),
    )
