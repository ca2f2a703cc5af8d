"""Search keys for family search: folded names on family and person, filled in and indexed.

``family.search_name``, ``person.search_name`` (surname with its prefix moved last) and
``person.search_first`` hold the keys of ``models.search_keys``, so a typed word is a prefix range on
an index (binary collation "C" on PostgreSQL). Existing rows get their keys here, in batches, from
the same functions the application uses. Also an index on ``person.date_of_birth`` for searching by
date of birth.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.search_keys import KEY_LENGTH, first_name_key, name_key

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

BATCH = 5000


def _key_type() -> sa.types.TypeEngine:
    if op.get_bind().dialect.name == "postgresql":
        return sa.String(length=KEY_LENGTH, collation="C")
    return sa.String(length=KEY_LENGTH)


def _backfill(table: str, columns: str, keys) -> None:
    """Fills the keys of ``table`` in id order, one batch of rows at a time."""
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(sa.text(f"SELECT id, {columns} FROM {table} WHERE id > :last ORDER BY id LIMIT :n"),
                            {"last": last, "n": BATCH}).all()
        if not rows:
            return
        updates = [{"row_id": row[0], **keys(*row[1:])} for row in rows]
        assignments = ", ".join(f"{name} = :{name}" for name in updates[0] if name != "row_id")
        conn.execute(sa.text(f"UPDATE {table} SET {assignments} WHERE id = :row_id"), updates)
        last = rows[-1][0]


def upgrade() -> None:
    key = _key_type()
    op.add_column('family', sa.Column('search_name', key, server_default='', nullable=False))
    op.add_column('person', sa.Column('search_name', key, server_default='', nullable=False))
    op.add_column('person', sa.Column('search_first', key, server_default='', nullable=False))
    _backfill("family", "name", lambda name: {"search_name": name_key(name)})
    _backfill("person", "first_name, surname_prefix, surname", lambda first, prefix, surname: {
        "search_name": name_key(prefix, surname), "search_first": first_name_key(first)})
    op.create_index('ix_family_search_name', 'family', ['search_name'], unique=False)
    op.create_index('ix_person_search_name', 'person', ['search_name', 'family_id'], unique=False)
    op.create_index('ix_person_search_first', 'person', ['search_first', 'family_id'], unique=False)
    op.create_index('ix_person_date_of_birth', 'person', ['date_of_birth'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_person_date_of_birth', table_name='person')
    op.drop_index('ix_person_search_first', table_name='person')
    op.drop_index('ix_person_search_name', table_name='person')
    op.drop_index('ix_family_search_name', table_name='family')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('search_first')
        batch_op.drop_column('search_name')
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.drop_column('search_name')
