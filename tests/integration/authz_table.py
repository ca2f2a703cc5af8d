"""The authorization table: every public method of every service on :class:`app.bootstrap.Services`,
each with a call on team B's objects (tests/integration/authz_world.py), a search or list that must
leave team B out, or the reason it touches no family's data. A new service method without a row here
fails :func:`test_every_service_method_has_a_row`.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.bootstrap import SERVICES, Services, service_class
from app.queries.caseload_pages import CaseQuery
from app.queries.plans import plan_digest
from app.services.accounts import SignalInput
from app.services.cases import DirectionInput
from app.services.consents import ConsentInput
from app.services.crisis import CrisisEnd
from app.services.sharing import SharingChoice
from app.queries.safety import Respondent, RespondentKind
from app.services.safety import ScalingInput
from app.services.statements import CorrectionInput, FamilyGroupPlanInput, StatementInput
from app.services.evaluations import EvaluationInput
from app.services.extensions import ExtensionInput
from app.services.families import AddressInput, IntakeInput, MemberInput
from app.services.meldcode_inputs import StepInput
from app.services.members import NetworkMemberInput
from app.services.plan_inputs import ActionInput, GoalInput
from app.services.waakvlam import WaakvlamInput
from models import (
    Action, Base, Case, Consent, Crisis, Family, FamilyPlan, Goal, Involvement, InvolvementExtension, JournalEntry,
    MeldcodeTrack, NetworkMember, Person, ProtectionMeasure, Team, TransitionPlan, Waakvlam, WaakvlamContact,
)
from models.enums import (
    ActionOwner, AuditOutcome, CloseReason, ConsentScope, ContactOutcome, CrisisOutcome, DirectionMode,
    EvaluationDecision, ExtensionReason,
    FamilyGroupPlanAnswer, HandoverStatus, JournalKind, LegalGround, MemberRole, Priority, PriorityReason,
    SignalKind, StatementSubject, WaakvlamHolder,
)
from tests.integration.authz_world import World, measure_input, members, transition_input
from tests.integration.care_helpers import involvement_input
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import domain_id, smart_goal

TODAY = date(2026, 11, 22)
LOG_START, LOG_END = datetime(2000, 1, 1, tzinfo=timezone.utc), datetime(2100, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Target:
    """What a row's call needs: team B's ids, the current version of a row (read as its owner would:
    the caller passes the right version, so only the team check can stop the call), a folder to export to."""

    w: World
    version: Callable[[type, int], int]
    out: Path
    digest: Callable[[int], str] | None = None  # a plan's content digest, as its owner was shown it

    def v(self, model: type, row_id: int) -> int:
        return self.version(model, row_id)


@dataclass(frozen=True)
class Call:
    """Made by team A's ``role`` ("worker" or "supervisor") on team B's object: AccessDenied, nothing
    written but the refusal's log entry, nothing exported. Made by team B's own ``role``: it succeeds."""

    run: Callable[[Services, Target], object]
    role: str = "worker"


@dataclass(frozen=True)
class Scoped:
    """A search or a list of the caller's own cases or teams: Claes (team B, directed by ``a``, who moved
    to team A) is left out for ``a``, and shown to ``a`` once ``a`` is a member of team B again."""

    run: Callable[[Services, Target], object]
    shows: Callable[[object, World], bool]  # whether the result shows Claes


def _rows(result) -> list:
    return list(getattr(result, "rows", result))


def _goal_input(svc: Services, **changes) -> GoalInput:
    return smart_goal(domain_id(svc), **changes)


def _action() -> ActionInput:
    return ActionInput("Met de school praten", ActionOwner.OTHER, owner_text="school")


def _member() -> MemberInput:
    return MemberInput(MemberRole.YOUNG_PERSON, "Daan", "Bakker", date(2018, 9, 29))


CALLS: dict[str, Call] = {
    # families
    "families.intake": Call(lambda s, t: s.families.intake(IntakeInput(
        "Familie Faber", members("Faber"), team_id=t.w.team_b, director_id=t.w.users["b"]))),
    # cases
    "cases.activate": Call(lambda s, t: s.cases.activate(t.w.intake_case, t.v(Case, t.w.intake_case))),
    "cases.transfer": Call(lambda s, t: s.cases.transfer(t.w.case, t.v(Case, t.w.case), t.w.users["b2"], "ziek")),
    "cases.set_priority": Call(lambda s, t: s.cases.set_priority(t.w.case, t.v(Case, t.w.case), Priority.HIGH,
                                                                 PriorityReason.SAFETY)),
    "cases.close": Call(lambda s, t: s.cases.close(t.w.case, t.v(Case, t.w.case), CloseReason.GOALS_REACHED)),
    "cases.reopen": Call(lambda s, t: s.cases.reopen(t.w.closed_case, t.v(Case, t.w.closed_case), "terug")),
    "cases.history": Call(lambda s, t: s.cases.history(t.w.case)),
    # members and network
    "members.case_header": Call(lambda s, t: s.members.case_header(t.w.case)),
    "members.case_view": Call(lambda s, t: s.members.case_view(t.w.case)),
    "members.family_detail": Call(lambda s, t: s.members.family_detail(t.w.family)),
    "members.add_member": Call(lambda s, t: s.members.add_member(t.w.family, _member())),
    "members.update_address": Call(lambda s, t: s.members.update_address(t.w.family, t.v(Family, t.w.family),
                                                                         AddressInput("Dijk 1", None, None, "0479"))),
    "members.update_member": Call(lambda s, t: s.members.update_member(t.w.person, t.v(Person, t.w.person),
                                                                       _member())),
    "members.remove_member": Call(lambda s, t: s.members.remove_member(t.w.person, t.v(Person, t.w.person))),
    "members.add_network_member": Call(lambda s, t: s.members.add_network_member(
        t.w.family, NetworkMemberInput("Buurvrouw", "buur"))),
    "members.update_network_member": Call(lambda s, t: s.members.update_network_member(
        t.w.network, t.v(NetworkMember, t.w.network), NetworkMemberInput("Opa Bakker", "grootvader"))),
    "members.remove_network_member": Call(lambda s, t: s.members.remove_network_member(
        t.w.network, t.v(NetworkMember, t.w.network))),
    # the family plan
    "plans.current_plan": Call(lambda s, t: s.plans.current_plan(t.w.case)),
    "plans.plan_version": Call(lambda s, t: s.plans.plan_version(t.w.agreed)),
    "plans.plan_versions": Call(lambda s, t: s.plans.plan_versions(t.w.case)),
    "plans.compare_versions": Call(lambda s, t: s.plans.compare_versions(t.w.agreed, t.w.draft)),
    "plans.start_plan": Call(lambda s, t: s.plans.start_plan(t.w.intake_case)),
    "plans.update_plan_texts": Call(lambda s, t: s.plans.update_plan_texts(
        t.w.draft, t.v(FamilyPlan, t.w.draft), concerns="Zorgen")),
    "plans.new_version": Call(lambda s, t: s.plans.new_version(t.w.agreed_only)),
    "plans.agree_plan": Call(lambda s, t: s.plans.agree_plan(
        t.w.draft, t.v(FamilyPlan, t.w.draft), TODAY, "Ayşe", content_digest=t.digest(t.w.draft))),
    "plans.add_goal": Call(lambda s, t: s.plans.add_goal(t.w.draft, _goal_input(s))),
    "plans.update_goal": Call(lambda s, t: s.plans.update_goal(t.w.goal, t.v(Goal, t.w.goal),
                                                               _goal_input(s, description="Anders"))),
    "plans.remove_goal": Call(lambda s, t: s.plans.remove_goal(t.w.goal, t.v(Goal, t.w.goal))),
    "plans.move_goal": Call(lambda s, t: s.plans.move_goal(t.w.goal, t.v(Goal, t.w.goal), 1)),
    "plans.add_action": Call(lambda s, t: s.plans.add_action(t.w.goal, _action())),
    "plans.update_action": Call(lambda s, t: s.plans.update_action(t.w.action, t.v(Action, t.w.action), _action())),
    "plans.remove_action": Call(lambda s, t: s.plans.remove_action(t.w.action, t.v(Action, t.w.action))),
    "plans.set_action_done": Call(lambda s, t: s.plans.set_action_done(t.w.action, t.v(Action, t.w.action), True)),
    # journal
    "journal.entries": Call(lambda s, t: s.journal.entries(t.w.case)),
    "journal.add_entry": Call(lambda s, t: s.journal.add_entry(t.w.case, TODAY, JournalKind.PHONE_CALL, "Gebeld")),
    "journal.update_entry": Call(lambda s, t: s.journal.update_entry(
        t.w.entry, t.v(JournalEntry, t.w.entry), TODAY, JournalKind.HOME_VISIT, "Huisbezoek, verbeterd")),
    # involvements
    "involvements.involvements": Call(lambda s, t: s.involvements.involvements(t.w.case)),
    "involvements.involvement": Call(lambda s, t: s.involvements.involvement(t.w.involvement)),
    "involvements.add_involvement": Call(lambda s, t: s.involvements.add_involvement(
        t.w.intake_case, _involvement(t))),
    "involvements.update_involvement": Call(lambda s, t: s.involvements.update_involvement(
        t.w.involvement, t.v(Involvement, t.w.involvement), replace(_involvement(t), volume_amount=3))),
    "involvements.end_involvement": Call(lambda s, t: s.involvements.end_involvement(
        t.w.involvement, t.v(Involvement, t.w.involvement), TODAY, "19")),
    "involvements.cancel_involvement": Call(lambda s, t: s.involvements.cancel_involvement(
        t.w.planned_involvement, t.v(Involvement, t.w.planned_involvement), "21")),
    "extensions.approval_required": Call(lambda s, t: s.extensions.approval_required(t.w.case)),
    "extensions.extensions": Call(lambda s, t: s.extensions.extensions(t.w.involvement)),
    "extensions.request_extension": Call(lambda s, t: s.extensions.request_extension(
        t.w.planned_involvement, t.v(Involvement, t.w.planned_involvement), ExtensionInput(
            date(2027, 6, 1), ExtensionReason.SETBACK, "Langer nodig", no_evaluation_reason="Nog niet geëvalueerd"))),
    "extensions.decide_extension": Call(lambda s, t: s.extensions.decide_extension(
        t.w.extension, t.v(InvolvementExtension, t.w.extension), True, "Akkoord"), role="supervisor"),
    "extensions.set_approval_required": Call(lambda s, t: s.extensions.set_approval_required(
        t.w.team_b, t.v(Team, t.w.team_b), False), role="supervisor"),
    "involvements.record_report_back": Call(lambda s, t: s.involvements.record_report_back(
        t.w.involvement, t.v(Involvement, t.w.involvement), date(2027, 1, 1))),
    "involvements.set_handover": Call(lambda s, t: s.involvements.set_handover(
        t.w.involvement, t.v(Involvement, t.w.involvement), HandoverStatus.TAKEN_OVER)),
    "involvements.link_goals": Call(lambda s, t: s.involvements.link_goals(
        t.w.involvement, t.v(Involvement, t.w.involvement), [t.w.goal_lineage])),
    # evaluations
    "evaluations.evaluations": Call(lambda s, t: s.evaluations.evaluations(t.w.case)),
    "evaluations.evaluation_schedule": Call(lambda s, t: s.evaluations.evaluation_schedule(t.w.case)),
    "evaluations.score_trend": Call(lambda s, t: s.evaluations.score_trend(t.w.case)),
    "evaluations.latest_goal_statuses": Call(lambda s, t: s.evaluations.latest_goal_statuses(t.w.case)),
    "evaluations.who_must_consent": Call(lambda s, t: s.evaluations.who_must_consent(t.w.case)),
    "evaluations.record_evaluation": Call(lambda s, t: s.evaluations.record_evaluation(t.w.case, EvaluationInput(
        held_on=TODAY, decision=EvaluationDecision.CONTINUE, participants="Ayşe"))),
    # waakvlam
    "waakvlam.waakvlams": Call(lambda s, t: s.waakvlam.waakvlams(t.w.waakvlam_case)),
    "waakvlam.start_waakvlam": Call(lambda s, t: s.waakvlam.start_waakvlam(
        t.w.intake_case, WaakvlamInput(WaakvlamHolder.GP, "Huisarts De Wit"))),
    "waakvlam.log_contact": Call(lambda s, t: s.waakvlam.log_contact(
        t.w.contact, t.v(WaakvlamContact, t.w.contact), date(2026, 10, 29), ContactOutcome.ALL_WELL)),
    "waakvlam.add_contact": Call(lambda s, t: s.waakvlam.add_contact(t.w.waakvlam, TODAY, ContactOutcome.ALL_WELL)),
    "waakvlam.end_waakvlam": Call(lambda s, t: s.waakvlam.end_waakvlam(
        t.w.waakvlam, t.v(Waakvlam, t.w.waakvlam), TODAY)),
    # the consent register
    "consents.consents": Call(lambda s, t: s.consents.consents(t.w.family)),
    "consents.record": Call(lambda s, t: s.consents.record(t.w.family, ConsentInput(
        t.w.person, ConsentScope.GP, TODAY, party="Huisarts De Wit"))),
    "consents.withdraw": Call(lambda s, t: s.consents.withdraw(t.w.consent, t.v(Consent, t.w.consent))),
    # the sharing gate: what was shared, and the plan made for a provider (on a legal ground here)
    "sharing.sharing_records": Call(lambda s, t: s.sharing.sharing_records(t.w.family)),
    "exports.plan_document_for_provider": Call(lambda s, t: s.exports.plan_document_for_provider(
        t.w.case, t.w.provider, SharingChoice(LegalGround.ACUTE_SAFETY, "Acuut onveilig thuis"))),
    # own statements and corrections (Jeugdwet 7.3.8), the family-group plan offer (4.1.2)
    "statements.statements": Call(lambda s, t: s.statements.statements(t.w.case)),
    "statements.add_statement": Call(lambda s, t: s.statements.add_statement(t.w.case, StatementInput(
        t.w.person, StatementSubject.PLAN_TEXT, t.w.agreed, "concerns", "Dat klopt niet", TODAY))),
    "statements.correct": Call(lambda s, t: s.statements.correct(t.w.case, CorrectionInput(
        t.w.person, StatementSubject.JOURNAL_ENTRY, t.w.entry, "text", "Anders", "Op verzoek",
        t.v(JournalEntry, t.w.entry)))),
    "statements.family_group_plan_offer": Call(lambda s, t: s.statements.family_group_plan_offer(t.w.case)),
    "statements.record_family_group_plan_offer": Call(lambda s, t: s.statements.record_family_group_plan_offer(
        t.w.case, t.v(Case, t.w.case), FamilyGroupPlanInput(TODAY, FamilyGroupPlanAnswer.DECLINED))),
    # case direction and child-protection measures
    "cases.set_direction": Call(lambda s, t: s.cases.set_direction(t.w.case, t.v(Case, t.w.case), DirectionInput(
        DirectionMode.SAMENREGIE, TODAY, "Levvel"))),
    "protection.measures": Call(lambda s, t: s.protection.measures(t.w.case)),
    "protection.record": Call(lambda s, t: s.protection.record(t.w.case, measure_input(t.w.person, TODAY))),
    "protection.update": Call(lambda s, t: s.protection.update(
        t.w.measure, t.v(ProtectionMeasure, t.w.measure), replace(measure_input(t.w.person, TODAY),
                                                                   placement_on=TODAY))),
    "protection.extend": Call(lambda s, t: s.protection.extend(
        t.w.measure, t.v(ProtectionMeasure, t.w.measure), TODAY + timedelta(days=600))),
    # account holding: signals raised in a case are the case's team's
    "accounts.raise_signal": Call(lambda s, t: s.accounts.raise_signal(
        t.w.case, SignalInput(t.w.provider, SignalKind.NO_REPORT_BACK, TODAY, t.w.involvement, "Nog niets gehoord"))),
    "accounts.case_signals": Call(lambda s, t: s.accounts.case_signals(t.w.case)),
    # the meldcode track
    "meldcode.view": Call(lambda s, t: s.meldcode.view(t.w.track_case)),
    "meldcode.open_track": Call(lambda s, t: s.meldcode.open_track(t.w.case)),
    "meldcode.record_step": Call(lambda s, t: s.meldcode.record_step(
        t.w.track, t.v(MeldcodeTrack, t.w.track), StepInput(1, TODAY, note="Signalen"))),
    "meldcode.colleagues": Call(lambda s, t: s.meldcode.colleagues(t.w.track_case)),
    "meldcode.add_reader": Call(lambda s, t: s.meldcode.add_reader(
        t.w.track, t.v(MeldcodeTrack, t.w.track), t.w.users["b2"])),
    # aftercare and the transition plan at 18
    "aftercare.aftercare": Call(lambda s, t: s.aftercare.aftercare(t.w.case)),
    "transition.plans": Call(lambda s, t: s.transition.plans(t.w.case)),
    "transition.record": Call(lambda s, t: s.transition.record(t.w.case, transition_input(t.w.person, TODAY))),
    "transition.update": Call(lambda s, t: s.transition.update(
        t.w.transition, t.v(TransitionPlan, t.w.transition), replace(transition_input(t.w.person, TODAY),
                                                                      agreed="Stage via school"))),
    # the safety plan's scaling question
    "safety.scaling_answers": Call(lambda s, t: s.safety.scaling_answers(t.w.case)),
    "safety.respondents": Call(lambda s, t: s.safety.respondents(t.w.case)),
    "safety.record_answer": Call(lambda s, t: s.safety.record_answer(t.w.case, ScalingInput(
        Respondent(RespondentKind.PERSON, t.w.person), 6, TODAY, "Beter dan vorige maand"))),
    # a crisis: follow-up within 24 hours
    "crisis.current": Call(lambda s, t: s.crisis.current(t.w.track_case)),
    "crisis.mark": Call(lambda s, t: s.crisis.mark(t.w.intake_case)),
    "crisis.follow_up": Call(lambda s, t: s.crisis.follow_up(t.w.crisis, t.v(Crisis, t.w.crisis))),
    "crisis.end": Call(lambda s, t: s.crisis.end(t.w.crisis, t.v(Crisis, t.w.crisis), CrisisEnd(
        TODAY, CrisisOutcome.ENDED))),
    # printing and exporting the family plan
    "exports.plan_document": Call(lambda s, t: s.exports.plan_document(t.w.case)),
    "exports.plan_pdf": Call(lambda s, t: s.exports.plan_pdf(t.w.case)),
    "exports.save_plan_pdf": Call(lambda s, t: s.exports.save_plan_pdf(t.w.case, t.out / "plan.pdf")),
    "exports.save_document": Call(lambda s, t: s.exports.save_document(t.w.document, t.out / "plan.pdf")),
    "exports.record_print": Call(lambda s, t: s.exports.record_print(t.w.document)),
    "exports.plan_file_name": Call(lambda s, t: s.exports.plan_file_name(t.w.case)),
    # inspection and a copy of one person's file
    "privacy.person_file": Call(lambda s, t: s.privacy.person_file(t.w.person)),
    "privacy.export_person_file": Call(lambda s, t: s.privacy.export_person_file(t.w.person, t.out)),
    # who looked at the file of a family, or of one person
    "privacy.export_access_report": Call(lambda s, t: s.privacy.export_access_report(
        t.out / "wie-keek.pdf", family_id=t.w.family)),
    # supervisors: another team's overview, cases, figures and log
    "supervision.team_overview": Call(lambda s, t: s.supervision.team_overview(t.w.team_b), "supervisor"),
    "supervision.worker_caseload": Call(lambda s, t: s.supervision.worker_caseload(t.w.team_b, t.w.users["b"]),
                                        "supervisor"),
    "supervision.reassign": Call(lambda s, t: s.supervision.reassign(
        [(t.w.case, t.v(Case, t.w.case))], t.w.users["b2"], "verlof"), "supervisor"),
    "figures.management_figures": Call(lambda s, t: s.figures.management_figures(
        date(2026, 1, 1), TODAY, t.w.team_b), "supervisor"),
    "figures.provider_steering": Call(lambda s, t: s.figures.provider_steering(
        date(2026, 1, 1), TODAY, t.w.team_b), "supervisor"),
    "figures.export_xlsx": Call(lambda s, t: s.figures.export_xlsx(date(2026, 1, 1), TODAY, t.w.team_b,
                                                                   t.out / "figures.xlsx"), "supervisor"),
    "access_log.who_looked_at": Call(lambda s, t: s.access_log.who_looked_at(t.w.family, LOG_START, LOG_END),
                                     "supervisor"),
    "access_log.what_did_user_look_at": Call(lambda s, t: s.access_log.what_did_user_look_at(
        t.w.users["b"], LOG_START, LOG_END), "supervisor"),
    "access_log.who_looked_at_page": Call(lambda s, t: s.access_log.who_looked_at_page(
        t.w.family, LOG_START, LOG_END), "supervisor"),
    "access_log.what_did_user_look_at_page": Call(lambda s, t: s.access_log.what_did_user_look_at_page(
        t.w.users["b"], LOG_START, LOG_END), "supervisor"),
}


def _involvement(t: Target):
    return involvement_input(_Ref(t.w.provider), _Ref(t.w.product))


@dataclass(frozen=True)
class _Ref:
    id: int


def _lists(result, w: World) -> bool:
    return w.moved_family in {row.family_id for row in _rows(result)}


SCOPED: dict[str, Scoped] = {
    "families.find_duplicates": Scoped(lambda s, t: s.families.find_duplicates(members("Claes")), _lists),
    "search.find_families": Scoped(lambda s, t: s.search.find_families("Claes"), _lists),
    "caseload.my_caseload": Scoped(lambda s, t: s.caseload.my_caseload(), _lists),
    "caseload.my_caseload_with_due": Scoped(lambda s, t: s.caseload.my_caseload_with_due(), _lists),
    "caseload.team_caseload": Scoped(lambda s, t: s.caseload.team_caseload(), _lists),
    "caseload.team_caseload_with_due": Scoped(lambda s, t: s.caseload.team_caseload_with_due(), _lists),
    "caseload.team_caseload_page": Scoped(lambda s, t: s.caseload.team_caseload_page(CaseQuery()), _lists),
    "due.today_items": Scoped(lambda s, t: s.due.today_items(include_later=True), _lists),
    "due.next_due_by_case": Scoped(lambda s, t: s.due.next_due_by_case(), lambda r, w: _lists(r.values(), w)),
    "waakvlam.waakvlam_overview": Scoped(lambda s, t: s.waakvlam.waakvlam_overview(), _lists),
    "exports.export_all_plans": Scoped(lambda s, t: s.exports.export_all_plans(t.out),
                                       lambda r, w: any("Claes" in p.name for p in r.written)),
    "exports.caseload_pdf": Scoped(lambda s, t: s.exports.caseload_pdf("mine", t.out / "caseload.pdf"),
                                   lambda r, w: "Claes" in pdf_text(r.path.read_bytes())),
    "exports.caseload_xlsx": Scoped(lambda s, t: s.exports.caseload_xlsx("mine", t.out / "caseload.xlsx"),
                                    lambda r, w: "Claes" in _xlsx_text(r.path)),
}


def _xlsx_text(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return " ".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row
                    if v is not None)

REFERENCE = "reference data shared by every team (no family's data)"
WHO = "who is working: workers and teams, no family's data"
ADMIN = "administration of users and teams: for an administrator only (tests/integration/test_access_log.py)"
SETTINGS = "a setting of the whole database, no family's data (supervisors only: test_supervision.py)"
RETENTION = ("retention and destruction: administrators only, every worker and supervisor of every team refused "
             "and logged (tests/integration/test_destruction.py; as the real logins and with plain SQL: "
             "tests/postgres/test_destruction_pg.py)")
ACCOUNT = ("a provider's page and improvement steps: no family's data; the signals only counted per kind and "
           "team, for the provider's account holder or an administrator, who alone record steps "
           "(tests/integration/test_account_holding.py; tests/postgres/test_accounts_pg.py)")

EXEMPT: dict[str, str] = {
    "access_log.choices": "the families and workers a supervisor may ask the log about: supervisors only, their "
                          "own teams' families (tests/integration/test_keyset_pages.py)",
    "workers.local_worker": WHO, "workers.sign_in": WHO, "workers.teams": WHO, "workers.workers": WHO,
    "workers.register_local_worker": "first start on a local file: records who works there (no family's data)",
    "exports.caseload_file_name": "a file name from the user's own name or teams",
    "plans.life_domains": REFERENCE, "providers.segments": REFERENCE, "providers.providers": REFERENCE,
    "providers.provider": REFERENCE, "providers.create_provider": REFERENCE, "providers.update_provider": REFERENCE,
    "providers.set_provider_active": REFERENCE, "providers.add_product": REFERENCE,
    "providers.update_product": REFERENCE, "providers.set_product_active": REFERENCE,
    "providers.add_segment": REFERENCE, "providers.update_segment": REFERENCE, "providers.set_segment_active": REFERENCE,
    "providers.import_providers_csv": REFERENCE,
    "admin.create_team": ADMIN, "admin.create_user": ADMIN, "admin.add_to_team": ADMIN, "admin.list_users": ADMIN,
    "admin.change_role": ADMIN, "admin.deactivate_user": ADMIN, "admin.reactivate_user": ADMIN,
    "admin.reset_password": ADMIN,
    "supervision.team_choices": "the teams the supervisor may choose: their own",
    "figures.team_choices": "the teams the supervisor may choose: their own",
    "figures.municipality_choices": "the municipalities of the teams the supervisor may choose: their own",
    "figures.provider_comparison": "counts per provider over the help of the user's own teams only, no family's "
                                   "data (tests/integration/test_provider_figures.py, "
                                   "tests/postgres/test_provider_figures_pg.py)",
    "organisation.my_details": "the signed-in worker's own phone and e-mail (no family's data)",
    "organisation.update_my_details": "the signed-in worker's own phone and e-mail (no family's data; on "
                                      "PostgreSQL only their own row: tests/postgres/test_contacts_pg.py)",
    "organisation.directory": ADMIN, "organisation.update_worker_contact": ADMIN, "organisation.update_team": ADMIN,
    "organisation.all_municipalities": REFERENCE,
    "organisation.team_municipalities": "the municipalities of one of the user's own teams (no family's data)",
    "accounts.provider_account": ACCOUNT, "accounts.record_step": ACCOUNT,
    "accounts.set_account_holder": "a provider's account holder: supervisors and administrators only "
                                   "(tests/integration/test_account_holding.py; tests/postgres/test_accounts_pg.py)",
    "supervision.caseload_weights": SETTINGS, "supervision.set_caseload_weights": SETTINGS,
    "retention.review": RETENTION, "retention.request_destruction": RETENTION,
    "retention.request_log_purge": RETENTION, "retention.approve": RETENTION, "retention.withdraw": RETENTION,
    "retention.execute": RETENTION,
}


def service_methods() -> set[str]:
    """``service.method`` for every public method of every service on :class:`Services`."""
    found = set()
    for service in SERVICES:
        found |= {f"{service}.{name}" for name, member in inspect.getmembers(service_class(service), inspect.isfunction)
                  if not name.startswith("_")}
    return found


def version_reader(engine: Engine):
    def version(model: type, row_id: int) -> int:
        with engine.connect() as conn:
            return conn.execute(select(model.version).where(model.id == row_id)).scalar_one()
    return version


def digest_reader(engine: Engine):
    def digest(plan_id: int) -> str:
        with Session(engine) as session:
            return plan_digest(session.get(FamilyPlan, plan_id))
    return digest


def snapshot(engine: Engine) -> dict[str, list[dict]]:
    """Every row of every table, by primary key."""
    with engine.connect() as conn:
        return {t.name: [dict(r._mapping) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables}


def assert_only_refusals_logged(before: dict, after: dict, *, logged: bool = True) -> None:
    """No table changed but the access log, which gained only refusals (at least one when ``logged``)."""
    log_before, log_after = before.pop("access_log"), after.pop("access_log")
    changed = [name for name in before if before[name] != after[name]]
    assert changed == [], f"written: {changed}"
    assert log_after[:len(log_before)] == log_before
    new = log_after[len(log_before):]
    assert bool(new) or not logged, "the refusal is in the access log"
    assert {row["outcome"] for row in new} <= {AuditOutcome.DENIED}
