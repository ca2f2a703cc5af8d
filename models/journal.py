"""Journal of dated contacts with and about the family."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import JournalKind


class JournalEntry(Versioned, Timestamped, Base):
    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[JournalKind] = mapped_column(enum_column(JournalKind, "journal_kind"))
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    __table_args__ = (Index("ix_journal_entry_case_date", "case_id", "occurred_on"),)
