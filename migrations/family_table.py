"""How a table of a family's file is wired on the central database (revisions 0016 and later).

- Row-level security for reads and writes through the family's own policy (revision 0004): a row is
  visible, and may be written, only when its family is.
- ``<table>_active``: only an active login (revision 0010).
- ``<table>_refs_insert`` / ``_refs_update``: what the row names (a person, a case, the worker who made
  it) belongs to the row's own family or is the caller - so an id of another family cannot be slipped in.
- The change-log trigger (revision 0011), and the version trigger for a table a person edits.
- Application roles may read and insert; update only when the table is not append-only; never delete
  (a file's rows go only with the whole file, by the destruction procedure of revision 0020).

The SQL made for given arguments never changes: revisions depend on it (as on row_security_0004).
"""
from __future__ import annotations

from alembic import op
from sqlalchemy import text

from migrations.row_security_0004 import rls_0004

# What a row may name, as conditions on the row ``{t}`` in schema ``{s}``.
PERSON_OF_FAMILY = "EXISTS (SELECT 1 FROM {s}.person x WHERE x.id = {t}.person_id AND x.family_id = {t}.family_id)"
CASE_OF_FAMILY = ("EXISTS (SELECT 1 FROM {s}.case_file c WHERE c.id = {t}.case_id "
                  "AND c.family_id = {t}.family_id)")
MADE_BY_CALLER = ("EXISTS (SELECT 1 FROM {s}.worker w WHERE w.id = {t}.worker_id "
                  "AND w.username = current_user::text)")


def protect_family_table(conn, table: str, *, refs: tuple[str, ...], append_only: bool = False,
                         versioned: bool = False) -> None:
    """Wires ``table`` (which has ``family_id``) as the module says; ``refs`` from the conditions above."""
    run = op.execute
    worker = f"{rls_0004()._prefix(conn)}_worker"
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    visible = f"EXISTS (SELECT 1 FROM {s}.family p WHERE p.id = {table}.family_id)"
    run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    run(f"CREATE POLICY {table}_team ON {table} FOR ALL TO {worker} USING ({visible}) WITH CHECK ({visible})")
    run(f"GRANT {'SELECT, INSERT' if append_only else 'SELECT, INSERT, UPDATE'} ON {table} TO {worker}")
    active = f"(SELECT {s}.gezinsregie_active_login(current_user)) IS NOT NULL"
    run(f"CREATE POLICY {table}_active ON {table} AS RESTRICTIVE FOR ALL TO {worker} "
        f"USING ({active}) WITH CHECK ({active})")
    named = " AND ".join(ref.format(s=s, t=table) for ref in refs)
    run(f"CREATE POLICY {table}_refs_insert ON {table} AS RESTRICTIVE FOR INSERT TO {worker} WITH CHECK ({named})")
    if not append_only:
        run(f"CREATE POLICY {table}_refs_update ON {table} AS RESTRICTIVE FOR UPDATE TO {worker} "
            f"USING (true) WITH CHECK ({named})")
    app_session = f"current_setting('is_superuser') = 'off' AND pg_has_role(session_user, '{worker}', 'USAGE')"
    run(f"CREATE TRIGGER {table}_change_log AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
        f"WHEN ({app_session}) EXECUTE FUNCTION {s}.gezinsregie_log_change('id', 'family', 'family_id')")
    if versioned:
        run(f"CREATE TRIGGER {table}_bump_version BEFORE UPDATE ON {table} FOR EACH ROW "
            f"WHEN (NEW.version IS NOT DISTINCT FROM OLD.version) EXECUTE FUNCTION {s}.gezinsregie_bump_version()")


def unprotect_family_table(table: str, *, append_only: bool = False, versioned: bool = False) -> None:
    """Undoes :func:`protect_family_table` (before the table is dropped or changed back)."""
    for policy in ("team", "active", "refs_insert", *(() if append_only else ("refs_update",))):
        op.execute(f"DROP POLICY {table}_{policy} ON {table}")
    op.execute(f"DROP TRIGGER {table}_change_log ON {table}")
    if versioned:
        op.execute(f"DROP TRIGGER {table}_bump_version ON {table}")
