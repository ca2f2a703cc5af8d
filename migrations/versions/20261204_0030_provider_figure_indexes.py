"""Covering indexes for the figures per provider and product category and the flows of help (issue 18).

- ``ix_involvement_provider_product``: per provider and product, the dates, extensions, case and end
  reason: the region-wide figures read the index alone, never the rows.
- ``ix_involvement_case_start``: a case's help by start date with its dates and product: the help that
  followed or came before an involvement in the same case (scaling down, recurrence, flows).

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-04
"""
from __future__ import annotations

from alembic import op

revision = '0030'
down_revision = '0029'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("involvement") as batch:
        batch.create_index("ix_involvement_provider_product", ["provider_id", "product_id", "start_date",
                                                                "actual_end", "extensions", "case_id", "end_reason"])
        batch.create_index("ix_involvement_case_start", ["case_id", "start_date", "actual_end", "product_id"])


def downgrade() -> None:
    with op.batch_alter_table("involvement") as batch:
        batch.drop_index("ix_involvement_case_start")
        batch.drop_index("ix_involvement_provider_product")
