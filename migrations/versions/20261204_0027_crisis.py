"""Crisis: danger to life or immediate physical danger, followed up within 24 hours (issue 17 item 4).

- Table ``crisis``: per case the crises, started when the worker marks one or crisis help (iJw product
  category 46) is added; when it was followed up and by whom, when it ended and what followed (a closed
  list). At most one open crisis per case (a partial unique index).
- On PostgreSQL wired like every family-data table (revision 0016): row-level security through the
  family's team, the restrictive ``crisis_active`` policy, a restrictive check that the case (and the
  crisis help) belong to the same family, the change-log and version triggers.
- The access log's vocabulary: object type ``crisis``, detail codes ``crisis_started``,
  ``crisis_followed_up`` and ``crisis_ended``.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import CASE_OF_FAMILY, protect_family_table, unprotect_family_table

revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None

TABLE = "crisis"
CODES = {"crisis_started": ("marked|involvement",), "crisis_followed_up": ("n",),
         "crisis_ended": ("ended|regular_help|placement|other", "n")}
TYPES = (TABLE,)
OPEN = "ended_on IS NULL"
# Crisis help that started the crisis is help of the row's own case.
INVOLVEMENT_OF_CASE = ("({t}.involvement_id IS NULL OR EXISTS (SELECT 1 FROM {s}.involvement i "
                       "WHERE i.id = {t}.involvement_id AND i.case_id = {t}.case_id))")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('started_by', sa.Enum('marked', 'involvement', name=op.f('ck_crisis_crisis_start'),
                                        native_enum=False, create_constraint=True), nullable=False),
        sa.Column('involvement_id', sa.Integer(), nullable=True),
        sa.Column('marked_by_id', sa.Integer(), nullable=True),
        sa.Column('followed_up_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('followed_up_by_id', sa.Integer(), nullable=True),
        sa.Column('ended_on', sa.Date(), nullable=True),
        sa.Column('outcome', sa.Enum('ended', 'regular_help', 'placement', 'other',
                                     name=op.f('ck_crisis_crisis_outcome'), native_enum=False,
                                     create_constraint=True), nullable=True),
        sa.Column('note', sa.String(length=2000), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("(ended_on IS NULL) = (outcome IS NULL)", name=op.f('ck_crisis_ended_has_outcome')),
        sa.CheckConstraint("(followed_up_at IS NULL) = (followed_up_by_id IS NULL)",
                           name=op.f('ck_crisis_follow_up_says_who')),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_crisis_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_crisis_case_id_case_file'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['involvement_id'], ['involvement.id'],
                                name=op.f('fk_crisis_involvement_id_involvement'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['marked_by_id'], ['worker.id'], name=op.f('fk_crisis_marked_by_id_worker')),
        sa.ForeignKeyConstraint(['followed_up_by_id'], ['worker.id'],
                                name=op.f('fk_crisis_followed_up_by_id_worker')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('uq_crisis_one_open_per_case', ['case_id'], unique=True,
                              sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
        batch_op.create_index('ix_crisis_family', ['family_id'], unique=False)
        batch_op.create_index('ix_crisis_started', ['started_at'], unique=False)
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        protect_family_table(conn, TABLE, refs=(CASE_OF_FAMILY, INVOLVEMENT_OF_CASE), versioned=True)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        unprotect_family_table(TABLE, versioned=True)
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_crisis_started')
        batch_op.drop_index('ix_crisis_family')
        batch_op.drop_index('uq_crisis_one_open_per_case')
    op.drop_table(TABLE)
