"""Teams, workers and the configurable reference lists."""
from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import Role


class Team(Versioned, Timestamped, Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    municipality_code: Mapped[str | None] = mapped_column(String(4))
    municipality_name: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        CheckConstraint("municipality_code IS NULL OR length(municipality_code) = 4", name="municipality_code_len"),
    )


class Worker(Versioned, Timestamped, Base):
    __tablename__ = "worker"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    username: Mapped[str] = mapped_column(String(63), unique=True)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"), default=Role.WORKER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

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
