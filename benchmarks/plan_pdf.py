"""Benchmark (not a test): rendering a 20-goal family plan, against a bare reportlab document.

    python benchmarks/plan_pdf.py [--runs N] [--goals N]

Both documents are rendered in the same run, warm (fonts registered, styles built), and the median of
N runs is reported. The bare document holds the same text as the plan, one paragraph per text in the
same embedded font, without any layout: tables, headings, page decoration. Targets: the plan under
60 ms, and at most twice the bare document.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from app.export import styles as st  # noqa: E402
from app.export.blocks import esc  # noqa: E402
from app.export.plan_pdf import render_plan_pdf  # noqa: E402
from app.queries.plan_print import (  # noqa: E402
    PlanPrintData, PrintAction, PrintDomain, PrintEvaluation, PrintGoal, PrintInvolvement, PrintMember,
    PrintNetworkMember, ScorePoint,
)
from models.enums import (  # noqa: E402
    Actor, CaseStatus, DirectionMode, EvaluationDecision, GoalStatus, HandoverStatus, MemberRole, PlanStatus,
)

TODAY = date(2026, 11, 22)
DOMAINS = ("Huiselijke relaties", "Financiën", "Werk & opleiding", "Geestelijke gezondheid", "Sociaal netwerk")
GOALS = (
    "Zoë gaat elke schooldag op tijd naar school en meldt zich bij de mentor als het niet lukt.",
    "Ayşe en Mehmet spreken samen drie vaste huisregels af en hangen die op in de keuken.",
    "Daan slaapt vijf nachten per week in zijn eigen bed, met een vast avondritueel.",
    "Het gezin heeft vóór 1 maart een overzicht van alle schulden en een afspraak bij de schuldhulp.",
)
ACTIONS = ("Wekker zetten en samen ontbijten om half acht", "Gesprek met de mentor over de aanwezigheid",
           "Huisregels opschrijven met de kinderen", "Aanmelden bij de budgetcursus van het buurthuis")


def twenty_goal_plan(goals: int = 20) -> PlanPrintData:
    items = []
    for i in range(goals):
        items.append(PrintGoal(
            number=i + 1, lineage=f"g{i}", life_domain=DOMAINS[i % len(DOMAINS)], description=GOALS[i % len(GOALS)],
            success_criterion="Na acht weken is het vier van de vijf dagen gelukt; de school bevestigt dat.",
            persons=("Zoë Öztürk",), target_date=TODAY + timedelta(weeks=12 + i), actor=list(Actor)[i % 5],
            actor_detail="Ayşe brengt haar, oma Łucja haalt haar op", network_member=None, score_start=3,
            score_target=8, current_score=5, status=GoalStatus.IN_PROGRESS,
            actions=tuple(PrintAction(ACTIONS[(i + k) % len(ACTIONS)], "Ayşe Öztürk", TODAY + timedelta(days=7 * k),
                                      k == 0, None) for k in range(2)),
            trend=(ScorePoint(None, 3), ScorePoint(TODAY - timedelta(days=30), 5)),
            last_evaluation_status=GoalStatus.IN_PROGRESS,
        ))
    domains = tuple(PrintDomain(d, tuple(g for g in items if g.life_domain == d)) for d in DOMAINS)
    text = ("We willen dat het thuis rustiger wordt. De ochtenden zijn een strijd en Zoë komt vaak te laat. "
            "Mehmet werkt in ploegendienst en Ayşe staat er dan alleen voor. ") * 3
    return PlanPrintData(
        case_id=1, family_id=1, family_name="Öztürk-Şahin", case_status=CaseStatus.ACTIVE,
        direction_mode=DirectionMode.SOCIAL_TEAM, plan_id=1, version_no=2, status=PlanStatus.AGREED,
        plan_date=TODAY - timedelta(days=40), agreed_on=TODAY - timedelta(days=35), agreed_with="Ayşe en Mehmet",
        director_name="Sanne de Vries", team_name="Wijkteam Noord", municipality="Zaanstad",
        request_for_help=text, concerns=text, strengths=text, desired_future=text,
        agreements="We evalueren elke 13 weken.", family_group_plan_offered=True, family_group_plan_note=None,
        evaluation_interval_weeks=13, next_evaluation=TODAY + timedelta(days=50),
        members=(PrintMember("Ayşe Öztürk", MemberRole.PARENT, date(1988, 6, 12), 38, True),
                 PrintMember("Mehmet Şahin", MemberRole.PARENT, date(1985, 1, 3), 41, True),
                 PrintMember("Zoë Öztürk", MemberRole.YOUNG_PERSON, date(2012, 3, 1), 14, False),
                 PrintMember("Daan Öztürk", MemberRole.YOUNG_PERSON, date(2018, 9, 30), 8, False)),
        network=(PrintNetworkMember("Łucja Nowak", "oma", "Haalt Zoë op dinsdag uit school."),),
        domains=domains,
        involvements=(PrintInvolvement("Jeugdhulp Zaanstreek", "Ambulante gezinsbegeleiding", "01", None,
                                       TODAY - timedelta(days=60), TODAY - timedelta(days=45), None,
                                       DirectionMode.SAMENREGIE, "Jeugdhulp Zaanstreek", "Sanne de Vries",
                                       TODAY + timedelta(days=40), "Na evaluatie met het gezin", 0,
                                       HandoverStatus.STARTED),),
        last_evaluation=PrintEvaluation(TODAY - timedelta(days=30), "Ayşe, Mehmet, Sanne", "Het gaat beter.",
                                        EvaluationDecision.CONTINUE, TODAY + timedelta(days=50)),
        waakvlam=None, print_date=TODAY,
    )


def plan_texts(data: PlanPrintData) -> list[str]:
    """Every text the plan prints, for the bare document."""
    out = [data.family_name, data.director_name, data.team_name, data.request_for_help, data.concerns,
           data.strengths, data.desired_future, data.agreements]
    out += [m.name for m in data.members] + [n.name + " " + (n.contribution or "") for n in data.network]
    for g in data.goals:
        out += [g.description, g.success_criterion, g.actor_detail or "", ", ".join(g.persons)]
        out += [f"{a.what} {a.owner_name}" for a in g.actions]
    return out


def bare_document(texts: list[str]) -> bytes:
    st.register_fonts()
    style = ParagraphStyle("bare", fontName=st.SANS, fontSize=9, leading=13)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build([Paragraph(esc(t), style) for t in texts])
    return out.getvalue()


def median_ms(fns, runs: int) -> list[float]:
    """Median time of each function; the runs alternate, so a busy machine slows both alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, bucket in zip(fns, times):
            start = time.perf_counter()
            fn()
            bucket.append((time.perf_counter() - start) * 1000)
    return [statistics.median(t) for t in times]


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the family-plan PDF against a bare reportlab document.")
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--goals", type=int, default=20)
    args = parser.parse_args()
    data = twenty_goal_plan(args.goals)
    texts = plan_texts(data)
    rendered = render_plan_pdf(data)  # warm-up: fonts, styles, translations
    bare_document(texts)
    plan_ms, bare_ms = median_ms([lambda: render_plan_pdf(data), lambda: bare_document(texts)], args.runs)
    print(f"family plan, {args.goals} goals, {rendered.pages} pages: {plan_ms:.1f} ms (median of {args.runs})")
    print(f"bare reportlab document, same text: {bare_ms:.1f} ms")
    print(f"ratio: {plan_ms / bare_ms:.2f}  (targets: < 60 ms, ratio < 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
