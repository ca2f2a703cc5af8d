"""What the city-scale benchmark measures: the service calls a screen makes, each with its raw baseline.

Every measurement is built from real values of the database (a surname, a BSN and a date of birth of
a family in the worker's team, the worker's case with the fullest plan, a goal of a draft plan), so
the benchmark runs on whatever ``fill_city`` (or ``fill_demo``) produced. A measurement whose service
or data is missing says why instead of failing the run.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import func, select

from app.bootstrap import Services
from app.errors import AppError
from app.queries.caseload_pages import CaseQuery
from app.services.plan_inputs import GoalInput
from benchmarks.common import SqlReplay
from models import Case, FamilyPlan, Goal, Person
from models.enums import CaseStatus, PlanStatus

RATIO_TARGET = 2.0
RAW_SQL = "raw SQL"


class Unavailable(Exception):
    """A measurement cannot be made; the message says why (printed as 'not available: ...')."""


@dataclass
class Measure:
    """One line of the table: ``app`` against ``raw`` (None: no baseline), with its target in ms."""

    name: str
    target_ms: float | None
    app: Callable[[], object] | None = None
    raw: Callable[[], object] | None = None
    raw_label: str = RAW_SQL
    ratio_target: float | None = RATIO_TARGET
    unavailable: str | None = None
    detail: str = ""
    cleanup: list[Callable[[], None]] = field(default_factory=list)
    prepare: Callable[[], Measure] | None = None  # builds the real measure just before it runs


@dataclass(frozen=True)
class Samples:
    surname: str
    bsn: str
    born: date
    case_id: int          # the worker's open case with the most goals in its current plan
    goals: int
    draft_goal: tuple[int, int] | None  # (case id, goal id) of a goal in a draft plan of the worker
    team_id: int


def pick_samples(worker: Services) -> Samples:
    """Real values to search for, open and save, from the worker's team."""
    user = worker.ctx.require_user()
    team_id = min(user.team_ids)
    with worker.ctx.uow() as uow:
        s = uow.session
        people = (select(Person).join(Case, Case.family_id == Person.family_id)
                  .where(Case.team_id == team_id, Person.bsn.is_not(None)).order_by(Person.id))
        count = s.scalar(select(func.count()).select_from(people.subquery())) or 0
        if not count:
            raise Unavailable("the worker's team has no family member with a BSN")
        person = s.scalars(people.offset(count // 2).limit(1)).one()
        mine = (Case.director_id == user.worker_id, Case.status != CaseStatus.CLOSED)
        fullest = s.execute(
            select(Case.id, func.count(Goal.id)).join(FamilyPlan, FamilyPlan.case_id == Case.id)
            .join(Goal, Goal.plan_id == FamilyPlan.id)
            .where(*mine, FamilyPlan.status != PlanStatus.SUPERSEDED)
            .group_by(Case.id).order_by(func.count(Goal.id).desc(), Case.id).limit(1)).first()
        if fullest is None:
            raise Unavailable(f"{user.name} directs no open case with a plan that has goals")
        draft = s.execute(
            select(Case.id, Goal.id).join(FamilyPlan, FamilyPlan.case_id == Case.id)
            .join(Goal, Goal.plan_id == FamilyPlan.id)
            .where(*mine, FamilyPlan.status == PlanStatus.DRAFT).order_by(Goal.id).limit(1)).first()
        return Samples(person.surname, person.bsn, person.date_of_birth, fullest[0], fullest[1],
                       tuple(draft) if draft else None, team_id)


def sql_measure(name: str, target_ms: float, services: Services, *calls: Callable[[], object],
                detail: Callable[[object], str] | None = None) -> Measure:
    """The calls against the very statements they send, replayed raw (see :class:`SqlReplay`); recorded
    only when it is this measure's turn, so one replay connection is open at a time."""
    return Measure(name, target_ms, prepare=lambda: _recorded_sql_measure(name, target_ms, services, *calls,
                                                                          detail=detail))


def _recorded_sql_measure(name: str, target_ms: float, services: Services, *calls: Callable[[], object],
                          detail: Callable[[object], str] | None = None) -> Measure:
    try:
        first = calls[0]()
        replay = SqlReplay(services.engine, calls)
    except Exception as exc:  # noqa: BLE001 - one broken service must not end the benchmark
        return Measure(name, target_ms, unavailable=why(exc))
    text = detail(first) if detail else ""
    text = f"{text}; " if text else ""
    return Measure(name, target_ms, lambda: [c() for c in calls], replay,
                   detail=f"{text}{replay.statements} statements", cleanup=[replay.close])


def why(exc: BaseException) -> str:
    """An error in one line (a driver's message can carry the whole SQL statement)."""
    lines = (exc.message() if isinstance(exc, AppError) else str(exc)).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0][:160] if lines else ''}"


def missing(name: str, target_ms: float | None, reason: str, ratio_target: float | None = RATIO_TARGET) -> Measure:
    return Measure(name, target_ms, unavailable=reason, ratio_target=ratio_target)


def query_measures(worker: Services, supervisor: Services, samples: Samples,
                   administrator: Services | None = None) -> list[Measure]:
    w, sup, team, today = worker, supervisor, samples.team_id, worker.ctx.clock.today()
    hits = lambda r: f"hits: {len(r.rows)}{'+' if r.more else ''}"  # noqa: E731
    cases = lambda caseload: f"cases: {len(caseload.rows)}"  # noqa: E731
    start = today.replace(year=today.year - 1) + timedelta(days=1)
    worker_id = w.ctx.require_user().worker_id
    out = [sql_measure("my caseload (cases + next due)", 10, w, w.caseload.my_caseload_with_due, detail=cases)]
    for label, text in (("name", samples.surname), ("BSN", samples.bsn),
                        ("date of birth", samples.born.strftime("%d-%m-%Y"))):
        out.append(sql_measure(f"search by {label}", 50, w, lambda t=text: w.search.find_families(t), detail=hits))
    out += [
        sql_measure("team caseload page (supervisor)", 100, sup, lambda: sup.caseload.team_caseload_page(CaseQuery()),
                    detail=lambda p: f"first page: {len(p.rows)} of {p.total:,} cases"),
        sql_measure("team overview (supervisor)", 100, sup, lambda: sup.supervision.team_overview(team),
                    detail=lambda o: f"{len(o.rows)} workers, {o.totals.open_cases} open cases"),
        sql_measure("team: one worker's cases", 100, sup, lambda: sup.supervision.worker_caseload(team, worker_id),
                    detail=cases),
        sql_measure("management figures, 12 months", 1000, sup, lambda: sup.figures.management_figures(start, today),
                    detail=lambda _f: f"{start:%d-%m-%Y} to {today:%d-%m-%Y}, the supervisor's teams"),
    ]
    if administrator is not None:
        out.append(sql_measure("management figures, 12 months, region", 1000, administrator,
                               lambda: administrator.figures.management_figures(start, today),
                               detail=lambda _f: "the administrator: every team"))
        out.append(sql_measure("provider figures, 12 months, region", 1000, administrator,
                               lambda: administrator.figures.provider_steering(start, today),
                               detail=lambda f: f"{len(f.per_category)} provider x category rows, every team"))
    return out


def save_goal_measure(worker: Services, samples: Samples) -> Measure:
    """``plans.update_goal`` as the goal dialog calls it, against the very statements one save sent.

    The app side toggles the description between its own text and that text with a marker. The raw
    side is one recorded save that puts the original text back - every statement it sent (reading the
    goal, its plan and case for the access check, the version check, the UPDATE, the access-log
    INSERT, the reload for the result), replayed with the DB-API cursor and committed; its UPDATE is
    replayed with the goal's current version (see :class:`SqlReplay`), so it really writes the same
    values to the goal, and its access-log row is written again (with the recording's time). The last
    save puts the original text back (the goal's version and the access log do grow). Where the
    worker has no draft plan, a new version of the fullest plan is started (and stays)."""
    name, made = "save a goal", ""
    if samples.draft_goal is None:  # a small database may have none: start one on the fullest plan
        try:
            draft = worker.plans.new_version(worker.plans.current_plan(samples.case_id).id)
        except Exception as exc:  # noqa: BLE001
            return missing(name, 30, f"the worker has no draft plan with a goal, and making one failed: {why(exc)}")
        case_id, goal_id, made = samples.case_id, draft.goals[0].id, " (a draft version made for this run)"
    else:
        case_id, goal_id = samples.draft_goal
    plan = worker.plans.current_plan(case_id)
    goal = plan.goal(goal_id) if plan is not None else None
    if goal is None:
        return missing(name, 30, "the draft goal is not in the case's current plan")
    original, state = GoalInput.from_dto(goal), {"version": goal.version, "n": 0}

    def save() -> None:
        state["n"] += 1
        text = original.description if state["n"] % 2 == 0 else original.description + " (meting)"
        state["version"] = worker.plans.update_goal(goal_id, state["version"],
                                                    replace(original, description=text)).version

    def restore() -> None:
        current = worker.plans.current_plan(case_id).goal(goal_id)
        if current.description != original.description:
            worker.plans.update_goal(goal_id, current.version, original)

    try:
        save()  # the marker on, so the recorded save changes the text back
        before = state["version"]
        replay = SqlReplay(worker.engine, [save], version_shift=lambda: state["version"] - before)
    except Exception as exc:  # noqa: BLE001
        restore()
        return missing(name, 30, why(exc))

    def raw() -> None:
        replay()
        state["version"] += replay.version_bumps

    return Measure(name, 30, save, raw, detail=f"goal {goal_id} of case {case_id}{made}; {replay.statements} statements",
                   cleanup=[replay.close, restore])


def plan_pdf_measure(worker: Services, samples: Samples) -> Measure:
    """The plan PDF as the preview gets it (fetch + render + log) against its raw parts: the same SQL
    replayed (:class:`SqlReplay`) and bare reportlab setting the same text (see :mod:`benchmarks.plan_pdf`),
    with that benchmark's targets."""
    from app.queries.plan_print import plan_print_data, printable_plan_id
    from benchmarks.plan_pdf import TARGET_MS, TARGET_RATIO, bare_document, plan_texts

    name = f"plan PDF ({samples.goals} goals)"
    try:
        document = worker.exports.plan_document(samples.case_id)
        with worker.ctx.uow() as uow:
            s = uow.session
            data = plan_print_data(s, printable_plan_id(s, samples.case_id), worker.ctx.clock.today())
        texts = plan_texts(data, document.pages)
    except Exception as exc:  # noqa: BLE001
        return missing(name, TARGET_MS, why(exc))
    replay = SqlReplay(worker.engine, [lambda: worker.exports.plan_document(samples.case_id)])

    def raw() -> None:
        replay()
        bare_document(texts)

    return Measure(name, TARGET_MS, lambda: worker.exports.plan_document(samples.case_id), raw,
                   raw_label="raw SQL + bare reportlab", ratio_target=TARGET_RATIO,
                   detail=f"case {samples.case_id}, {document.pages} pages, {replay.statements} statements",
                   cleanup=[replay.close])
