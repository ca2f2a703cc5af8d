"""Covering indexes for the management figures on a city-size database (100,000 families).

Each (but the new involvement_goal one) replaces an index that is its leading part, so every lookup
that used the old one still can; the extra columns let the figures count from the index alone, without reading the (wide, on SQLCipher
encrypted) rows. Measured region-wide for a year on the encrypted 100,000-family SQLite file:

- case_event (kind, on_date, case_id, from_value, to_value): closings/reopenings 294 -> 81 ms,
  the closed-case median 174 -> 63 ms.
- evaluation (held_on, case_id, decision): evaluated and scaled-down cases 874 -> 37 ms.
- involvement (actual_end, start_date), ended help only: help duration 150 -> 8 ms.
- involvement (provider_id, referral_date, actual_end, start_date, extensions, case_id): per provider
  340 -> 25 ms.
- evaluation_goal (goal_lineage, evaluation_id, status): goal realisation 1770 -> 1150 ms; with the
  query reading only the linked goals' scores, ranked per goal, and involvement_goal (goal_lineage,
  involvement_id) 700 ms (on PostgreSQL that index turns a scan of the links per goal into a look-up).
- goal (plan_id, actor) and family_plan (case_id, version_no, status, agreed_on, evaluation_interval_weeks):
  who carries the goals of the current plans 840 -> 140 ms (with the query going from the cases to their
  newest plan).

And for a team's caseload page (1,511 open cases of two teams, with each one's next due item; 155 -> 80 ms),
index-only reads of each case's rows: case_file (team_id, status, family_id, director_id, priority,
opened_on) 47 -> 19 ms with person (family_id, role, date_of_birth, first_name), family_plan as above
25 -> 2 ms, evaluation (case_id, held_on, id, next_date) 26 -> 5 ms, involvement (case_id, actual_end,
planned_end, report_back_date, provider_id) 1.3 -> 0.8 ms.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

ENDED = 'actual_end IS NOT NULL'
NEW = (  # table, index, columns, partial: only rows where this holds
    ('case_event', 'ix_case_event_kind_date_case', ['kind', 'on_date', 'case_id', 'from_value', 'to_value'], None),
    ('evaluation', 'ix_evaluation_held_on_case', ['held_on', 'case_id', 'decision'], None),
    ('involvement', 'ix_involvement_ended', ['actual_end', 'start_date'], ENDED),
    ('involvement', 'ix_involvement_provider_dates',
     ['provider_id', 'referral_date', 'actual_end', 'start_date', 'extensions', 'case_id'], None),
    ('evaluation_goal', 'ix_evaluation_goal_lineage_status', ['goal_lineage', 'evaluation_id', 'status'], None),
    ('involvement_goal', 'ix_involvement_goal_lineage', ['goal_lineage', 'involvement_id'], None),
    ('goal', 'ix_goal_plan_actor', ['plan_id', 'actor'], None),
    ('family_plan', 'ix_family_plan_case_current',
     ['case_id', 'version_no', 'status', 'agreed_on', 'evaluation_interval_weeks'], None),
    ('case_file', 'ix_case_file_team_rows', ['team_id', 'status', 'family_id', 'director_id', 'priority', 'opened_on'],
     None),
    ('person', 'ix_person_family_role', ['family_id', 'role', 'date_of_birth', 'first_name'], None),
    ('evaluation', 'ix_evaluation_case_held_on', ['case_id', 'held_on', 'id', 'next_date'], None),
    ('involvement', 'ix_involvement_case_open',
     ['case_id', 'actual_end', 'planned_end', 'report_back_date', 'provider_id'], None),
)
REPLACED = (  # table, index, columns, partial
    ('case_event', 'ix_case_event_kind_date', ['kind', 'on_date'], None),
    ('evaluation', 'ix_evaluation_held_on', ['held_on'], None),
    ('involvement', 'ix_involvement_actual_end', ['actual_end'], ENDED),
    ('involvement', 'ix_involvement_provider_id', ['provider_id'], None),
    ('evaluation_goal', 'ix_evaluation_goal_goal_lineage', ['goal_lineage'], None),
    ('goal', 'ix_goal_plan_id', ['plan_id'], None),
    ('family_plan', 'ix_family_plan_case_id', ['case_id'], None),
    ('case_file', 'ix_case_file_team_status', ['team_id', 'status'], None),
    ('person', 'ix_person_family_id', ['family_id'], None),
    ('evaluation', 'ix_evaluation_case_id', ['case_id'], None),
    ('involvement', 'ix_involvement_case_id', ['case_id'], None),
)


def _create(indexes) -> None:
    for table, name, columns, where in indexes:
        partial = {} if where is None else {"sqlite_where": sa.text(where), "postgresql_where": sa.text(where)}
        op.create_index(name, table, columns, unique=False, **partial)


def _drop(indexes) -> None:
    for table, name, _columns, _where in indexes:
        op.drop_index(name, table_name=table)


def _analyze() -> None:
    """Statistics for the new indexes where the database keeps them (SQLite plans by them once there);
    a SQLite file never analysed is left without."""
    conn = op.get_bind()
    if conn.dialect.name == "sqlite" and conn.execute(
            sa.text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first() is None:
        return
    for table in sorted({table for table, *_rest in NEW}):
        conn.execute(sa.text(f"ANALYZE {table}"))


def upgrade() -> None:
    _create(NEW)
    _drop(REPLACED)
    _analyze()


def downgrade() -> None:
    _create(REPLACED)
    _drop(NEW)
    _analyze()
