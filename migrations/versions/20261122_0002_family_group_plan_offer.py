"""Family-group plan offer on the family plan; an agreed plan must say with whom it was agreed.

Jeugdwet 4.1.2: the family is first offered to make a family-group plan (familiegroepsplan) with
its own network. Adding the CHECK makes SQLite recreate ``family_plan`` (batch mode); goals refer
to it with ON DELETE CASCADE, which is why migrations run with foreign keys off.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("family_plan") as batch:
        batch.add_column(sa.Column("family_group_plan_offered", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("family_group_plan_note", sa.Text(), nullable=True))
    op.execute("UPDATE family_plan SET agreed_with = '-' WHERE status <> 'draft' AND agreed_with IS NULL")
    with op.batch_alter_table("family_plan") as batch:
        batch.create_check_constraint(
            op.f("ck_family_plan_agreed_has_partner"), "(status = 'draft') OR (agreed_with IS NOT NULL)"
        )


def downgrade() -> None:
    with op.batch_alter_table("family_plan") as batch:
        batch.drop_constraint(op.f("ck_family_plan_agreed_has_partner"), type_="check")
        batch.drop_column("family_group_plan_note")
        batch.drop_column("family_group_plan_offered")
