"""The family (gezin), its members and the network around it."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import MemberRole
from models.search_keys import KEY_LENGTH, first_name_key, name_key

# Binary order on PostgreSQL too, so a prefix is a plain range (``>= 'berg' AND < 'berh'``) on the index.
SearchKey = String(KEY_LENGTH).with_variant(String(KEY_LENGTH, collation="C"), "postgresql")


def full_name(first_name: str, surname_prefix: str | None, surname: str) -> str:
    """"Ayşe van den Berg": first name, surname prefix and surname, the parts there are."""
    return " ".join(p for p in (first_name, surname_prefix, surname) if p)


class Family(Versioned, Timestamped, Base):
    __tablename__ = "family"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    street: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None] = mapped_column(String(80))
    municipality_code: Mapped[str | None] = mapped_column(String(4))
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"), index=True)
    search_name: Mapped[str] = mapped_column(SearchKey, default="", server_default="", index=True)

    members: Mapped[list[Person]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="Person.date_of_birth"
    )
    network: Mapped[list[NetworkMember]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="NetworkMember.id"
    )


class Person(Versioned, Timestamped, Base):
    """A young person (jeugdige) or a parent/carer; ``bsn`` is optional and 11-check validated."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    role: Mapped[MemberRole] = mapped_column(enum_column(MemberRole, "member_role"))
    first_name: Mapped[str] = mapped_column(String(80))
    surname_prefix: Mapped[str | None] = mapped_column(String(20))
    surname: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date] = mapped_column(Date)
    bsn: Mapped[str | None] = mapped_column(String(9))
    parental_authority: Mapped[bool] = mapped_column(Boolean, default=False)
    search_name: Mapped[str] = mapped_column(SearchKey, default="", server_default="")  # surname key
    search_first: Mapped[str] = mapped_column(SearchKey, default="", server_default="")

    family: Mapped[Family] = relationship(back_populates="members")

    __table_args__ = (
        CheckConstraint("bsn IS NULL OR length(bsn) = 9", name="bsn_len"),
        Index("ix_person_bsn", "bsn"),
        Index("ix_person_search_name", "search_name", "family_id"),  # covering: no table look-up
        Index("ix_person_search_first", "search_first", "family_id"),
        Index("ix_person_date_of_birth", "date_of_birth"),  # also the duplicate check at intake
        Index("ix_person_family_role", "family_id", "role", "date_of_birth", "first_name"),  # children shown, covering
    )

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.surname_prefix, self.surname)


@event.listens_for(Family, "before_insert")
@event.listens_for(Family, "before_update")
def _family_search_key(mapper, connection, family: Family) -> None:
    family.search_name = name_key(family.name)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _person_search_keys(mapper, connection, person: Person) -> None:
    person.search_name = name_key(person.surname_prefix, person.surname)
    person.search_first = first_name_key(person.first_name)


class NetworkMember(Versioned, Timestamped, Base):
    """Someone around the family: grandparent, neighbour, coach, teacher..."""

    __tablename__ = "network_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    relation: Mapped[str] = mapped_column(String(80))
    contact: Mapped[str | None] = mapped_column(String(200))
    contribution: Mapped[str | None] = mapped_column(Text)

    family: Mapped[Family] = relationship(back_populates="network")
