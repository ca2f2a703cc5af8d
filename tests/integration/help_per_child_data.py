"""A small known data set for "help per young person" (issue 15 item 3), built through the services.

Period 2026-01-01 .. 2026-06-30. Ilse Bakker, supervisor of Wijkteam Noord and Wijkteam Zuid, does
everything. Family-wide help counts every young person of the family; a named one counts only those named.

    family        team   young persons            help
    Jansen        north  Zoë, Daan, Mila           X for the whole family, 2026-02-01 .. running;
                                                   Y for Zoë, 2026-03-01 .. running
    Bakker        north  Sem, Noor                 for Sem, 2025-12-01 .. running;
                                                   for Noor, planned 2026-04-01, cancelled 2026-03-01
    Visser        north  Lotte                     whole family, 2025-05-15 .. ended 2025-12-15
    de Boer       north  Finn                      whole family, starts 2026-08-01 (after the period)
    Smit          south  Eva                       whole family, 2026-06-30 .. running (last day)

    cases with help:  all teams Jansen, Bakker, Smit = 3;    north Jansen, Bakker = 2
    young persons:    all teams Zoë, Daan, Mila, Sem, Eva = 5 (Zoë once; Noor's help was never delivered);
                      north 4
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.families import IntakeInput, MemberInput
from models.enums import MemberRole, Role
from tests.integration.care_helpers import involvement_input, provider_with_product

START, END = date(2026, 1, 1), date(2026, 6, 30)


@dataclass(frozen=True)
class HelpPerChild:
    north: int
    south: int
    persons: dict[str, int]  # first name -> person id


def per_child_providers(services, suffix: str = "", agbs=("55667788", "55667799")):
    """Two (provider, product) pairs, made by ``services`` (an administrator on a central database)."""
    return (provider_with_product(services, "Jeugdhulp Per Kind" + suffix, agbs[0]),
            provider_with_product(services, "Speltherapie Per Kind" + suffix, agbs[1], product="Speltherapie"))


def build_help_per_child(services, clock, north: int, south: int, providers=None) -> HelpPerChild:
    (provider, product), second = providers or per_child_providers(services)
    persons: dict[str, int] = {}

    def family(name: str, team: int, young: dict[str, date]) -> int:
        clock.day = date(2025, 1, 2)
        case_id = services.families.intake(IntakeInput(
            family_name=f"Familie {name}", team_id=team, director_id=services.ctx.user.worker_id,
            opened_on=date(2025, 1, 2), members=[
                MemberInput(MemberRole.PARENT, "Ouder", name, date(1980, 1, 1), parental_authority=True),
                *(MemberInput(MemberRole.YOUNG_PERSON, first, name, born) for first, born in young.items())],
        )).case_id
        fid = services.members.case_header(case_id).family_id
        persons.update({m.first_name: m.id for m in services.members.family_detail(fid).members})
        return case_id

    def help_(case_id: int, referral: date, start: date, *names: str, end: date | None = None, other=None):
        clock.day = max(referral, start) if start <= date(2026, 11, 22) else referral
        inv = services.involvements.add_involvement(case_id, involvement_input(
            *(other or (provider, product)), referral_date=referral, start_date=start, planned_end=None,
            person_ids=tuple(persons[n] for n in names)))
        if end is not None:
            clock.day = end
            inv = services.involvements.end_involvement(inv.id, inv.version, end, "19")
        return inv

    jansen = family("Jansen", north, {"Zoë": date(2012, 3, 1), "Daan": date(2015, 6, 1), "Mila": date(2019, 9, 1)})
    help_(jansen, date(2026, 1, 15), date(2026, 2, 1))
    help_(jansen, date(2026, 2, 15), date(2026, 3, 1), "Zoë", other=second)
    bakker = family("Bakker", north, {"Sem": date(2010, 2, 1), "Noor": date(2013, 4, 1)})
    help_(bakker, date(2025, 11, 1), date(2025, 12, 1), "Sem")
    clock.day = date(2026, 2, 1)
    planned = services.involvements.add_involvement(bakker, involvement_input(
        provider, product, referral_date=date(2026, 2, 1), start_date=date(2026, 4, 1), planned_end=None,
        person_ids=(persons["Noor"],)))
    clock.day = date(2026, 3, 1)
    services.involvements.cancel_involvement(planned.id, planned.version, "21")
    visser = family("Visser", north, {"Lotte": date(2011, 1, 1)})
    help_(visser, date(2025, 5, 1), date(2025, 5, 15), end=date(2025, 12, 15))
    boer = family("de Boer", north, {"Finn": date(2014, 1, 1)})
    help_(boer, date(2026, 7, 1), date(2026, 8, 1))
    smit = family("Smit", south, {"Eva": date(2016, 1, 1)})
    help_(smit, date(2026, 6, 1), date(2026, 6, 30))
    clock.day = date(2026, 11, 22)
    return HelpPerChild(north, south, persons)


def help_per_child_as_supervisor(services, clock) -> HelpPerChild:
    services.workers.register_local_worker("Ilse Bakker", "Wijkteam Noord", Role.SUPERVISOR)
    services.workers.register_local_worker("Ilse Bakker", "Wijkteam Zuid", Role.SUPERVISOR)
    teams = {t.name: t.id for t in services.workers.teams()}
    return build_help_per_child(services, clock, teams["Wijkteam Noord"], teams["Wijkteam Zuid"])
