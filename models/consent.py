"""The consent register: per person of a family, what they (or those who decide for them) agreed to."""
from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import ConsentForm, ConsentScope


class Consent(Versioned, Timestamped, Base):
    """One consent about ``person_id``; ``given_by`` names who gave it, by the age rule on ``given_on``
    (``rule``: app.consent.ConsentRule's value). Withdrawn is a date, never a deletion."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))  # no cascade: a person with consents stays
    scope: Mapped[ConsentScope] = mapped_column(enum_column(ConsentScope, "consent_scope"))
    party: Mapped[str | None] = mapped_column(String(120))
    rule: Mapped[str] = mapped_column(String(20))
    given_by: Mapped[str] = mapped_column(String(400))
    form: Mapped[ConsentForm] = mapped_column(enum_column(ConsentForm, "consent_form"))
    given_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("valid_until IS NULL OR valid_until >= given_on", name="until_after_given"),
        CheckConstraint("withdrawn_on IS NULL OR withdrawn_on >= given_on", name="withdrawn_after_given"),
        Index("ix_consent_family_person", "family_id", "person_id"),
        Index("ix_consent_person", "person_id"),
    )
