"""Users are provisioned by narrow database functions; no application login has CREATEROLE; a deactivated
login sees nothing (PostgreSQL).

Until now an administrator's login had CREATEROLE. On PostgreSQL 15 that let it grant itself
``pg_execute_server_program`` (and run programs on the server) or set any colleague's password. And a
worker row set inactive kept its group membership and, as an administrator, ``USING (true)``.

- ``<prefix>_provisioner``: NOLOGIN, CREATEROLE, member of ``pg_signal_backend``. Nobody logs in as it;
  it only owns the SECURITY DEFINER functions below (fixed search_path, no EXECUTE for PUBLIC):
  ``gezinsregie_create_login``, ``_set_login_role``, ``_set_login_password``, ``_deactivate_login``,
  ``_reactivate_login`` (EXECUTE for ``<prefix>_admin``) and ``gezinsregie_may_provision`` (for every
  application role: may *I* provision?). Each checks that the caller (``session_user``) is an active
  administrator of this installation (an active ``admin`` worker row and a member of ``<prefix>_admin``),
  the owner of the schema, or a superuser; that a new name fits the user-name pattern, is no existing role
  and does not start with ``pg_`` or the installation's prefix; that a password is a SCRAM-SHA-256
  verifier, never plain text; and that a target is a login of this installation: a worker row of this
  database, a role without any attribute beyond LOGIN (no superuser, CREATEROLE, CREATEDB, REPLICATION,
  BYPASSRLS), owning nothing but temporary tables (a database, tablespace or any object here; in other
  databases anything but a relation, which may be a temporary table a worker made to block their own
  deactivation), a member of no role but this installation's groups, and - while active - a member of
  one of them. Only these three groups are ever granted.
- Deactivation: NOLOGIN, memberships revoked, ``worker.active`` false, open sessions ended.
- ``worker.username``, ``role`` and ``active`` change only with the role: the administrators' group keeps
  UPDATE of ``name`` (and the version columns) only and no INSERT; the functions write the row.
- ``gezinsregie_my_role`` checks ``active`` first. Every protected table and the access log's read policy
  get a RESTRICTIVE policy ``<table>_active``: ``(SELECT gezinsregie_active_login(current_user)) IS NOT
  NULL`` - an InitPlan, evaluated once per statement, so an administrator's plan still has no per-row check.
- CREATEROLE is taken from every login in this installation's groups.

PostgreSQL 16+: a CREATEROLE role may only manage roles it has ADMIN OPTION on; the provisioner is given
that on the groups and on the logins that exist now (logins it creates get it by themselves). Revoking a
membership granted by someone else there needs ``GRANTED BY``, which these functions do not do yet; on 16+
run this revision as a superuser and check ``admin deactivate-user`` before relying on it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
from __future__ import annotations


from alembic import op
from sqlalchemy import text

from migrations.row_security_0004 import rls_0004

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

USERNAME_RE = "^[a-z][a-z0-9._-]{0,62}$"  # app/central/roles.py USERNAME_PATTERN
B64 = "[A-Za-z0-9+/]"
VERIFIER_RE = rf"^SCRAM-SHA-256\$[0-9]{{4,7}}:{B64}+={{0,2}}\${B64}{{43}}=:{B64}{{43}}=$"
MUTATORS = ("gezinsregie_create_login(text, text, text, text)", "gezinsregie_set_login_role(text, text)",
            "gezinsregie_set_login_password(text, text)", "gezinsregie_deactivate_login(text)",
            "gezinsregie_reactivate_login(text)")
INTERNAL = ("gezinsregie_require_provisioner()", "gezinsregie_require_own_login(text, boolean)",
            "gezinsregie_group_role(text)", "gezinsregie_revoke_groups(text)")



def _names(conn) -> dict[str, str]:
    rls = rls_0004()
    prefix = rls._prefix(conn)
    return {"prefix": prefix, "worker": f"{prefix}_worker", "supervisor": f"{prefix}_supervisor",
            "admin": f"{prefix}_admin", "prov": f"{prefix}_provisioner",
            "s": conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar()),
            "tables": (*rls.TEAM_TABLES, *rls.CHILD_TABLES)}


def _my_role(n: dict, *, active_first: bool) -> str:
    """gezinsregie_my_role as 0004 made it, or with no role at all for a login without an active worker row."""
    first = "WHEN w.id IS NULL THEN NULL" if active_first else ""
    return f"""
        CREATE OR REPLACE FUNCTION {n['s']}.gezinsregie_my_role(who name) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {n['s']}, pg_temp AS $$
            SELECT CASE {first}
                WHEN pg_has_role(who, '{n['admin']}', 'MEMBER') THEN 'admin'
                WHEN w.role = 'admin' THEN 'admin'
                WHEN pg_has_role(who, '{n['supervisor']}', 'MEMBER') OR w.role = 'supervisor' THEN 'supervisor'
                WHEN w.id IS NOT NULL THEN 'worker'
            END
            FROM (SELECT 1) AS one LEFT JOIN worker w ON w.username = who AND w.active
        $$"""


def _functions(n: dict) -> list[str]:
    s, groups = n["s"], f"'{n['worker']}', '{n['supervisor']}', '{n['admin']}'"
    definer = f"SECURITY DEFINER SET search_path = {s}, pg_temp"
    return [
        f"""CREATE FUNCTION {s}.gezinsregie_may_provision() RETURNS boolean
        LANGUAGE sql STABLE {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
                OR session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '{s}.worker'::regclass)
                OR EXISTS (SELECT 1 FROM worker w JOIN pg_roles r ON r.rolname = w.username
                           WHERE w.username = session_user::text AND w.active AND w.role = 'admin'
                             AND r.rolcanlogin AND pg_has_role(r.oid, '{n['admin']}', 'MEMBER'))
        $$""",
        f"""CREATE FUNCTION {s}.gezinsregie_require_provisioner() RETURNS void
        LANGUAGE plpgsql STABLE {definer} AS $$ BEGIN
            IF NOT {s}.gezinsregie_may_provision() THEN
                RAISE EXCEPTION 'only an active administrator may manage users' USING ERRCODE = '42501';
            END IF;
        END $$""",
        f"""CREATE FUNCTION {s}.gezinsregie_group_role(kind text) RETURNS text
        LANGUAGE sql IMMUTABLE {definer} AS $$
            SELECT CASE kind WHEN 'worker' THEN '{n['worker']}' WHEN 'supervisor' THEN '{n['supervisor']}'
                             WHEN 'admin' THEN '{n['admin']}' END
        $$""",
        # A login of this installation, and nothing more: see the module docstring.
        f"""CREATE FUNCTION {s}.gezinsregie_require_own_login(login text, may_be_self boolean) RETURNS boolean
        LANGUAGE plpgsql STABLE {definer} AS $$
        DECLARE
            is_active boolean;
        BEGIN
            SELECT w.active INTO is_active FROM worker w JOIN pg_roles r ON r.rolname = w.username
            WHERE w.username = login AND login ~ '{USERNAME_RE}'
              AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
              AND NOT EXISTS (  -- owns nothing; a temporary table (perhaps in another database) aside
                  SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid
                  AND d.deptype = 'o' AND NOT (d.classid = 'pg_class'::regclass AND (
                      d.dbid <> (SELECT oid FROM pg_database WHERE datname = current_database())
                      OR EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = d.objid AND c.relpersistence = 't'))))
              AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                              WHERE m.member = r.oid AND g.rolname NOT IN ({groups}))
              AND (NOT w.active OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                           WHERE m.member = r.oid AND g.rolname IN ({groups})));
            IF NOT FOUND THEN
                RAISE EXCEPTION 'not a login of this installation' USING ERRCODE = '42501';
            END IF;
            IF login = session_user::text AND NOT may_be_self THEN
                RAISE EXCEPTION 'an administrator does not change their own role or state' USING ERRCODE = '42501';
            END IF;
            RETURN is_active;
        END $$""",
        f"""CREATE FUNCTION {s}.gezinsregie_revoke_groups(login text) RETURNS void
        LANGUAGE plpgsql {definer} AS $$
        DECLARE
            grp text;
        BEGIN
            FOR grp IN SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = login AND g.rolname IN ({groups}) LOOP
                EXECUTE format('REVOKE %I FROM %I', grp, login);
            END LOOP;
        END $$""",
        f"""CREATE FUNCTION {s}.gezinsregie_create_login(login text, verifier text, kind text, full_name text)
        RETURNS integer LANGUAGE plpgsql {definer} AS $$
        DECLARE
            grp text := {s}.gezinsregie_group_role(kind);
            new_id integer;
        BEGIN
            PERFORM {s}.gezinsregie_require_provisioner();
            IF login !~ '{USERNAME_RE}' OR login LIKE 'pg\\_%' OR login LIKE '{n['prefix']}\\_%'
               OR verifier !~ '{VERIFIER_RE}' OR grp IS NULL THEN
                RAISE EXCEPTION 'refused: name, password verifier or role' USING ERRCODE = '22023';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login)
               OR EXISTS (SELECT 1 FROM worker WHERE username = login) THEN
                RAISE EXCEPTION 'the name is taken' USING ERRCODE = '42710';
            END IF;
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
            EXECUTE format('GRANT %I TO %I', grp, login);
            INSERT INTO worker (name, username, role, active, version, created_at, updated_at)
            VALUES (full_name, login, kind, true, 1, now(), now()) RETURNING id INTO new_id;
            RETURN new_id;
        END $$""",
        f"""CREATE FUNCTION {s}.gezinsregie_set_login_role(login text, kind text) RETURNS void
        LANGUAGE plpgsql {definer} AS $$
        DECLARE
            grp text := {s}.gezinsregie_group_role(kind);
        BEGIN
            PERFORM {s}.gezinsregie_require_provisioner();
            IF grp IS NULL THEN
                RAISE EXCEPTION 'refused: role' USING ERRCODE = '22023';
            END IF;
            IF {s}.gezinsregie_require_own_login(login, false) THEN
                PERFORM {s}.gezinsregie_revoke_groups(login);
                EXECUTE format('GRANT %I TO %I', grp, login);
            END IF;
            UPDATE worker SET role = kind, version = version + 1, updated_at = now() WHERE username = login;
        END $$""",
        f"""CREATE FUNCTION {s}.gezinsregie_set_login_password(login text, verifier text) RETURNS void
        LANGUAGE plpgsql {definer} AS $$ BEGIN
            PERFORM {s}.gezinsregie_require_provisioner();
            IF verifier !~ '{VERIFIER_RE}' THEN
                RAISE EXCEPTION 'refused: not a password verifier' USING ERRCODE = '22023';
            END IF;
            PERFORM {s}.gezinsregie_require_own_login(login, true);
            EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
        END $$""",
        f"""CREATE FUNCTION {s}.gezinsregie_deactivate_login(login text) RETURNS void
        LANGUAGE plpgsql {definer} AS $$ BEGIN
            PERFORM {s}.gezinsregie_require_provisioner();
            PERFORM {s}.gezinsregie_require_own_login(login, false);
            EXECUTE format('ALTER ROLE %I NOLOGIN', login);
            PERFORM {s}.gezinsregie_revoke_groups(login);
            UPDATE worker SET active = false, version = version + 1, updated_at = now() WHERE username = login;
            PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE usename = login AND pid <> pg_backend_pid();
        END $$""",
        f"""CREATE FUNCTION {s}.gezinsregie_reactivate_login(login text) RETURNS void
        LANGUAGE plpgsql {definer} AS $$ BEGIN
            PERFORM {s}.gezinsregie_require_provisioner();
            PERFORM {s}.gezinsregie_require_own_login(login, false);
            PERFORM {s}.gezinsregie_revoke_groups(login);
            EXECUTE format('GRANT %I TO %I', {s}.gezinsregie_group_role(
                (SELECT role FROM worker WHERE username = login)), login);
            EXECUTE format('ALTER ROLE %I LOGIN', login);
            UPDATE worker SET active = true, version = version + 1, updated_at = now() WHERE username = login;
        END $$""",
    ]


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    run = op.execute
    n = _names(conn)
    s, prov, admin, worker = n["s"], n["prov"], n["admin"], n["worker"]
    groups = (worker, n["supervisor"], admin)

    # 1. No application login keeps CREATEROLE.
    run(f"""DO $$ DECLARE login text; BEGIN
        FOR login IN SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                     JOIN pg_roles g ON g.oid = m.roleid
                     WHERE g.rolname IN ('{worker}', '{n['supervisor']}', '{admin}') AND r.rolcreaterole
                       AND NOT r.rolsuper LOOP
            EXECUTE format('ALTER ROLE %I NOCREATEROLE', login);
        END LOOP; END $$""")

    # ... and a worker row that is already inactive gets its login refused as well.
    run(f"""DO $$ DECLARE login text; grp text; BEGIN
        FOR login, grp IN SELECT r.rolname, g.rolname FROM worker w JOIN pg_roles r ON r.rolname = w.username
                          JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid
                          WHERE NOT w.active AND NOT r.rolsuper
                            AND g.rolname IN ('{worker}', '{n['supervisor']}', '{admin}') LOOP
            EXECUTE format('ALTER ROLE %I NOLOGIN', login);
            EXECUTE format('REVOKE %I FROM %I', grp, login);
        END LOOP; END $$""")

    # 2. The provisioning role, and what it may touch.
    run(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{prov}') "
        f"THEN CREATE ROLE {prov} NOLOGIN CREATEROLE; END IF; END $$")
    run(f"GRANT pg_signal_backend TO {prov}")
    run(f"DO $$ BEGIN IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        f"THEN EXECUTE format('GRANT %I TO %I', '{prov}', current_user); END IF; END $$")
    if conn.execute(text("SELECT current_setting('server_version_num')::int")).scalar() >= 160000:
        for group in groups:
            run(f"GRANT {group} TO {prov} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE")
        run(f"""DO $$ DECLARE login text; BEGIN
            FOR login IN SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                         JOIN pg_roles g ON g.oid = m.roleid
                         WHERE g.rolname IN ('{worker}', '{n['supervisor']}', '{admin}') AND r.rolcanlogin LOOP
                EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', login, '{prov}');
            END LOOP; END $$""")
    run(f"GRANT USAGE ON SCHEMA {s} TO {prov}")
    run(f"GRANT SELECT, INSERT ON worker TO {prov}")
    run(f"GRANT UPDATE (role, active, version, updated_at) ON worker TO {prov}")
    run(f"GRANT USAGE ON SEQUENCE {s}.worker_id_seq TO {prov}")

    # 3. The functions, owned by the provisioner (who needs CREATE on the schema just for the hand-over).
    run(f"GRANT CREATE ON SCHEMA {s} TO {prov}")
    for statement in _functions(n):
        run(statement)
    for fn in ("gezinsregie_may_provision()", *INTERNAL, *MUTATORS):
        run(f"ALTER FUNCTION {s}.{fn} OWNER TO {prov}")
        run(f"REVOKE ALL ON FUNCTION {s}.{fn} FROM PUBLIC")
    run(f"REVOKE CREATE ON SCHEMA {s} FROM {prov}")
    for fn in MUTATORS:
        run(f"GRANT EXECUTE ON FUNCTION {s}.{fn} TO {admin}")
    run(f"GRANT EXECUTE ON FUNCTION {s}.gezinsregie_may_provision() TO {worker}")

    # 4. The worker row's identity changes only with the role.
    run(f"REVOKE INSERT, UPDATE ON worker FROM {admin}")
    run(f"GRANT UPDATE (name, version, updated_at) ON worker TO {admin}")

    # 5. An inactive login has no role, and no policy lets it through.
    run(_my_role(n, active_first=True))
    # The login's name while its worker row is active, else NULL. Tested with IS NOT NULL, which the
    # planner estimates as true for 99.5 % of the rows (a bare boolean: 50 %, which halves every
    # estimate of an administrator's statement per table - the mis-planning revision 0008 removed).
    run(f"""CREATE FUNCTION {s}.gezinsregie_active_login(who name) RETURNS name
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT who FROM worker WHERE username = who::text AND active
        $$""")
    run(f"REVOKE ALL ON FUNCTION {s}.gezinsregie_active_login(name) FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION {s}.gezinsregie_active_login(name) TO {worker}")
    check = f"(SELECT {s}.gezinsregie_active_login(current_user)) IS NOT NULL"
    for table in n["tables"]:
        run(f"CREATE POLICY {table}_active ON {table} AS RESTRICTIVE FOR ALL TO {worker} "
            f"USING ({check}) WITH CHECK ({check})")
    run(f"CREATE POLICY access_log_active ON access_log AS RESTRICTIVE FOR SELECT TO {worker} USING ({check})")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    run = op.execute
    n = _names(conn)
    s, prov, admin = n["s"], n["prov"], n["admin"]
    run("DROP POLICY access_log_active ON access_log")
    for table in n["tables"]:
        run(f"DROP POLICY {table}_active ON {table}")
    run(f"DROP FUNCTION {s}.gezinsregie_active_login(name)")
    run(_my_role(n, active_first=False))
    run(f"GRANT INSERT, UPDATE ON worker TO {admin}")
    for fn in (*MUTATORS, *INTERNAL, "gezinsregie_may_provision()"):
        run(f"DROP FUNCTION {s}.{fn}")
    run(f"REVOKE ALL ON worker FROM {prov}")
    run(f"REVOKE ALL ON SEQUENCE {s}.worker_id_seq FROM {prov}")
    run(f"REVOKE ALL ON SCHEMA {s} FROM {prov}")
    # The revisions before this one create colleagues' logins as an administrator, with CREATEROLE.
    run(f"""DO $$ DECLARE login text; BEGIN
        FOR login IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                     JOIN pg_roles g ON g.oid = m.roleid
                     WHERE g.rolname = '{admin}' AND r.rolcanlogin AND NOT r.rolsuper LOOP
            EXECUTE format('ALTER ROLE %I CREATEROLE', login);
        END LOOP; END $$""")
    # The provisioning role is cluster-wide, like the groups: it stays.
