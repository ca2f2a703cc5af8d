"""Account holding (accounthouderschap, issue 18 item 3): signals about providers and improvement plans.

- ``provider.account_holder_id``: the worker who holds the account of a provider.
- ``provider_signal``: a signal (kind, date, raised by, team) - no personal data. On PostgreSQL row-level
  security limits it to the caller's teams (reads and writes; the raiser is the caller); append-only.
- ``provider_signal_case``: the case, help and note a signal came from - family data, wired like every
  family table (team RLS via the family, change log, append-only).
- ``improvement_step``: the account holder's escalation steps (plan, monitoring, decision), append-only;
  everyone may read them, only the provider's account holder or an administrator may add one.
- ``gezinsregie_provider_signals(provider_id)``: SECURITY DEFINER; for the provider's account holder or an
  administrator the signals of all teams counted per kind, team and date - never a case id or a note.
- Supervisors may set a provider's account holder (a column grant; administrators may do all).
- The access log's vocabulary: object types ``provider_signal`` and ``improvement_step``, detail codes
  ``signal_raised`` and ``improvement_step``.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.family_table import CASE_OF_FAMILY, protect_family_table, unprotect_family_table
from migrations.row_security_0004 import rls_0004


revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None

SIGNAL, SIGNAL_CASE, STEP = "provider_signal", "provider_signal_case", "improvement_step"
CODES = {"signal_raised": ("goal_not_reached|waiting_time|no_report_back|other",),
         "improvement_step": ("plan|monitoring|decision",)}
TYPES = (SIGNAL, STEP)
FUNCTION = "gezinsregie_provider_signals(integer)"


def upgrade() -> None:
    op.create_table('improvement_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('plan', 'monitoring', 'decision', name=op.f('ck_improvement_step_improvement_step_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('step_on', sa.Date(), nullable=False),
    sa.Column('agreements', sa.String(length=2000), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('decision', sa.Enum('continue', 'enforce', 'terminate', name=op.f('ck_improvement_step_improvement_decision'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(kind = 'decision') = (decision IS NOT NULL)", name=op.f('ck_improvement_step_decision_only_at_decision')),
    sa.CheckConstraint("kind <> 'plan' OR agreements IS NOT NULL", name=op.f('ck_improvement_step_plan_has_agreements')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_improvement_step_provider_id_provider'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['worker.id'], name=op.f('fk_improvement_step_recorded_by_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_improvement_step'))
    )
    with op.batch_alter_table('improvement_step', schema=None) as batch_op:
        batch_op.create_index('ix_improvement_step_provider', ['provider_id', 'id'], unique=False)

    op.create_table('provider_signal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('goal_not_reached', 'waiting_time', 'no_report_back', 'other', name=op.f('ck_provider_signal_signal_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('raised_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_provider_signal_provider_id_provider'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['raised_by_id'], ['worker.id'], name=op.f('fk_provider_signal_raised_by_id_worker')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_provider_signal_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provider_signal'))
    )
    with op.batch_alter_table('provider_signal', schema=None) as batch_op:
        batch_op.create_index('ix_provider_signal_provider', ['provider_id', 'raised_on'], unique=False)
        batch_op.create_index('ix_provider_signal_team', ['team_id'], unique=False)

    op.create_table('provider_signal_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('signal_id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('involvement_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=2000), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_provider_signal_case_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_provider_signal_case_family_id_family'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['involvement_id'], ['involvement.id'], name=op.f('fk_provider_signal_case_involvement_id_involvement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signal_id'], ['provider_signal.id'], name=op.f('fk_provider_signal_case_signal_id_provider_signal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provider_signal_case')),
    sa.UniqueConstraint('signal_id', name=op.f('uq_provider_signal_case_signal_id'))
    )
    with op.batch_alter_table('provider_signal_case', schema=None) as batch_op:
        batch_op.create_index('ix_provider_signal_case_family', ['family_id', 'case_id'], unique=False)

    with op.batch_alter_table('provider', schema=None) as batch_op:
        batch_op.add_column(sa.Column('account_holder_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_provider_account_holder_id_worker'), 'worker', ['account_holder_id'], ['id'], ondelete='SET NULL')
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _protect(conn)


# The signal's case is of the row's family; its help is help of that case; the signal is one of the caller's.
INVOLVEMENT_OF_CASE = ("({t}.involvement_id IS NULL OR EXISTS (SELECT 1 FROM {s}.involvement i "
                       "WHERE i.id = {t}.involvement_id AND i.case_id = {t}.case_id))")
SIGNAL_OF_CALLER = ("EXISTS (SELECT 1 FROM {s}.provider_signal g JOIN {s}.worker w ON w.id = g.raised_by_id "
                    "WHERE g.id = {t}.signal_id AND w.username = current_user::text)")


def _protect(conn) -> None:
    run = op.execute
    prefix = rls_0004()._prefix(conn)
    worker, supervisor = f"{prefix}_worker", f"{prefix}_supervisor"
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    mine = f"team_id = ANY ((SELECT {s}.gezinsregie_my_teams(current_user))::integer[])"
    caller = f"(SELECT w.id FROM {s}.worker w WHERE w.username = current_user::text AND w.active)"
    active = f"(SELECT {s}.gezinsregie_active_login(current_user)) IS NOT NULL"
    run(f"ALTER TABLE {SIGNAL} ENABLE ROW LEVEL SECURITY")
    run(f"CREATE POLICY {SIGNAL}_team ON {SIGNAL} FOR SELECT TO {worker} USING ({mine})")
    run(f"CREATE POLICY {SIGNAL}_raise ON {SIGNAL} FOR INSERT TO {worker} "
        f"WITH CHECK ({mine} AND raised_by_id = {caller})")
    run(f"CREATE POLICY {SIGNAL}_active ON {SIGNAL} AS RESTRICTIVE FOR ALL TO {worker} "
        f"USING ({active}) WITH CHECK ({active})")
    run(f"GRANT SELECT, INSERT ON {SIGNAL} TO {worker}")
    protect_family_table(conn, SIGNAL_CASE, refs=(CASE_OF_FAMILY, INVOLVEMENT_OF_CASE, SIGNAL_OF_CALLER),
                         append_only=True)
    holder = (f"(({s}.gezinsregie_my_role(current_user) = 'admin') OR EXISTS (SELECT 1 FROM {s}.provider p "
              f"WHERE p.id = {STEP}.provider_id AND p.account_holder_id = {caller}))")
    run(f"ALTER TABLE {STEP} ENABLE ROW LEVEL SECURITY")
    run(f"CREATE POLICY {STEP}_read ON {STEP} FOR SELECT TO {worker} USING (true)")
    run(f"CREATE POLICY {STEP}_holder ON {STEP} FOR INSERT TO {worker} "
        f"WITH CHECK ({holder} AND recorded_by_id = {caller})")
    run(f"CREATE POLICY {STEP}_active ON {STEP} AS RESTRICTIVE FOR ALL TO {worker} "
        f"USING ({active}) WITH CHECK ({active})")
    run(f"GRANT SELECT, INSERT ON {STEP} TO {worker}")
    run(f"GRANT UPDATE (account_holder_id, version, updated_at) ON provider TO {supervisor}")
    # The account holder's (or an administrator's) depersonalised view: no case, family or note. Inside a
    # definer-rights function current_user is its owner: the caller is the session's login.
    run(f"""
        CREATE FUNCTION {s}.{FUNCTION}
        RETURNS TABLE (kind text, raised_on date, team_id integer, n bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT g.kind::text, g.raised_on, g.team_id, count(*)
            FROM provider_signal g JOIN provider p ON p.id = g.provider_id
            WHERE g.provider_id = $1 AND (gezinsregie_active_login(session_user)) IS NOT NULL
              AND (gezinsregie_my_role(session_user) = 'admin' OR p.account_holder_id =
                   (SELECT w.id FROM worker w WHERE w.username = session_user::text AND w.active))
            GROUP BY g.kind, g.raised_on, g.team_id
        $$""")
    run(f"REVOKE ALL ON FUNCTION {s}.{FUNCTION} FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION {s}.{FUNCTION} TO {worker}")


def _unprotect(conn) -> None:
    prefix = rls_0004()._prefix(conn)
    op.execute(f"DROP FUNCTION {FUNCTION}")
    op.execute(f"DROP POLICY {STEP}_holder ON {STEP}")  # it reads provider.account_holder_id, dropped first
    op.execute(f"REVOKE UPDATE (account_holder_id, version, updated_at) ON provider FROM {prefix}_supervisor")
    unprotect_family_table(SIGNAL_CASE, append_only=True)



def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _unprotect(conn)
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table('provider', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_provider_account_holder_id_worker'), type_='foreignkey')
        batch_op.drop_column('account_holder_id')

    with op.batch_alter_table('provider_signal_case', schema=None) as batch_op:
        batch_op.drop_index('ix_provider_signal_case_family')

    op.drop_table('provider_signal_case')
    with op.batch_alter_table('provider_signal', schema=None) as batch_op:
        batch_op.drop_index('ix_provider_signal_team')
        batch_op.drop_index('ix_provider_signal_provider')

    op.drop_table('provider_signal')
    with op.batch_alter_table('improvement_step', schema=None) as batch_op:
        batch_op.drop_index('ix_improvement_step_provider')

    op.drop_table('improvement_step')
