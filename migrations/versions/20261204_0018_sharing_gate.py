"""The sharing gate (Jeugdwet 7.3.4 / 7.3.5 / 7.3.11): table ``sharing_record``; a consent keeps its person.

Every sharing of a family's data the gate lets through (an involvement's referral, a provider's
evaluation, the plan for a provider) is recorded: the family and case, purpose, party, the basis (the
consents it rested on, or a legal ground with its reason), who and when. On PostgreSQL the table is
wired like every family-data table (revisions 0004, 0010, 0011, as 0016 does for ``consent``): row-level
security for reads and writes through the family's team, the restrictive ``sharing_record_active``
policy, the change-log trigger, and a restrictive check that the case is the family's and that the row
names the login's own worker (nobody records a sharing in a colleague's name). It is
append-only: application roles may insert and read, never update or delete (what was shared stays on
record). It has no version column (it is never edited).

``consent.person_id`` no longer cascades: a person with consents on record cannot be removed (the member
service refuses and says why; the database refuses too). Deleting a whole family still removes both.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import (
    CASE_OF_FAMILY, MADE_BY_CALLER, protect_family_table, unprotect_family_table,
)

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

TABLE = "sharing_record"
CODES = {"shared": ("involvement|evaluation|plan",
                    "consent|directly_involved|ots_institution|acute_safety")}
TYPES = ("sharing_record",)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.Enum('involvement', 'evaluation', 'plan',
                                     name=op.f('ck_sharing_record_sharing_purpose'), native_enum=False,
                                     create_constraint=True), nullable=False),
        sa.Column('party', sa.String(length=160), nullable=False),
        sa.Column('provider_id', sa.Integer(), nullable=True),
        sa.Column('object_id', sa.Integer(), nullable=True),
        sa.Column('ground', sa.Enum('directly_involved', 'ots_institution', 'acute_safety',
                                    name=op.f('ck_sharing_record_legal_ground'), native_enum=False,
                                    create_constraint=True), nullable=True),
        sa.Column('consent_ids', sa.String(length=400), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('shared_on', sa.Date(), nullable=False),
        sa.Column('worker_id', sa.Integer(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('(ground IS NULL AND consent_ids IS NOT NULL) OR (ground IS NOT NULL AND reason IS NOT NULL)',
                           name=op.f('ck_sharing_record_consent_or_ground')),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_sharing_record_case_id_case_file'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_sharing_record_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_sharing_record_provider_id_provider')),
        sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_sharing_record_worker_id_worker')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sharing_record')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('ix_sharing_record_case', ['case_id'], unique=False)
        batch_op.create_index('ix_sharing_record_family', ['family_id', 'shared_on'], unique=False)
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_constraint('fk_consent_person_id_person', type_='foreignkey')
        batch_op.create_foreign_key('fk_consent_person_id_person', 'person', ['person_id'], ['id'])
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        protect_family_table(conn, TABLE, refs=(CASE_OF_FAMILY, MADE_BY_CALLER), append_only=True)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        unprotect_family_table(TABLE, append_only=True)
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_constraint('fk_consent_person_id_person', type_='foreignkey')
        batch_op.create_foreign_key('fk_consent_person_id_person', 'person', ['person_id'], ['id'], ondelete='CASCADE')
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_sharing_record_family')
        batch_op.drop_index('ix_sharing_record_case')
    op.drop_table(TABLE)
