"""The inspection copy as a readable PDF: one person's data from the file, section by section.

Same house style as the family plan (app/export/document.py, blocks.py); every section is printed,
an empty one says so, so the reader sees what the file does *not* hold too.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from app.export import person_file_texts as pt
from app.export.access_report_pdf import log_by_day
from app.export import styles as st
from app.export import texts as tx
from app.export.blocks import Para, data_table, esc, gap, heading, text_paragraphs
from app.export.document import PageDecor, RenderedPdf, build_pdf, frame_width
from app.export.grid import Column
from app.queries.meldcode import entry_summary
from app.queries.person_file import FOR_FAMILY, FOR_PERSON, PersonFile
from models.family import full_name


def render_person_file_pdf(data: PersonFile) -> RenderedPdf:
    """The person's file as an A4 PDF, Dutch, with the fonts embedded."""
    name = _name(data)
    decor = PageDecor(
        header_left=tx.tr(pt.RUNNING_HEADER, name=name), header_right=tx.day(data.made_on),
        footer_note=tx.tr(tx.CONFIDENTIAL),
        footer_sub=" · ".join((tx.tr(tx.PRINTED_ON, date=tx.day(data.made_on)), data.family.team)))
    return build_pdf(person_file_story(data), decor, title=tx.tr(pt.TITLE, name=name),
                     subject=tx.tr(pt.SUBTITLE, date=tx.day(data.made_on)), author=data.family.team)


def person_file_story(data: PersonFile) -> list[Flowable]:
    s = st.styles()
    story: list[Flowable] = [
        Para(escape(tx.tr(pt.OVERLINE)), s.overline), Para(esc(_name(data)), s.title),
        Para(escape(tx.tr(pt.SUBTITLE, date=tx.day(data.made_on))), s.subtitle), gap(4),
        Para(escape(tx.tr(pt.INTRO)), s.intro)]
    for section in (_person, _consents, _measures, _transition, _meldcode, _cases, _plans, _scaling, _goals,
                    _evaluations, _involvements, _waakvlam, _journal, _statements, _history, _shared, _access):
        story += section(data)
    return story


def _name(data: PersonFile) -> str:
    p = data.person
    return full_name(p.first_name, p.surname_prefix, p.surname)


def _label(value) -> str:
    """A stored value in words: the plan's labels, else this document's own."""
    if value is None:
        return ""
    source = pt.VALUES.get(value.value)
    return tx.tr(source) if source is not None else tx.label(value)


def _yes_no(value: bool | None) -> str:
    return "" if value is None else tx.tr(pt.YES if value else pt.NO)


def _table(widths: list[float], header: list[str], rows: list[list[str]]) -> list[Flowable]:
    if not rows:
        return [Para(escape(tx.tr(pt.NONE)), st.styles().empty)]
    total = frame_width()
    return [data_table([Column(total * w) for w in widths], [tx.tr(h) for h in header], rows, zebra=True)]


def _person(data: PersonFile) -> list[Flowable]:
    p, f = data.person, data.family
    address = ", ".join(x for x in (f.street, " ".join(y for y in (f.postcode, f.city) if y)) if x)
    rows = [[tx.tr(pt.NAME), _name(data)], [tx.tr(pt.BORN), tx.day(p.date_of_birth)], [tx.tr(pt.BSN), p.bsn or ""],
            [tx.tr(pt.ROLE), _label(p.role)], [tx.tr(pt.AUTHORITY), _yes_no(p.parental_authority)],
            [tx.tr(pt.FAMILY), f.name], [tx.tr(pt.ADDRESS), address], [tx.tr(pt.TEAM), f.team]]
    total = frame_width()
    return [*heading(tx.tr(pt.PERSON)), data_table([Column(total * 0.3), Column(total * 0.7)], ["", ""], rows)]


def _cases(data: PersonFile) -> list[Flowable]:
    rows = [[str(c.id), tx.label(c.status), tx.day(c.opened_on), tx.day(c.closed_on), c.director] for c in data.cases]
    return [*heading(tx.tr(pt.CASES)),
            *_table([0.12, 0.22, 0.18, 0.18, 0.30], [pt.CASE, pt.STATUS, pt.OPENED, pt.CLOSED, pt.DIRECTOR], rows)]


def _plans(data: PersonFile) -> list[Flowable]:
    s = st.styles()
    out = heading(tx.tr(pt.PLANS))
    if not data.plans:
        return [*out, Para(escape(tx.tr(pt.NONE)), s.empty)]
    for p in data.plans:
        out.append(Para(escape(tx.tr(pt.PLAN_VERSION, case=p.case_id, version=p.version_no, status=tx.label(p.status),
                                     date=tx.day(p.agreed_on or p.plan_date))), s.h2))
        for title, text in ((pt.REQUEST, p.request_for_help), (pt.CONCERNS, p.concerns), (pt.STRENGTHS, p.strengths),
                            (pt.FUTURE, p.desired_future), (pt.AGREEMENTS, p.agreements),
                            (pt.SAFETY_WORRIES, p.safety_worries), (pt.SAFETY_WORKING_WELL, p.safety_working_well),
                            (pt.SAFETY_NEXT_STEPS, p.safety_next_steps)):
            if text.strip():
                out.append(Para(escape(tx.tr(title)), s.label))
                out += text_paragraphs(text, s.body, "")
    return out


def _goals(data: PersonFile) -> list[Flowable]:
    s = st.styles()
    out = heading(tx.tr(pt.GOALS))
    if not data.goals:
        return [*out, Para(escape(tx.tr(pt.NONE)), s.empty)]
    for g in data.goals:
        out.append(Para(escape(tx.tr(pt.GOAL_LINE, case=g.case_id, version=g.version_no, domain=g.life_domain,
                                     status=tx.label(g.status))), s.h2))
        out.append(Para(esc(g.description), s.goal_text))
        if g.success_criterion.strip():
            out.append(Para(esc(tx.tr(pt.CRITERION, criterion=g.success_criterion)), s.body_muted))
        if g.actions:
            out += _table([0.6, 0.2, 0.2], [pt.ACTION, pt.DUE, pt.DONE],
                          [[a.what, tx.day(a.due_date), _yes_no(a.done)] for a in g.actions])
    return out


def _evaluations(data: PersonFile) -> list[Flowable]:
    rows = [[tx.day(e.held_on), e.participants, _yes_no(e.consent_given) + (f" - {e.consent_note}" if e.consent_note
             else ""), e.conclusion, tx.label(e.decision)] for e in data.evaluations]
    return [*heading(tx.tr(pt.EVALUATIONS)), *_table(
        [0.13, 0.2, 0.15, 0.32, 0.2], [pt.HELD, pt.PARTICIPANTS, pt.CONSENT, pt.CONCLUSION, pt.DECISION], rows)]


def _involvements(data: PersonFile) -> list[Flowable]:
    rows = [[i.provider, i.product, _for_whom(data, i.for_whom), f"{tx.day(i.start_date or i.referral_date)} - "
             f"{tx.day(i.actual_end or i.planned_end)}", _note(i)] for i in data.involvements]
    return [*heading(tx.tr(pt.INVOLVEMENTS)),
            *_table([0.2, 0.2, 0.18, 0.2, 0.22], [pt.PROVIDER, pt.PRODUCT, pt.FOR, pt.PERIOD, pt.NOTE], rows)]


def _note(i) -> str:
    """The help's note, then its extensions: each asked for, in effect or refused, with why."""
    lines = [i.note] if i.note else []
    for e in i.extensions:
        lines.append(tx.tr(pt.EXTENSION, number=e.number, status=tx.tr(pt.EXTENSION_STATUS[e.status]),
                           previous=tx.day(e.previous_end) or "-", new=tx.day(e.new_end), note=e.note))
        if e.decision_note:
            lines.append(tx.tr(pt.DECISION_NOTE, note=e.decision_note))
    return "\n".join(lines)


def _for_whom(data: PersonFile, for_whom: str) -> str:
    """The person's own name, the whole family, or another young person (not named in this person's copy)."""
    if for_whom == FOR_PERSON:
        return data.person.first_name
    return tx.tr(pt.FOR_WHOLE_FAMILY if for_whom == FOR_FAMILY else pt.FOR_OTHER_YOUNG)


def _waakvlam(data: PersonFile) -> list[Flowable]:
    s = st.styles()
    out = heading(tx.tr(pt.WAAKVLAM))
    if not data.waakvlam:
        return [*out, Para(escape(tx.tr(pt.NONE)), s.empty)]
    for w in data.waakvlam:
        out.append(Para(esc(tx.tr(pt.WAAKVLAM_LINE, case=w.case_id, holder=w.holder_name, start=tx.day(w.start_date),
                                  end=tx.day(w.end_date), status=_label(w.status))), s.h2))
        if w.agreement:
            out += text_paragraphs(w.agreement, s.body, "")
        if w.contacts:
            out += _table([0.2, 0.2, 0.2, 0.4], [pt.CONTACT, pt.HELD, pt.OUTCOME, pt.NOTE],
                          [[tx.day(c.planned_date), tx.day(c.held_on), _label(c.outcome), c.note or ""]
                           for c in w.contacts])
    return out


def _journal(data: PersonFile) -> list[Flowable]:
    rows = [[tx.day(j.occurred_on), _label(j.kind), j.author, j.text] for j in data.journal]
    return [*heading(tx.tr(pt.JOURNAL)), *_table([0.13, 0.15, 0.17, 0.55], [pt.DATE, pt.KIND, pt.AUTHOR, pt.TEXT], rows)]


def _history(data: PersonFile) -> list[Flowable]:
    rows = [[tx.day(e.on_date), _label(e.kind), e.worker,
             " → ".join(v for v in (e.from_value, e.to_value) if v), e.reason or ""] for e in data.history]
    return [*heading(tx.tr(pt.HISTORY)), *_table(
        [0.13, 0.2, 0.17, 0.22, 0.28], [pt.DATE, pt.WHAT, pt.WHO, pt.STATUS, pt.REASON], rows)]


def _shared(data: PersonFile) -> list[Flowable]:
    rows = [[tx.day(r.shared_on), r.party, tx.tr(pt.SHARING[r.purpose.value]),
             tx.tr(pt.SHARING[r.ground.value]) + f": {r.reason}" if r.ground else tx.tr(pt.ON_CONSENT)]
            for r in data.shared]
    return [*heading(tx.tr(pt.SHARED), tx.tr(pt.SHARED_SUB)), *_table(
        [0.13, 0.25, 0.22, 0.4], [pt.DATE, pt.SHARED_WITH, pt.PURPOSE, pt.BASIS], rows)]


def _consents(data: PersonFile) -> list[Flowable]:
    rows = [[tx.tr(pt.CONSENT_SCOPES[c.scope.value]) + (f": {c.party}" if c.party else ""), c.given_by,
             f"{tx.day(c.given_on)} ({tx.tr(pt.CONSENT_FORMS[c.form.value])})", tx.day(c.valid_until),
             tx.tr(pt.CONSENT_STATUSES[c.status.value]) + (f" {tx.day(c.withdrawn_on)}" if c.withdrawn_on else ""),
             c.note or ""] for c in data.consents]
    return [*heading(tx.tr(pt.CONSENTS)), *_table(
        [0.22, 0.18, 0.16, 0.12, 0.14, 0.18], [pt.COVERS, pt.GIVEN_BY, pt.GIVEN_ON, pt.UNTIL, pt.STATUS, pt.NOTE], rows)]


def _measures(data: PersonFile) -> list[Flowable]:
    rows = [[tx.tr(pt.MEASURE_KINDS[m.kind.value]), m.institution,
             ", ".join(part for part in (m.guardian_name, m.guardian_contact) if part),
             f"{tx.day(m.starts_on)} - {tx.day(m.ends_on)}", tx.day(m.placement_on)] for m in data.measures]
    return [*heading(tx.tr(pt.MEASURES), tx.tr(pt.MEASURES_SUB)), *_table(
        [0.26, 0.22, 0.22, 0.18, 0.12], [pt.MEASURE, pt.INSTITUTION, pt.GUARDIAN, pt.FROM_TO, pt.PLACEMENT], rows)]


def _transition(data: PersonFile) -> list[Flowable]:
    rows = [[", ".join(tx.tr(pt.TRANSITION_DOMAINS[d.value]) for d in p.domains), p.responsible or "",
             p.agreed or "", tx.day(p.agreed_on)] for p in data.transition_plans]
    return [*heading(tx.tr(pt.TRANSITION), tx.tr(pt.TRANSITION_SUB)), *_table(
        [0.3, 0.22, 0.34, 0.14], [pt.TRANSITION_DOMAIN, pt.TRANSITION_RESPONSIBLE, pt.TRANSITION_AGREED,
                                  pt.TRANSITION_ON], rows)]


def _scaling(data: PersonFile) -> list[Flowable]:
    if not data.scaling_answers:
        return []
    rows = [[tx.day(a.asked_on), a.respondent.name, str(a.score), a.note or ""] for a in data.scaling_answers]
    return [*heading(tx.tr(pt.SCALING), tx.tr(pt.SCALING_SUB)), *_table(
        [0.14, 0.3, 0.1, 0.46], [pt.SCALING_ON, pt.SCALING_WHO, pt.SCALING_SCORE, pt.SCALING_NOTE], rows)]
def _meldcode(data: PersonFile) -> list[Flowable]:
    yes, no = tx.tr(pt.YES), tx.tr(pt.NO)
    rows = [[str(e.step), tx.day(e.on_date), e.worker_name, " - ".join(part for part in (
        entry_summary(e, yes, no), *(tx.tr(pt.MELDCODE_OUTCOMES[v.value]) for v in (e.conclusion, e.decision) if v))
        if part)] for e in data.meldcode]
    return [*heading(tx.tr(pt.MELDCODE), tx.tr(pt.MELDCODE_SUB)), *_table(
        [0.08, 0.14, 0.2, 0.58], [pt.MELDCODE_STEP, pt.TRANSITION_ON, pt.MELDCODE_BY, pt.MELDCODE_WHAT], rows)]


def _access(data: PersonFile) -> list[Flowable]:
    """The access-log entries about the person's file, in the words of "who looked at my file"."""
    persons = {data.person.id: _name(data)}
    return [*heading(tx.tr(pt.ACCESS), tx.tr(pt.ACCESS_SUB)),
            *log_by_day(data.access_log, persons, day_heading=lambda day: [Para(escape(day), st.styles().h2)])]


def _statements(data: PersonFile) -> list[Flowable]:
    """Jeugdwet 7.3.8 / AVG 16: the person's own statements and the corrections made on their request."""
    s = st.styles()
    found = data.own_statements
    out = heading(tx.tr(pt.STATEMENTS), tx.tr(pt.STATEMENTS_SUB))
    if not found.statements and not found.corrections:
        return [*out, Para(escape(tx.tr(pt.NONE)), s.empty)]
    for o in found.statements:
        out.append(Para(esc(tx.tr(pt.STATEMENT_LINE, date=tx.day(o.stated_on), case=o.case_id,
                                  part=tx.tr(pt.PARTS[o.subject.value]))), s.h2))
        out += text_paragraphs(o.text, s.body, "")
    for c in found.corrections:
        out.append(Para(esc(tx.tr(pt.CORRECTION_LINE, date=tx.day(c.corrected_on), who=c.corrected_by, case=c.case_id,
                                  part=tx.tr(pt.PARTS[c.subject.value]))), s.h2))
        for title, text in ((pt.CORRECTION_BEFORE, c.old_text), (pt.CORRECTION_AFTER, c.new_text),
                            (pt.CORRECTION_REASON, c.reason)):
            out.append(Para(escape(tx.tr(title)), s.label))
            out += text_paragraphs(text, s.body, tx.tr(pt.NONE))
    return out
