"""Extensions under control (issue 18 item 2).

- Table ``involvement_extension``: one row per extension (verlenging) of help, numbered in the
  involvement's chain: the reason (a short list and a note), the evaluation of the case it rests on or why
  there is none, the previous and the new planned end, who asked when, and the status (requested,
  approved, refused) with who decided when and why. Existing involvements keep their counter
  (``involvement.extensions``) and get no rows: their history before this revision is only that count, and
  a new extension is numbered after it (counter 2: the next one is number 3).
- ``team.extension_approval``: extensions in the team's cases wait for a supervisor's approval (off for
  every existing team, so nothing changes until a supervisor turns it on).
- ``product.max_weeks`` and ``product.max_extensions``: the norm for help with the product (empty: none).
- On PostgreSQL the table is wired like every family-data table (revision 0016), and a trigger keeps it
  honest whatever SQL a login sends: a new row is asked for by the caller, and only in a team without
  approval may it take effect at once; a change is only the decision on a request, by an active supervisor
  (or administrator) of the family's team who did not ask for it. Supervisors may change their own teams'
  ``extension_approval`` (a column grant and a trigger); the rest of ``team`` stays the administrators'.
- The access log's vocabulary: object type ``involvement_extension``; detail codes ``extension_requested``,
  ``extension_decided``, ``extension_approval``.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import CASE_OF_FAMILY, protect_family_table, unprotect_family_table
from migrations.row_security_0004 import rls_0004

revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None

TABLE = "involvement_extension"
CODES = {"extension_requested": ("n", "requested|approved|refused"),
         "extension_decided": ("n", "approved|refused"),
         "extension_approval": ("approval_required|approval_not_required",)}
TYPES = (TABLE,)
REASONS = ('goals_not_reached', 'setback', 'late_start', 'waiting_for_next', 'new_need', 'other')


def upgrade() -> None:
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.add_column(sa.Column('extension_approval', sa.Boolean(), server_default=sa.text('false'),
                                      nullable=False))
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column('max_weeks', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('max_extensions', sa.Integer(), nullable=True))
        batch_op.create_check_constraint('max_weeks_range', "max_weeks IS NULL OR max_weeks BETWEEN 1 AND 520")
        batch_op.create_check_constraint('max_extensions_range',
                                         "max_extensions IS NULL OR max_extensions BETWEEN 0 AND 50")
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('involvement_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Enum(*REASONS, name=op.f('ck_involvement_extension_extension_reason'),
                                    native_enum=False, create_constraint=True, length=17), nullable=False),
        sa.Column('note', sa.String(length=1000), nullable=False),
        sa.Column('evaluation_id', sa.Integer(), nullable=True),
        sa.Column('no_evaluation_reason', sa.String(length=500), nullable=True),
        sa.Column('previous_end', sa.Date(), nullable=True),
        sa.Column('new_end', sa.Date(), nullable=False),
        sa.Column('requested_by_id', sa.Integer(), nullable=False),
        sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status', sa.Enum('requested', 'approved', 'refused',
                                    name=op.f('ck_involvement_extension_extension_status'), native_enum=False,
                                    create_constraint=True, length=9), nullable=False),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('decision_note', sa.String(length=1000), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('number >= 1', name=op.f('ck_involvement_extension_number_positive')),
        sa.CheckConstraint('evaluation_id IS NOT NULL OR no_evaluation_reason IS NOT NULL',
                           name=op.f('ck_involvement_extension_evaluation_or_why')),
        sa.CheckConstraint('previous_end IS NULL OR new_end > previous_end',
                           name=op.f('ck_involvement_extension_new_end_later')),
        sa.CheckConstraint("(status = 'requested') = (decided_at IS NULL)",
                           name=op.f('ck_involvement_extension_decided_when_not_requested')),
        sa.CheckConstraint('decided_by_id IS NULL OR decided_by_id <> requested_by_id',
                           name=op.f('ck_involvement_extension_not_own_request')),
        sa.CheckConstraint("status <> 'refused' OR (decided_by_id IS NOT NULL AND decision_note IS NOT NULL)",
                           name=op.f('ck_involvement_extension_refusal_by_supervisor')),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_involvement_extension_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                                name=op.f('fk_involvement_extension_case_id_case_file'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['involvement_id'], ['involvement.id'],
                                name=op.f('fk_involvement_extension_involvement_id_involvement'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'],
                                name=op.f('fk_involvement_extension_evaluation_id_evaluation'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['requested_by_id'], ['worker.id'],
                                name=op.f('fk_involvement_extension_requested_by_id_worker')),
        sa.ForeignKeyConstraint(['decided_by_id'], ['worker.id'],
                                name=op.f('fk_involvement_extension_decided_by_id_worker')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_involvement_extension')),
        sa.UniqueConstraint('involvement_id', 'number', name=op.f('uq_involvement_extension_involvement_id')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('ix_involvement_extension_case', ['case_id', 'status'], unique=False)
        batch_op.create_index('ix_involvement_extension_family', ['family_id'], unique=False)
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _protect(conn)


# The help and the evaluation a row names are of the row's own case.
OF_CASE = ("EXISTS (SELECT 1 FROM {s}.involvement i WHERE i.id = {t}.involvement_id AND i.case_id = {t}.case_id) "
           "AND ({t}.evaluation_id IS NULL OR EXISTS (SELECT 1 FROM {s}.evaluation e "
           "WHERE e.id = {t}.evaluation_id AND e.case_id = {t}.case_id))")


def _names(conn) -> tuple[str, str, str]:
    prefix = rls_0004()._prefix(conn)
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    return s, f"{prefix}_worker", f"{prefix}_supervisor"


def _protect(conn) -> None:
    run = op.execute
    s, worker, supervisor = _names(conn)
    protect_family_table(conn, TABLE, refs=(CASE_OF_FAMILY, OF_CASE), versioned=True)
    # Invoker's rights: the caller sees the family only when it is of their team (row security).
    run(f"""CREATE FUNCTION {s}.gezinsregie_guard_extension() RETURNS trigger
        LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $fn$
    DECLARE
        me integer;
        family_team integer;
        needs_approval boolean;
    BEGIN
        SELECT id INTO me FROM worker WHERE username = session_user::text AND active;
        SELECT f.team_id INTO family_team FROM family f WHERE f.id = NEW.family_id;
        IF TG_OP = 'INSERT' THEN
            SELECT t.extension_approval INTO needs_approval FROM team t WHERE t.id = family_team;
            IF me IS NULL OR NEW.requested_by_id IS DISTINCT FROM me THEN
                RAISE EXCEPTION 'an extension is asked for by the caller' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.status <> 'requested' AND (needs_approval IS NOT FALSE OR NEW.decided_by_id IS NOT NULL) THEN
                RAISE EXCEPTION 'this extension needs a supervisor''s approval'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END IF;
        IF OLD.status <> 'requested' OR NEW.status NOT IN ('approved', 'refused')
           OR (NEW.family_id, NEW.case_id, NEW.involvement_id, NEW.number, NEW.reason, NEW.note, NEW.evaluation_id,
               NEW.no_evaluation_reason, NEW.previous_end, NEW.new_end, NEW.requested_by_id, NEW.requested_at)
              IS DISTINCT FROM
              (OLD.family_id, OLD.case_id, OLD.involvement_id, OLD.number, OLD.reason, OLD.note, OLD.evaluation_id,
               OLD.no_evaluation_reason, OLD.previous_end, OLD.new_end, OLD.requested_by_id, OLD.requested_at) THEN
            RAISE EXCEPTION 'an extension only changes by the decision on its request'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF me IS NULL OR NEW.decided_by_id IS DISTINCT FROM me OR me = NEW.requested_by_id
           OR gezinsregie_my_role(session_user) NOT IN ('supervisor', 'admin')
           OR family_team IS NULL OR NOT family_team = ANY (gezinsregie_my_teams(session_user)) THEN
            RAISE EXCEPTION 'only a supervisor of the team who did not ask decides on an extension'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $fn$""")
    app_session = f"current_setting('is_superuser') = 'off' AND pg_has_role(session_user, '{worker}', 'USAGE')"
    run(f"CREATE TRIGGER {TABLE}_guard BEFORE INSERT OR UPDATE ON {TABLE} FOR EACH ROW "
        f"WHEN ({app_session}) EXECUTE FUNCTION {s}.gezinsregie_guard_extension()")
    # A supervisor turns approval on or off for their own teams, and changes nothing else of a team.
    run(f"GRANT UPDATE (extension_approval, version, updated_at) ON team TO {supervisor}")
    run(f"""CREATE FUNCTION {s}.gezinsregie_guard_team_setting() RETURNS trigger
        LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $fn$
    BEGIN
        IF gezinsregie_my_role(session_user) IS DISTINCT FROM 'admin'
           AND NOT NEW.id = ANY (gezinsregie_my_teams(session_user)) THEN
            RAISE EXCEPTION 'a supervisor changes only their own teams' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $fn$""")
    run(f"CREATE TRIGGER team_extension_approval BEFORE UPDATE OF extension_approval ON team FOR EACH ROW "
        f"WHEN ({app_session} AND NEW.extension_approval IS DISTINCT FROM OLD.extension_approval) "
        f"EXECUTE FUNCTION {s}.gezinsregie_guard_team_setting()")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        s, _worker, supervisor = _names(conn)
        op.execute("DROP TRIGGER team_extension_approval ON team")
        op.execute(f"DROP FUNCTION {s}.gezinsregie_guard_team_setting()")
        op.execute(f"REVOKE UPDATE (extension_approval, version, updated_at) ON team FROM {supervisor}")
        op.execute(f"DROP TRIGGER {TABLE}_guard ON {TABLE}")
        op.execute(f"DROP FUNCTION {s}.gezinsregie_guard_extension()")
        unprotect_family_table(TABLE, versioned=True)
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_involvement_extension_family')
        batch_op.drop_index('ix_involvement_extension_case')
    op.drop_table(TABLE)
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_constraint('max_extensions_range', type_='check')
        batch_op.drop_constraint('max_weeks_range', type_='check')
        batch_op.drop_column('max_extensions')
        batch_op.drop_column('max_weeks')
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_column('extension_approval')
