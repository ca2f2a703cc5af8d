"""Every change visible, history unchangeable, rows consistent across teams (PostgreSQL).

The table ``change_log`` exists everywhere (models == migrations); on SQLite (one local user, who owns
the file) nothing writes it and nothing else changes. On PostgreSQL:

- **Change log.** An AFTER INSERT/UPDATE/DELETE row trigger on every protected table (revision 0004's
  TEAM_TABLES and CHILD_TABLES) writes who (``session_user``: the login, whatever ``SET ROLE`` says),
  when, which table and row key, which operation and the row's team - never content. It fires only in
  an application session (a login with the privileges of ``<prefix>_worker``, not a superuser): the
  schema owner's migrations and the demo's bulk fill are not slowed down. It also fires for rows
  removed or changed by a foreign-key cascade of an application role (those run as the table owner).
  Application roles may only read it: a worker their own rows, a supervisor also their teams' rows and
  their colleagues', an administrator all.
- **Version.** A BEFORE UPDATE trigger on every versioned protected table raises ``version`` when the
  statement left it alone (the app's optimistic locking already raises it; then the trigger is idle).
- **History.** For application roles: no DELETE on family and case_file (erasing a family's data is a
  privacy procedure of its own), no UPDATE/DELETE on case_event, evaluation and evaluation_goal
  (every evaluation row is held: ``held_on`` is NOT NULL), no DELETE on journal_entry; a journal entry
  is written and changed only by its author; an agreed or superseded plan version, its goals, their
  persons and actions stay as they were, except what the app does to them: agreed -> superseded when
  the next version is agreed, and an action of the agreed plan marked done or not done. A refusal is
  SQLSTATE 42501 (the app's AccessDenied) and names no content.
- **Consistency.** A case only for a family of the same team that the caller may see, and references
  to persons, network members, plans and goals only to rows the caller may see (restrictive policies
  for INSERT and UPDATE). They run before unique indexes and foreign keys, so a refusal tells nothing
  about another team's rows.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from __future__ import annotations


import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.row_security_0004 import rls_0004

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

FUNCTIONS = ("gezinsregie_team_of(text, integer)", "gezinsregie_log_change()", "gezinsregie_bump_version()",
             "gezinsregie_plan_of(text, jsonb)", "gezinsregie_guard_history()")
# Tables whose primary key is not ``id``.
COMPOSITE_KEYS = {
    "goal_person": "goal_id,person_id",
    "involvement_goal": "involvement_id,goal_lineage",
    "evaluation_goal": "evaluation_id,goal_lineage",
}
UNVERSIONED = ("case_event", "goal_person", "involvement_goal", "evaluation_goal")
NO_DELETE = ("family", "case_file", "journal_entry")
NO_UPDATE_OR_DELETE = ("case_event", "evaluation", "evaluation_goal")
GUARDED = ("journal_entry", "family_plan", "goal", "goal_person", "action")  # by gezinsregie_guard_history
# References besides the parent key: to rows the caller may see (or none).
REFERENCES = {
    "goal": (("network_member_id", "network_member"),),
    "goal_person": (("person_id", "person"),),
    "action": (("owner_person_id", "person"), ("owner_network_member_id", "network_member")),
    "evaluation": (("plan_id", "family_plan"),),
    "evaluation_goal": (("goal_id", "goal"),),
}



def upgrade() -> None:
    op.create_table(
        'change_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('username', sa.String(length=63), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_key', sa.String(length=80), nullable=False),
        sa.Column('operation', sa.Enum('insert', 'update', 'delete', name=op.f('ck_change_log_change_operation'),
                                       native_enum=False, create_constraint=True), nullable=False),
        sa.Column('team_id', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log')),
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_row', ['table_name', 'row_key'], unique=False)
        batch_op.create_index('ix_change_log_user_time', ['username', 'occurred_at'], unique=False)
        batch_op.create_index('ix_change_log_team_time', ['team_id', 'occurred_at'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _upgrade_postgresql(conn)


def _upgrade_postgresql(conn) -> None:
    run = op.execute
    rls = rls_0004()
    prefix = rls._prefix(conn)
    worker = f"{prefix}_worker"
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    protected = {**{t: ("", "") for t in rls.TEAM_TABLES}, **rls.CHILD_TABLES}
    # An application session: checked per row, so it must stay cheap (no sub-select, no function of ours).
    app_session = f"current_setting('is_superuser') = 'off' AND pg_has_role(session_user, '{worker}', 'USAGE')"
    definer = f"SECURITY DEFINER SET search_path = {s}, pg_temp"

    run(f"""
        CREATE FUNCTION {s}.gezinsregie_team_of(tbl text, row_id integer) RETURNS integer
        LANGUAGE plpgsql STABLE {definer} AS $$
        BEGIN
            LOOP
                CASE tbl
                    {_team_of_branches(rls)}
                    ELSE RETURN NULL;
                END CASE;
            END LOOP;
        END $$""")
    run(f"""
        CREATE FUNCTION {s}.gezinsregie_log_change() RETURNS trigger
        LANGUAGE plpgsql {definer} AS $$
        DECLARE
            r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
        BEGIN
            INSERT INTO change_log (occurred_at, username, table_name, row_key, operation, team_id)
            VALUES (now(), session_user, TG_TABLE_NAME,
                    (SELECT string_agg(r ->> k, '/' ORDER BY n)
                     FROM unnest(string_to_array(TG_ARGV[0], ',')) WITH ORDINALITY AS u(k, n)),
                    lower(TG_OP),
                    CASE WHEN TG_ARGV[1] = '' THEN (r ->> 'team_id')::integer
                         ELSE gezinsregie_team_of(TG_ARGV[1], (r ->> TG_ARGV[2])::integer) END);
            RETURN NULL;
        END $$""")
    run(f"""
        CREATE FUNCTION {s}.gezinsregie_bump_version() RETURNS trigger
        LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $$
        BEGIN
            NEW.version := OLD.version + 1;
            RETURN NEW;
        END $$""")
    run(f"""
        CREATE FUNCTION {s}.gezinsregie_plan_of(tbl text, r jsonb) RETURNS integer
        LANGUAGE sql STABLE {definer} AS $$
            SELECT CASE tbl WHEN 'goal' THEN (r ->> 'plan_id')::integer
                            ELSE (SELECT g.plan_id FROM goal g WHERE g.id = (r ->> 'goal_id')::integer) END
        $$""")
    run(f"""
        CREATE FUNCTION {s}.gezinsregie_guard_history() RETURNS trigger
        LANGUAGE plpgsql {definer} AS $$
        {_GUARD_BODY}
        $$""")
    for fn in FUNCTIONS:
        run(f"REVOKE ALL ON FUNCTION {s}.{fn} FROM PUBLIC")

    for table, (parent, column) in protected.items():
        key = COMPOSITE_KEYS.get(table, "id")
        run(f"CREATE TRIGGER {table}_change_log AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
            f"WHEN ({app_session}) EXECUTE FUNCTION {s}.gezinsregie_log_change('{key}', '{parent}', '{column}')")
        if table not in UNVERSIONED:
            run(f"CREATE TRIGGER {table}_bump_version BEFORE UPDATE ON {table} FOR EACH ROW "
                f"WHEN (NEW.version IS NOT DISTINCT FROM OLD.version) EXECUTE FUNCTION {s}.gezinsregie_bump_version()")
    for table in GUARDED:
        run(f"CREATE TRIGGER {table}_history BEFORE INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
            f"WHEN ({app_session}) EXECUTE FUNCTION {s}.gezinsregie_guard_history()")
    for table in NO_DELETE:
        run(f"REVOKE DELETE ON {table} FROM {worker}")
    for table in NO_UPDATE_OR_DELETE:
        run(f"REVOKE UPDATE, DELETE ON {table} FROM {worker}")

    # Consistency across teams (restrictive: they hold for administrators too).
    same_team = f"EXISTS (SELECT 1 FROM {s}.family f WHERE f.id = case_file.family_id AND f.team_id = case_file.team_id)"
    _restrict("case_file", "family", same_team, worker)
    for table, refs in REFERENCES.items():
        condition = " AND ".join(f"({column} IS NULL OR EXISTS (SELECT 1 FROM {s}.{target} x "
                                 f"WHERE x.id = {table}.{column}))" for column, target in refs)
        _restrict(table, "refs", condition, worker)

    run("ALTER TABLE change_log ENABLE ROW LEVEL SECURITY")
    run(f"GRANT SELECT ON change_log TO {worker}")
    run(f"REVOKE ALL ON SEQUENCE change_log_id_seq FROM {worker}")  # 0004's default privileges gave it
    run(f"""CREATE POLICY change_log_read ON change_log FOR SELECT TO {worker} USING (
            username = current_user
            OR (SELECT {s}.gezinsregie_my_role(current_user)) = 'admin'
            OR ((SELECT {s}.gezinsregie_my_role(current_user)) = 'supervisor' AND (
                team_id = ANY ((SELECT {s}.gezinsregie_my_teams(current_user))::integer[])
                OR username IN (SELECT w.username FROM {s}.worker w JOIN {s}.worker_team wt ON wt.worker_id = w.id
                                WHERE wt.team_id = ANY ((SELECT {s}.gezinsregie_my_teams(current_user))::integer[])))))""")


def _team_of_branches(rls) -> str:
    """One CASE branch per table that is some row's parent: its team, or one step up to its own parent."""
    branches = [f"WHEN '{t}' THEN RETURN (SELECT team_id FROM {t} WHERE id = row_id);" for t in rls.TEAM_TABLES]
    parents = {parent for parent, _ in rls.CHILD_TABLES.values()} - set(rls.TEAM_TABLES)
    for table in sorted(parents):
        up, column = rls.CHILD_TABLES[table]
        branches.append(f"WHEN '{table}' THEN row_id := (SELECT {column} FROM {table} WHERE id = row_id); "
                        f"tbl := '{up}';")
    return "\n                    ".join(branches)


def _restrict(table: str, name: str, condition: str, worker: str) -> None:
    op.execute(f"CREATE POLICY {table}_{name}_insert ON {table} AS RESTRICTIVE FOR INSERT TO {worker} "
               f"WITH CHECK ({condition})")
    op.execute(f"CREATE POLICY {table}_{name}_update ON {table} AS RESTRICTIVE FOR UPDATE TO {worker} "
               f"USING (true) WITH CHECK ({condition})")


# What an application role may do to rows that are history (see the module docstring). A row is locked
# when the plan it belongs to is no longer a draft; a plan deleted in the same statement (cascade) locks
# nothing. The message names no content.
_GUARD_BODY = """
DECLARE
    o jsonb := to_jsonb(OLD);  -- NULL on INSERT; fields by name work for every table
    n jsonb := to_jsonb(NEW);  -- NULL on DELETE
    locked_old boolean := false;
    locked_new boolean := false;
    me integer;
BEGIN
    IF TG_TABLE_NAME = 'journal_entry' THEN
        me := (SELECT id FROM worker WHERE username = session_user);
        IF (o IS NOT NULL AND (o ->> 'author_id')::integer IS DISTINCT FROM me)
                OR (n IS NOT NULL AND (n ->> 'author_id')::integer IS DISTINCT FROM me) THEN
            RAISE EXCEPTION 'only its author may write or change a journal entry' USING ERRCODE = '42501';
        END IF;
    ELSIF TG_TABLE_NAME = 'family_plan' THEN
        IF o IS NULL THEN
            locked_new := n ->> 'status' <> 'draft';
        ELSIF o ->> 'status' <> 'draft' THEN
            locked_old := (o ->> 'status' = 'agreed' AND n ->> 'status' = 'superseded'  -- NULL on DELETE
                AND n - ARRAY['status', 'version', 'updated_at'] = o - ARRAY['status', 'version', 'updated_at'])
                IS NOT TRUE;
        END IF;
    ELSE  -- goal, goal_person, action: the status of the plan they belong to
        locked_old := COALESCE((SELECT p.status <> 'draft' FROM family_plan p
                                WHERE p.id = gezinsregie_plan_of(TG_TABLE_NAME, o)), false);
        locked_new := COALESCE((SELECT p.status <> 'draft' FROM family_plan p
                                WHERE p.id = gezinsregie_plan_of(TG_TABLE_NAME, n)), false);
        IF TG_TABLE_NAME = 'action' AND locked_old AND n IS NOT NULL
                AND (SELECT p.status FROM family_plan p WHERE p.id = gezinsregie_plan_of('action', o)) = 'agreed'
                AND n - ARRAY['done', 'done_on', 'version', 'updated_at']
                    = o - ARRAY['done', 'done_on', 'version', 'updated_at'] THEN
            RETURN NEW;  -- progress on the agreed plan: marked done or not done
        END IF;
    END IF;
    IF locked_old OR locked_new THEN
        RAISE EXCEPTION 'an agreed plan version is history: it cannot be changed' USING ERRCODE = '42501';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
"""


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _downgrade_postgresql(conn)
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_team_time')
        batch_op.drop_index('ix_change_log_user_time')
        batch_op.drop_index('ix_change_log_row')
    op.drop_table('change_log')


def _downgrade_postgresql(conn) -> None:
    run = op.execute
    rls = rls_0004()
    worker = f"{rls._prefix(conn)}_worker"
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    for table in (*REFERENCES, "case_file"):
        name = "family" if table == "case_file" else "refs"
        run(f"DROP POLICY {table}_{name}_insert ON {table}")
        run(f"DROP POLICY {table}_{name}_update ON {table}")
    for table in NO_DELETE:
        run(f"GRANT DELETE ON {table} TO {worker}")
    for table in NO_UPDATE_OR_DELETE:
        run(f"GRANT UPDATE, DELETE ON {table} TO {worker}")
    for table in (*rls.TEAM_TABLES, *rls.CHILD_TABLES):
        run(f"DROP TRIGGER {table}_change_log ON {table}")
        run(f"DROP TRIGGER IF EXISTS {table}_bump_version ON {table}")
        run(f"DROP TRIGGER IF EXISTS {table}_history ON {table}")
    for fn in reversed(FUNCTIONS):
        run(f"DROP FUNCTION {s}.{fn}")
