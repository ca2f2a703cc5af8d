"""The figures per provider and product category and the flows of help: column titles and definitions in
the "Figures" translation context, shared by the Reports page, the workbook and the involvement form."""
from __future__ import annotations

from app.codelists import END_REASONS
from app.export.figures_texts import Kind, tr
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.figures_flows import HelpFlows

CATEGORY_COLUMNS = (  # (attribute of ProviderCategoryFigures, header, kind)
    ("provider_name", QT_TRANSLATE_NOOP("Figures", "Provider"), None),
    ("category_label", QT_TRANSLATE_NOOP("Figures", "Product category"), None),
    ("involvements", QT_TRANSLATE_NOOP("Figures", "Involvements running"), Kind.COUNT),
    ("families", QT_TRANSLATE_NOOP("Figures", "Families served"), Kind.COUNT),
    ("extensions_per_100", QT_TRANSLATE_NOOP("Figures", "Extensions per 100 involvements"), Kind.DAYS),
    ("ended", QT_TRANSLATE_NOOP("Figures", "Help ended"), Kind.COUNT),
    ("lead_median", QT_TRANSLATE_NOOP("Figures", "Lead time, median (days)"), Kind.DAYS),
    ("lead_p80", QT_TRANSLATE_NOOP("Figures", "Lead time, 80th percentile (days)"), Kind.COUNT),
    ("scale_down_share", QT_TRANSLATE_NOOP("Figures", "Scaled down afterwards"), Kind.SHARE),
    ("recurrence_share", QT_TRANSLATE_NOOP("Figures", "Recurrence after the help"), Kind.SHARE),
    ("goals_evaluated", QT_TRANSLATE_NOOP("Figures", "Goals evaluated"), Kind.COUNT),
    ("goal_realisation", QT_TRANSLATE_NOOP("Figures", "Goal realisation"), Kind.SHARE),
)
CATEGORY_DEFINITION = QT_TRANSLATE_NOOP(
    "Figures", "Per provider and product category. Families served and extensions: the help running in the period "
               "(not cancelled). Lead time: actual end minus start date of the help ended in the period (not "
               "cancelled); the median and the 80th percentile (the value 80% of the help stays within). Scaled "
               "down: share of that ended help followed in the same case, within 365 days after its end, by help "
               "in a lower segment (C, then B, then A). Recurrence: share of that ended help whose case was "
               "reopened, or got new help not in a lower segment, within 365 days after its end. Goal realisation: "
               "goals reached divided by goals evaluated in the period, of the goals linked to this help.")
SEGMENT = QT_TRANSLATE_NOOP("Figures", "Segment")
NO_SEGMENT = QT_TRANSLATE_NOOP("Figures", "No segment")
GOALS_EVALUATED = QT_TRANSLATE_NOOP("Figures", "Goals evaluated")
GOALS_REACHED = QT_TRANSLATE_NOOP("Figures", "Goals reached")
GOAL_REALISATION = QT_TRANSLATE_NOOP("Figures", "Goal realisation")
FROM = QT_TRANSLATE_NOOP("Figures", "From")
TO = QT_TRANSLATE_NOOP("Figures", "To")
STEPS = QT_TRANSLATE_NOOP("Figures", "Steps")
END_REASON = QT_TRANSLATE_NOOP("Figures", "End reason")
HELP_ENDED = QT_TRANSLATE_NOOP("Figures", "Help ended")
RESIDENTIAL = QT_TRANSLATE_NOOP("Figures", "Residential")
AMBULATORY = QT_TRANSLATE_NOOP("Figures", "Ambulatory")
FLOWS_DEFINITION = QT_TRANSLATE_NOOP(
    "Figures", "A step is help started in the period together with the help of the same case that started last "
               "before it; cancelled help takes no part. Segments: the steps between two different segments. "
               "Residential: youth care with a stay (iJw categories 43, 44); ambulatory: categories 41, 45, 51, 52 "
               "and 54. End reasons: the help ended in the period (not cancelled) by its iJw end reason; "
               "“Uitstroom naar ander domein” is outflow to another domain.")


def segment_label(code: str | None) -> str:
    return code if code is not None else tr(NO_SEGMENT)


def kind_flows(flows: HelpFlows) -> list[tuple[str, str, int]]:
    """(from, to, steps) between residential and ambulatory help, in the current language."""
    res, amb = tr(RESIDENTIAL), tr(AMBULATORY)
    return [(res, amb, flows.residential_to_ambulatory), (amb, res, flows.ambulatory_to_residential)]


def end_reason_lines(flows: HelpFlows) -> list[tuple[str, int]]:
    """(code and official name, help ended) per end reason."""
    return [(f"{code} {END_REASONS.get(code, '')}".strip(), n) for code, n in flows.end_reasons]
