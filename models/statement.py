"""The person's own statement about a disputed part of the file, and corrections on request
(Jeugdwet 7.3.8, AVG art. 16). Both are append-only: no version, never changed or deleted."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, enum_column
from models.enums import StatementSubject


class AboutAPart:
    """Whose (``person_id``, of ``family_id``), and which part of the file: ``field`` of the record
    ``subject``/``subject_id`` (a plan version, a goal, a journal entry, an evaluation) in ``case_id``."""

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    subject: Mapped[StatementSubject] = mapped_column(enum_column(StatementSubject, "statement_subject"))
    subject_id: Mapped[int]
    field: Mapped[str] = mapped_column(String(40))


def _indexes(table: str) -> tuple[Index, ...]:
    return (Index(f"ix_{table}_case", "case_id", "subject", "subject_id"), Index(f"ix_{table}_person", "person_id"),
            Index(f"ix_{table}_family", "family_id"))


class OwnStatement(AboutAPart, Timestamped, Base):
    """What ``person_id`` says about a part of the file, as recorded by ``recorded_by_id``. A later
    statement may follow."""

    __tablename__ = "own_statement"

    text: Mapped[str] = mapped_column(Text)
    stated_on: Mapped[date] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    __table_args__ = _indexes("own_statement")


class TextCorrection(AboutAPart, Timestamped, Base):
    """A disputed text corrected on ``person_id``'s request: what stood there before, what stands now,
    why, who and when (``created_at``)."""

    __tablename__ = "text_correction"

    old_text: Mapped[str] = mapped_column(Text)
    new_text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    corrected_on: Mapped[date] = mapped_column(Date)
    corrected_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    __table_args__ = _indexes("text_correction")
