"""The goals of the printed plan, grouped by life domain: who does what, when, the score, the agreements.

A goal's text is a paragraph of its own, never a table cell, so a goal of thousands of characters
flows over pages; tables have their header repeated and may split inside a row.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.export import styles as st
from app.export import texts as tx
from app.i18n import QT_TRANSLATE_NOOP
from app.export.blocks import Para, clean, data_table, esc, gap, heading
from app.export.document import frame_height, frame_width
from app.export.flowables import NumberedHeading, ScoreScale, Together
from app.export.grid import LABEL, VALUE, Column, Font, Grid, Look, segs
from app.queries.plan_print import PlanPrintData, PrintGoal
from models.enums import Actor, GoalStatus

INDENT = 9.5 * mm
BOX_OPEN, BOX_DONE = "\u2610", "\u2611"
_SHOWN_STATUSES = frozenset(GoalStatus) - {GoalStatus.OPEN}


SAFETY_GOAL = QT_TRANSLATE_NOOP("Pdf", "Safety goal")  # the marker of a goal of the safety plan


def goals_section(data: PlanPrintData) -> list[Flowable]:
    s = st.styles()
    out: list[Flowable] = heading(tx.tr(tx.GOALS), tx.tr(tx.GOALS_INTRO), room=220)
    goals = data.goals
    if not goals:
        out.append(Para(escape(tx.tr(tx.NO_GOALS)), s.empty))
        return out
    out.append(_who_does_what(goals))
    for domain in data.domains:
        domain_heading = Para(escape(domain.name.upper()), s.h2)
        for i, goal in enumerate(domain.goals):
            out += _goal(goal, domain_heading if i == 0 else None)
    return out


def _who_does_what(goals: tuple[PrintGoal, ...]) -> Para:
    s = st.styles()
    counts = Counter(g.actor for g in goals)
    parts = [escape(tx.actor_count(a, counts[a])).replace(" ", "\u00a0", 1) for a in (*Actor, None) if counts[a]]
    text = f'<font color="{st.MUTED.hexval()}">{escape(tx.tr(tx.WHO_DOES_WHAT))}:</font>   ' + "   ·   ".join(parts)
    return Para(text, s.body)


def _goal(goal: PrintGoal, domain_heading: Para | None) -> list[Flowable]:
    s = st.styles()
    inner_w = frame_width() - INDENT
    head = NumberedHeading(str(goal.number), Para(esc(goal.description), s.goal_title), INDENT)
    block: list[Flowable] = [domain_heading] if domain_heading is not None else [gap(3.2)]
    block.append(head)
    if goal.safety_goal:
        block.append(Para(f'<font color="{st.WARN.hexval()}"><b>{escape(tx.tr(SAFETY_GOAL))}</b></font>',
                          _indented(s.goal_text)))
    if goal.success_criterion.strip():
        block.append(Para(
            f'<font color="{st.MUTED.hexval()}">{escape(tx.tr(tx.SUCCESS_CRITERION))}:</font> '
            f"{esc(goal.success_criterion)}", _indented(s.goal_text)))
    block += [gap(1.4), *_meta(goal, inner_w)]
    actions = _actions(goal, inner_w)
    # The heading never stands alone at the foot of a page: it moves with its facts (and, when they
    # fit, the agreements) to the next page. A goal longer than a page simply flows.
    if _short(goal):
        return [Together(block + [gap(1.6), actions], frame_height())]
    return [Together(block, frame_height()), gap(1.6), actions]


def _short(goal: PrintGoal) -> bool:
    return len(goal.description) + len(goal.success_criterion) < 900 and len(goal.actions) <= 6


@lru_cache(maxsize=8)
def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_indented", parent=style, leftIndent=INDENT)


def _meta(goal: PrintGoal, width: float) -> list[Grid]:
    who = tx.label(goal.actor, tx.tr(tx.NOT_DECIDED))
    detail = clean(goal.actor_detail)
    if goal.network_member and goal.network_member not in detail:
        detail = f"{goal.network_member}, {detail}" if detail else goal.network_member
    persons = ", ".join(goal.persons) if goal.persons else tx.tr(tx.WHOLE_FAMILY)
    label_w, right_w = 25 * mm, 62 * mm
    rows = [
        [tx.tr(tx.WHO_ACTS), segs((who, VALUE_BOLD), (detail, VALUE)),
         tx.tr(tx.TARGET_DATE), tx.day(goal.target_date) or "—"],
        [tx.tr(tx.FOR_WHOM), persons, tx.tr(tx.SCORE_NOW), _score(goal)],
    ]
    columns = [Column(label_w, LABEL), Column(width - 2 * label_w - right_w, VALUE), Column(label_w, LABEL),
               Column(right_w, VALUE)]
    out = [Grid(columns, rows, look=_META_LOOK, h_align="RIGHT")]
    if goal.status in _SHOWN_STATUSES or goal.standing.evaluated_on is not None:
        out.append(Grid([Column(label_w, LABEL), Column(width - label_w, VALUE)],
                        [[tx.tr(tx.GOAL_STATUS), _status(goal)]], look=_META_LOOK, h_align="RIGHT"))
    return out


VALUE_BOLD = Font(st.SANS_BOLD, 8.6, 11.6, st.INK)
_META_LOOK = Look(header_rule=None, row_rule=None, pad_left=0, pad_right=6, pad_top=1.2, pad_bottom=1.6)


def _status(goal: PrintGoal) -> str:
    """The goal's standing (:func:`app.queries.plan_print.goal_standing`), with the evaluation it is from."""
    if goal.standing.evaluated_on is None:
        return tx.label(goal.status)
    return tx.tr(tx.STATUS_AT_EVALUATION, status=tx.label(goal.status), date=tx.day(goal.standing.evaluated_on))


def _score(goal: PrintGoal) -> Flowable | str:
    if goal.current_score is None:
        if goal.score_target is None:
            return tx.tr(tx.NO_SCORE)
        return f"{tx.tr(tx.NO_SCORE)} · {tx.tr(tx.SCORE_TARGET, score=goal.score_target)}"
    text = tx.tr(tx.SCORE_OF_TEN, score=goal.current_score)
    if goal.score_target is not None:
        text = f"{text} · {tx.tr(tx.SCORE_TARGET, score=goal.score_target)}"
    return ScoreScale(goal.current_score, goal.score_target, text)


def _actions(goal: PrintGoal, width: float) -> Flowable:
    s = st.styles()
    if not goal.actions:
        return Para(escape(tx.tr(tx.NO_ACTIONS)), _indented(s.empty))
    who_w, when_w, done_w = 38 * mm, 21 * mm, 12 * mm
    columns = [Column(width - who_w - when_w - done_w), Column(who_w), Column(when_w),
               Column(done_w, BOX_FONT, "CENTER")]
    rows = [[clean(a.what), clean(a.owner_name) or "—", tx.day(a.due_date) or "—", BOX_DONE if a.done else BOX_OPEN]
            for a in goal.actions]
    header = [tx.tr(tx.ACTION_WHAT), tx.tr(tx.ACTION_WHO), tx.tr(tx.ACTION_WHEN), tx.tr(tx.ACTION_DONE)]
    return data_table(columns, header, rows, h_align="RIGHT")


BOX_FONT = Font(st.SANS, 10, 11.2, st.ACCENT)
