"""The person's own statement about a disputed part of the file, and corrections on request
(Jeugdwet 7.3.8, AVG art. 16). Both are append-only: no version, never changed or deleted."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, enum_column
from models.enums import StatementSubject


class OwnStatement(Timestamped, Base):
    """What ``person_id`` says about ``field`` of the record ``subject``/``subject_id`` (a plan version, a
    goal, a journal entry, an evaluation), as recorded by ``recorded_by_id``. A later statement may follow."""

    __tablename__ = "own_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    subject: Mapped[StatementSubject] = mapped_column(enum_column(StatementSubject, "statement_subject"))
    subject_id: Mapped[int]
    field: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    stated_on: Mapped[date] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    __table_args__ = (
        Index("ix_own_statement_case", "case_id", "subject", "subject_id"),
        Index("ix_own_statement_person", "person_id"),
        Index("ix_own_statement_family", "family_id"),
    )


class TextCorrection(Timestamped, Base):
    """A disputed text corrected on ``person_id``'s request: what stood there before, what stands now,
    why, who and when (``created_at``)."""

    __tablename__ = "text_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    subject: Mapped[StatementSubject] = mapped_column(enum_column(StatementSubject, "statement_subject"))
    subject_id: Mapped[int]
    field: Mapped[str] = mapped_column(String(40))
    old_text: Mapped[str] = mapped_column(Text)
    new_text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    corrected_on: Mapped[date] = mapped_column(Date)
    corrected_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    __table_args__ = (
        Index("ix_text_correction_case", "case_id", "subject", "subject_id"),
        Index("ix_text_correction_person", "person_id"),
        Index("ix_text_correction_family", "family_id"),
    )
