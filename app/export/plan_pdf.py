"""The printed family plan: DTO in, PDF bytes out.

Order on paper: who we are (header, members, network), the family's own words (request for help,
concerns, strengths, desired future), the goals by life domain with their agreements, the other
agreements, the providers and their direction arrangements, evaluation, waakvlam, aftercare, the safety
plan (when there is one), signatures.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from app.export import styles as st
from app.export import texts as tx
from app.export.blocks import Para, clean, data_table, esc, gap, heading, own_words, text_paragraphs
from app.export.document import PageDecor, RenderedPdf, build_pdf, frame_height, frame_width
from app.export.flowables import HeadingWithText
from app.export.grid import BOLD, LABEL, VALUE, Column, Grid, Look
from app.export.plan_care_pdf import aftercare_section, evaluation_section, providers_section, signature_section, waakvlam_section
from app.export.plan_goals_pdf import goals_section
from app.export.plan_safety_pdf import safety_section
from app.queries.plan_print import CONSENT_AGE, PlanPrintData
from app.validation import format_phone
from models.enums import MemberRole, PlanStatus


FGP_LABEL = 34 * mm  # "Familiegroepsplan" on one line


def render_plan_pdf(data: PlanPrintData) -> RenderedPdf:
    """The family plan as an A4 PDF, Dutch, with the DejaVu fonts embedded."""
    return build_pdf(plan_story(data), plan_decor(data), title=tx.tr(tx.PLAN_TITLE, family=data.family_name),
                     subject=_version_line(data), author=data.team_name)


def plan_story(data: PlanPrintData) -> list[Flowable]:
    """The plan's content as flowables, in the order they are printed (the page decoration aside)."""
    s = st.styles()
    story: list[Flowable] = []
    story += _title_block(data)
    story += _members(data)
    for field, title, sub, text in (
        ("request_for_help", tx.REQUEST_FOR_HELP, tx.REQUEST_FOR_HELP_SUB, data.request_for_help),
        ("concerns", tx.CONCERNS, tx.CONCERNS_SUB, data.concerns),
        ("strengths", tx.STRENGTHS, tx.STRENGTHS_SUB, data.strengths),
        ("desired_future", tx.DESIRED_FUTURE, tx.DESIRED_FUTURE_SUB, data.desired_future),
    ):
        head = heading(tx.tr(title), tx.tr(sub), room=None)
        story.append(HeadingWithText(head, own_words(text, s.own_words, tx.tr(tx.NOT_FILLED_IN))[0], frame_height()))
        story += own_statements(data, field, tx.tr(title))
    story += goals_section(data)
    story += own_statements(data, None, "")
    if data.agreements.strip():
        story += heading(tx.tr(tx.OTHER_AGREEMENTS))
        story += text_paragraphs(data.agreements, s.body, "")
    story += own_statements(data, "agreements", tx.tr(tx.OTHER_AGREEMENTS))
    story += providers_section(data)
    story += evaluation_section(data)
    story += waakvlam_section(data)
    story += aftercare_section(data)
    story += safety_section(data)
    story += signature_section(data)
    return story


def own_statements(data: PlanPrintData, field: str | None, part: str) -> list[Flowable]:
    """The family's own statements (Jeugdwet 7.3.8) about a plan text (``field``), or about the goals
    (``field`` None), printed right after the part they dispute."""
    s = st.styles()
    out: list[Flowable] = []
    for statement in data.statements:
        if field is None and statement.goal is None or field is not None and statement.field != field:
            continue
        about = part if statement.goal is None else tx.tr(tx.OWN_STATEMENT_GOAL, goal=clean(statement.goal))
        out += [Para(esc(tx.tr(tx.OWN_STATEMENT_OF, name=statement.person_name)), s.caption),
                Para(esc(tx.tr(tx.OWN_STATEMENT_ABOUT, date=tx.day(statement.stated_on), part=about)), s.body_muted),
                *own_words(statement.text, s.own_words, "")]
    return out


def plan_decor(data: PlanPrintData) -> PageDecor:
    """What every page of the plan shows around the content: running header, footer, watermark."""
    printed = tx.tr(tx.PRINTED_ON, date=tx.day(data.print_date))
    place = ", ".join(p for p in (data.team_name, data.municipality) if p)
    code = tx.tr(tx.CONTENT_CODE, code=data.content_code)
    return PageDecor(
        header_left=tx.tr(tx.RUNNING_HEADER, family=data.family_name),
        header_right=_version_line(data, short=True),
        footer_note=tx.tr(tx.CONFIDENTIAL),
        footer_sub=" · ".join(p for p in (printed, place, code) if p),
        watermark=tx.tr(tx.DRAFT_WATERMARK) if data.status is PlanStatus.DRAFT else None,
    )


def _version_line(data: PlanPrintData, short: bool = False) -> str:
    if data.status is PlanStatus.AGREED and data.agreed_on is not None:
        if data.agreed_with and not short:
            return tx.tr(tx.VERSION_AGREED_WITH, version=data.version_no, date=tx.day(data.agreed_on),
                         who=data.agreed_with)
        return tx.tr(tx.VERSION_AGREED, version=data.version_no, date=tx.day(data.agreed_on))
    if data.status is PlanStatus.SUPERSEDED:
        return tx.tr(tx.VERSION_SUPERSEDED, version=data.version_no, date=tx.day(data.agreed_on or data.plan_date))
    return tx.tr(tx.VERSION_DRAFT, version=data.version_no, date=tx.day(data.plan_date))


def _title_block(data: PlanPrintData) -> list[Flowable]:
    s = st.styles()
    width = frame_width()
    overline = Para(escape(tx.tr(tx.PLAN_OVERLINE)), s.overline)
    top: list[Flowable] = [overline]
    if data.status is PlanStatus.DRAFT:
        badge = Table([[tx.tr(tx.DRAFT_BADGE).upper()]], colWidths=[24 * mm], hAlign="RIGHT", style=TableStyle([
            ("FONT", (0, 0), (-1, -1), st.SANS_BOLD, 7.4, 9), ("TEXTCOLOR", (0, 0), (-1, -1), st.WARN),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 0.8, st.WARN),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        top = [Table([[overline, badge]], colWidths=[width - 30 * mm, 30 * mm], style=TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))]
    info = _info_box(data, width)
    return [*top, Para(esc(data.family_name), s.title), Para(esc(_version_line(data)), s.subtitle),
            gap(5), *info, gap(5), Para(escape(tx.tr(tx.PLAN_INTRO)), s.intro)]


def _info_box(data: PlanPrintData, width: float) -> list[Grid]:
    """The facts at the top, in a tinted box; the family-group plan line (Jeugdwet 4.1.2) spans the box."""
    rows = [
        [tx.tr(tx.DIRECTOR), clean(data.director_name), tx.tr(tx.TEAM), clean(data.team_name)],
        [tx.tr(tx.CONTACT), _contact_line(data), tx.tr(tx.MUNICIPALITY), clean(data.municipality) or "—"],
        [tx.tr(tx.PLAN_DATE), tx.day(data.plan_date), tx.tr(tx.STATUS), tx.label(data.status)],
        [tx.tr(tx.DIRECTION), clean(tx.direction_line(data.direction_mode, data.direction_holder,
                                                      data.direction_since)),
         tx.tr(tx.PRINTED), tx.day(data.print_date)],
    ]
    label_w = 27 * mm
    value_w = (width - 2 * label_w) / 2
    columns = [Column(label_w, LABEL), Column(value_w, VALUE), Column(label_w, LABEL), Column(value_w, VALUE)]
    note = family_group_plan_line(data)
    return [Grid(columns, rows, look=_box_look(first=True, last=False)),
            Grid([Column(FGP_LABEL, LABEL), Column(width - FGP_LABEL, VALUE)], [[tx.tr(tx.FAMILY_GROUP_PLAN), note]],
                 look=_box_look(first=False, last=True))]


def family_group_plan_line(data: PlanPrintData) -> str:
    """Jeugdwet 4.1.2: whether and when the family-group plan was offered, the family's answer, the note."""
    if data.family_group_plan_offered_on is None:
        line = tx.tr(tx.FAMILY_GROUP_PLAN_NOT_OFFERED)
    else:
        line = tx.tr(tx.FAMILY_GROUP_PLAN_OFFERED_ON, date=tx.day(data.family_group_plan_offered_on))
        if data.family_group_plan_answer is not None:
            line = f"{line}: {tx.tr(tx.FAMILY_GROUP_PLAN_ANSWERS[data.family_group_plan_answer.value])}"
    if data.family_group_plan_note:
        line = f"{line}. {clean(data.family_group_plan_note)}"
    return line


def _contact_line(data: PlanPrintData) -> str:
    """The director's phone and e-mail (the team's where the director has none); else via the team."""
    parts = [tx.tr(tx.CONTACT_PHONE, phone=format_phone(data.contact_phone)) if data.contact_phone else "",
             clean(data.contact_email)]
    line = " · ".join(p for p in parts if p)
    return line or tx.tr(tx.CONTACT_VIA_TEAM, team=clean(data.team_name))


def _box_look(first: bool, last: bool) -> Look:
    return Look(header_rule=None, row_rule=None, background=st.TINT, left_bar=st.ACCENT, pad_left=7, pad_right=4,
                pad_top=2.4, pad_bottom=2.6, first_pad_top=7 if first else None, last_pad_bottom=7 if last else None)


def _members(data: PlanPrintData) -> list[Flowable]:
    width = frame_width()
    out: list[Flowable] = heading(tx.tr(tx.MEMBERS))
    rows: list[list] = []
    for m in data.members:
        if m.role is MemberRole.PARENT:
            role = tx.tr(tx.PARENT_WITH_AUTHORITY if m.parental_authority else tx.PARENT)
        else:
            role = tx.tr(tx.YOUNG_PERSON_AGED if m.age >= CONSENT_AGE else tx.CHILD_AGED, age=m.age)
        rows.append([clean(m.name), tx.day(m.date_of_birth), role])
    columns = [Column(width - 94 * mm, BOLD), Column(32 * mm), Column(62 * mm)]
    out.append(data_table(columns, [tx.tr(tx.NAME), tx.tr(tx.DATE_OF_BIRTH), tx.tr(tx.ROLE)], rows))
    if data.network:
        out += [gap(2), *heading(tx.tr(tx.NETWORK), tx.tr(tx.NETWORK_INTRO))]
        rows = [[clean(n.name), clean(n.relation), clean(n.contribution) or "—"] for n in data.network]
        columns = [Column(50 * mm, BOLD), Column(36 * mm), Column(width - 86 * mm)]
        out.append(data_table(columns, [tx.tr(tx.NAME), tx.tr(tx.RELATION), tx.tr(tx.CONTRIBUTION)], rows))
    return out
