""""Who looked at my file" as a readable PDF: the access-log entries of a family or a person, by day,
each in a sentence (app/audit_words.py) with the local time and the workstation."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from app import audit_words as words
from app.export import access_report_texts as rt
from app.export import styles as st
from app.export import texts as tx
from app.export.blocks import Para, data_table, gap, heading
from app.export.document import PageDecor, RenderedPdf, build_pdf, frame_width
from app.export.grid import Column
from app.queries.access_report import AccessReport, ReportEntry


def render_access_report_pdf(report: AccessReport, reader: str = "") -> RenderedPdf:
    """The report as an A4 PDF, Dutch, with the fonts embedded; ``reader`` names who made it when the
    report is incomplete (see :attr:`AccessReport.complete`)."""
    name = report.person_name or report.family_name
    made = words.local(report.made_at)
    decor = PageDecor(
        header_left=tx.tr(rt.RUNNING_HEADER, name=name), header_right=words.long_day(made.date()),
        footer_note=tx.tr(tx.CONFIDENTIAL),
        footer_sub=" · ".join((tx.tr(tx.PRINTED_ON, date=words.long_day(made.date())), report.team)))
    title = _title(report)
    return build_pdf(access_report_story(report, reader), decor, title=title,
                     subject=tx.tr(rt.SUBTITLE, date=words.long_day(made.date()), time=made.strftime("%H:%M")),
                     author=report.team)


def _title(report: AccessReport) -> str:
    if report.person_name is not None:
        return tx.tr(rt.TITLE_PERSON, name=report.person_name)
    return tx.tr(rt.TITLE_FAMILY, family=report.family_name)


def access_report_story(report: AccessReport, reader: str = "") -> list[Flowable]:
    s = st.styles()
    made = words.local(report.made_at)
    scope = (tx.tr(rt.INTRO_PERSON, name=report.person_name, family=report.family_name)
             if report.person_name is not None else tx.tr(rt.INTRO_FAMILY, family=report.family_name))
    story: list[Flowable] = [
        Para(escape(tx.tr(rt.OVERLINE)), s.overline), Para(escape(_title(report)), s.title),
        Para(escape(tx.tr(rt.SUBTITLE, date=words.long_day(made.date()), time=made.strftime("%H:%M"))), s.subtitle),
        gap(4), Para(escape(tx.tr(rt.INTRO)), s.intro), gap(2), Para(escape(scope), s.intro)]
    if not report.complete:
        story += [gap(2), Para(escape(tx.tr(rt.INCOMPLETE, who=reader)), s.intro)]
    story += [gap(2), Para(escape(tx.tr(rt.COUNT, count=len(report.entries))), s.body_muted)]
    return [*story, *log_by_day(report.entries, report.persons)]


def log_by_day(entries: Sequence[ReportEntry], persons: Mapping[int, str], *, day_heading=None) -> list[Flowable]:
    """The entries by day (Dutch time), each a sentence with its time and workstation; also the access
    section of the inspection copy. ``day_heading`` makes a day's heading (default a section heading)."""
    s = st.styles()
    if not entries:
        return [Para(escape(tx.tr(rt.NONE)), s.empty)]
    total = frame_width()
    columns = [Column(total * 0.1), Column(total * 0.62), Column(total * 0.28)]
    out: list[Flowable] = []
    for day, group in groupby(entries, key=lambda e: words.local(e.occurred_at).date()):
        rows = [[words.clock_time(e.occurred_at), said(e, persons), e.workstation or ""] for e in group]
        out += [*(day_heading or heading)(words.long_day(day)),
                data_table(columns, [tx.tr(rt.TIME), tx.tr(rt.WHAT_HAPPENED), tx.tr(rt.WORKSTATION)], rows,
                           zebra=True)]
    return out


def said(e: ReportEntry, persons: Mapping[int, str]) -> str:
    """The entry as a sentence, its detail (if any) after it in brackets."""
    text = words.sentence(who=words.actor(e.worker_role, e.worker_name, e.worker_team), event=e.event,
                          outcome=e.outcome, object_type=e.object_type, occurred_at=e.occurred_at,
                          object_id=e.object_id, detail_code=e.detail_code, on_behalf_of=e.on_behalf_of,
                          persons=persons)
    return f"{text} {tx.tr(rt.DETAIL, detail=e.detail)}" if e.detail else text
