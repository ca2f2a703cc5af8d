"""Aftercare when help ends or a case closes, and the transition plan at 18 (issue 15 items 6, 7).

- Table ``aftercare``: how aftercare is secured in the family's own network or with a free-access service
  (who, what), or why none is needed (a reason from a short list, and a note); recorded in a case, for one
  ended involvement (unique) or for the case's closing (no involvement). Existing ended help has none: the
  figures count it as "not recorded".
- Table ``transition_plan``: per young person (unique) the domains of the transition to adulthood (Wmo,
  Wlz, Zvw, school or work, income), who is responsible, what is agreed and the date.
- On PostgreSQL both are wired like every family-data table (revision 0016): row-level security for reads
  and writes through the family's team, the restrictive ``<table>_active`` policy, restrictive checks
  that the referenced case, involvement and person belong to the same family, the change-log trigger and
  (transition_plan) the version trigger; application roles may not delete them (destruction does).
- The access log's vocabulary: object types ``aftercare`` and ``transition_plan``, detail codes
  ``aftercare_recorded`` and ``transition_plan_saved``.

Revision ID: 0024
Revises: 0022
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import (
    CASE_OF_FAMILY, PERSON_OF_FAMILY, protect_family_table, unprotect_family_table,
)

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

AFTERCARE, TRANSITION = "aftercare", "transition_plan"
CODES = {"aftercare_recorded": ("network|free_access|none_needed",), "transition_plan_saved": ("n",)}
TYPES = (AFTERCARE, TRANSITION)


def upgrade() -> None:
    op.create_table(
        AFTERCARE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('involvement_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.Enum('network', 'free_access', 'none_needed', name=op.f('ck_aftercare_aftercare_kind'),
                                  native_enum=False, create_constraint=True), nullable=False),
        sa.Column('who', sa.String(length=200), nullable=True),
        sa.Column('what', sa.String(length=2000), nullable=True),
        sa.Column('none_reason', sa.Enum('self_reliant', 'other_help', 'moved', 'declined', 'other',
                                         name=op.f('ck_aftercare_aftercare_none_reason'), native_enum=False,
                                         create_constraint=True), nullable=True),
        sa.Column('note', sa.String(length=2000), nullable=True),
        sa.Column('recorded_on', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind = 'none_needed' OR (who IS NOT NULL AND what IS NOT NULL)",
                           name=op.f('ck_aftercare_secured_says_who')),
        sa.CheckConstraint("kind <> 'none_needed' OR none_reason IS NOT NULL",
                           name=op.f('ck_aftercare_none_has_reason')),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_aftercare_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_aftercare_case_id_case_file'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['involvement_id'], ['involvement.id'],
                                name=op.f('fk_aftercare_involvement_id_involvement'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aftercare')),
        sa.UniqueConstraint('involvement_id', name=op.f('uq_aftercare_involvement_id')),
    )
    with op.batch_alter_table(AFTERCARE, schema=None) as batch_op:
        batch_op.create_index('ix_aftercare_case', ['case_id', 'recorded_on'], unique=False)
        batch_op.create_index('ix_aftercare_family', ['family_id'], unique=False)
    op.create_table(
        TRANSITION,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('domains', sa.String(length=80), nullable=False),
        sa.Column('responsible', sa.String(length=200), nullable=True),
        sa.Column('agreed', sa.String(length=2000), nullable=True),
        sa.Column('agreed_on', sa.Date(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_transition_plan_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_transition_plan_case_id_case_file'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_transition_plan_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_transition_plan')),
        sa.UniqueConstraint('person_id', name=op.f('uq_transition_plan_person_id')),
    )
    with op.batch_alter_table(TRANSITION, schema=None) as batch_op:
        batch_op.create_index('ix_transition_plan_family', ['family_id', 'person_id'], unique=False)
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _protect(conn)


# Help the aftercare follows is help of the row's own case.
INVOLVEMENT_OF_CASE = ("({t}.involvement_id IS NULL OR EXISTS (SELECT 1 FROM {s}.involvement i "
                       "WHERE i.id = {t}.involvement_id AND i.case_id = {t}.case_id))")


def _protect(conn) -> None:
    protect_family_table(conn, AFTERCARE, refs=(CASE_OF_FAMILY, INVOLVEMENT_OF_CASE))
    protect_family_table(conn, TRANSITION, refs=(CASE_OF_FAMILY, PERSON_OF_FAMILY), versioned=True)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        unprotect_family_table(AFTERCARE)
        unprotect_family_table(TRANSITION, versioned=True)
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table(TRANSITION, schema=None) as batch_op:
        batch_op.drop_index('ix_transition_plan_family')
    op.drop_table(TRANSITION)
    with op.batch_alter_table(AFTERCARE, schema=None) as batch_op:
        batch_op.drop_index('ix_aftercare_family')
        batch_op.drop_index('ix_aftercare_case')
    op.drop_table(AFTERCARE)
