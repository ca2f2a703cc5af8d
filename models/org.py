"""Teams, workers and the configurable reference lists."""
from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import Role

# The database's own guard on what app/validation.py checks in full: an e-mail with one @ and a dot
# after it, a phone number stored as its digits (0612345678) - so plain SQL cannot store free text there.
CONTACT_CHECK = ("(email IS NULL OR (email LIKE '%_@_%._%' AND email NOT LIKE '%@%@%' AND email NOT LIKE '% %')) "
                 "AND (phone IS NULL OR (length(phone) BETWEEN 8 AND 11 AND trim(phone, '0123456789') = ''))")


class Team(Versioned, Timestamped, Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    # An extension of help waits for the approval of a supervisor of the team (revision 0028).
    extension_approval: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    municipalities: Mapped[list[TeamMunicipality]] = relationship(
        lazy="selectin", order_by="TeamMunicipality.position", cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint(CONTACT_CHECK, name="contact_format"),
    )


class TeamMunicipality(Base):
    """A municipality (CBS code and name, from the shipped list) a team works for; the first is its default."""

    __tablename__ = "team_municipality"

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(default=0)

    __table_args__ = (
        CheckConstraint("length(code) = 4", name="code_len"),
    )


class Worker(Versioned, Timestamped, Base):
    __tablename__ = "worker"
    __table_args__ = (CheckConstraint(CONTACT_CHECK, name="contact_format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    username: Mapped[str] = mapped_column(String(63), unique=True)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"), default=Role.WORKER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))

    teams: Mapped[list[Team]] = relationship(secondary="worker_team", lazy="selectin")


class WorkerTeam(Base):
    """Membership: a worker belongs to one or more teams."""

    __tablename__ = "worker_team"

    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"), primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)


class LifeDomain(Base):
    """A life domain for goals; seeded with the 13 ZRM domains, configurable by an administrator."""

    __tablename__ = "life_domain"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LocalSetting(Base):
    """Key/value settings that belong to this database (e.g. who works on this local database)."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))
