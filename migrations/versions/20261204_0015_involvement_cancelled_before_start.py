"""Help can be cancelled before it starts: an end before the (planned) start is allowed, as a cancellation.

Until now an involvement could only end on or after its start date, so help planned to start in the
future could not be ended at all. An end before the start (or without a start) now means the help was
cancelled and never delivered (models.care.involvement_state; the figures leave it out). It is never
ended "as planned" (19) or "temporarily" (20), which the check keeps true for any client.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""
from __future__ import annotations

from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

NAME = "ck_involvement_end_after_start"
NEW = ("actual_end IS NULL OR (start_date IS NOT NULL AND actual_end >= start_date) "
       "OR end_reason NOT IN ('19', '20')")
OLD = "actual_end IS NULL OR (start_date IS NOT NULL AND actual_end >= start_date)"


def _replace(condition: str) -> None:
    with op.batch_alter_table("involvement") as batch:
        batch.drop_constraint(op.f(NAME), type_="check")
        batch.create_check_constraint(op.f(NAME), condition)


def upgrade() -> None:
    _replace(NEW)


def downgrade() -> None:
    # Cancelled help cannot be kept under the old rule: it ends on its (planned) start day instead.
    op.execute("UPDATE involvement SET start_date = actual_end "
               "WHERE actual_end IS NOT NULL AND (start_date IS NULL OR start_date > actual_end)")
    _replace(OLD)
