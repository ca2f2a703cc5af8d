"""What the goal and action dialogs offer to choose from, loaded once per plan tab."""
from __future__ import annotations

from dataclasses import dataclass

from app.bootstrap import Services
from app.queries.case_view import MemberDTO, NetworkMemberDTO
from app.queries.plans import LifeDomainRow
from models.enums import MemberRole


@dataclass(frozen=True)
class PlanChoices:
    life_domains: tuple[LifeDomainRow, ...]
    members: tuple[MemberDTO, ...]
    network: tuple[NetworkMemberDTO, ...]
    colleagues: tuple[tuple[int, str], ...]  # (worker id, name) of the signed-in worker's teams


def load_plan_choices(services: Services, family_id: int) -> PlanChoices:
    """Runs in the task runner: life domains, the family with its network, and the colleagues."""
    family = services.members.family_detail(family_id)
    user = services.ctx.require_user()
    colleagues: dict[int, str] = {}
    for team_id in sorted(user.team_ids):
        colleagues.update((w.id, w.name) for w in services.workers.workers(team_id))
    return PlanChoices(tuple(services.plans.life_domains()), family.members, family.network,
                       tuple(sorted(colleagues.items(), key=lambda item: item[1])))


def member_label(member: MemberDTO) -> str:
    """``Zoë Öztürk (11)`` for a young person, the name alone for a parent."""
    if member.role is MemberRole.YOUNG_PERSON:
        return f"{member.full_name} ({member.age})"
    return member.full_name
