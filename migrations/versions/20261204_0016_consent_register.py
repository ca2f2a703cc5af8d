"""The consent register per person (Jeugdwet 7.3.4 / 7.3.5; AVG 6, 7, 8): table ``consent``.

A consent is about one person of a family: what it covers (a scope and, for a named party, its name),
who gave it by the age rule on the day (app/consent.py), how, when, until when, and when it was
withdrawn. On PostgreSQL the table is wired like every family-data table (revisions 0004, 0010, 0011):
row-level security for reads and writes through the family's team, the restrictive ``consent_active``
policy (an active login), the change-log and version triggers, and a restrictive check that the person
belongs to the same family and is visible to the caller. Withdrawing is an update; application roles
may not delete a consent (what was agreed stays on record).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from migrations.family_table import PERSON_OF_FAMILY, protect_family_table, unprotect_family_table

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

TABLE = "consent"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('scope', sa.Enum('provider', 'evaluation', 'school', 'gp', 'other_party',
                                   name=op.f('ck_consent_consent_scope'), native_enum=False,
                                   create_constraint=True), nullable=False),
        sa.Column('party', sa.String(length=120), nullable=True),
        sa.Column('rule', sa.String(length=20), nullable=False),
        sa.Column('given_by', sa.String(length=400), nullable=False),
        sa.Column('form', sa.Enum('oral', 'written', name=op.f('ck_consent_consent_form'), native_enum=False,
                                  create_constraint=True), nullable=False),
        sa.Column('given_on', sa.Date(), nullable=False),
        sa.Column('valid_until', sa.Date(), nullable=True),
        sa.Column('withdrawn_on', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('valid_until IS NULL OR valid_until >= given_on', name=op.f('ck_consent_until_after_given')),
        sa.CheckConstraint('withdrawn_on IS NULL OR withdrawn_on >= given_on',
                           name=op.f('ck_consent_withdrawn_after_given')),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_consent_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('ix_consent_family_person', ['family_id', 'person_id'], unique=False)
        batch_op.create_index('ix_consent_person', ['person_id'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        protect_family_table(conn, TABLE, refs=(PERSON_OF_FAMILY,), versioned=True)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        unprotect_family_table(TABLE, versioned=True)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_consent_person')
        batch_op.drop_index('ix_consent_family_person')
    op.drop_table(TABLE)
