"""The intake's duplicate check no longer compares the typed surname: its index goes.

The check used to compare ``surname`` exactly (index ``ix_person_surname_dob``) and missed "Ozturk"
for "Öztürk". It now compares the folded keys the family search uses (``search_name``,
``search_first``) of the people born on the same day, found through ``ix_person_date_of_birth`` (a
handful per day, even in a large city). Nothing reads the old index any more; it only slowed writes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""
from __future__ import annotations

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_person_surname_dob', table_name='person')


def downgrade() -> None:
    op.create_index('ix_person_surname_dob', 'person', ['surname', 'date_of_birth'])
