"""The access log's vocabulary in a table, and ``on_behalf_of`` written by the database.

- Table ``access_log_vocabulary`` (both databases): the object types and detail codes the log accepts,
  seeded with the frozen lists of revision 0009. A later revision adds its own codes with
  ``migrations.access_log_vocabulary.add_vocabulary`` instead of replacing the logging function again.
  Application roles may only read it.
- ``gezinsregie_log_access`` (PostgreSQL) checks object types and detail codes against that table and
  takes a ninth argument ``p_on_behalf_of``: the username of the worker for whom the caller acts (NEN
  7513 "namens"), or NULL. It must name an existing worker other than the caller - never free text.
  The eight-argument calls of older clients keep working (the new argument has a default).
- Segments are edited by an administrator (issue 15): ``segment.version`` for optimistic locking, and
  ``segment`` as an object type of the access log.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary, vocabulary_rows
from migrations.row_security_0004 import rls_0004

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

OLD_FUNCTION = "gezinsregie_log_access(text, text, text, integer[], integer[], integer[], text, text[])"
FUNCTION = "gezinsregie_log_access(text, text, text, integer[], integer[], integer[], text, text[], text)"
MAX_ENTRIES = 10000
OBJECT_TYPES = ("segment",)


def _revision_0009():
    """Revision 0009's frozen code lists and function (its module, loaded by path: the name starts with a digit)."""
    path = next(Path(__file__).parent.glob("*_0009_access_log_by_database.py"))
    spec = importlib.util.spec_from_file_location("revision_0009", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _function_sql(s: str) -> str:
    return f"""
CREATE FUNCTION {s}.gezinsregie_log_access(
    p_event text, p_object_type text, p_outcome text,
    p_object_ids integer[], p_family_ids integer[], p_case_ids integer[],
    p_detail_code text DEFAULT NULL, p_detail_args text[] DEFAULT NULL,
    p_on_behalf_of text DEFAULT NULL) RETURNS integer
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
            OR p_object_type IS NULL OR NOT EXISTS (SELECT 1 FROM access_log_vocabulary
                                                    WHERE kind = 'object_type' AND name = p_object_type) THEN
        RAISE EXCEPTION 'gezinsregie_log_access: unknown event, outcome or object type'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_on_behalf_of IS NOT NULL AND (p_on_behalf_of = session_user::text
            OR NOT EXISTS (SELECT 1 FROM worker WHERE username = p_on_behalf_of)) THEN
        RAISE EXCEPTION 'gezinsregie_log_access: on behalf of names another worker, or nobody'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_detail_code IS NULL THEN
        IF coalesce(cardinality(p_detail_args), 0) > 0 THEN
            RAISE EXCEPTION 'gezinsregie_log_access: detail arguments without a code'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    ELSE
        SELECT string_to_array(args, ',') INTO spec FROM access_log_vocabulary
         WHERE kind = 'detail_code' AND name = p_detail_code;
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
    SELECT statement_timestamp(), p_event, me, session_user, p_on_behalf_of, e.f, e.c, p_object_type, e.o,
           station, p_outcome, p_detail_code, nullif(array_to_string(p_detail_args, ','), '')
    FROM unnest(p_object_ids, p_family_ids, p_case_ids) AS e(o, f, c);
    RETURN n;
END
$fn$"""


def _roles(conn) -> tuple[str, str, str, str]:
    prefix = rls_0004()._prefix(conn)
    schema = conn.dialect.identifier_preparer.quote(conn.execute(sa.text("SELECT current_schema()")).scalar())
    return schema, f"{prefix}_worker", f"{prefix}_supervisor", f"{prefix}_admin"


def _own(s: str, function: str) -> None:
    op.execute(f"""DO $$ BEGIN EXECUTE format('ALTER FUNCTION {s}.{function} OWNER TO %I',
            (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'access_log'));
        END $$""")


def upgrade() -> None:
    table = op.create_table(
        "access_log_vocabulary",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("args", sa.String(length=400), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("kind", "name", name=op.f("pk_access_log_vocabulary")),
    )
    frozen = _revision_0009()
    op.bulk_insert(table, vocabulary_rows(frozen.DETAIL_ARGS, frozen.OBJECT_TYPES))
    add_vocabulary(object_types=OBJECT_TYPES)
    with op.batch_alter_table("segment") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    s, worker, supervisor, admin = _roles(conn)
    op.execute(f"REVOKE ALL ON access_log_vocabulary FROM PUBLIC, {worker}, {supervisor}, {admin}")
    op.execute(f"GRANT SELECT ON access_log_vocabulary TO {worker}")
    op.execute(f"DROP FUNCTION {s}.{OLD_FUNCTION}")
    op.execute(_function_sql(s))
    _own(s, FUNCTION)
    op.execute(f"REVOKE ALL ON FUNCTION {s}.{FUNCTION} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {s}.{FUNCTION} TO {worker}")


def downgrade() -> None:
    with op.batch_alter_table("segment") as batch:
        batch.drop_column("version")
    remove_vocabulary(object_types=OBJECT_TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        s, worker, _, _ = _roles(conn)
        op.execute(f"DROP FUNCTION {s}.{FUNCTION}")
        op.execute(_revision_0009()._function_sql(s))
        _own(s, OLD_FUNCTION)
        op.execute(f"REVOKE ALL ON FUNCTION {s}.{OLD_FUNCTION} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {s}.{OLD_FUNCTION} TO {worker}")
    op.drop_table("access_log_vocabulary")
