"""Row-level security: an administrator's own policy, so their queries carry no per-row check (PostgreSQL).

Revision 0004 lets a child row through when its parent row is visible (``EXISTS`` on the parent, whose
own policy applies). An administrator sees every team, yet paid for that check on every row, and worse,
the planner could not know it would pass: it planned nested loops for a few rows where there were
tens of thousands. Region-wide management figures for a year took 2.6 s as the administrator's own
login on the 100,000-family database, against 0.8 s for the schema owner.

Each protected table now also has the policy ``<table>_admin`` for the group role ``<prefix>_admin``:
``USING (true) WITH CHECK (true)``. Permissive policies are combined with OR, and PostgreSQL folds
``true OR ...`` away when it plans, so an administrator's statement is planned as the owner's is.
Who may see what does not change: a member of ``<prefix>_admin`` already saw every team
(``gezinsregie_my_teams`` gives them all); nobody else is a member of that group, so for everyone else
the 0004 policies apply exactly as before. The access log keeps its own policies (an administrator
still writes entries only under their own name).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""
from __future__ import annotations


from alembic import op

from migrations.row_security_0004 import rls_0004

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None



def _for_each_protected_table(statement: str) -> None:
    """Runs ``statement`` (with ``{table}`` and ``{admin}``, the administrators' group) per protected table."""
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    rls = rls_0004()
    admin = f"{rls._prefix(conn)}_admin"
    for table in (*rls.TEAM_TABLES, *rls.CHILD_TABLES):
        op.execute(statement.format(table=table, admin=admin))


def upgrade() -> None:
    _for_each_protected_table("CREATE POLICY {table}_admin ON {table} FOR ALL TO {admin} USING (true) WITH CHECK (true)")


def downgrade() -> None:
    _for_each_protected_table("DROP POLICY {table}_admin ON {table}")
