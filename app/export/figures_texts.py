"""The management figures as labelled lines with their definitions, shared by the workbook and the screen.

English source text in the "Figures" translation context; :func:`case_lines` gives each case
figure with its value, kind (count, days or share) and what it means, in the current language.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.queries.figures import ManagementFigures
from app.queries.figures_providers import ActorShares, share

CONTEXT = "Figures"


def tr(text: str, **params: object) -> str:
    out = translate(CONTEXT, text)
    return out.format(**params) if params else out


class Kind(StrEnum):
    COUNT = "count"
    DAYS = "days"
    SHARE = "share"
    RATIO = "ratio"  # a decimal number that is not a number of days


@dataclass(frozen=True)
class FigureLine:
    key: str
    label: str
    value: float | int | None
    kind: Kind
    definition: str


# (key, label, kind, definition); the value is read from the DTO by ``key``.
_CASE_FIGURES = (
    ("inflow", QT_TRANSLATE_NOOP("Figures", "Inflow: cases opened"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Cases whose start date lies in the period.")),
    ("reopened", QT_TRANSLATE_NOOP("Figures", "Cases reopened"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Reopenings in the period (not counted as inflow).")),
    ("outflow", QT_TRANSLATE_NOOP("Figures", "Outflow: cases closed"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Closings in the period; a case closed and reopened still counts its closing.")),
    ("case_mean", QT_TRANSLATE_NOOP("Figures", "Average duration of closed cases (days)"), Kind.DAYS,
     QT_TRANSLATE_NOOP("Figures", "Closing date minus start date, for the closings in the period.")),
    ("case_median", QT_TRANSLATE_NOOP("Figures", "Median duration of closed cases (days)"), Kind.DAYS,
     QT_TRANSLATE_NOOP("Figures", "The middle value of the same durations.")),
    ("involvements_ended", QT_TRANSLATE_NOOP("Figures", "Involvements ended"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Involvements of providers whose actual end lies in the period.")),
    ("involvement_mean", QT_TRANSLATE_NOOP("Figures", "Average duration of involvements (days)"), Kind.DAYS,
     QT_TRANSLATE_NOOP("Figures", "Actual end minus start date, for the involvements ended in the period.")),
    ("involvement_median", QT_TRANSLATE_NOOP("Figures", "Median duration of involvements (days)"), Kind.DAYS,
     QT_TRANSLATE_NOOP("Figures", "The middle value of the same durations.")),
    ("cases_with_help", QT_TRANSLATE_NOOP("Figures", "Cases with help"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Cases with help of a provider running in the period (started by its end, not "
                                  "ended before its start; cancelled help does not count).")),
    ("young_persons_with_help", QT_TRANSLATE_NOOP("Figures", "Young persons with help"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "The young persons that help was for, each counted once: those named on it, or "
                                  "every young person of the family for help for the family as a whole.")),
    ("evaluated_cases", QT_TRANSLATE_NOOP("Figures", "Cases evaluated"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Cases with an evaluation held in the period.")),
    ("scaled_down_cases", QT_TRANSLATE_NOOP("Figures", "Cases scaled down"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Of those, cases with at least one decision “scale down” in the period.")),
    ("scaled_down_share", QT_TRANSLATE_NOOP("Figures", "Share scaled down"), Kind.SHARE,
     QT_TRANSLATE_NOOP("Figures", "Cases scaled down divided by cases evaluated.")),
    ("recurrences", QT_TRANSLATE_NOOP("Figures", "Recurrence: reopenings"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Reopenings in the period from waakvlam, or within 365 days after the case was "
                                  "last closed.")),
    ("recurrences_from_waakvlam", QT_TRANSLATE_NOOP("Figures", "of which from waakvlam"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Recurrences during a waakvlam.")),
    ("ended_help_cases", QT_TRANSLATE_NOOP("Figures", "Cases that ended help in the last 12 months"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Cases closed or moved to waakvlam in the 12 months up to the end of the period.")),
    ("recurrence_share", QT_TRANSLATE_NOOP("Figures", "Recurrence share"), Kind.SHARE,
     QT_TRANSLATE_NOOP("Figures", "Cases with a recurrence in the period divided by the cases that ended help in "
                                  "the 12 months up to its end.")),
)


# Help ended in the period by its aftercare (issue 15 item 6).
_AFTERCARE_FIGURES = (
    ("aftercare_network", QT_TRANSLATE_NOOP("Figures", "Help ended: aftercare in the own network"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Involvements ended in the period whose aftercare was secured in the family's own "
                                  "network (a network member, and what they do).")),
    ("aftercare_free_access", QT_TRANSLATE_NOOP("Figures", "Help ended: aftercare with free-access services"),
     Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Involvements ended in the period whose aftercare was secured with a free-access "
                                  "service (named, and what it does).")),
    ("aftercare_none_needed", QT_TRANSLATE_NOOP("Figures", "Help ended: no aftercare needed"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Involvements ended in the period for which no aftercare was needed, with a "
                                  "reason.")),
    ("aftercare_not_recorded", QT_TRANSLATE_NOOP("Figures", "Help ended: aftercare not recorded"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Involvements ended in the period without a record of aftercare.")),
)


# Crises started in the period (issue 17 item 4): app/queries/figures_crisis.py.
_CRISIS_FIGURES = (
    ("crisis_started", QT_TRANSLATE_NOOP("Figures", "Crises started"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Crises (danger to life or immediate physical danger) started in the period.")),
    ("crisis_ended", QT_TRANSLATE_NOOP("Figures", "Crises ended"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Of the crises started in the period, those ended (up to now).")),
    ("crisis_open", QT_TRANSLATE_NOOP("Figures", "Crises still open"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Of the crises started in the period, those not ended: not in the durations.")),
    ("crisis_mean", QT_TRANSLATE_NOOP("Figures", "Average duration of crises (days)"), Kind.DAYS,
     QT_TRANSLATE_NOOP("Figures", "End date minus the day of the start, for the crises ended.")),
    ("crisis_median", QT_TRANSLATE_NOOP("Figures", "Median duration of crises (days)"), Kind.DAYS,
     QT_TRANSLATE_NOOP("Figures", "The middle value of the same durations.")),
    ("crisis_in_time", QT_TRANSLATE_NOOP("Figures", "Crises followed up within 24 hours"), Kind.SHARE,
     QT_TRANSLATE_NOOP("Figures", "Crises followed up at most 24 hours after their start, divided by the crises "
                                  "started in the period (one not followed up counts as late).")),
    ("crisis_outcome_ended", QT_TRANSLATE_NOOP("Figures", "After a crisis: ended without further help"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Crises started in the period and ended without further help.")),
    ("crisis_outcome_regular_help", QT_TRANSLATE_NOOP("Figures", "After a crisis: regular help"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Crises started in the period and converted to regular help.")),
    ("crisis_outcome_placement", QT_TRANSLATE_NOOP("Figures", "After a crisis: out-of-home placement"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Crises started in the period and followed by an out-of-home placement.")),
    ("crisis_outcome_other", QT_TRANSLATE_NOOP("Figures", "After a crisis: other"), Kind.COUNT,
     QT_TRANSLATE_NOOP("Figures", "Crises started in the period and ended otherwise.")),
)


def _crisis_values(f: ManagementFigures) -> dict[str, float | int | None]:
    c = f.crisis
    return {"crisis_started": c.started, "crisis_ended": c.ended, "crisis_open": c.still_open,
            "crisis_mean": c.mean_days, "crisis_median": c.median_days, "crisis_in_time": c.followed_up_share,
            **{f"crisis_outcome_{outcome.value}": count for outcome, count in c.outcomes}}


def _aftercare_values(f: ManagementFigures) -> dict[str, int]:
    a = f.aftercare
    return {"aftercare_network": a.network, "aftercare_free_access": a.free_access,
            "aftercare_none_needed": a.none_needed, "aftercare_not_recorded": a.not_recorded}


def _values(f: ManagementFigures) -> dict[str, float | int | None]:
    return {
        "inflow": f.inflow, "reopened": f.reopened, "outflow": f.outflow,
        "case_mean": f.case_duration.mean_days, "case_median": f.case_duration.median_days,
        "involvements_ended": f.involvement_duration.count, "involvement_mean": f.involvement_duration.mean_days,
        "involvement_median": f.involvement_duration.median_days, "cases_with_help": f.cases_with_help,
        "young_persons_with_help": f.young_persons_with_help, "evaluated_cases": f.evaluated_cases,
        "scaled_down_cases": f.scaled_down_cases, "scaled_down_share": f.scaled_down_share,
        "recurrences": f.recurrences, "recurrences_from_waakvlam": f.recurrences_from_waakvlam,
        "ended_help_cases": f.ended_help_cases, "recurrence_share": f.recurrence_share,
    }


def case_lines(figures: ManagementFigures) -> list[FigureLine]:
    """The case figures in reading order, labelled and defined in the current language."""
    values = _values(figures) | _aftercare_values(figures) | _crisis_values(figures)
    return [FigureLine(key, tr(label), values[key], kind, tr(definition))
            for key, label, kind, definition in (*_CASE_FIGURES, *_AFTERCARE_FIGURES, *_CRISIS_FIGURES)]


# -- who carries the goals -------------------------------------------------------------------------------
ACTOR_ROWS = (  # (field of ActorShares, label)
    ("family", QT_TRANSLATE_NOOP("Figures", "Family itself")),
    ("network", QT_TRANSLATE_NOOP("Figures", "Network")),
    ("free_access", QT_TRANSLATE_NOOP("Figures", "Free-access services")),
    ("social_team", QT_TRANSLATE_NOOP("Figures", "Social team")),
    ("provider", QT_TRANSLATE_NOOP("Figures", "Provider")),
    ("no_actor", QT_TRANSLATE_NOOP("Figures", "No actor recorded")),
)
FAMILY_AND_NETWORK = QT_TRANSLATE_NOOP("Figures", "Family and network")
PROFESSIONALS = QT_TRANSLATE_NOOP("Figures", "Professionals (social team and provider)")
ACTORS_DEFINITION = QT_TRANSLATE_NOOP(
    "Figures", "Goals of the current plan (the draft if there is one, else the agreed plan) of every case open at "
               "some time in the period. Shares are of the goals with an actor; goals without one are counted "
               "apart.")


def actor_lines(actors: ActorShares) -> list[tuple[str, int, float | None]]:
    """(label, goals, share of the goals with an actor) per actor; no share for goals without one."""
    rows = []
    for field, label in ACTOR_ROWS:
        count = getattr(actors, field)
        part = None if field == "no_actor" else share(count, actors.with_actor)
        rows.append((tr(label), count, part))
    return rows


def actor_groups(actors: ActorShares) -> list[tuple[str, float | None]]:
    """The three groups that together carry every goal with an actor."""
    return [(tr(FAMILY_AND_NETWORK), actors.family_network_share),
            (tr(ACTOR_ROWS[2][1]), actors.free_access_share),
            (tr(PROFESSIONALS), actors.professional_share)]


# -- the provider table ----------------------------------------------------------------------------------
PROVIDER_COLUMNS = (  # (attribute of ProviderFigures, header, kind)
    ("provider_name", QT_TRANSLATE_NOOP("Figures", "Provider"), None),
    ("involvements", QT_TRANSLATE_NOOP("Figures", "Involvements running"), Kind.COUNT),
    ("started", QT_TRANSLATE_NOOP("Figures", "Started in period"), Kind.COUNT),
    ("mean_wait_days", QT_TRANSLATE_NOOP("Figures", "Average waiting time (days)"), Kind.DAYS),
    ("max_wait_days", QT_TRANSLATE_NOOP("Figures", "Longest waiting time (days)"), Kind.COUNT),
    ("waiting_at_end", QT_TRANSLATE_NOOP("Figures", "Still waiting at end"), Kind.COUNT),
    ("goals_evaluated", QT_TRANSLATE_NOOP("Figures", "Goals evaluated"), Kind.COUNT),
    ("goals_reached", QT_TRANSLATE_NOOP("Figures", "Goals reached"), Kind.COUNT),
    ("goal_realisation", QT_TRANSLATE_NOOP("Figures", "Goal realisation"), Kind.SHARE),
    ("extensions", QT_TRANSLATE_NOOP("Figures", "Extensions"), Kind.COUNT),
    ("extensions_per_involvement", QT_TRANSLATE_NOOP("Figures", "Extensions per involvement"), Kind.RATIO),
)
PROVIDERS_DEFINITION = QT_TRANSLATE_NOOP(
    "Figures", "Waiting time is start minus referral date of the involvements started in the period; still waiting: "
               "referred but not started at the end of the period. Goal realisation is goals reached divided by "
               "goals evaluated: goals linked to the provider's involvements with an evaluation held in the period, "
               "reached when their latest status in the period is reached. Extensions count for the involvements "
               "running in the period.")
