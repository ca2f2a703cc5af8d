"""Segments are edited by an administrator: a version for optimistic locking, and ``segment`` as an
object type of the access log (adding, renaming and deactivating a segment is logged).

Revision ID: 0022
Revises: 0017
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary

revision = '0022'
down_revision = '0017'
branch_labels = None
depends_on = None

OBJECT_TYPES = ("segment",)


def upgrade() -> None:
    with op.batch_alter_table("segment") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    add_vocabulary(object_types=OBJECT_TYPES)


def downgrade() -> None:
    remove_vocabulary(object_types=OBJECT_TYPES)
    with op.batch_alter_table("segment") as batch:
        batch.drop_column("version")
