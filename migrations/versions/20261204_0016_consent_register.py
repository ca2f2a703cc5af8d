"""The consent register per person (Jeugdwet 7.3.4 / 7.3.5; AVG 6, 7, 8): table ``consent``.

A consent is about one person of a family: what it covers (a scope and, for a named party, its name),
who gave it by the age rule on the day (app/consent.py), how, when, until when, and when it was
withdrawn. On PostgreSQL the table is wired like every family-data table (revisions 0004, 0010, 0011):
row-level security for reads and writes through the family's team, the restrictive ``consent_active``
policy (an active login), the change-log and version triggers, and a restrictive check that the person
belongs to the same family and is visible to the caller. Withdrawing is an update; application roles
may not delete a consent (what was agreed stays on record).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.row_security_0004 import rls_0004

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

TABLE = "consent"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('scope', sa.Enum('provider', 'evaluation', 'school', 'gp', 'other_party',
                                   name=op.f('ck_consent_consent_scope'), native_enum=False,
                                   create_constraint=True), nullable=False),
        sa.Column('party', sa.String(length=120), nullable=True),
        sa.Column('rule', sa.String(length=20), nullable=False),
        sa.Column('given_by', sa.String(length=400), nullable=False),
        sa.Column('form', sa.Enum('oral', 'written', name=op.f('ck_consent_consent_form'), native_enum=False,
                                  create_constraint=True), nullable=False),
        sa.Column('given_on', sa.Date(), nullable=False),
        sa.Column('valid_until', sa.Date(), nullable=True),
        sa.Column('withdrawn_on', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('valid_until IS NULL OR valid_until >= given_on', name=op.f('ck_consent_until_after_given')),
        sa.CheckConstraint('withdrawn_on IS NULL OR withdrawn_on >= given_on',
                           name=op.f('ck_consent_withdrawn_after_given')),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_consent_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('ix_consent_family_person', ['family_id', 'person_id'], unique=False)
        batch_op.create_index('ix_consent_person', ['person_id'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _protect(conn)


def _protect(conn) -> None:
    run = op.execute
    rls = rls_0004()
    worker = f"{rls._prefix(conn)}_worker"
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    # 0004: visible through the family's own policy, for reads and writes.
    visible = f"EXISTS (SELECT 1 FROM {s}.family p WHERE p.id = {TABLE}.family_id)"
    run(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    run(f"CREATE POLICY {TABLE}_team ON {TABLE} FOR ALL TO {worker} USING ({visible}) WITH CHECK ({visible})")
    run(f"GRANT SELECT, INSERT, UPDATE ON {TABLE} TO {worker}")
    # 0010: only an active login.
    active = f"(SELECT {s}.gezinsregie_active_login(current_user)) IS NOT NULL"
    run(f"CREATE POLICY {TABLE}_active ON {TABLE} AS RESTRICTIVE FOR ALL TO {worker} "
        f"USING ({active}) WITH CHECK ({active})")
    # 0011: the person is one the caller may see, of this very family.
    same_family = (f"EXISTS (SELECT 1 FROM {s}.person x WHERE x.id = {TABLE}.person_id "
                   f"AND x.family_id = {TABLE}.family_id)")
    run(f"CREATE POLICY {TABLE}_refs_insert ON {TABLE} AS RESTRICTIVE FOR INSERT TO {worker} "
        f"WITH CHECK ({same_family})")
    run(f"CREATE POLICY {TABLE}_refs_update ON {TABLE} AS RESTRICTIVE FOR UPDATE TO {worker} "
        f"USING (true) WITH CHECK ({same_family})")
    app_session = f"current_setting('is_superuser') = 'off' AND pg_has_role(session_user, '{worker}', 'USAGE')"
    run(f"CREATE TRIGGER {TABLE}_change_log AFTER INSERT OR UPDATE OR DELETE ON {TABLE} FOR EACH ROW "
        f"WHEN ({app_session}) EXECUTE FUNCTION {s}.gezinsregie_log_change('id', 'family', 'family_id')")
    run(f"CREATE TRIGGER {TABLE}_bump_version BEFORE UPDATE ON {TABLE} FOR EACH ROW "
        f"WHEN (NEW.version IS NOT DISTINCT FROM OLD.version) EXECUTE FUNCTION {s}.gezinsregie_bump_version()")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for policy in ("team", "active", "refs_insert", "refs_update"):
            op.execute(f"DROP POLICY {TABLE}_{policy} ON {TABLE}")
        op.execute(f"DROP TRIGGER {TABLE}_change_log ON {TABLE}")
        op.execute(f"DROP TRIGGER {TABLE}_bump_version ON {TABLE}")
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_consent_person')
        batch_op.drop_index('ix_consent_family_person')
    op.drop_table(TABLE)
