"""Retention and destruction (Jeugdwet 7.3.8 / 7.3.9; NEN 7513): table ``destruction_request`` and, on
PostgreSQL, the functions that alone may carry a destruction out.

``destruction_request`` records the two-person procedure: a request (kind, ground, the check that
nobody else has a substantial interest, a note), its approval by a second administrator (a CHECK:
never the requester), its execution; once executed the row holds no content (the note is cleared).
``family_id`` is a plain id, no foreign key: the record outlives the family. An index on
``access_log.occurred_at`` finds the entries past their five years without reading the whole log.

On PostgreSQL application roles cannot delete most of a family's file (revision 0011) nor touch the
access log (0009), and they get no write privilege on ``destruction_request`` either. Every step is a
SECURITY DEFINER function owned by the schema owner, with a fixed search path, EXECUTE for the
administrators' group only, taking the caller from ``session_user`` (an active worker with role admin):

- ``gezinsregie_request_destruction(kind, family, ground, no_other_interest, note)``: a request by the
  caller; refused without the recorded check, for a family with an open case, on the ground of
  retention before 20 years have passed since the file's last change; an access-log request gets the
  cut-off day five years back from the database's clock.
- ``gezinsregie_approve_destruction(id)``: by an administrator who is not the requester.
- ``gezinsregie_withdraw_destruction(id)``: a pending request is withdrawn.
- ``gezinsregie_execute_destruction(id)``: only an approved request, approved by someone other than
  the requester; the checks run again. A family's file: every table that a chain of foreign keys ties
  to ``family`` is found in the catalogue at the time of the call (so tables added by later revisions
  are covered), its rows are deleted children first, the family last (its direct children go with it
  by ON DELETE CASCADE, so 0013's "a family keeps a member" holds until then); the free-text detail of
  the family's access-log entries from before 0009 is cleared; the request keeps the number of rows.
  The access log: entries from before the cut-off day are deleted. Returns the number of rows removed.
  While it runs the request's status is ``executing`` (never committed: it ends ``executed`` in the
  same transaction); ``gezinsregie_destroying()`` tells the history guard to let those deletes
  through: the guard's body as the earlier revisions left it (0011, 0019) is read from the database and
  gets that exception first. Any later trigger that refuses deletes must do the same.

The change log's triggers still fire for the deleted rows: table, row key, who and when - no content.
Those entries stay, like the family's access-log entries (ids and codes), and answer who did what.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04
"""
from __future__ import annotations


import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.row_security_0004 import rls_0004

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

TABLE = "destruction_request"
PENDING = "status IN ('requested', 'approved')"
FUNCTIONS = {
    "gezinsregie_request_destruction(text, integer, text, boolean, text)": True,
    "gezinsregie_approve_destruction(integer)": True,
    "gezinsregie_withdraw_destruction(integer)": True,
    "gezinsregie_execute_destruction(integer)": True,
    "gezinsregie_destruction_admin()": False,
    "gezinsregie_destroying()": False,
    "gezinsregie_file_edges()": False,
    "gezinsregie_file_tables()": False,
    "gezinsregie_file_rows(text, integer)": False,
    "gezinsregie_file_last_change(integer)": False,
}  # signature -> EXECUTE for the administrators (the rest: only the functions themselves)
# The access log's new words (app/audit_detail.py), frozen here.
DETAIL_CODES = {
    "retention_review": (),
    "destruction_requested": ("person_request|retention_expired|log_retention",),
    "destruction_approved": (),
    "destruction_withdrawn": (),
    "destruction_executed": ("n",),
    "access_log_purged": ("n", "d"),
}
OBJECT_TYPES = ("destruction_request",)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Enum('family_file', 'access_log', name=op.f('ck_destruction_request_destruction_kind'),
                                  native_enum=False, create_constraint=True), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=True),
        sa.Column('ground', sa.Enum('person_request', 'retention_expired', 'log_retention',
                                    name=op.f('ck_destruction_request_destruction_ground'), native_enum=False,
                                    create_constraint=True), nullable=False),
        sa.Column('no_other_interest', sa.Boolean(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('cutoff_date', sa.Date(), nullable=True),
        sa.Column('status', sa.Enum('requested', 'approved', 'executing', 'executed', 'withdrawn',
                                    name=op.f('ck_destruction_request_destruction_status'), native_enum=False,
                                    create_constraint=True), nullable=False),
        sa.Column('requested_by_id', sa.Integer(), nullable=False),
        sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('approved_by_id', sa.Integer(), nullable=True),
        sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('executed_by_id', sa.Integer(), nullable=True),
        sa.Column('executed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('removed_rows', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('approved_by_id IS NULL OR approved_by_id <> requested_by_id',
                           name=op.f('ck_destruction_request_two_people')),
        sa.CheckConstraint("(kind = 'family_file') = (family_id IS NOT NULL)",
                           name=op.f('ck_destruction_request_family_for_file')),
        sa.CheckConstraint("(kind = 'access_log') = (cutoff_date IS NOT NULL)",
                           name=op.f('ck_destruction_request_cutoff_for_log')),
        sa.CheckConstraint("status NOT IN ('approved', 'executed') OR approved_by_id IS NOT NULL",
                           name=op.f('ck_destruction_request_approved_by')),
        sa.CheckConstraint("status <> 'executed' OR (executed_at IS NOT NULL AND note IS NULL)",
                           name=op.f('ck_destruction_request_executed_empty')),
        sa.ForeignKeyConstraint(['requested_by_id'], ['worker.id'],
                                name=op.f('fk_destruction_request_requested_by_id_worker'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['approved_by_id'], ['worker.id'],
                                name=op.f('fk_destruction_request_approved_by_id_worker'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['executed_by_id'], ['worker.id'],
                                name=op.f('fk_destruction_request_executed_by_id_worker'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_request')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('uq_destruction_request_pending', ['family_id'], unique=True,
                              sqlite_where=sa.text(PENDING), postgresql_where=sa.text(PENDING))
        batch_op.create_index('ix_destruction_request_status', ['status', 'kind'], unique=False)
    with op.batch_alter_table('access_log', schema=None) as batch_op:  # entries past their five years
        batch_op.create_index('ix_access_log_time', ['occurred_at'], unique=False)
    add_vocabulary(detail_codes=DETAIL_CODES, object_types=OBJECT_TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _upgrade_postgresql(conn)


def _names(conn) -> tuple[str, str, str]:
    prefix = rls_0004()._prefix(conn)
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    return s, f"{prefix}_worker", f"{prefix}_admin"


BYPASS = """
    IF TG_OP = 'DELETE' AND gezinsregie_destroying() THEN
        RETURN OLD;  -- a destruction approved by two administrators (revision 0020)
    END IF;"""


def _guard_body(conn) -> str:
    """The history guard's body as the revisions before this one left it (0011, 0019, ...)."""
    return conn.execute(text(
        "SELECT prosrc FROM pg_proc WHERE proname = 'gezinsregie_guard_history' "
        "AND pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())")).scalar_one()


def _guard_sql(s: str, body: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION {s}.gezinsregie_guard_history() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
        {body}
        $$"""


def _upgrade_postgresql(conn) -> None:
    run = op.execute
    s, worker, admin = _names(conn)
    definer = f"SECURITY DEFINER SET search_path = {s}, pg_temp"
    owner = "(SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'access_log')"

    # The table: administrators read it; nobody writes it but the functions below.
    run(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    run(f"REVOKE ALL ON {TABLE} FROM {worker}")
    run(f"REVOKE ALL ON SEQUENCE {s}.{TABLE}_id_seq FROM {worker}")
    run(f"GRANT SELECT ON {TABLE} TO {admin}")
    run(f"CREATE POLICY {TABLE}_admin ON {TABLE} FOR SELECT TO {worker} "
        f"USING ((SELECT {s}.gezinsregie_my_role(current_user)) = 'admin')")
    active = f"(SELECT {s}.gezinsregie_active_login(current_user)) IS NOT NULL"
    run(f"CREATE POLICY {TABLE}_active ON {TABLE} AS RESTRICTIVE FOR ALL TO {worker} "
        f"USING ({active}) WITH CHECK ({active})")
    app_session = f"current_setting('is_superuser') = 'off' AND pg_has_role(session_user, '{worker}', 'USAGE')"
    run(f"CREATE TRIGGER {TABLE}_change_log AFTER INSERT OR UPDATE OR DELETE ON {TABLE} FOR EACH ROW "
        f"WHEN ({app_session}) EXECUTE FUNCTION {s}.gezinsregie_log_change('id', '', '')")
    run(f"CREATE TRIGGER {TABLE}_bump_version BEFORE UPDATE ON {TABLE} FOR EACH ROW "
        f"WHEN (NEW.version IS NOT DISTINCT FROM OLD.version) EXECUTE FUNCTION {s}.gezinsregie_bump_version()")

    run(f"""
CREATE FUNCTION {s}.gezinsregie_destruction_admin() RETURNS integer
LANGUAGE plpgsql STABLE {definer} AS $fn$
DECLARE me integer;
BEGIN
    -- session_user: the login, whatever SET ROLE did; it must be an active administrator.
    SELECT id INTO me FROM worker WHERE username = session_user::text AND active AND role = 'admin';
    IF me IS NULL OR {s}.gezinsregie_my_role(session_user) IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'destruction: only an active administrator' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN me;
END $fn$""")
    run(f"""
CREATE FUNCTION {s}.gezinsregie_destroying() RETURNS boolean
LANGUAGE sql STABLE {definer} AS $fn$
    SELECT EXISTS (SELECT 1 FROM destruction_request WHERE status = 'executing')
$fn$""")
    # The foreign keys between tables of this schema (single-column), from the catalogue.
    run(f"""
CREATE FUNCTION {s}.gezinsregie_file_edges()
    RETURNS TABLE (child text, parent text, child_col text, parent_col text, cascades boolean)
LANGUAGE sql STABLE {definer} AS $fn$
    SELECT cl.relname::text, pl.relname::text, ca.attname::text, pa.attname::text, c.confdeltype = 'c'
    FROM pg_constraint c
    JOIN pg_class cl ON cl.oid = c.conrelid
    JOIN pg_class pl ON pl.oid = c.confrelid
    JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = c.conkey[1]
    JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.conrelid <> c.confrelid
      AND cl.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
      AND pl.relnamespace = cl.relnamespace
$fn$""")
    # The tables of a family's file: reachable from family by foreign keys, with the longest chain.
    run(f"""
CREATE FUNCTION {s}.gezinsregie_file_tables() RETURNS TABLE (name text, depth integer, cascades boolean)
LANGUAGE sql STABLE {definer} AS $fn$
    WITH RECURSIVE e AS (SELECT * FROM gezinsregie_file_edges()),
    walk(name, depth) AS (
        SELECT 'family'::text, 0
        UNION
        SELECT e.child, w.depth + 1 FROM walk w JOIN e ON e.parent = w.name WHERE w.depth < 30)
    SELECT w.name, max(w.depth)::integer,
           max(w.depth) = 1 AND EXISTS (SELECT 1 FROM e WHERE e.child = w.name AND e.parent = 'family' AND e.cascades)
    FROM walk w GROUP BY w.name
$fn$""")
    # SQL selecting the rows of a table of the file that belong to one family, through any of its keys.
    run(f"""
CREATE FUNCTION {s}.gezinsregie_file_rows(p_table text, p_family integer) RETURNS text
LANGUAGE plpgsql STABLE {definer} AS $fn$
DECLARE
    conds text[] := '{{}}';
    e record;
BEGIN
    IF p_table = 'family' THEN
        RETURN format('%I.id = %s', 'family', p_family);
    END IF;
    FOR e IN SELECT ed.* FROM gezinsregie_file_edges() ed
             WHERE ed.child = p_table AND ed.parent IN (SELECT t.name FROM gezinsregie_file_tables() t) LOOP
        IF e.parent = 'family' THEN
            conds := conds || format('%I.%I = %s', p_table, e.child_col, p_family);
        ELSE
            conds := conds || format('%I.%I IN (SELECT %I.%I FROM %I WHERE %s)', p_table, e.child_col,
                                     e.parent, e.parent_col, e.parent, gezinsregie_file_rows(e.parent, p_family));
        END IF;
    END LOOP;
    RETURN coalesce(nullif(array_to_string(conds, ' OR '), ''), 'false');
END $fn$""")
    run(f"""
CREATE FUNCTION {s}.gezinsregie_file_last_change(p_family integer) RETURNS timestamptz
LANGUAGE plpgsql STABLE {definer} AS $fn$
DECLARE
    t record;
    col record;
    latest timestamptz;
    m timestamptz;
BEGIN
    FOR t IN SELECT name FROM gezinsregie_file_tables() LOOP
        FOR col IN SELECT a.attname FROM pg_attribute a
                   WHERE a.attrelid = to_regclass(format('%I.%I', current_schema(), t.name))
                     AND a.attnum > 0 AND NOT a.attisdropped
                     AND a.atttypid IN ('timestamptz'::regtype, 'timestamp'::regtype) LOOP
            EXECUTE format('SELECT max(%I) FROM %I WHERE %s', col.attname, t.name,
                           gezinsregie_file_rows(t.name, p_family)) INTO m;
            latest := greatest(latest, m);
        END LOOP;
        -- A change made with plain SQL leaves updated_at alone; the change log's trigger does not.
        IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attname = 'id' AND a.attnum > 0
                   AND a.attrelid = to_regclass(format('%I.%I', current_schema(), t.name))) THEN
            EXECUTE format('SELECT max(c.occurred_at) FROM change_log c JOIN %I ON c.table_name = %L '
                           'AND c.row_key = %I.id::text WHERE %s', t.name, t.name, t.name,
                           gezinsregie_file_rows(t.name, p_family)) INTO m;
            latest := greatest(latest, m);
        END IF;
    END LOOP;
    RETURN latest;
END $fn$""")
    today = "(statement_timestamp() AT TIME ZONE 'UTC')::date"
    # Why a file may not go (app.queries.retention.blocking_reasons): an open case. Issue 17's open safety
    # track will be one more refusal here, in the revision that adds it.
    may_go = f"""
    IF EXISTS (SELECT 1 FROM case_file WHERE family_id = r_family AND status <> 'closed') THEN
        RAISE EXCEPTION 'destruction: the family has an open case' USING ERRCODE = 'check_violation';
    END IF;
    IF r_ground = 'retention_expired' AND
       ((gezinsregie_file_last_change(r_family) AT TIME ZONE 'UTC')::date + interval '20 years')::date > {today} THEN
        RAISE EXCEPTION 'destruction: the retention period has not passed' USING ERRCODE = 'check_violation';
    END IF;"""
    run(f"""
CREATE FUNCTION {s}.gezinsregie_request_destruction(p_kind text, p_family integer, p_ground text,
                                                   p_no_other_interest boolean, p_note text) RETURNS integer
LANGUAGE plpgsql VOLATILE {definer} AS $fn$
DECLARE
    me integer := gezinsregie_destruction_admin();
    r_family integer := p_family;
    r_ground text := p_ground;
    new_id integer;
BEGIN
    IF p_no_other_interest IS NOT TRUE THEN
        RAISE EXCEPTION 'destruction: record the check of other interests' USING ERRCODE = 'check_violation';
    END IF;
    IF p_kind = 'family_file' AND p_ground IN ('person_request', 'retention_expired') THEN
        PERFORM 1 FROM family WHERE id = p_family FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'destruction: no such family' USING ERRCODE = 'no_data_found';
        END IF;
        {may_go}
        INSERT INTO destruction_request (kind, family_id, ground, no_other_interest, note, status, requested_by_id,
                                         requested_at, version, created_at, updated_at)
        VALUES ('family_file', p_family, p_ground, true, p_note, 'requested', me, statement_timestamp(), 1,
                statement_timestamp(), statement_timestamp()) RETURNING id INTO new_id;
    ELSIF p_kind = 'access_log' AND p_ground = 'log_retention' AND p_family IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext('gezinsregie_destruction_request'));
        IF EXISTS (SELECT 1 FROM destruction_request WHERE kind = 'access_log' AND {PENDING}) THEN
            RAISE EXCEPTION 'destruction: a request for the access log is pending' USING ERRCODE = 'unique_violation';
        END IF;
        INSERT INTO destruction_request (kind, ground, no_other_interest, note, cutoff_date, status, requested_by_id,
                                         requested_at, version, created_at, updated_at)
        VALUES ('access_log', 'log_retention', true, p_note, ({today} - interval '5 years')::date, 'requested', me,
                statement_timestamp(), 1, statement_timestamp(), statement_timestamp()) RETURNING id INTO new_id;
    ELSE
        RAISE EXCEPTION 'destruction: unknown kind or ground' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN new_id;
END $fn$""")
    run(f"""
CREATE FUNCTION {s}.gezinsregie_approve_destruction(p_id integer) RETURNS void
LANGUAGE plpgsql VOLATILE {definer} AS $fn$
DECLARE
    me integer := gezinsregie_destruction_admin();
    r destruction_request%ROWTYPE;
    r_family integer;
    r_ground text;
BEGIN
    SELECT * INTO r FROM destruction_request WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR r.status <> 'requested' THEN
        RAISE EXCEPTION 'destruction: no request waiting for approval' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r.requested_by_id = me THEN
        RAISE EXCEPTION 'destruction: a second, different administrator approves'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r.kind = 'family_file' THEN
        r_family := r.family_id;
        r_ground := r.ground;
        {may_go}
    END IF;
    UPDATE destruction_request SET status = 'approved', approved_by_id = me, approved_at = statement_timestamp(),
                                   updated_at = statement_timestamp() WHERE id = p_id;
END $fn$""")
    run(f"""
CREATE FUNCTION {s}.gezinsregie_withdraw_destruction(p_id integer) RETURNS void
LANGUAGE plpgsql VOLATILE {definer} AS $fn$
DECLARE
    me integer := gezinsregie_destruction_admin();
BEGIN
    UPDATE destruction_request SET status = 'withdrawn', updated_at = statement_timestamp()
    WHERE id = p_id AND {PENDING};
    IF NOT FOUND THEN
        RAISE EXCEPTION 'destruction: no pending request' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $fn$""")
    run(f"""
CREATE FUNCTION {s}.gezinsregie_execute_destruction(p_id integer) RETURNS integer
LANGUAGE plpgsql VOLATILE {definer} AS $fn$
DECLARE
    me integer := gezinsregie_destruction_admin();
    r destruction_request%ROWTYPE;
    r_family integer;
    r_ground text;
    t record;
    n bigint;
    total bigint := 0;
BEGIN
    SELECT * INTO r FROM destruction_request WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR r.status <> 'approved' OR r.approved_by_id IS NULL OR r.approved_by_id = r.requested_by_id THEN
        RAISE EXCEPTION 'destruction: only a request approved by a second administrator is carried out'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r.kind = 'access_log' THEN
        IF r.cutoff_date > ({today} - interval '5 years')::date THEN
            RAISE EXCEPTION 'destruction: access-log entries are kept five years' USING ERRCODE = 'check_violation';
        END IF;
        DELETE FROM access_log WHERE occurred_at < (r.cutoff_date::timestamp AT TIME ZONE 'UTC');
        GET DIAGNOSTICS total = ROW_COUNT;
    ELSE
        r_family := r.family_id;
        r_ground := r.ground;
        PERFORM 1 FROM family WHERE id = r_family FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'destruction: no such family' USING ERRCODE = 'no_data_found';
        END IF;
        {may_go}
        UPDATE destruction_request SET status = 'executing' WHERE id = p_id;
        FOR t IN SELECT * FROM gezinsregie_file_tables() LOOP
            EXECUTE format('SELECT count(*) FROM %I WHERE %s', t.name, gezinsregie_file_rows(t.name, r_family)) INTO n;
            total := total + n;
        END LOOP;
        FOR t IN SELECT * FROM gezinsregie_file_tables() WHERE depth > 0 AND NOT cascades
                 ORDER BY depth DESC, name LOOP
            EXECUTE format('DELETE FROM %I WHERE %s', t.name, gezinsregie_file_rows(t.name, r_family));
        END LOOP;
        DELETE FROM family WHERE id = r_family;
        FOR t IN SELECT * FROM gezinsregie_file_tables() WHERE cascades LOOP
            EXECUTE format('DELETE FROM %I WHERE %s', t.name, gezinsregie_file_rows(t.name, r_family));
        END LOOP;
        UPDATE access_log SET detail = NULL WHERE family_id = r_family AND detail IS NOT NULL;
    END IF;
    UPDATE destruction_request SET status = 'executed', executed_by_id = me, executed_at = statement_timestamp(),
                                   removed_rows = least(total, 2147483647), note = NULL,
                                   updated_at = statement_timestamp()
    WHERE id = p_id;
    RETURN least(total, 2147483647);
END $fn$""")
    body = _guard_body(conn)
    assert "\nBEGIN\n" in body
    run(_guard_sql(s, body.replace("\nBEGIN\n", "\nBEGIN" + BYPASS + "\n", 1)))
    for fn, for_admins in FUNCTIONS.items():
        run(f"DO $$ BEGIN EXECUTE format('ALTER FUNCTION {s}.{fn} OWNER TO %I', {owner}); END $$")
        run(f"REVOKE ALL ON FUNCTION {s}.{fn} FROM PUBLIC")
        if for_admins:
            run(f"GRANT EXECUTE ON FUNCTION {s}.{fn} TO {admin}")


def downgrade() -> None:
    remove_vocabulary(detail_codes=DETAIL_CODES, object_types=OBJECT_TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        s, _, _ = _names(conn)
        op.execute(_guard_sql(s, _guard_body(conn).replace(BYPASS, "", 1)))
        for fn in FUNCTIONS:
            op.execute(f"DROP FUNCTION {s}.{fn}")
        for policy in ("admin", "active"):
            op.execute(f"DROP POLICY {TABLE}_{policy} ON {TABLE}")
        op.execute(f"DROP TRIGGER {TABLE}_change_log ON {TABLE}")
        op.execute(f"DROP TRIGGER {TABLE}_bump_version ON {TABLE}")
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.drop_index('ix_access_log_time')
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_destruction_request_status')
        batch_op.drop_index('uq_destruction_request_pending')
    op.drop_table(TABLE)
