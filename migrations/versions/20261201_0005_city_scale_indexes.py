"""Indexes for a city-size database (100,000 families): caseloads, due lists and the figures.

- case_file: (director_id, status) and (team_id, status) replace the single-column indexes on
  director_id and team_id (a caseload asks for the open cases of one director or team); opened_on and
  closed_on for inflow and outflow in a period (closed_on partial: open cases are never found by it).
- case_event: (kind, on_date), the figures count closings, reopenings and status changes per period.
- evaluation: held_on; involvement: actual_end (evaluations held and help ended in a period). Partial
  (ended help only): a full index on actual_end made SQLite look up running help (``actual_end IS
  NULL``) of a caseload through it instead of by case.

Searching families by name, BSN and date of birth has its indexes in 0006 (search keys) and 0001 (BSN).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

NEW = (  # table, index, columns, partial: only rows where this holds
    ('case_file', 'ix_case_file_director_status', ['director_id', 'status'], None),
    ('case_file', 'ix_case_file_team_status', ['team_id', 'status'], None),
    ('case_file', 'ix_case_file_opened_on', ['opened_on'], None),
    ('case_file', 'ix_case_file_closed_on', ['closed_on'], 'closed_on IS NOT NULL'),
    ('case_event', 'ix_case_event_kind_date', ['kind', 'on_date'], None),
    ('evaluation', 'ix_evaluation_held_on', ['held_on'], None),
    ('involvement', 'ix_involvement_actual_end', ['actual_end'], 'actual_end IS NOT NULL'),
)
REPLACED = (
    ('case_file', 'ix_case_file_director_id', ['director_id']),
    ('case_file', 'ix_case_file_team_id', ['team_id']),
)


def upgrade() -> None:
    for table, name, columns, where in NEW:
        partial = {} if where is None else {"sqlite_where": sa.text(where), "postgresql_where": sa.text(where)}
        op.create_index(name, table, columns, unique=False, **partial)
    for table, name, _columns in REPLACED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for table, name, columns in REPLACED:
        op.create_index(name, table, columns, unique=False)
    for table, name, _columns, _where in NEW:
        op.drop_index(name, table_name=table)
