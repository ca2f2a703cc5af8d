"""Aftercare when help ends or a case closes (borging in het eigen netwerk), and the transition plan of a
young person towards 18 (Wmo, Wlz, Zvw, school or work, income)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import AftercareKind, AftercareNoneReason


class Aftercare(Timestamped, Base):
    """How aftercare is secured, recorded in ``case_id`` when help ended (``involvement_id``, one record
    per involvement) or when the case closed (``involvement_id`` None): who (a network member or a
    free-access service) and what they do, or why none is needed."""

    __tablename__ = "aftercare"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    involvement_id: Mapped[int | None] = mapped_column(ForeignKey("involvement.id", ondelete="CASCADE"),
                                                       unique=True)
    kind: Mapped[AftercareKind] = mapped_column(enum_column(AftercareKind, "aftercare_kind"))
    who: Mapped[str | None] = mapped_column(String(200))
    what: Mapped[str | None] = mapped_column(String(2000))
    none_reason: Mapped[AftercareNoneReason | None] = mapped_column(
        enum_column(AftercareNoneReason, "aftercare_none_reason"))
    note: Mapped[str | None] = mapped_column(String(2000))
    recorded_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("kind = 'none_needed' OR (who IS NOT NULL AND what IS NOT NULL)", name="secured_says_who"),
        CheckConstraint("kind <> 'none_needed' OR none_reason IS NOT NULL", name="none_has_reason"),
        Index("ix_aftercare_case", "case_id", "recorded_on"),
        Index("ix_aftercare_family", "family_id"),
    )


class TransitionPlan(Versioned, Timestamped, Base):
    """The plan for a young person's transition to adulthood (help under the Jeugdwet ends at 18): which
    domains (``domains``: comma-separated :class:`TransitionDomain` values), who is responsible, what is
    agreed and on which day. One per young person."""

    __tablename__ = "transition_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    domains: Mapped[str] = mapped_column(String(80))
    responsible: Mapped[str | None] = mapped_column(String(200))
    agreed: Mapped[str | None] = mapped_column(String(2000))
    agreed_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        Index("ix_transition_plan_family", "family_id", "person_id"),
    )
