"""The meldcode track (Wet verplichte meldcode huiselijk geweld en kindermishandeling), issue 17.

- ``meldcode_track``: a track on a case, opened on a day by a worker, closed when the decision is recorded.
- ``meldcode_entry``: the recorded steps, append-only (a correction is a new row naming the one it corrects).
- ``meldcode_reader``: workers the case's director or a supervisor added to those who need to know.
- On PostgreSQL all three are wired like every family-data table (revision 0016); on top, the restrictive
  ``meldcode_entry_need_to_know`` policy: a step is read and written only by the case's director, a
  supervisor of the case's team or a listed reader (and a new row names the caller as its worker);
  ``meldcode_reader_added_by``: only the director or a supervisor adds a reader, in their own name.
- The destruction functions of revision 0020 refuse a family with an open track too.
- The access log's vocabulary: object types ``meldcode_track``, ``meldcode_entry``, ``meldcode_reader``;
  detail codes ``meldcode_step`` and ``meldcode_reader_added``.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import CASE_OF_FAMILY, MADE_BY_CALLER, protect_family_table, unprotect_family_table
from migrations.row_security_0004 import rls_0004

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None

TRACK, ENTRY, READER = "meldcode_track", "meldcode_entry", "meldcode_reader"
CODES = {"meldcode_step": ("n",), "meldcode_reader_added": ("n",)}
TYPES = (TRACK, ENTRY, READER)
TRACK_OF_CASE = ("EXISTS (SELECT 1 FROM {s}.meldcode_track k WHERE k.id = {t}.track_id "
                 "AND k.case_id = {t}.case_id AND k.family_id = {t}.family_id)")
TRACK_OF_FAMILY = ("EXISTS (SELECT 1 FROM {s}.meldcode_track k WHERE k.id = {t}.track_id "
                   "AND k.family_id = {t}.family_id)")
ME = "(SELECT w.id FROM {s}.worker w WHERE w.username = current_user::text)"
DIRECTOR = "EXISTS (SELECT 1 FROM {s}.case_file c WHERE c.id = {case} AND c.director_id = " + ME + ")"
SUPERVISOR = ("((SELECT {s}.gezinsregie_my_role(current_user)) = 'supervisor' AND EXISTS (SELECT 1 FROM "
              "{s}.case_file c WHERE c.id = {case} AND c.team_id = ANY ((SELECT {s}.gezinsregie_my_teams(current_user))::integer[])))")
READER_LISTED = ("EXISTS (SELECT 1 FROM {s}.meldcode_reader r WHERE r.track_id = {t}.track_id "
                 "AND r.worker_id = " + ME + ")")
# Why a family's file may not be destroyed (app.queries.retention.blocking_reasons): and an open track.
OPEN_CASE_CHECK = """    IF EXISTS (SELECT 1 FROM case_file WHERE family_id = r_family AND status <> 'closed') THEN
        RAISE EXCEPTION 'destruction: the family has an open case' USING ERRCODE = 'check_violation';
    END IF;"""
OPEN_TRACK_CHECK = """
    IF EXISTS (SELECT 1 FROM meldcode_track WHERE family_id = r_family AND closed_on IS NULL) THEN
        RAISE EXCEPTION 'destruction: the family has an open meldcode track' USING ERRCODE = 'check_violation';
    END IF;"""
DESTRUCTION_FUNCTIONS = ("gezinsregie_request_destruction(text, integer, text, boolean, text)",
                         "gezinsregie_execute_destruction(integer)")


def upgrade() -> None:
    op.create_table('meldcode_track',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('opened_by_id', sa.Integer(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('closed_on IS NULL OR closed_on >= opened_on', name=op.f('ck_meldcode_track_closed_after_opened')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_meldcode_track_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_meldcode_track_family_id_family'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opened_by_id'], ['worker.id'], name=op.f('fk_meldcode_track_opened_by_id_worker'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meldcode_track'))
    )
    with op.batch_alter_table('meldcode_track', schema=None) as batch_op:
        batch_op.create_index('ix_meldcode_track_case', ['case_id', 'closed_on'], unique=False)
        batch_op.create_index('ix_meldcode_track_family', ['family_id'], unique=False)

    op.create_table('meldcode_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('track_id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('colleague', sa.String(length=120), nullable=True),
    sa.Column('advice_on', sa.Date(), nullable=True),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('advice', sa.Text(), nullable=True),
    sa.Column('held', sa.Boolean(), nullable=True),
    sa.Column('answers', sa.String(length=5), nullable=True),
    sa.Column('conclusion', sa.Enum('no_report_needed', 'help_without_report', 'report', name=op.f('ck_meldcode_entry_meldcode_conclusion'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('decision', sa.Enum('report', 'report_and_help', 'help', 'none', name=op.f('ck_meldcode_entry_meldcode_decision'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('report_on', sa.Date(), nullable=True),
    sa.Column('reference', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('step <> 4 OR (answers IS NOT NULL AND conclusion IS NOT NULL)', name=op.f('ck_meldcode_entry_weighing_complete')),
    sa.CheckConstraint('step <> 5 OR decision IS NOT NULL', name=op.f('ck_meldcode_entry_decision_given')),
    sa.CheckConstraint('step BETWEEN 1 AND 5', name=op.f('ck_meldcode_entry_step_range')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_meldcode_entry_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['corrects_id'], ['meldcode_entry.id'], name=op.f('fk_meldcode_entry_corrects_id_meldcode_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_meldcode_entry_family_id_family'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['track_id'], ['meldcode_track.id'], name=op.f('fk_meldcode_entry_track_id_meldcode_track'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_meldcode_entry_worker_id_worker'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meldcode_entry'))
    )
    with op.batch_alter_table('meldcode_entry', schema=None) as batch_op:
        batch_op.create_index('ix_meldcode_entry_family', ['family_id'], unique=False)
        batch_op.create_index('ix_meldcode_entry_track', ['track_id', 'step'], unique=False)

    op.create_table('meldcode_reader',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('track_id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['worker.id'], name=op.f('fk_meldcode_reader_added_by_id_worker'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_meldcode_reader_family_id_family'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['track_id'], ['meldcode_track.id'], name=op.f('fk_meldcode_reader_track_id_meldcode_track'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_meldcode_reader_worker_id_worker'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meldcode_reader')),
    sa.UniqueConstraint('track_id', 'worker_id', name=op.f('uq_meldcode_reader_worker'))
    )
    with op.batch_alter_table('meldcode_reader', schema=None) as batch_op:
        batch_op.create_index('ix_meldcode_reader_family', ['family_id'], unique=False)
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _protect(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _unprotect(conn)
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table('meldcode_reader', schema=None) as batch_op:
        batch_op.drop_index('ix_meldcode_reader_family')

    op.drop_table('meldcode_reader')
    with op.batch_alter_table('meldcode_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_meldcode_entry_track')
        batch_op.drop_index('ix_meldcode_entry_family')

    op.drop_table('meldcode_entry')
    with op.batch_alter_table('meldcode_track', schema=None) as batch_op:
        batch_op.drop_index('ix_meldcode_track_family')
        batch_op.drop_index('ix_meldcode_track_case')

    op.drop_table('meldcode_track')


def _names(conn) -> tuple[str, str]:
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    return s, f"{rls_0004()._prefix(conn)}_worker"


def _protect(conn) -> None:
    s, worker = _names(conn)
    protect_family_table(conn, TRACK, refs=(CASE_OF_FAMILY,), versioned=True)
    protect_family_table(conn, ENTRY, refs=(CASE_OF_FAMILY, TRACK_OF_CASE, MADE_BY_CALLER), append_only=True)
    protect_family_table(conn, READER, refs=(TRACK_OF_FAMILY,), append_only=True)
    case = f"{ENTRY}.case_id"
    know = " OR ".join(c.format(s=s, t=ENTRY, case=case) for c in (DIRECTOR, SUPERVISOR, READER_LISTED))
    op.execute(f"CREATE POLICY {ENTRY}_need_to_know ON {ENTRY} AS RESTRICTIVE FOR ALL TO {worker} "
               f"USING ({know}) WITH CHECK ({know})")
    track_case = f"(SELECT k.case_id FROM {s}.meldcode_track k WHERE k.id = {READER}.track_id)"
    adds = " OR ".join(c.format(s=s, case=track_case) for c in (DIRECTOR, SUPERVISOR))
    op.execute(f"CREATE POLICY {READER}_added_by ON {READER} AS RESTRICTIVE FOR INSERT TO {worker} "
               f"WITH CHECK (({adds}) AND {READER}.added_by_id = {ME.format(s=s)})")
    _destruction(conn, OPEN_CASE_CHECK, OPEN_CASE_CHECK + OPEN_TRACK_CHECK)


def _unprotect(conn) -> None:
    _destruction(conn, OPEN_CASE_CHECK + OPEN_TRACK_CHECK, OPEN_CASE_CHECK)
    op.execute(f"DROP POLICY {READER}_added_by ON {READER}")
    op.execute(f"DROP POLICY {ENTRY}_need_to_know ON {ENTRY}")
    unprotect_family_table(READER, append_only=True)
    unprotect_family_table(ENTRY, append_only=True)
    unprotect_family_table(TRACK, versioned=True)


def _destruction(conn, old: str, new: str) -> None:
    """CREATE OR REPLACE the destruction functions with ``old`` replaced by ``new`` (owner and grants stay)."""
    s, _ = _names(conn)
    for signature in DESTRUCTION_FUNCTIONS:
        sql = conn.execute(text("SELECT pg_get_functiondef(CAST(:f AS regprocedure))"),
                           {"f": f"{s}.{signature}"}).scalar_one()
        assert sql.count(old) == 1, signature
        op.execute(sql.replace(old, new))
