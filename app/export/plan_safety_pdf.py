"""The safety plan (veiligheidsplan, Signs of Safety) on the printed plan, before the signatures: what we
are worried about, what is working well, what needs to happen, the safety goals, and the scaling answers
(0-10, 10 = safe enough to close) per respondent as a trend and in full. Only when the plan has a safety part.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.export import styles as st
from app.export import texts as tx
from app.export.blocks import Para, clean, data_table, esc, gap, heading, own_words
from app.export.document import frame_width
from app.export.grid import Column
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.plan_print import PlanPrintData
from app.queries.safety import trends

SAFETY = QT_TRANSLATE_NOOP("Pdf", "Safety plan")
SAFETY_INTRO = QT_TRANSLATE_NOOP(
    "Pdf", "What we are worried about, what is working well and what needs to happen so the children are "
           "safe enough")
WORRIES = QT_TRANSLATE_NOOP("Pdf", "What we are worried about")
WORKING_WELL = QT_TRANSLATE_NOOP("Pdf", "What is working well")
NEXT_STEPS = QT_TRANSLATE_NOOP("Pdf", "What needs to happen")
SAFETY_GOALS = QT_TRANSLATE_NOOP("Pdf", "Safety goals")
SCALING = QT_TRANSLATE_NOOP("Pdf", "Scaling question: how safe is it now?")
SCALING_INTRO = QT_TRANSLATE_NOOP("Pdf", "0 = not safe at all, 10 = safe enough to close the case")
ANSWERED_BY = QT_TRANSLATE_NOOP("Pdf", "Answered by")
TREND = QT_TRANSLATE_NOOP("Pdf", "Score over time")
LAST = QT_TRANSLATE_NOOP("Pdf", "Last")
ON = QT_TRANSLATE_NOOP("Pdf", "Date")
SCORE = QT_TRANSLATE_NOOP("Pdf", "Score")
NOTE = QT_TRANSLATE_NOOP("Pdf", "Note")
NO_ANSWERS = QT_TRANSLATE_NOOP("Pdf", "The scaling question has not been asked yet.")
SAFETY_GOAL = QT_TRANSLATE_NOOP("Pdf", "Safety goal")


def safety_section(data: PlanPrintData) -> list[Flowable]:
    safety = data.safety
    if safety is None:
        return []
    s = st.styles()
    out = heading(tx.tr(SAFETY), tx.tr(SAFETY_INTRO), room=160)
    for title, text in ((WORRIES, safety.worries), (WORKING_WELL, safety.working_well),
                        (NEXT_STEPS, safety.next_steps)):
        out.append(Para(esc(tx.tr(title)), s.h2))
        out += own_words(text, s.own_words, tx.tr(tx.NOT_FILLED_IN))
    goals = [g for g in data.goals if g.safety_goal]
    if goals:
        out.append(Para(esc(tx.tr(SAFETY_GOALS)), s.h2))
        out += [Para(esc(f"{g.number}. {clean(g.description)}"), s.body) for g in goals]
    out += [CondPageBreak(60), Para(esc(tx.tr(SCALING)), s.h2), Para(esc(tx.tr(SCALING_INTRO)), s.body_muted)]
    if not safety.answers:
        return [*out, Para(esc(tx.tr(NO_ANSWERS)), s.empty)]
    width = frame_width()
    who_w, last_w = 50 * mm, 16 * mm
    per = trends(safety.answers)
    out.append(data_table(
        [Column(who_w), Column(width - who_w - last_w), Column(last_w, align="CENTER")],
        [tx.tr(ANSWERED_BY), tx.tr(TREND), tx.tr(LAST)],
        [[who.name, " → ".join(f"{score} ({tx.day(on)})" for on, score in points), str(points[-1][1])]
         for who, points in per.items()]))
    on_w, score_w = 24 * mm, 14 * mm
    out.append(gap(4))
    out.append(data_table(
        [Column(on_w), Column(who_w), Column(score_w, align="CENTER"), Column(width - on_w - who_w - score_w)],
        [tx.tr(ON), tx.tr(ANSWERED_BY), tx.tr(SCORE), tx.tr(NOTE)],
        [[tx.day(a.asked_on), a.respondent.name, str(a.score), a.note or ""] for a in safety.answers], zebra=True))
    return out
