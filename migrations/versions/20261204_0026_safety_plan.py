"""The safety plan inside the family plan (issue 17 item 3, Signs of Safety).

- ``family_plan``: three texts of the safety part - what we are worried about, what is working well, what
  needs to happen (``safety_worries``, ``safety_working_well``, ``safety_next_steps``), empty for existing
  plans; they are versioned and copied like the plan's other texts.
- ``goal.safety_goal``: a goal of the plan marked as a safety goal (false for existing goals).
- Table ``scaling_answer``: the scaling question (0-10, 10 = safe enough to close) asked of a family member,
  a network member or the worker on a date, with an optional short note. Append-only; on PostgreSQL wired
  like every family-data table (row-level security through the family's team, references of the same
  family, the worker answering is the caller, change log), readable and insertable but never updated or
  deleted by the application roles.
- The access log's vocabulary: object type ``scaling_answer``, detail codes ``scaling_answer_recorded``
  and ``safety_plan_saved``.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import (
    CASE_OF_FAMILY, protect_family_table, unprotect_family_table,
)

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None

TABLE = "scaling_answer"
TEXTS = ("safety_worries", "safety_working_well", "safety_next_steps")
CODES = {"scaling_answer_recorded": ("n",), "safety_plan_saved": ()}
TYPES = (TABLE,)
ONE_RESPONDENT = ("(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN network_member_id IS NULL "
                  "THEN 0 ELSE 1 END) + (CASE WHEN worker_id IS NULL THEN 0 ELSE 1 END) = 1")
# The respondent is of the row's family, or the caller.
RESPONDENT_OF_FAMILY = (
    "({t}.person_id IS NULL OR EXISTS (SELECT 1 FROM {s}.person x WHERE x.id = {t}.person_id "
    "AND x.family_id = {t}.family_id)) AND ({t}.network_member_id IS NULL OR EXISTS (SELECT 1 FROM "
    "{s}.network_member n WHERE n.id = {t}.network_member_id AND n.family_id = {t}.family_id)) AND "
    "({t}.worker_id IS NULL OR EXISTS (SELECT 1 FROM {s}.worker w WHERE w.id = {t}.worker_id "
    "AND w.username = current_user::text))")
RECORDED_BY_CALLER = ("EXISTS (SELECT 1 FROM {s}.worker w WHERE w.id = {t}.recorded_by_id "
                      "AND w.username = current_user::text)")


def upgrade() -> None:
    with op.batch_alter_table('family_plan', schema=None) as batch_op:
        for name in TEXTS:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default='', nullable=False))
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('safety_goal', sa.Boolean(), server_default=sa.text('false'), nullable=False))
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('asked_on', sa.Date(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('network_member_id', sa.Integer(), nullable=True),
        sa.Column('worker_id', sa.Integer(), nullable=True),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=300), nullable=True),
        sa.Column('recorded_by_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('score BETWEEN 0 AND 10', name=op.f('ck_scaling_answer_score_range')),
        sa.CheckConstraint(ONE_RESPONDENT, name=op.f('ck_scaling_answer_one_respondent')),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_scaling_answer_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_scaling_answer_case_id_case_file'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_scaling_answer_person_id_person'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['network_member_id'], ['network_member.id'],
                                name=op.f('fk_scaling_answer_network_member_id_network_member'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_scaling_answer_worker_id_worker')),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['worker.id'],
                                name=op.f('fk_scaling_answer_recorded_by_id_worker')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_scaling_answer')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('ix_scaling_answer_case', ['case_id', 'asked_on'], unique=False)
        batch_op.create_index('ix_scaling_answer_family', ['family_id'], unique=False)
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        protect_family_table(conn, TABLE, refs=(CASE_OF_FAMILY, RESPONDENT_OF_FAMILY, RECORDED_BY_CALLER),
                             append_only=True)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        unprotect_family_table(TABLE, append_only=True)
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_scaling_answer_family')
        batch_op.drop_index('ix_scaling_answer_case')
    op.drop_table(TABLE)
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_column('safety_goal')
    with op.batch_alter_table('family_plan', schema=None) as batch_op:
        for name in reversed(TEXTS):
            batch_op.drop_column(name)
