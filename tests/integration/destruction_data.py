"""A family with distinctive data in every table of its file, beside a second family, for the
destruction tests on SQLite and PostgreSQL (built through the services and the inspection builders)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.family_graph import file_tables, of_family
from app.services.accounts import SignalInput
from app.services.aftercare import AftercareInput
from app.services.consents import ConsentInput
from app.services.crisis import CrisisEnd
from app.services.meldcode_inputs import StepInput
from app.services.members import NetworkMemberInput
from app.services.protection import MeasureInput
from app.services.sharing import SharingChoice
from app.services.statements import CorrectionInput, StatementInput
from app.services.transition import TransitionInput
from app.queries.safety import Respondent, RespondentKind
from app.services.safety import ScalingInput
from models import Case, Worker, WorkerTeam
from models.enums import (
    AftercareKind, CloseReason, ConsentScope, CrisisOutcome, LegalGround, MeldcodeDecision, ProtectionKind, Role,
    SignalKind,
    StatementSubject, TransitionDomain,
)
from tests.integration.care_helpers import extend, involvement_input, provider_with_product
from tests.integration.inspection_data import OTHER_TEXTS, OWN_TEXTS, ZOE_BSN, two_families

NETWORK_NAME = "Tante Bjørg Kvistgaard"
CONSENT_PARTY = "Basisschool De Kvistgaard-Regenboog"
STATEMENT = "Verklaring van Ayşe Kvistgaard: er is geen ruzie in ons gezin"
CORRECTED = "Zoë Kvistgaard-Öztürk komt soms te laat op school."
GUARDIAN = "Jeugdbeschermer Kvistgaard-Øster"
AFTERCARE_WHO = "Oom Sigurd Kvistgaard"
TRANSITION_WHO = "Jongerenwerker Kvistgaard-Øster"
EXTENSION_NOTE = "Zoë Kvistgaard-Øster heeft na de verhuizing meer tijd nodig"
SIGNAL_NOTE = "Zoë Kvistgaard wacht al tien weken"
CRISIS_NOTE = "Crisis bij Kvistgaard-Øster thuis"
# What no table may hold once the family's file is destroyed: its names, BSN and texts (not the first
# names the Vermeulen family shares, nor the provider's name, which is no family's data).
MELDCODE_NOTE = "Zoë Öztürk vertelde over klappen thuis"
NEEDLES = ("Öztürk", "Øster", "Łukasz", "Işıl", "Zoë Öztürk", ZOE_BSN, NETWORK_NAME, CONSENT_PARTY, STATEMENT,
           CORRECTED, GUARDIAN, AFTERCARE_WHO, TRANSITION_WHO, EXTENSION_NOTE, SIGNAL_NOTE, MELDCODE_NOTE,
           CRISIS_NOTE,
           "Ayşe tekende", "Zoë gaat graag naar school", *(t for t in OWN_TEXTS if t != "Jeugdhulp Zaanstreek"))
# The tables of the file at this revision: each gets rows for the family (a table added later is
# searched all the same; tests/integration/test_destruction.py warns when its builder gives it none).
KNOWN_TABLES = frozenset({
    "family", "person", "network_member", "case_file", "case_event", "family_plan", "goal", "goal_person", "action",
    "journal_entry", "involvement", "involvement_goal", "evaluation", "evaluation_goal", "waakvlam",
    "waakvlam_contact", "consent", "sharing_record", "own_statement", "text_correction", "protection_measure",
    "aftercare", "transition_plan",
    "involvement_person", "involvement_extension", "provider_signal_case", "scaling_answer",
    "meldcode_track", "meldcode_entry", "meldcode_reader", "crisis",
})


@dataclass(frozen=True)
class FilledFamilies:
    family_id: int
    case_id: int
    other_family_id: int
    person_id: int


def filled_families(services) -> FilledFamilies:
    """The Öztürk-Øster family (every table, its case closed) and the Vermeulen family (case open)."""
    families = two_families(services)
    fid = families.family_id
    services.members.add_network_member(fid, NetworkMemberInput(NETWORK_NAME, "tante", contribution="Haalt Zoë op"))
    services.consents.record(fid, ConsentInput(families.person_id, ConsentScope.SCHOOL, date(2026, 11, 1),
                                               party=CONSENT_PARTY, note="Ayşe tekende"))
    involvement = services.involvements.involvements(families.case_id)[0]
    lineages = [g.lineage for g in services.plans.current_plan(families.case_id).goals]
    involvement = services.involvements.link_goals(involvement.id, involvement.version, lineages[:1])
    extend(services, involvement, date(2027, 9, 1), EXTENSION_NOTE)
    provider, product = provider_with_product(services, "Kvistgaard Jeugdzorg", "87654321")
    services.involvements.add_involvement(families.case_id, involvement_input(
        provider, product, person_ids=(families.person_id,)), SharingChoice(
        LegalGround.DIRECTLY_INVOLVED, "Warme overdracht, Zoë Öztürk stemde mondeling in"))
    plan = services.plans.current_plan(families.case_id)
    services.statements.add_statement(families.case_id, StatementInput(
        families.person_id, StatementSubject.PLAN_TEXT, plan.id, "concerns", STATEMENT, date(2026, 11, 20)))
    services.statements.correct(families.case_id, CorrectionInput(
        families.person_id, StatementSubject.PLAN_TEXT, plan.id, "concerns", CORRECTED, "Op verzoek van Ayşe Öztürk",
        services.plans.current_plan(families.case_id, log_read=False).version))
    crisis = services.crisis.mark(families.case_id, CRISIS_NOTE)
    services.crisis.end(crisis.id, crisis.version, CrisisEnd(  # an open crisis would keep the case from closing
        services.ctx.clock.today(), CrisisOutcome.REGULAR_HELP, "Zoë Öztürk krijgt ambulante hulp"))
    services.protection.record(families.case_id, MeasureInput(
        families.person_id, ProtectionKind.OTS, "Jeugdbescherming Kvistgaard", date(2026, 11, 1), date(2027, 8, 1),
        GUARDIAN, "06-12345678"))
    services.transition.record(families.case_id, TransitionInput(
        families.person_id, frozenset({TransitionDomain.WMO}), TRANSITION_WHO, "Zoë Öztürk krijgt begeleiding",
        date(2026, 11, 20)))
    services.accounts.raise_signal(families.case_id, SignalInput(
        provider.id, SignalKind.WAITING_TIME, date(2026, 11, 20), note=SIGNAL_NOTE))
    services.safety.record_answer(families.case_id, ScalingInput(
        Respondent(RespondentKind.PERSON, families.person_id), 4, date(2026, 11, 20), "Zoë Öztürk voelt zich veiliger"))
    _meldcode(services, families.case_id)
    services.cases.close(families.case_id, services.members.case_header(families.case_id).version,
                         CloseReason.GOALS_REACHED, "Afgesloten, Zoë gaat graag naar school",
                         AftercareInput(AftercareKind.NETWORK, AFTERCARE_WHO, "Haalt Zoë Öztürk op"))
    return FilledFamilies(fid, families.case_id, families.other_family_id, families.person_id)


def _meldcode(services, case_id: int) -> None:
    """A track with its five steps (closed by the decision) and, when the team has one, a colleague as reader."""
    track = services.meldcode.open_track(case_id).track
    version = track.version
    for data in (StepInput(1, date(2026, 11, 20), note=MELDCODE_NOTE),
                 StepInput(2, date(2026, 11, 20), colleague="Collega Øster", advice_on=date(2026, 11, 20),
                           contact="Veilig Thuis", advice="Zoë Öztürk spreken"),
                 StepInput(3, date(2026, 11, 20), held=True, note="Ayşe tekende"),
                 StepInput(4, date(2026, 11, 20), answers=(True, False, True, True, True))):
        version = services.meldcode.record_step(track.id, version, data).track.version
    user = services.ctx.user
    with services.ctx.uow() as uow:
        team = uow.session.scalar(select(Case.team_id).where(Case.id == case_id))
        other = uow.session.scalar(select(WorkerTeam.worker_id).where(
            WorkerTeam.team_id == team, WorkerTeam.worker_id != user.worker_id).limit(1))
        if other is None and uow.session.bind.dialect.name == "sqlite":  # a colleague on the embedded file
            colleague = Worker(name="Mohamed El Amrani", username="mohamed.meldcode", role=Role.WORKER)
            uow.session.add(colleague)
            uow.session.flush()
            uow.session.add(WorkerTeam(worker_id=colleague.id, team_id=team))
            other = colleague.id
            uow.commit()
    if other is not None:
        version = services.meldcode.add_reader(track.id, version, other).track.version
    services.meldcode.record_step(track.id, version, StepInput(5, date(2026, 11, 21), decision=MeldcodeDecision.HELP))


def file_row_counts(session, family_id: int) -> dict[str, int]:
    """Rows per table of the family's file."""
    return {t.table.name: session.scalar(select(func.count()).select_from(t.table).where(of_family(t.table, family_id)))
            for t in file_tables()}


def needles_found(rows_by_table: dict[str, list[tuple]], needles=NEEDLES) -> dict[str, set[str]]:
    """``table -> needles`` found in any column of any row (values compared as text)."""
    found: dict[str, set[str]] = {}
    for table, rows in rows_by_table.items():
        for row in rows:
            for value in row:
                if value is None:
                    continue
                text = value.decode("utf-8", "replace") if isinstance(value, (bytes, memoryview)) else str(value)
                for needle in needles:
                    if needle in text:
                        found.setdefault(table, set()).add(needle)
    return found


__all__ = ["NEEDLES", "OTHER_TEXTS", "KNOWN_TABLES", "FilledFamilies", "filled_families", "file_row_counts",
           "needles_found"]
