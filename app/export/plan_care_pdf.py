"""The closing sections of the printed plan: providers and who directs, evaluation, waakvlam, signatures."""
from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from app.codelists import REFERRER_TYPES
from app.export import styles as st
from app.export import texts as tx
from app.export.blocks import Para, clean, data_table, esc, gap, heading, own_words, text_paragraphs
from app.export.document import frame_height, frame_width
from app.export.flowables import SignatureBox, Together
from app.export.grid import BODY, BOLD, SMALL, Column, Font, Grid, Seg, segs
from app.queries.plan_print import PlanPrintData, PrintGoal, PrintInvolvement, Signatory, SignatoryKind
from models.enums import DirectionMode

SHORT_GOAL = 110  # characters of a goal's text in the score-trend table; the full text is above


def providers_section(data: PlanPrintData) -> list[Flowable]:
    if not data.involvements:
        return []
    width = frame_width()
    out = heading(tx.tr(tx.PROVIDERS), tx.tr(tx.PROVIDERS_INTRO), room=150)
    rows = [[segs((inv.provider, BOLD), (inv.product, BODY), (_for_whom(inv), BOLD),
                  (_period(inv, data.print_date), SMALL)), _direction(inv),
             _monitoring(inv), tx.day(inv.report_back_date) or "—"] for inv in data.involvements]
    provider_w, direction_w, back_w = 48 * mm, 46 * mm, 28 * mm
    columns = [Column(provider_w), Column(direction_w), Column(width - provider_w - direction_w - back_w),
               Column(back_w)]
    header = [tx.tr(tx.PROVIDER_AND_HELP), tx.tr(tx.WHO_DIRECTS), tx.tr(tx.WHO_MONITORS), tx.tr(tx.REPORT_BACK)]
    out.append(data_table(columns, header, rows))
    return out


def _for_whom(inv: PrintInvolvement) -> str:
    """"Voor Zoë", "Voor Zoë en Daan", "Voor het hele gezin"; with extended youth care said after it."""
    if not inv.for_persons:
        text = tx.tr(tx.FOR_FAMILY)
    else:
        names = list(inv.for_persons)
        joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {tx.tr(tx.AND)} {names[-1]}"
        text = tx.tr(tx.FOR_PERSONS, names=joined)
    return f"{text}, {tx.tr(tx.EXTENDED_CARE)}" if inv.extended_care else text


def _period(inv: PrintInvolvement, today: date) -> str:
    if inv.start_date is None:
        return tx.tr(tx.REFERRED_ON, date=tx.day(inv.referral_date))
    planned = inv.start_date > today  # planned help: not "since" a day still to come
    text = tx.tr(tx.STARTS if planned else tx.SINCE, date=tx.day(inv.start_date))
    if inv.planned_end is not None:
        text = f"{text}, {tx.tr(tx.UNTIL, date=tx.day(inv.planned_end))}"
    return text


def _direction(inv: PrintInvolvement) -> str:
    if inv.direction is DirectionMode.SAMENREGIE:
        return tx.tr(tx.DIRECTION_SAMENREGIE, holder=inv.direction_holder or tx.tr(tx.THE_PROVIDER))
    if inv.direction is DirectionMode.ELSEWHERE:
        return tx.tr(tx.DIRECTION_ELSEWHERE, holder=inv.direction_holder or tx.tr(tx.ANOTHER_PARTY))
    return tx.tr(tx.DIRECTION_SOCIAL_TEAM)


def _monitoring(inv: PrintInvolvement) -> list[Seg]:
    referrer = REFERRER_TYPES.get(inv.referrer_type)
    if referrer and inv.referrer_name:
        referrer = f"{referrer}, {inv.referrer_name}"
    return segs(
        (clean(inv.monitored_by) or "—", BODY),
        (tx.tr(tx.REFERRED_BY, who=referrer) if referrer else None, SMALL),
        (tx.tr(tx.EXTENSIONS, policy=clean(inv.extension_policy)) if inv.extension_policy else None, SMALL),
        (tx.tr(tx.EXTENSIONS_SO_FAR, count=inv.extensions) if inv.extensions else None, SMALL),
    )


def evaluation_section(data: PlanPrintData) -> list[Flowable]:
    s = st.styles()
    out = heading(tx.tr(tx.EVALUATION))
    schedule = tx.tr(tx.EVALUATION_SCHEDULE, weeks=data.evaluation_interval_weeks)
    if data.next_evaluation is not None:
        schedule = f"{schedule} {tx.tr(tx.NEXT_EVALUATION, date=tx.day(data.next_evaluation))}"
    else:
        schedule = f"{schedule} {tx.tr(tx.NEXT_EVALUATION_LATER)}"
    out.append(Para(esc(schedule), s.body))
    last = data.last_evaluation
    if last is None:
        out.append(Para(escape(tx.tr(tx.NO_EVALUATION)), s.empty))
        return out
    out += [CondPageBreak(80), Para(escape(tx.tr(tx.LAST_EVALUATION, date=tx.day(last.held_on))), s.h2)]
    muted = st.MUTED.hexval()
    out.append(Para(f'<font color="{muted}">{escape(tx.tr(tx.DECISION))}:</font> '
                         f"<b>{escape(tx.label(last.decision))}</b>", s.body))
    if last.conclusion.strip():
        out.append(Para(f'<font color="{muted}">{escape(tx.tr(tx.CONCLUSION))}:</font>', s.body_muted))
        out += text_paragraphs(last.conclusion, s.body, "")
    if last.participants.strip():
        out.append(Para(f'<font color="{muted}">{escape(tx.tr(tx.PARTICIPANTS))}:</font> '
                             f"{esc(last.participants)}", s.body))
    goals = data.goals
    if goals:
        out += [CondPageBreak(80), Para(escape(tx.tr(tx.GOALS_NOW)), s.caption), _trend_table(goals)]
    return out


def _trend_table(goals: tuple[PrintGoal, ...]) -> Grid:
    width = frame_width()
    number_w, trend_w, target_w, status_w = 8 * mm, 36 * mm, 20 * mm, 30 * mm
    rows = []
    for g in goals:
        text = g.description if len(g.description) <= SHORT_GOAL else g.description[:SHORT_GOAL].rstrip() + "…"
        trend = " → ".join(str(p.score) for p in g.trend) or "—"
        rows.append([str(g.number), clean(text), trend, "—" if g.score_target is None else str(g.score_target),
                     tx.label(g.status)])
    columns = [Column(number_w, NUMBER), Column(width - number_w - trend_w - target_w - status_w),
               Column(trend_w), Column(target_w, align="CENTER"), Column(status_w)]
    header = ["", tx.tr(tx.GOAL), tx.tr(tx.SCORE_TREND), tx.tr(tx.TARGET), tx.tr(tx.GOAL_STATUS)]
    return data_table(columns, header, rows)


NUMBER = Font(st.SANS_BOLD, 8.4, 11.2, st.ACCENT)


def waakvlam_section(data: PlanPrintData) -> list[Flowable]:
    w = data.waakvlam
    if w is None:
        return []
    s = st.styles()
    out = heading(tx.tr(tx.WAAKVLAM), room=None)
    out.append(Para(esc(tx.tr(tx.WAAKVLAM_TEXT, holder=w.holder_name, kind=tx.label(w.holder_kind),
                              start=tx.day(w.start_date), end=tx.day(w.end_date), weeks=w.frequency_weeks)),
                    s.body))
    if w.agreement and w.agreement.strip():
        out += own_words(w.agreement, s.own_words, "")
    # The agreement is one promise: on one page with its heading (it flows only if longer than a page).
    return [Together(out, frame_height())]


def aftercare_section(data: PlanPrintData) -> list[Flowable]:
    """How aftercare was secured each time help ended or the case closed: who and what, or why none."""
    if not data.aftercare:
        return []
    width = frame_width()
    out = heading(tx.tr(tx.AFTERCARE), tx.tr(tx.AFTERCARE_INTRO), room=120)
    rows = []
    for a in data.aftercare:
        ended = segs((a.provider or tx.tr(tx.AFTERCARE_CASE_CLOSED), BOLD),
                     (tx.tr(tx.AFTERCARE_ON, date=tx.day(a.recorded_on)), SMALL))
        if a.who:
            said = segs((a.who, BOLD), (a.what or "", BODY), (a.note or "", SMALL))
        else:
            said = segs((tx.label(a.none_reason), BODY), (a.note or "", SMALL))
        rows.append([ended, tx.label(a.kind), said])
    ended_w, how_w = 48 * mm, 46 * mm
    columns = [Column(ended_w), Column(how_w), Column(width - ended_w - how_w)]
    out.append(data_table(columns, [tx.tr(tx.AFTERCARE_ENDED), tx.tr(tx.AFTERCARE_HOW), tx.tr(tx.AFTERCARE_WHO_WHAT)],
                          rows))
    return out


def signature_section(data: PlanPrintData) -> list[Flowable]:
    s = st.styles()
    width = frame_width()
    col_gap = 6 * mm
    box_w = (width - col_gap) / 2
    boxes = [_box(sig) for sig in data.signatories]
    rows = [[boxes[i], "", boxes[i + 1] if i + 1 < len(boxes) else ""] for i in range(0, len(boxes), 2)]
    grid = Table(rows, colWidths=[box_w, col_gap, box_w], hAlign="LEFT", style=TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    intro = Para(escape(tx.tr(tx.SIGNATURES_INTRO)), s.body)
    return [Together([*heading(tx.tr(tx.SIGNATURES), room=None), intro, gap(2), grid], frame_height())]


def _box(sig: Signatory) -> SignatureBox:
    s = st.styles()
    if sig.kind is SignatoryKind.PARENT:
        role = tx.tr(tx.SIGNER_PARENT)
    elif sig.kind is SignatoryKind.YOUNG_PERSON:
        role = tx.tr(tx.YOUNG_PERSON_AGED, age=sig.age)
    elif sig.kind is SignatoryKind.DIRECTOR:
        role = tx.tr(tx.SIGNER_DIRECTOR, team=sig.detail or "")
    else:
        role = tx.tr(tx.SIGNER_PROVIDER, help=sig.detail or "")
    return SignatureBox(Para(esc(sig.name), s.sign_name), Para(esc(role), s.sign_role),
                        tx.tr(tx.SIGN_DATE), tx.tr(tx.SIGNATURE))
