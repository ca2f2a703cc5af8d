"""The sharing gate (Jeugdwet 7.3.4 / 7.3.5 / 7.3.11): table ``sharing_record``; a consent keeps its person.

Every sharing of a family's data the gate lets through (an involvement's referral, a provider's
evaluation, the plan for a provider) is recorded: the family and case, purpose, party, the basis (the
consents it rested on, or a legal ground with its reason), who and when. On PostgreSQL the table is
wired like every family-data table (revisions 0004, 0010, 0011, as 0016 does for ``consent``): row-level
security for reads and writes through the family's team, the restrictive ``sharing_record_active``
policy, the change-log trigger, and a restrictive check that the case is the family's and that the row
names the login's own worker (nobody records a sharing in a colleague's name). It is
append-only: application roles may insert and read, never update or delete (what was shared stays on
record). It has no version column (it is never edited).

``consent.person_id`` no longer cascades: a person with consents on record cannot be removed (the member
service refuses and says why; the database refuses too). Deleting a whole family still removes both.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.row_security_0004 import rls_0004

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

TABLE = "sharing_record"
CODES = {"shared": ("involvement|evaluation|plan",
                    "consent|directly_involved|ots_institution|acute_safety")}
TYPES = ("sharing_record",)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('family_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.Enum('involvement', 'evaluation', 'plan',
                                     name=op.f('ck_sharing_record_sharing_purpose'), native_enum=False,
                                     create_constraint=True), nullable=False),
        sa.Column('party', sa.String(length=160), nullable=False),
        sa.Column('provider_id', sa.Integer(), nullable=True),
        sa.Column('object_id', sa.Integer(), nullable=True),
        sa.Column('ground', sa.Enum('directly_involved', 'ots_institution', 'acute_safety',
                                    name=op.f('ck_sharing_record_legal_ground'), native_enum=False,
                                    create_constraint=True), nullable=True),
        sa.Column('consent_ids', sa.String(length=400), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('shared_on', sa.Date(), nullable=False),
        sa.Column('worker_id', sa.Integer(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('(ground IS NULL AND consent_ids IS NOT NULL) OR (ground IS NOT NULL AND reason IS NOT NULL)',
                           name=op.f('ck_sharing_record_consent_or_ground')),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_sharing_record_case_id_case_file'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_sharing_record_family_id_family'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_sharing_record_provider_id_provider')),
        sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_sharing_record_worker_id_worker')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sharing_record')),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index('ix_sharing_record_case', ['case_id'], unique=False)
        batch_op.create_index('ix_sharing_record_family', ['family_id', 'shared_on'], unique=False)
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_constraint('fk_consent_person_id_person', type_='foreignkey')
        batch_op.create_foreign_key('fk_consent_person_id_person', 'person', ['person_id'], ['id'])
    add_vocabulary(detail_codes=CODES, object_types=TYPES)
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
    run(f"GRANT SELECT, INSERT ON {TABLE} TO {worker}")  # append-only: no UPDATE, no DELETE
    # 0010: only an active login.
    active = f"(SELECT {s}.gezinsregie_active_login(current_user)) IS NOT NULL"
    run(f"CREATE POLICY {TABLE}_active ON {TABLE} AS RESTRICTIVE FOR ALL TO {worker} "
        f"USING ({active}) WITH CHECK ({active})")
    # 0011: the case is one the caller may see, of this very family; and the record names the caller.
    same_family = (f"EXISTS (SELECT 1 FROM {s}.case_file x WHERE x.id = {TABLE}.case_id "
                   f"AND x.family_id = {TABLE}.family_id) AND EXISTS (SELECT 1 FROM {s}.worker w "
                   f"WHERE w.id = {TABLE}.worker_id AND w.username = current_user::text)")
    run(f"CREATE POLICY {TABLE}_refs_insert ON {TABLE} AS RESTRICTIVE FOR INSERT TO {worker} "
        f"WITH CHECK ({same_family})")
    app_session = f"current_setting('is_superuser') = 'off' AND pg_has_role(session_user, '{worker}', 'USAGE')"
    run(f"CREATE TRIGGER {TABLE}_change_log AFTER INSERT OR UPDATE OR DELETE ON {TABLE} FOR EACH ROW "
        f"WHEN ({app_session}) EXECUTE FUNCTION {s}.gezinsregie_log_change('id', 'family', 'family_id')")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for policy in ("team", "active", "refs_insert"):
            op.execute(f"DROP POLICY {TABLE}_{policy} ON {TABLE}")
        op.execute(f"DROP TRIGGER {TABLE}_change_log ON {TABLE}")
    remove_vocabulary(detail_codes=CODES, object_types=TYPES)
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_constraint('fk_consent_person_id_person', type_='foreignkey')
        batch_op.create_foreign_key('fk_consent_person_id_person', 'person', ['person_id'], ['id'], ondelete='CASCADE')
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index('ix_sharing_record_family')
        batch_op.drop_index('ix_sharing_record_case')
    op.drop_table(TABLE)
