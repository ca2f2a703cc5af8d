"""Help per child (issue 15 item 3 and the form part of item 7): table ``involvement_person`` and the
column ``involvement.extended_care``.

An involvement is for one or more named young persons of the family (rows in ``involvement_person``) or
for the family as a whole (no rows). Existing involvements become help for the family as a whole: the
table starts empty. ``extended_care`` marks verlengde jeugdhulp (help under the Jeugdwet after the 18th
birthday, at most until the 23rd); existing help is not extended care.

On PostgreSQL the link table is wired like every family-data table (revisions 0004, 0010, 0011, 0016):
row-level security for reads and writes through the family's team, the restrictive
``involvement_person_active`` policy (an active login), the change-log trigger, and a restrictive check
on insert that the person is a young person of this very family and the involvement is help in a case
of that family, both visible to the caller. The table has no version column (a link is added or
removed, never changed): application roles may select, insert and delete, not update.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.row_security_0004 import rls_0004

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

TABLE = "involvement_person"


def upgrade() -> None:
    with op.batch_alter_table("involvement", schema=None) as batch_op:
        batch_op.add_column(sa.Column('extended_care', sa.Boolean(), server_default=sa.text('false'),
                                      nullable=False))
    op.create_table(
        TABLE,
        sa.Column('involvement_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_involvement_person_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['involvement_id'], ['involvement.id'],
                                name=op.f('fk_involvement_person_involvement_id_involvement'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_involvement_person_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('involvement_id', 'person_id', name=op.f('pk_involvement_person')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('ix_involvement_person_person', ['person_id', 'involvement_id'], unique=False)
        batch_op.create_index('ix_involvement_person_family', ['family_id'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _protect(conn)


def _protect(conn) -> None:
    run = op.execute
    rls = rls_0004()
    worker = f"{rls._prefix(conn)}_worker"
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    visible = f"EXISTS (SELECT 1 FROM {s}.family p WHERE p.id = {TABLE}.family_id)"
    run(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    run(f"CREATE POLICY {TABLE}_team ON {TABLE} FOR ALL TO {worker} USING ({visible}) WITH CHECK ({visible})")
    run(f"GRANT SELECT, INSERT, DELETE ON {TABLE} TO {worker}")
    active = f"(SELECT {s}.gezinsregie_active_login(current_user)) IS NOT NULL"
    run(f"CREATE POLICY {TABLE}_active ON {TABLE} AS RESTRICTIVE FOR ALL TO {worker} "
        f"USING ({active}) WITH CHECK ({active})")
    # A young person the caller may see, of this very family; help in a case of that family.
    same_family = (f"EXISTS (SELECT 1 FROM {s}.person x WHERE x.id = {TABLE}.person_id "
                   f"AND x.family_id = {TABLE}.family_id AND x.role = 'young_person') "
                   f"AND EXISTS (SELECT 1 FROM {s}.involvement i JOIN {s}.case_file c ON c.id = i.case_id "
                   f"WHERE i.id = {TABLE}.involvement_id AND c.family_id = {TABLE}.family_id)")
    run(f"CREATE POLICY {TABLE}_refs_insert ON {TABLE} AS RESTRICTIVE FOR INSERT TO {worker} "
        f"WITH CHECK ({same_family})")
    app_session = f"current_setting('is_superuser') = 'off' AND pg_has_role(session_user, '{worker}', 'USAGE')"
    run(f"CREATE TRIGGER {TABLE}_change_log AFTER INSERT OR UPDATE OR DELETE ON {TABLE} FOR EACH ROW "
        f"WHEN ({app_session}) EXECUTE FUNCTION "
        f"{s}.gezinsregie_log_change('involvement_id,person_id', 'family', 'family_id')")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for policy in ("team", "active", "refs_insert"):
            op.execute(f"DROP POLICY {TABLE}_{policy} ON {TABLE}")
        op.execute(f"DROP TRIGGER {TABLE}_change_log ON {TABLE}")
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_involvement_person_family')
        batch_op.drop_index('ix_involvement_person_person')
    op.drop_table(TABLE)
    with op.batch_alter_table("involvement", schema=None) as batch_op:
        batch_op.drop_column('extended_care')
