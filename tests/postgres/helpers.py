"""Builders for the PostgreSQL tests, through the services as each user's own login."""
from __future__ import annotations

from datetime import date

from app.services.families import IntakeInput, IntakeResult, MemberInput
from models.enums import MemberRole


def intake(services, surname: str) -> IntakeResult:
    user = services.ctx.user
    return services.families.intake(IntakeInput(
        family_name=f"Familie {surname}",
        members=[
            MemberInput(MemberRole.PARENT, "Ayşe", surname, date(1988, 6, 12), parental_authority=True),
            MemberInput(MemberRole.YOUNG_PERSON, "Zoë", surname, date(2015, 3, 1)),
        ],
        team_id=next(iter(user.team_ids)), director_id=user.worker_id,
    ))
