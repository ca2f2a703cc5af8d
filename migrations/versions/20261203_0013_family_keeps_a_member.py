"""A family keeps at least one member, held by the database (SQLite and PostgreSQL).

The app refuses to remove a family's last member, checking under a lock on the family row
(app/row_locks.py). A plain SQL client does not go through the app: a trigger on ``person`` refuses a
DELETE (or a move to another family) that leaves an existing family without members. On PostgreSQL the
trigger first locks the family row, so two sessions removing the last two members are checked one after
the other and the second is refused - a read of the other rows alone would let both through. Deleting
the family itself (its members go with it) is not refused: the family is gone by the time the check runs.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0013'
down_revision = '0011'
branch_labels = None
depends_on = None

MESSAGE = "a family needs at least one member"
SQLITE_TRIGGERS = {
    "person_family_keeps_a_member": "AFTER DELETE ON person",
    "person_family_keeps_a_member_on_move": "AFTER UPDATE OF family_id ON person",
}


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
        op.execute(f"""
            CREATE FUNCTION {s}.gezinsregie_family_keeps_a_member() RETURNS trigger
            LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $$
            BEGIN
                PERFORM 1 FROM family WHERE id = OLD.family_id FOR UPDATE;
                IF FOUND AND NOT EXISTS (SELECT 1 FROM person WHERE family_id = OLD.family_id) THEN
                    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
                END IF;
                RETURN NULL;
            END $$""")
        op.execute(f"""
            CREATE TRIGGER person_family_keeps_a_member AFTER DELETE OR UPDATE OF family_id ON {s}.person
            FOR EACH ROW EXECUTE FUNCTION {s}.gezinsregie_family_keeps_a_member()""")
        return
    for name, when in SQLITE_TRIGGERS.items():
        op.execute(f"""
            CREATE TRIGGER {name} {when}
            WHEN EXISTS (SELECT 1 FROM family WHERE id = OLD.family_id)
             AND NOT EXISTS (SELECT 1 FROM person WHERE family_id = OLD.family_id)
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
        op.execute(f"DROP TRIGGER person_family_keeps_a_member ON {s}.person")
        op.execute(f"DROP FUNCTION {s}.gezinsregie_family_keeps_a_member()")
        return
    for name in SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
