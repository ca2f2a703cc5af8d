"""The waakvlam ("pilot light"): light-touch follow-up after help ends, with planned contacts."""
from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import ContactOutcome, WaakvlamHolder, WaakvlamStatus


class Waakvlam(Versioned, Timestamped, Base):
    __tablename__ = "waakvlam"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    holder_kind: Mapped[WaakvlamHolder] = mapped_column(enum_column(WaakvlamHolder, "holder_kind"))
    holder_name: Mapped[str] = mapped_column(String(160))
    holder_worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    frequency_weeks: Mapped[int] = mapped_column(default=6)
    status: Mapped[WaakvlamStatus] = mapped_column(
        enum_column(WaakvlamStatus, "waakvlam_status"), default=WaakvlamStatus.ACTIVE
    )
    agreement: Mapped[str | None] = mapped_column(Text)
    ended_on: Mapped[date | None] = mapped_column(Date)

    contacts: Mapped[list[WaakvlamContact]] = relationship(
        back_populates="waakvlam", cascade="all, delete-orphan", order_by="WaakvlamContact.planned_date"
    )

    __table_args__ = (
        CheckConstraint("end_date > start_date", name="end_after_start"),
        CheckConstraint("frequency_weeks BETWEEN 1 AND 52", name="frequency_range"),
        Index("uq_waakvlam_one_active_per_case", "case_id", unique=True,
              sqlite_where=text("status = 'active'"), postgresql_where=text("status = 'active'")),
    )


class WaakvlamContact(Versioned, Timestamped, Base):
    __tablename__ = "waakvlam_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    waakvlam_id: Mapped[int] = mapped_column(ForeignKey("waakvlam.id", ondelete="CASCADE"), index=True)
    planned_date: Mapped[date] = mapped_column(Date, index=True)
    held_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[ContactOutcome | None] = mapped_column(enum_column(ContactOutcome, "outcome"))
    note: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))

    waakvlam: Mapped[Waakvlam] = relationship(back_populates="contacts")

    __table_args__ = (
        CheckConstraint("(held_on IS NULL) = (outcome IS NULL)", name="held_has_outcome"),
    )
