"""Own statement and correction (Jeugdwet 7.3.8, AVG 16); the family-group plan offer on the case (4.1.2).

- ``case_file`` gets the family-group plan offer: the day it was offered, the family's answer (accepted,
  declined, considering) and a note. The offer is made once per case, before or while the first plan is
  made, so it belongs to the case, not to a plan version. ``family_plan.family_group_plan_offered`` and
  ``family_group_plan_note`` move there: a case whose plan versions were marked offered gets the earliest
  such plan date as the day offered (the answer was never recorded: it stays empty) and the latest note.
- ``own_statement``: a family member's own statement about a field of a plan version, goal, journal entry
  or evaluation. ``text_correction``: a disputed text corrected on a member's request, with the old and
  the new text, the reason, who and when.
- On PostgreSQL both tables are wired like every family-data table (0004, 0010, 0011, as 0016): row
  security for reads and writes through the family's team, the restrictive ``<table>_active`` policy, the
  change-log trigger, and a restrictive check that person and case belong to the same family. Application
  roles get SELECT and INSERT only: a statement or correction is never changed or deleted.
- A correction changes history (an agreed plan's text or goal, another worker's journal entry), which the
  history guard of 0011 refuses. The guard now lets exactly that update through when this transaction
  recorded the correction itself: same record and field, the old text before and the new text after,
  nothing else changed.

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-04
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import (
    CASE_OF_FAMILY, PERSON_OF_FAMILY, protect_family_table, unprotect_family_table,
)

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

TABLES = ("own_statement", "text_correction")
SUBJECTS = ('plan_text', 'goal', 'journal_entry', 'evaluation')
ANSWERS = ('accepted', 'declined', 'considering')
OBJECT_TYPES = ("own_statement", "text_correction", "family_group_plan_offer")  # the access log's new words


def _subject(table: str) -> sa.Column:
    return sa.Column('subject', sa.Enum(*SUBJECTS, name=op.f(f'ck_{table}_statement_subject'), native_enum=False,
                                        create_constraint=True, length=13), nullable=False)


def _common(table: str) -> list:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        _subject(table),
        sa.Column('subject_id', sa.Integer(), nullable=False),
        sa.Column('field', sa.String(length=40), nullable=False),
    ]


def _keys(table: str, worker_column: str) -> list:
    return [
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f(f'fk_{table}_case_id_case_file'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f(f'fk_{table}_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f(f'fk_{table}_person_id_person'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint([worker_column], ['worker.id'], name=op.f(f'fk_{table}_{worker_column}_worker')),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    ]


def upgrade() -> None:
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.add_column(sa.Column('family_group_plan_offered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('family_group_plan_answer', sa.Enum(
            *ANSWERS, name=op.f('ck_case_file_family_group_plan_answer'), native_enum=False, create_constraint=True,
            length=11), nullable=True))
        batch_op.add_column(sa.Column('family_group_plan_note', sa.Text(), nullable=True))
        batch_op.create_check_constraint(
            op.f('ck_case_file_fgp_answer_has_offer'),
            'family_group_plan_answer IS NULL OR family_group_plan_offered_on IS NOT NULL')
    # Keep what the plan versions held: the earliest plan marked offered, the latest note.
    op.execute("""
        UPDATE case_file SET
            family_group_plan_offered_on = (SELECT min(p.plan_date) FROM family_plan p
                                            WHERE p.case_id = case_file.id AND p.family_group_plan_offered),
            family_group_plan_note = (SELECT p.family_group_plan_note FROM family_plan p
                                      WHERE p.case_id = case_file.id AND p.family_group_plan_note IS NOT NULL
                                      ORDER BY p.version_no DESC LIMIT 1)
        WHERE EXISTS (SELECT 1 FROM family_plan p WHERE p.case_id = case_file.id
                      AND (p.family_group_plan_offered OR p.family_group_plan_note IS NOT NULL))""")
    with op.batch_alter_table('family_plan', schema=None) as batch_op:
        batch_op.drop_column('family_group_plan_note')
        batch_op.drop_column('family_group_plan_offered')

    op.create_table(
        'own_statement', *_common('own_statement'),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('stated_on', sa.Date(), nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=False),
        *_keys('own_statement', 'recorded_by_id'),
    )
    op.create_table(
        'text_correction', *_common('text_correction'),
        sa.Column('old_text', sa.Text(), nullable=False),
        sa.Column('new_text', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('corrected_on', sa.Date(), nullable=False),
        sa.Column('corrected_by_id', sa.Integer(), nullable=False),
        *_keys('text_correction', 'corrected_by_id'),
    )
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f'ix_{table}_case', ['case_id', 'subject', 'subject_id'], unique=False)
            batch_op.create_index(f'ix_{table}_person', ['person_id'], unique=False)
            batch_op.create_index(f'ix_{table}_family', ['family_id'], unique=False)
    add_vocabulary(object_types=OBJECT_TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _protect(conn)


def _protect(conn) -> None:
    for table in TABLES:
        protect_family_table(conn, table, refs=(PERSON_OF_FAMILY, CASE_OF_FAMILY), append_only=True)
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    _guard(s, CORRECTION_EXEMPTION + _history_0011()._GUARD_BODY.split("BEGIN", 1)[1])


# The update a correction makes, let through when this very transaction recorded it (see the docstring).
CORRECTION_EXEMPTION = """
DECLARE
    o jsonb := to_jsonb(OLD);
    n jsonb := to_jsonb(NEW);
    locked_old boolean := false;
    locked_new boolean := false;
    me integer;
BEGIN
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ('family_plan', 'goal', 'journal_entry') AND EXISTS (
            SELECT 1 FROM text_correction c
            WHERE c.subject = CASE TG_TABLE_NAME WHEN 'family_plan' THEN 'plan_text' ELSE TG_TABLE_NAME END
              AND c.subject_id = (o ->> 'id')::integer AND c.xmin = pg_current_xact_id()::xid
              AND o ->> c.field = c.old_text AND n ->> c.field = c.new_text
              AND n - ARRAY[c.field, 'version', 'updated_at'] = o - ARRAY[c.field, 'version', 'updated_at']) THEN
        RETURN NEW;
    END IF;"""


def _history_0011():
    path = Path(__file__).with_name("20261203_0011_change_log_and_history.py")
    spec = importlib.util.spec_from_file_location("migration_0011", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _guard(s: str, body: str) -> None:
    op.execute(f"""
        CREATE OR REPLACE FUNCTION {s}.gezinsregie_guard_history() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
        {body}
        $$""")


def downgrade() -> None:
    remove_vocabulary(object_types=OBJECT_TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
        _guard(s, _history_0011()._GUARD_BODY)
        for table in TABLES:
            unprotect_family_table(table, append_only=True)
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_family')
            batch_op.drop_index(f'ix_{table}_person')
            batch_op.drop_index(f'ix_{table}_case')
        op.drop_table(table)
    with op.batch_alter_table('family_plan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('family_group_plan_offered', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('family_group_plan_note', sa.Text(), nullable=True))
    op.execute("""
        UPDATE family_plan SET
            family_group_plan_offered = (SELECT c.family_group_plan_offered_on IS NOT NULL FROM case_file c
                                         WHERE c.id = family_plan.case_id),
            family_group_plan_note = (SELECT c.family_group_plan_note FROM case_file c WHERE c.id = family_plan.case_id)""")
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_case_file_fgp_answer_has_offer'), type_='check')
        batch_op.drop_constraint(op.f('ck_case_file_family_group_plan_answer'), type_='check')
        batch_op.drop_column('family_group_plan_note')
        batch_op.drop_column('family_group_plan_answer')
        batch_op.drop_column('family_group_plan_offered_on')
