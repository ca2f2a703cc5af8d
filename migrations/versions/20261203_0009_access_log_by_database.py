"""The access log is written only by the database, on the caller's behalf; log rows never lose their author.

Until now application roles had INSERT on access_log with the policy ``username = current_user``, so
anyone with psql could add an entry with any worker id, family, time, workstation and free text - a
backdated entry with a name and a BSN, shown under a colleague's name. Now:

- Application roles (the ``<prefix>_worker`` group, every group and login in it) have no INSERT on
  access_log and no use of its sequence; the insert policy is gone.
- ``gezinsregie_log_access(event, object_type, outcome, object_ids[], family_ids[], case_ids[],
  detail_code, detail_args[])`` writes the entries: one per element of the id arrays (a single entry is
  a batch of one; the search logs all its hits in one call). SECURITY DEFINER, owned by the schema
  owner, fixed search_path, EXECUTE for the app's group only. It takes
  - the author from ``session_user`` (the login; ``SET ROLE`` changes only ``current_user``), which
    must be an active worker - or the schema owner itself (no worker id then);
  - the time from the database clock (``statement_timestamp()``);
  - the workstation from the session: the name the client gave as ``application_name`` (the app
    sets it to the computer's name; hostname characters only) and the address the server saw
    (``inet_client_addr()``, which the client cannot choose);
  - the detail as a code from a fixed list with arguments of a fixed kind each (a count or id, a
    day, or one of a few tokens) - never text; the object type from a fixed list.
- A success entry may only name families and cases the caller may see (``gezinsregie_my_teams``; an
  administrator sees all), a case only with its own family, and an object of type family or case
  only as that family or case. A DENIED or FAILED entry is accepted about any id, unchecked: the app
  logs refusals of rows the caller may not see (app/access.py), and a check would tell the caller
  whether the row exists. Such an entry only ever says that the caller themselves was refused.
- ``access_log.worker_id`` is ON DELETE RESTRICT (was SET NULL), and administrators lose DELETE on
  worker: workers are deactivated, never deleted, so no entry loses its author.
- New columns ``detail_code`` and ``detail_args`` (codes and comma-separated arguments, see
  app/audit_detail.py); ``detail`` keeps the text of older entries and is no longer written.

The code lists below are a frozen copy of app/audit_detail.py at this revision (a migration must not
change when the app does); a later code needs a revision that replaces the function.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

from migrations.row_security_0004 import rls_0004

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

FUNCTION = "gezinsregie_log_access(text, text, text, integer[], integer[], integer[], text, text[])"
MAX_ENTRIES = 10000

DETAIL_ARGS = {  # code -> kind of each argument: "n" a count or id, "d" a day (YYYYMMDD), else "a|b" tokens
    'cases': ('n',),
    'cases_next_due': ('n', 'n'),
    'involvements': ('n',),
    'hits': ('n',),
    'due_own': ('n',),
    'due_team': ('n',),
    'search': ('name|bsn|date_of_birth', 'n'),
    'search_more': ('name|bsn|date_of_birth', 'n'),
    'search_hit': (),
    'duplicate_check': ('n',),
    'duplicate_check_hit': (),
    'case_view': (),
    'team_overview': ('n', 'n'),
    'worker_cases': ('n', 'n', 'n'),
    'who_looked_at': ('n',),
    'what_did_worker_look_at': ('n', 'n'),
    'figures': ('d', 'd'),
    'figures_xlsx': ('d', 'd'),
    'caseload_export': ('pdf|xlsx', 'n'),
    'plan_preview': ('n',),
    'plan_printed': ('n', 'n'),
    'plan_saved': ('n',),
    'plan_saved_from_preview': ('n',),
    'plan_saved_all': ('n',),
    'provider_import': ('n', 'n', 'n', 'n', 'n'),
    'activated': (),
    'deactivated': (),
    'director_transferred': (),
    'director_reassigned': (),
    'priority_set': (),
    'closed': (),
    'reopened': (),
    'to_waakvlam': (),
    'ended': (),
    'waakvlam_contact': ('all_well|concerns|reopen',),
    'reopened_from_waakvlam': (),
    'involvement_ended': ('02|19|20|21|22|23|31|36|37|38|39',),
    'extension': ('n',),
    'report_back_received': (),
    'handover': ('referred|taken_over|started',),
    'goals_linked': ('n',),
    'moved': (),
    'done': (),
    'not_done': (),
    'compared_with': ('n',),
    'plan_version': ('n',),
    'superseded': (),
    'agreed': (),
    'evaluation_decision': ('continue|scale_down|scale_up|end_help|to_waakvlam',),
    'worker_role': ('worker|supervisor|admin',),
    'added_to_team': ('n',),
    'password_reset': (),
    'demo_family': (),
    'city_demo': ('n',),
    'demo_data': (),
}
OBJECT_TYPES = (
    'access_log', 'action', 'case', 'case_history', 'caseload', 'caseload_weights', 'consent', 'demo_data',
    'due_items', 'evaluation', 'evaluation_schedule', 'evaluations', 'family', 'family_plan', 'goal',
    'involvement', 'journal', 'journal_entry', 'management_figures', 'network_member', 'next_due', 'person',
    'plan_versions', 'product', 'provider', 'provider_import', 'score_trend', 'team', 'team_caseload',
    'team_overview', 'team_waakvlam', 'team_worker_cases', 'waakvlam', 'waakvlam_contact', 'waakvlam_overview',
    'worker',
)



def _detail_spec_sql() -> str:
    """``CASE p_detail_code WHEN 'code' THEN ARRAY[kinds] ... END`` from the frozen list."""
    whens = []
    for code, kinds in DETAIL_ARGS.items():
        assert all(re.fullmatch(r"[a-z0-9_|]+", k) for k in (code, *kinds))
        whens.append(f"WHEN '{code}' THEN '{{{','.join(kinds)}}}'::text[]")
    return "CASE p_detail_code " + " ".join(whens) + " END"


def _function_sql(s: str) -> str:
    object_types = "'{" + ",".join(OBJECT_TYPES) + "}'::text[]"
    return f"""
CREATE FUNCTION {s}.gezinsregie_log_access(
    p_event text, p_object_type text, p_outcome text,
    p_object_ids integer[], p_family_ids integer[], p_case_ids integer[],
    p_detail_code text DEFAULT NULL, p_detail_args text[] DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
DECLARE
    n integer := cardinality(p_family_ids);
    me integer;
    spec text[];
    arg text;
    station text;
BEGIN
    -- Inside this function current_user is its owner; session_user is the login, whatever SET ROLE did.
    SELECT id INTO me FROM worker WHERE username = session_user::text AND active;
    IF me IS NULL AND NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
        RAISE EXCEPTION 'gezinsregie_log_access: this login is not an active user'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF n IS NULL OR n < 1 OR n > {MAX_ENTRIES} OR cardinality(p_object_ids) IS DISTINCT FROM n
            OR cardinality(p_case_ids) IS DISTINCT FROM n THEN
        RAISE EXCEPTION 'gezinsregie_log_access: 1 to {MAX_ENTRIES} entries, as many object, family and case ids'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_event IS NULL OR NOT p_event = ANY ('{{create,read,update,delete,print_export,search}}'::text[])
            OR p_outcome IS NULL OR NOT p_outcome = ANY ('{{success,denied,failed}}'::text[])
            OR p_object_type IS NULL OR NOT p_object_type = ANY ({object_types}) THEN
        RAISE EXCEPTION 'gezinsregie_log_access: unknown event, outcome or object type'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_detail_code IS NULL THEN
        IF coalesce(cardinality(p_detail_args), 0) > 0 THEN
            RAISE EXCEPTION 'gezinsregie_log_access: detail arguments without a code'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    ELSE
        spec := {_detail_spec_sql()};
        IF spec IS NULL OR coalesce(cardinality(p_detail_args), 0) <> cardinality(spec) THEN
            RAISE EXCEPTION 'gezinsregie_log_access: unknown detail code or wrong number of arguments'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        FOR i IN 1 .. cardinality(spec) LOOP
            arg := p_detail_args[i];
            IF arg IS NULL OR NOT (CASE spec[i]
                    WHEN 'n' THEN arg ~ '^(0|[1-9][0-9]{{0,8}})$'
                    WHEN 'd' THEN arg ~ '^[0-9]{{8}}$' AND to_char(to_date(arg, 'YYYYMMDD'), 'YYYYMMDD') = arg
                    ELSE arg = ANY (string_to_array(spec[i], '|')) END) THEN
                RAISE EXCEPTION 'gezinsregie_log_access: detail argument % is not of its kind', i
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END LOOP;
    END IF;
    IF p_outcome = 'success' AND EXISTS (SELECT 1 FROM unnest(p_object_ids, p_family_ids, p_case_ids) AS e(o, f, c)
               WHERE (p_object_type = 'family' AND o IS NOT NULL AND o IS DISTINCT FROM f)
                  OR (p_object_type = 'case' AND o IS NOT NULL AND o IS DISTINCT FROM c)) THEN
        RAISE EXCEPTION 'gezinsregie_log_access: a family or case object must be the entry''s family or case'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- A success names only what the caller may see; a refusal or failure is the caller's own record.
    IF p_outcome = 'success' AND me IS NOT NULL AND {s}.gezinsregie_my_role(session_user) IS DISTINCT FROM 'admin'
       AND EXISTS (
            SELECT 1 FROM unnest(p_family_ids, p_case_ids) AS e(f, c),
                 LATERAL (SELECT {s}.gezinsregie_my_teams(session_user) AS teams) AS mine
            WHERE (f IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM family WHERE family.id = f AND family.team_id = ANY (mine.teams)))
               OR (c IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM case_file WHERE case_file.id = c AND case_file.team_id = ANY (mine.teams)
                                                  AND (f IS NULL OR case_file.family_id = f)))) THEN
        RAISE EXCEPTION 'gezinsregie_log_access: no access to this family or case'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    station := left(regexp_replace(coalesce(current_setting('application_name', true), ''),
                                   '[^A-Za-z0-9._-]', '', 'g'), 63);
    station := nullif(concat_ws(' ', nullif(station, ''), '(' || host(inet_client_addr()) || ')'), '');
    INSERT INTO access_log (occurred_at, event, worker_id, username, on_behalf_of, family_id, case_id,
                            object_type, object_id, workstation, outcome, detail_code, detail_args)
    SELECT statement_timestamp(), p_event, me, session_user, NULL, e.f, e.c, p_object_type, e.o, station,
           p_outcome, p_detail_code, nullif(array_to_string(p_detail_args, ','), '')
    FROM unnest(p_object_ids, p_family_ids, p_case_ids) AS e(o, f, c);
    RETURN n;
END
$fn$"""


def _foreign_key(ondelete: str) -> None:
    with op.batch_alter_table("access_log") as batch:
        batch.drop_constraint("fk_access_log_worker_id_worker", type_="foreignkey")
        batch.create_foreign_key("fk_access_log_worker_id_worker", "worker", ["worker_id"], ["id"], ondelete=ondelete)


def _roles(conn) -> tuple[str, str, str, str]:
    prefix = rls_0004()._prefix(conn)
    schema = conn.dialect.identifier_preparer.quote(conn.execute(sa.text("SELECT current_schema()")).scalar())
    return schema, f"{prefix}_worker", f"{prefix}_supervisor", f"{prefix}_admin"


def upgrade() -> None:
    with op.batch_alter_table("access_log") as batch:
        batch.add_column(sa.Column("detail_code", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("detail_args", sa.String(length=120), nullable=True))
    _foreign_key("RESTRICT")
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    run = op.execute
    s, worker, supervisor, admin = _roles(conn)
    run("DROP POLICY access_log_append ON access_log")
    # Whoever was given more than reading on the log (groups, or a login directly) loses it.
    run("""DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT DISTINCT grantee FROM information_schema.table_privileges
                 WHERE table_schema = current_schema() AND table_name = 'access_log'
                   AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
                   AND grantee <> (SELECT tableowner FROM pg_tables
                                   WHERE schemaname = current_schema() AND tablename = 'access_log') LOOP
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON access_log FROM %s',
                           CASE WHEN r.grantee = 'PUBLIC' THEN 'PUBLIC' ELSE quote_ident(r.grantee) END);
        END LOOP;
    END $$""")
    run(f"REVOKE USAGE, UPDATE ON SEQUENCE {s}.access_log_id_seq FROM {worker}, {supervisor}, {admin}")
    run(f"REVOKE DELETE ON worker FROM {worker}, {supervisor}, {admin}")
    run(_function_sql(s))
    run(f"""DO $$ BEGIN EXECUTE format('ALTER FUNCTION {s}.{FUNCTION} OWNER TO %I',
            (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'access_log'));
        END $$""")
    run(f"REVOKE ALL ON FUNCTION {s}.{FUNCTION} FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION {s}.{FUNCTION} TO {worker}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        run = op.execute
        s, worker, _, admin = _roles(conn)
        run(f"DROP FUNCTION {s}.{FUNCTION}")
        run(f"GRANT DELETE ON worker TO {admin}")
        run(f"GRANT INSERT ON access_log TO {worker}")
        run(f"GRANT USAGE ON SEQUENCE {s}.access_log_id_seq TO {worker}")
        run(f"CREATE POLICY access_log_append ON access_log FOR INSERT TO {worker} "
            f"WITH CHECK (username = current_user)")
    # Entries written with codes keep them as text in the old column.
    op.execute("UPDATE access_log SET detail = detail_code || coalesce(':' || detail_args, '') "
               "WHERE detail IS NULL AND detail_code IS NOT NULL")
    _foreign_key("SET NULL")
    with op.batch_alter_table("access_log") as batch:
        batch.drop_column("detail_args")
        batch.drop_column("detail_code")
