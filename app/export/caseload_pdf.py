"""The caseload list on paper: A4 landscape, one table with its header repeated on every page."""
from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.export import styles as st
from app.export import texts as tx
from app.export.blocks import Para, clean, data_table, esc, gap
from app.export.document import PageDecor, RenderedPdf, build_pdf
from app.export.grid import BOLD, HEAD, PLAIN, Column, Font, Grid, Seg, segs
from app.queries.caseload_export import CaseloadExportRow
from models.enums import Priority

# Gezin, kinderen, status, plan, regisseur, prioriteit, gestart, dagen open, volgende evaluatie, aanbieders
COLUMN_MM = (40, 44, 18, 25, 34, 17, 21, 14, 25, 19)


def render_caseload_pdf(rows: list[CaseloadExportRow], who: str, today: date) -> RenderedPdf:
    """``who`` names the list: the worker's name or the team(s)."""
    who = clean(who)
    s = st.styles()
    story: list[Flowable] = [
        Para(escape(tx.tr(tx.CASELOAD_OVERLINE)), s.overline),
        Para(esc(tx.tr(tx.CASELOAD_OF, who=who)), s.title),
        Para(escape(_summary(len(rows), today)), s.subtitle),
        gap(5),
    ]
    if rows:
        story.append(_table(rows, today))
    else:
        story.append(Para(escape(tx.tr(tx.CASELOAD_EMPTY)), s.empty))
    printed = tx.tr(tx.PRINTED_ON, date=tx.day(today))
    decor = PageDecor(header_left=tx.tr(tx.CASELOAD_OF, who=who), header_right=printed,
                      footer_note=tx.tr(tx.CONFIDENTIAL), footer_sub=printed)
    return build_pdf(story, decor, title=tx.tr(tx.CASELOAD_OF, who=who), subject=printed, author=who,
                     landscape_page=True)


def _summary(count: int, today: date) -> str:
    if count == 1:
        return tx.tr(tx.CASELOAD_SUMMARY_ONE, date=tx.day(today))
    return tx.tr(tx.CASELOAD_SUMMARY, count=count, date=tx.day(today))


def header_fitting_widths(header: list[str], widths: list[float], grow_from: tuple[int, ...]) -> list[float]:
    """The column widths with every header word whole ("Aanbieders", not "Aanbieder s"): a column too
    narrow for its longest header word is widened, the room taken evenly from the ``grow_from``
    columns (the long, wrapping texts), so the table keeps its width in any language."""
    pad = PLAIN.pad_left + PLAIN.pad_right + 0.5
    needed = [max((stringWidth(word, HEAD.name, HEAD.size) for word in text.split()), default=0) + pad
              for text in header]
    out = [max(w, n) for w, n in zip(widths, needed)]
    extra = (sum(out) - sum(widths)) / len(grow_from)
    for i in grow_from:
        out[i] -= extra
    return out


def _table(rows: list[CaseloadExportRow], today: date) -> Grid:
    header = [tx.tr(t) for t in (
        tx.COL_FAMILY, tx.COL_CHILDREN, tx.COL_STATUS, tx.COL_PLAN, tx.COL_DIRECTOR, tx.COL_PRIORITY,
        tx.COL_OPENED, tx.COL_DAYS_OPEN, tx.COL_NEXT_EVALUATION, tx.COL_PROVIDERS)]
    widths = header_fitting_widths(header, [w * mm for w in COLUMN_MM], grow_from=(0, 1))
    columns = [Column(widths[0], BOLD), *(Column(w) for w in widths[1:7]), Column(widths[7], align="RIGHT"),
               Column(widths[8]), Column(widths[9], align="RIGHT")]
    data: list[list] = []
    for r in rows:
        next_eval: object = tx.day(r.next_evaluation) or "—"
        if r.evaluation_overdue(today):
            next_eval = segs((tx.day(r.next_evaluation), WARN_BOLD), (tx.tr(tx.OVERDUE), WARN))
        data.append([
            clean(r.family_name), clean(r.children) or "—", tx.label(r.status),
            tx.plan_versions(r.plan), clean(r.director_name),
            Seg(tx.label(r.priority), WARN_BOLD) if r.priority is Priority.HIGH else tx.label(r.priority),
            tx.day(r.opened_on), str(r.days_open), next_eval, str(r.providers) if r.providers else "—",
        ])
    return data_table(columns, header, data, zebra=True)


WARN_BOLD = Font(st.SANS_BOLD, 8.4, 11.2, st.WARN)
WARN = Font(st.SANS, 8.4, 11.2, st.WARN)
