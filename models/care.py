"""Providers (aanbieders), their products, segments, and involvements (inzet) of providers in a case."""
from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean, CheckConstraint, ColumnElement, Date, ForeignKey, Index, String, Text, and_, or_, text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import DirectionMode, HandoverStatus, InvolvementState


ENDED = text("actual_end IS NOT NULL")


def involvement_state(start: date | None, actual_end: date | None, today: date) -> InvolvementState:
    """Help ended before its (planned) start was cancelled: it was never delivered."""
    if actual_end is not None:
        cancelled = start is None or actual_end < start
        return InvolvementState.CANCELLED if cancelled else InvolvementState.ENDED
    if start is None or start > today:
        return InvolvementState.PLANNED
    return InvolvementState.RUNNING


class Segment(Versioned, Base):
    """How specialised help is; an administrator adds, renames and deactivates them (seeded with A/B/C,
    Zaanstreek-Waterland). Help in a segment that ``needs_referral`` needs a referrer other than none."""

    __tablename__ = "segment"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    needs_referral: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Provider(Versioned, Timestamped, Base):
    __tablename__ = "provider"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    agb_code: Mapped[str | None] = mapped_column(String(8), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The worker who keeps the contacts and the escalation with this provider (accounthouder).
    account_holder_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))

    products: Mapped[list[Product]] = relationship(back_populates="provider", order_by="Product.name")

    __table_args__ = (CheckConstraint("agb_code IS NULL OR length(agb_code) = 8", name="agb_len"),)


class Product(Versioned, Timestamped, Base):
    """iJw product: category (JZ020, 2 digits) + optional regional product code (up to 5 characters)."""

    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    category_code: Mapped[str] = mapped_column(String(2))
    regional_code: Mapped[str | None] = mapped_column(String(5))
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segment.id"))
    unit_code: Mapped[str | None] = mapped_column(String(2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The norm for help with this product: at most this many weeks from its start, this many extensions.
    max_weeks: Mapped[int | None]
    max_extensions: Mapped[int | None]

    provider: Mapped[Provider] = relationship(back_populates="products")

    __table_args__ = (CheckConstraint("length(category_code) = 2", name="category_len"),
                      CheckConstraint("max_weeks IS NULL OR max_weeks BETWEEN 1 AND 520", name="max_weeks_range"),
                      CheckConstraint("max_extensions IS NULL OR max_extensions BETWEEN 0 AND 50",
                                      name="max_extensions_range"))


class Involvement(Versioned, Timestamped, Base):
    """A provider's involvement (inzet / toewijzing) in a case, with its direction arrangement."""

    __tablename__ = "involvement"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    referrer_type: Mapped[str] = mapped_column(String(2))  # iJw COD327
    referrer_name: Mapped[str | None] = mapped_column(String(160))
    referrer_agb: Mapped[str | None] = mapped_column(String(8))
    referral_date: Mapped[date] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(2))  # iJw JZ588
    volume_amount: Mapped[int | None]
    volume_unit: Mapped[str | None] = mapped_column(String(2))
    volume_frequency: Mapped[str | None] = mapped_column(String(1))
    budget_cents: Mapped[int | None]
    direction: Mapped[DirectionMode] = mapped_column(
        enum_column(DirectionMode, "direction"), default=DirectionMode.SOCIAL_TEAM
    )
    direction_holder: Mapped[str | None] = mapped_column(String(200))
    monitored_by: Mapped[str | None] = mapped_column(String(200))
    report_back_date: Mapped[date | None] = mapped_column(Date)
    extension_policy: Mapped[str | None] = mapped_column(Text)
    extensions: Mapped[int] = mapped_column(default=0)
    handover: Mapped[HandoverStatus] = mapped_column(
        enum_column(HandoverStatus, "handover"), default=HandoverStatus.REFERRED
    )
    note: Mapped[str | None] = mapped_column(Text)
    # Verlengde jeugdhulp: help under the Jeugdwet after the 18th birthday, at most until the 23rd.
    extended_care: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    goal_links: Mapped[list[InvolvementGoal]] = relationship(cascade="all, delete-orphan")
    # For whom: named young persons of the family; none at all means the family as a whole.
    person_links: Mapped[list[InvolvementPerson]] = relationship(cascade="all, delete-orphan")

    def state(self, today: date) -> InvolvementState:
        return involvement_state(self.start_date, self.actual_end, today)

    __table_args__ = (
        CheckConstraint("start_date IS NULL OR start_date >= referral_date", name="start_after_referral"),
        # Ended before its (planned) start, or without one: cancelled, which is never "ended as planned" (19)
        # or "temporarily" (20) - app.codelists.CANCEL_REASONS.
        CheckConstraint("actual_end IS NULL OR (start_date IS NOT NULL AND actual_end >= start_date) "
                        "OR end_reason NOT IN ('19', '20')", name="end_after_start"),
        CheckConstraint("planned_end IS NULL OR start_date IS NULL OR planned_end >= start_date",
                        name="planned_end_after_start"),
        CheckConstraint("NOT (budget_cents IS NOT NULL AND volume_amount IS NOT NULL)", name="budget_or_volume"),
        CheckConstraint("extensions >= 0", name="extensions_positive"),
        CheckConstraint("(actual_end IS NULL) = (end_reason IS NULL)", name="end_has_reason"),
        # Help ended in a period (figures). Partial: running help (NULL) is found by case, never by this index.
        Index("ix_involvement_ended", "actual_end", "start_date", sqlite_where=ENDED, postgresql_where=ENDED),
        # Per provider, covering what the figures count (so they never read the rows themselves).
        Index("ix_involvement_provider_dates", "provider_id", "referral_date", "actual_end", "start_date",
              "extensions", "case_id"),
        # Per provider and product (the figures per product category and the flows), covering.
        Index("ix_involvement_provider_product", "provider_id", "product_id", "start_date", "actual_end",
              "extensions", "case_id", "end_reason"),
        # A case's help by start date, with its product: the help before or after an involvement (flows).
        Index("ix_involvement_case_start", "case_id", "start_date", "actual_end", "product_id"),
        # A case's help, with what its next due item needs (caseloads), covering.
        Index("ix_involvement_case_open", "case_id", "actual_end", "planned_end", "report_back_date", "provider_id"),
    )


def delivered() -> ColumnElement[bool]:
    """SQL: the help was not cancelled (not ended before its start), so it counts as help delivered.
    Reads only the dates, so the figures' covering indexes still answer it."""
    i = Involvement
    return or_(i.actual_end.is_(None), and_(i.start_date.is_not(None), i.actual_end >= i.start_date))


class InvolvementGoal(Base):
    """A goal the involvement works on, by the goal's lineage so the link survives new plan versions."""

    __tablename__ = "involvement_goal"

    involvement_id: Mapped[int] = mapped_column(ForeignKey("involvement.id", ondelete="CASCADE"), primary_key=True)
    goal_lineage: Mapped[str] = mapped_column(String(32), primary_key=True)

    __table_args__ = (Index("ix_involvement_goal_lineage", "goal_lineage", "involvement_id"),)  # figures


class InvolvementPerson(Base):
    """A young person of the family the help is for. An involvement without any is for the family as a
    whole. ``family_id`` is the case's family (row-level security on PostgreSQL, and the check that the
    person is of this family)."""

    __tablename__ = "involvement_person"

    involvement_id: Mapped[int] = mapped_column(ForeignKey("involvement.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))

    __table_args__ = (
        Index("ix_involvement_person_person", "person_id", "involvement_id"),  # a person's help, figures
        Index("ix_involvement_person_family", "family_id"),
    )
