"""Central PostgreSQL database: group roles, grants, row-level security and an append-only access log.

PostgreSQL only; on SQLite (one user, one file) this revision changes nothing.

Design (see app/central/roles.py for the names):
- Three NOLOGIN group roles ``<prefix>_worker`` < ``<prefix>_supervisor`` < ``<prefix>_admin`` (each
  higher one is a member of the lower one). Every person logs in as their own LOGIN role, named like
  ``worker.username``, and is a member of one group. The prefix (default ``gezinsregie``) comes from
  ``GEZINSREGIE_PG_ROLE_PREFIX`` at the first upgrade and is kept in ``local_setting``.
- Tables stay owned by the role that runs ``gezinsregie db upgrade`` (the schema owner, used only for
  migrations). Row-level security is enabled, not forced: the owner must migrate every row, and it is
  never an application login. Application roles are never owners.
- Visibility keys on ``current_user`` only (never a session setting): ``gezinsregie_my_teams(current_user)``
  (SECURITY DEFINER, fixed search_path) gives the teams of the worker whose username is the login
  role; for an administrator (member of ``<prefix>_admin`` or worker.role = 'admin') all teams.
  family and case_file check their ``team_id``; every child table checks that its parent row is
  visible (the parent's own policy applies inside the sub-select).
- access_log: INSERT and SELECT only (no UPDATE/DELETE granted); an entry must carry the login's own
  username; a worker reads their own entries, a supervisor also those about the families of their
  teams and by colleagues of their teams, an administrator all.
- Reference tables readable by every application role, writable by administrators.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
from __future__ import annotations

import os
import re

from alembic import op
from sqlalchemy import text

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

PREFIX_ENV = "GEZINSREGIE_PG_ROLE_PREFIX"
PREFIX_SETTING = "pg_role_prefix"
DEFAULT_PREFIX = "gezinsregie"

# table -> visibility condition (``t`` is the row; parents are checked through their own policy)
TEAM_TABLES = {
    "family": "team_id = ANY ((SELECT {schema}.gezinsregie_my_teams(current_user))::integer[])",
    "case_file": "team_id = ANY ((SELECT {schema}.gezinsregie_my_teams(current_user))::integer[])",
}
CHILD_TABLES = {
    "person": ("family", "family_id"),
    "network_member": ("family", "family_id"),
    "case_event": ("case_file", "case_id"),
    "family_plan": ("case_file", "case_id"),
    "journal_entry": ("case_file", "case_id"),
    "involvement": ("case_file", "case_id"),
    "evaluation": ("case_file", "case_id"),
    "waakvlam": ("case_file", "case_id"),
    "goal": ("family_plan", "plan_id"),
    "goal_person": ("goal", "goal_id"),
    "action": ("goal", "goal_id"),
    "involvement_goal": ("involvement", "involvement_id"),
    "evaluation_goal": ("evaluation", "evaluation_id"),
    "waakvlam_contact": ("waakvlam", "waakvlam_id"),
}
REFERENCE_TABLES = ("life_domain", "segment", "provider", "product", "team", "worker", "worker_team",
                    "local_setting")


def _prefix(conn) -> str:
    stored = conn.execute(text("SELECT value FROM local_setting WHERE key = :k"), {"k": PREFIX_SETTING}).scalar()
    prefix = stored or os.environ.get(PREFIX_ENV) or DEFAULT_PREFIX
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,40}", prefix):
        raise RuntimeError(f"{PREFIX_ENV} must be lower-case letters, digits and _ (got {prefix!r})")
    if not stored:
        conn.execute(text("INSERT INTO local_setting (key, value) VALUES (:k, :v)"), {"k": PREFIX_SETTING, "v": prefix})
    return prefix


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    run = op.execute
    prefix = _prefix(conn)
    worker, supervisor, admin = (f"{prefix}_worker", f"{prefix}_supervisor", f"{prefix}_admin")
    schema = conn.execute(text("SELECT current_schema()")).scalar()
    q = conn.dialect.identifier_preparer.quote
    s = q(schema)
    for role in (worker, supervisor, admin):
        run(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$")
    run(f"GRANT {worker} TO {supervisor}")
    run(f"GRANT {supervisor} TO {admin}")
    run(f"GRANT USAGE ON SCHEMA {s} TO {worker}")

    # Who is this login, and which teams may they see? Definer rights, so it never depends on what the
    # caller can read; a fixed search_path so nobody can slip in a look-alike table.
    run(f"""
        CREATE FUNCTION {s}.gezinsregie_my_role(who name) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT CASE
                WHEN pg_has_role(who, '{admin}', 'MEMBER') THEN 'admin'
                WHEN w.role = 'admin' THEN 'admin'
                WHEN pg_has_role(who, '{supervisor}', 'MEMBER') OR w.role = 'supervisor' THEN 'supervisor'
                WHEN w.id IS NOT NULL THEN 'worker'
            END
            FROM (SELECT 1) AS one LEFT JOIN worker w ON w.username = who AND w.active
        $$""")
    run(f"""
        CREATE FUNCTION {s}.gezinsregie_my_teams(who name) RETURNS integer[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT CASE WHEN {s}.gezinsregie_my_role(who) = 'admin'
                THEN ARRAY(SELECT id FROM team)
                ELSE ARRAY(SELECT wt.team_id FROM worker_team wt JOIN worker w ON w.id = wt.worker_id
                           WHERE w.username = who AND w.active)
            END
        $$""")
    # Tells the application "exists, but not yours" apart from "does not exist" (no content revealed).
    run(f"""
        CREATE FUNCTION {s}.gezinsregie_row_team(kind text, row_id integer) RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT CASE kind
                WHEN 'family' THEN (SELECT team_id FROM family WHERE id = row_id)
                WHEN 'case' THEN (SELECT team_id FROM case_file WHERE id = row_id)
            END
        $$""")
    for fn in ("gezinsregie_my_role(name)", "gezinsregie_my_teams(name)", "gezinsregie_row_team(text, integer)"):
        run(f"REVOKE ALL ON FUNCTION {s}.{fn} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {s}.{fn} TO {worker}")

    for table, condition in TEAM_TABLES.items():
        _protect(table, condition.format(schema=s), worker)
    for table, (parent, column) in CHILD_TABLES.items():
        _protect(table, f"EXISTS (SELECT 1 FROM {s}.{parent} p WHERE p.id = {table}.{column})", worker)

    for table in REFERENCE_TABLES:
        run(f"GRANT SELECT ON {table} TO {worker}")
        run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {admin}")
    run(f"GRANT SELECT ON alembic_version TO {worker}")

    run("ALTER TABLE access_log ENABLE ROW LEVEL SECURITY")
    run(f"GRANT SELECT, INSERT ON access_log TO {worker}")
    run(f"CREATE POLICY access_log_append ON access_log FOR INSERT TO {worker} "
        f"WITH CHECK (username = current_user)")
    run(f"""CREATE POLICY access_log_read ON access_log FOR SELECT TO {worker} USING (
            username = current_user
            OR (SELECT {s}.gezinsregie_my_role(current_user)) = 'admin'
            OR ((SELECT {s}.gezinsregie_my_role(current_user)) = 'supervisor' AND (
                EXISTS (SELECT 1 FROM {s}.family f WHERE f.id = access_log.family_id)
                OR worker_id IN (SELECT wt.worker_id FROM {s}.worker_team wt
                                 WHERE wt.team_id = ANY ((SELECT {s}.gezinsregie_my_teams(current_user))::integer[])))))""")

    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {worker}")
    run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {worker}")


def _protect(table: str, condition: str, worker: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY {table}_team ON {table} FOR ALL TO {worker} USING ({condition}) "
               f"WITH CHECK ({condition})")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {worker}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    run = op.execute
    prefix = _prefix(conn)
    worker, admin = f"{prefix}_worker", f"{prefix}_admin"
    schema = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    run("DROP POLICY access_log_append ON access_log")
    run("DROP POLICY access_log_read ON access_log")
    run("ALTER TABLE access_log DISABLE ROW LEVEL SECURITY")
    for table in [*TEAM_TABLES, *CHILD_TABLES]:
        run(f"DROP POLICY {table}_team ON {table}")
        run(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE USAGE, SELECT ON SEQUENCES FROM {worker}")
    for role in (worker, admin):
        run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}")
        run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}")
    run(f"REVOKE ALL ON SCHEMA {schema} FROM {worker}")
    run(f"DROP FUNCTION {schema}.gezinsregie_row_team(text, integer)")
    run(f"DROP FUNCTION {schema}.gezinsregie_my_teams(name)")
    run(f"DROP FUNCTION {schema}.gezinsregie_my_role(name)")
    # The group roles are cluster-wide and may serve other databases: they stay.
