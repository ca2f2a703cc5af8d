"""Contact details of workers and teams; the municipalities a team works for (issue 15, items 4 and 5).

- ``worker.phone``, ``worker.email``, ``team.phone``, ``team.email`` with a CHECK on their form (a phone
  number stored as its digits, an e-mail with one @ and a dot in its domain): plain SQL cannot store
  free text there either. The app checks the full rules (app/validation.py).
- Table ``team_municipality`` (team, CBS code, name, position): a team works for one or more
  municipalities, the first its default at intake. The team's old ``municipality_code`` and
  ``municipality_name`` move into it (one row, position 0) and are dropped.
- PostgreSQL: an administrator may change any worker's ``phone`` and ``email`` (a column privilege
  beside revision 0010's ``name``) and any team's; a worker changes only their own, through
  ``gezinsregie_set_my_contact(phone, email, expected_version)``, SECURITY DEFINER with a fixed search
  path, which writes exactly those two columns of the row whose ``username`` is the login
  (``session_user``): no role, team, name or another worker's row. ``team_municipality`` holds no
  family's data: every application role reads it, only administrators write it.
- The access log's vocabulary gains the codes of app/audit_detail.py for these changes.

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary
from migrations.row_security_0004 import rls_0004

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

CONTACT_CHECK = ("(email IS NULL OR (email LIKE '%_@_%._%' AND email NOT LIKE '%@%@%' AND email NOT LIKE '% %')) "
                 "AND (phone IS NULL OR (length(phone) BETWEEN 8 AND 11 AND trim(phone, '0123456789') = ''))")
CODES = {"contact_details": (), "municipalities": ("n",), "figures_municipality": ("d", "d", "n"),
         "figures_xlsx_municipality": ("d", "d", "n")}
FUNCTION = "gezinsregie_set_my_contact(text, text, integer)"


def upgrade() -> None:
    op.create_table(
        'team_municipality',
        sa.Column('team_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=4), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.CheckConstraint('length(code) = 4', name=op.f('ck_team_municipality_code_len')),
        sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_team_municipality_team_id_team'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('team_id', 'code', name=op.f('pk_team_municipality')),
    )
    op.execute("INSERT INTO team_municipality (team_id, code, name, position) "
               "SELECT id, municipality_code, COALESCE(municipality_name, municipality_code), 0 FROM team "
               "WHERE municipality_code IS NOT NULL")
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_team_municipality_code_len'), type_='check')
        batch_op.drop_column('municipality_name')
        batch_op.drop_column('municipality_code')
        batch_op.add_column(sa.Column('phone', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('email', sa.String(length=254), nullable=True))
        batch_op.create_check_constraint(op.f('ck_team_contact_format'), CONTACT_CHECK)
    with op.batch_alter_table('worker', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phone', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('email', sa.String(length=254), nullable=True))
        batch_op.create_check_constraint(op.f('ck_worker_contact_format'), CONTACT_CHECK)
    add_vocabulary(detail_codes=CODES)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _privileges(conn)


def _privileges(conn) -> None:
    run = op.execute
    prefix = rls_0004()._prefix(conn)
    worker, admin = f"{prefix}_worker", f"{prefix}_admin"
    s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
    run(f"GRANT SELECT ON team_municipality TO {worker}")
    run(f"GRANT INSERT, UPDATE, DELETE ON team_municipality TO {admin}")
    run(f"GRANT UPDATE (phone, email) ON worker TO {admin}")
    run(f"""CREATE FUNCTION {s}.gezinsregie_set_my_contact(p_phone text, p_email text, p_expected_version integer)
        RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {s}, pg_temp AS $fn$
    DECLARE
        me integer;
        new_version integer;
    BEGIN
        -- Inside this function current_user is its owner; session_user is the login, whatever SET ROLE did.
        SELECT id INTO me FROM worker WHERE username = session_user::text AND active;
        IF me IS NULL THEN
            RAISE EXCEPTION 'gezinsregie_set_my_contact: this login is not an active user'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE worker SET phone = p_phone, email = p_email, version = version + 1, updated_at = now()
            WHERE id = me AND version = p_expected_version
            RETURNING version INTO new_version;
        RETURN new_version;  -- NULL: a stale version, nothing written
    END $fn$""")
    run(f"""DO $$ BEGIN EXECUTE format('ALTER FUNCTION {s}.{FUNCTION} OWNER TO %I',
            (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'worker'));
        END $$""")
    run(f"REVOKE ALL ON FUNCTION {s}.{FUNCTION} FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION {s}.{FUNCTION} TO {worker}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        prefix = rls_0004()._prefix(conn)
        s = conn.dialect.identifier_preparer.quote(conn.execute(text("SELECT current_schema()")).scalar())
        op.execute(f"DROP FUNCTION {s}.{FUNCTION}")
        op.execute(f"REVOKE UPDATE (phone, email) ON worker FROM {prefix}_admin")
    remove_vocabulary(detail_codes=CODES)
    with op.batch_alter_table('worker', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_worker_contact_format'), type_='check')
        batch_op.drop_column('email')
        batch_op.drop_column('phone')
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_team_contact_format'), type_='check')
        batch_op.drop_column('email')
        batch_op.drop_column('phone')
        batch_op.add_column(sa.Column('municipality_code', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('municipality_name', sa.String(length=120), nullable=True))
        batch_op.create_check_constraint(op.f('ck_team_municipality_code_len'),
                                         'municipality_code IS NULL OR length(municipality_code) = 4')
    op.execute("UPDATE team SET municipality_code = (SELECT m.code FROM team_municipality m WHERE m.team_id = team.id "
               "ORDER BY m.position LIMIT 1), municipality_name = (SELECT m.name FROM team_municipality m "
               "WHERE m.team_id = team.id ORDER BY m.position LIMIT 1)")
    op.drop_table('team_municipality')
