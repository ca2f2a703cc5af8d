"""Child-protection measures per young person: (provisional) OTS and guardianship, with the certified
institution (gecertificeerde instelling) and the family guardian (jeugdbeschermer)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import ProtectionKind


class ProtectionMeasure(Versioned, Timestamped, Base):
    """One court measure about ``person_id`` (a young person of the family), recorded in ``case_id``.
    ``ends_on`` is the current end (after extensions; each extension is a case event with the old and
    new end); guardianship may have none (it ends at 18)."""

    __tablename__ = "protection_measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[ProtectionKind] = mapped_column(enum_column(ProtectionKind, "protection_kind"))
    institution: Mapped[str] = mapped_column(String(200))
    guardian_name: Mapped[str | None] = mapped_column(String(120))
    guardian_contact: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    placement_on: Mapped[date | None] = mapped_column(Date)
    extensions: Mapped[int] = mapped_column(default=0)

    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("kind = 'guardianship' OR ends_on IS NOT NULL", name="order_has_end"),
        CheckConstraint("extensions >= 0", name="extensions_positive"),
        Index("ix_protection_measure_family_person", "family_id", "person_id"),
        Index("ix_protection_measure_case", "case_id", "ends_on"),
    )
