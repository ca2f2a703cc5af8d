"""The intake's duplicate check compares folded surnames: its index moves from the typed surname to the key.

The check used to compare ``surname`` exactly (index ``ix_person_surname_dob``) and missed "Ozturk"
for "Öztürk". It now compares ``search_name``, the folded key the family search uses, with the date
of birth; nothing reads the old index any more.

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
    op.create_index('ix_person_search_name_dob', 'person', ['search_name', 'date_of_birth'])


def downgrade() -> None:
    op.drop_index('ix_person_search_name_dob', table_name='person')
    op.create_index('ix_person_surname_dob', 'person', ['surname', 'date_of_birth'])
