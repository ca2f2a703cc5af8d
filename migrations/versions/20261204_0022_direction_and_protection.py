"""Case direction with its holder, and child-protection measures per young person (issue 15 items 1, 2).

- ``case_file``: who holds the direction (organisation, person, contact) and since when. Existing cases
  keep their direction mode (``social_team`` unless something set another) and get no holder.
- ``case_event.kind`` accepts ``direction_changed``, ``measure_recorded`` and ``measure_extended``.
- Table ``protection_measure``: a (provisional) OTS or guardianship about one young person of the family,
  recorded in a case, with the certified institution, the family guardian, start, (current) end, the
  out-of-home placement and the number of extensions. On PostgreSQL wired like every family-data table
  (revision 0016): row-level security for reads and writes through the family's team, the restrictive
  ``protection_measure_active`` policy, a restrictive check that the person and the case belong to the
  same family, the change-log and version triggers; application roles may not delete a measure.
- The access log's vocabulary: object type ``protection_measure``, detail codes ``direction_set`` and
  ``measure_recorded``.

Revision ID: 0022
Revises: 0017
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import (
    CASE_OF_FAMILY, PERSON_OF_FAMILY, protect_family_table, unprotect_family_table,
)

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

TABLE = "protection_measure"
EVENT_KINDS_0001 = ('opened', 'status_changed', 'director_transferred', 'priority_changed', 'closed', 'reopened')
EVENT_KINDS = (*EVENT_KINDS_0001, 'direction_changed', 'measure_recorded', 'measure_extended')
EVENT_CHECK = "ck_case_event_case_event_kind"
MODES = "social_team|samenregie|elsewhere"
KINDS = "provisional_ots|ots|guardianship"
CODES = {"direction_set": (MODES,), "measure_recorded": (KINDS,)}
TYPES = (TABLE,)


def _event_kinds(kinds: tuple[str, ...]) -> None:
    listed = ", ".join(f"'{k}'" for k in kinds)
    with op.batch_alter_table("case_event") as batch:
        batch.drop_constraint(op.f(EVENT_CHECK), type_="check")
        batch.create_check_constraint(op.f(EVENT_CHECK), f"kind IN ({listed})")


def upgrade() -> None:
    with op.batch_alter_table("case_file") as batch:
        batch.add_column(sa.Column('direction_organisation', sa.String(length=200), nullable=True))
        batch.add_column(sa.Column('direction_person', sa.String(length=120), nullable=True))
        batch.add_column(sa.Column('direction_contact', sa.String(length=200), nullable=True))
        batch.add_column(sa.Column('direction_since', sa.Date(), nullable=True))
    _event_kinds(EVENT_KINDS)
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Enum('provisional_ots', 'ots', 'guardianship', name=op.f('ck_protection_measure_protection_kind'),
                                  native_enum=False, create_constraint=True), nullable=False),
        sa.Column('institution', sa.String(length=200), nullable=False),
        sa.Column('guardian_name', sa.String(length=120), nullable=True),
        sa.Column('guardian_contact', sa.String(length=200), nullable=True),
        sa.Column('starts_on', sa.Date(), nullable=False),
        sa.Column('ends_on', sa.Date(), nullable=True),
        sa.Column('placement_on', sa.Date(), nullable=True),
        sa.Column('extensions', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('ends_on IS NULL OR ends_on >= starts_on', name=op.f('ck_protection_measure_ends_after_start')),
        sa.CheckConstraint("kind = 'guardianship' OR ends_on IS NOT NULL", name=op.f('ck_protection_measure_order_has_end')),
        sa.CheckConstraint('extensions >= 0', name=op.f('ck_protection_measure_extensions_positive')),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_protection_measure_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_protection_measure_case_id_case_file'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_protection_measure_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_protection_measure')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('ix_protection_measure_family_person', ['family_id', 'person_id'], unique=False)
        batch_op.create_index('ix_protection_measure_case', ['case_id', 'ends_on'], unique=False)
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        protect_family_table(conn, TABLE, refs=(PERSON_OF_FAMILY, CASE_OF_FAMILY), versioned=True)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        unprotect_family_table(TABLE, versioned=True)
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_protection_measure_case')
        batch_op.drop_index('ix_protection_measure_family_person')
    op.drop_table(TABLE)
    op.execute("DELETE FROM case_event WHERE kind IN ('direction_changed', 'measure_recorded', 'measure_extended')")
    _event_kinds(EVENT_KINDS_0001)
    with op.batch_alter_table("case_file") as batch:
        for column in ('direction_since', 'direction_contact', 'direction_person', 'direction_organisation'):
            batch.drop_column(column)
