"""Baseline schema: teams, workers, families, cases, plans, goals, actions, journal, access log.

Also seeds the 13 life domains of the Zelfredzaamheid-Matrix (ZRM).

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


# The 13 ZRM life domains, the default list for goals (configurable later by an administrator).
ZRM_DOMAINS = [
    ("financien", "Financiën"),
    ("werk_opleiding", "Werk & opleiding"),
    ("tijdsbesteding", "Tijdsbesteding"),
    ("huisvesting", "Huisvesting"),
    ("huiselijke_relaties", "Huiselijke relaties"),
    ("geestelijke_gezondheid", "Geestelijke gezondheid"),
    ("lichamelijke_gezondheid", "Lichamelijke gezondheid"),
    ("middelengebruik", "Middelengebruik"),
    ("basale_adl", "Basale ADL"),
    ("instrumentele_adl", "Instrumentele ADL"),
    ("sociaal_netwerk", "Sociaal netwerk"),
    ("maatschappelijke_participatie", "Maatschappelijke participatie"),
    ("justitie", "Justitie"),
]

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('life_domain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_life_domain')),
    sa.UniqueConstraint('code', name=op.f('uq_life_domain_code'))
    )
    op.create_table('local_setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.String(length=400), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_setting'))
    )
    op.create_table('team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('municipality_code', sa.String(length=4), nullable=True),
    sa.Column('municipality_name', sa.String(length=120), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('municipality_code IS NULL OR length(municipality_code) = 4', name=op.f('ck_team_municipality_code_len')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('name', name=op.f('uq_team_name'))
    )
    op.create_table('worker',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('username', sa.String(length=63), nullable=False),
    sa.Column('role', sa.Enum('worker', 'supervisor', 'admin', name=op.f('ck_worker_role'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worker')),
    sa.UniqueConstraint('username', name=op.f('uq_worker_username'))
    )
    op.create_table('access_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('event', sa.Enum('create', 'read', 'update', 'delete', 'print_export', 'search', name=op.f('ck_access_log_audit_event'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=63), nullable=False),
    sa.Column('on_behalf_of', sa.String(length=120), nullable=True),
    sa.Column('family_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('workstation', sa.String(length=120), nullable=True),
    sa.Column('outcome', sa.Enum('success', 'denied', 'failed', name=op.f('ck_access_log_audit_outcome'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_access_log_worker_id_worker'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log'))
    )
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.create_index('ix_access_log_family_time', ['family_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_access_log_worker_time', ['worker_id', 'occurred_at'], unique=False)

    op.create_table('family',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('street', sa.String(length=120), nullable=True),
    sa.Column('postcode', sa.String(length=7), nullable=True),
    sa.Column('city', sa.String(length=80), nullable=True),
    sa.Column('municipality_code', sa.String(length=4), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_family_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family'))
    )
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_team_id'), ['team_id'], unique=False)

    op.create_table('worker_team',
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_worker_team_team_id_team'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_worker_team_worker_id_worker'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('worker_id', 'team_id', name=op.f('pk_worker_team'))
    )
    op.create_table('case_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('director_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('intake', 'active', 'waakvlam', 'closed', name=op.f('ck_case_file_case_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('priority', sa.Enum('normal', 'high', name=op.f('ck_case_file_priority'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('priority_reason', sa.Enum('safety', 'several_providers', 'crisis', 'long_running', 'many_extensions', 'other', name=op.f('ck_case_file_priority_reason'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('direction_mode', sa.Enum('social_team', 'samenregie', 'elsewhere', name=op.f('ck_case_file_direction_mode'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_reason', sa.Enum('goals_reached', 'handed_over', 'moved', 'family_declined', 'no_help_needed', 'waakvlam_ended', 'other', name=op.f('ck_case_file_close_reason'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(status = 'closed') = (closed_on IS NOT NULL)", name=op.f('ck_case_file_closed_has_date')),
    sa.CheckConstraint('closed_on IS NULL OR closed_on >= opened_on', name=op.f('ck_case_file_closed_after_opened')),
    sa.CheckConstraint('reopen_count >= 0', name=op.f('ck_case_file_reopen_count_positive')),
    sa.ForeignKeyConstraint(['director_id'], ['worker.id'], name=op.f('fk_case_file_director_id_worker')),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_case_file_family_id_family'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_case_file_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file'))
    )
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_file_director_id'), ['director_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_family_id'), ['family_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_team_id'), ['team_id'], unique=False)
        batch_op.create_index('uq_case_file_one_open_per_family', ['family_id'], unique=True, sqlite_where=sa.text("status <> 'closed'"), postgresql_where=sa.text("status <> 'closed'"))

    op.create_table('network_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('relation', sa.String(length=80), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('contribution', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_network_member_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_member'))
    )
    with op.batch_alter_table('network_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_member_family_id'), ['family_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('young_person', 'parent', name=op.f('ck_person_member_role'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('surname_prefix', sa.String(length=20), nullable=True),
    sa.Column('surname', sa.String(length=120), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=False),
    sa.Column('bsn', sa.String(length=9), nullable=True),
    sa.Column('parental_authority', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('bsn IS NULL OR length(bsn) = 9', name=op.f('ck_person_bsn_len')),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_person_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_bsn', ['bsn'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_family_id'), ['family_id'], unique=False)
        batch_op.create_index('ix_person_surname_dob', ['surname', 'date_of_birth'], unique=False)

    op.create_table('case_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('opened', 'status_changed', 'director_transferred', 'priority_changed', 'closed', 'reopened', name=op.f('ck_case_event_case_event_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('from_value', sa.String(length=80), nullable=True),
    sa.Column('to_value', sa.String(length=80), nullable=True),
    sa.Column('from_worker_id', sa.Integer(), nullable=True),
    sa.Column('to_worker_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_event_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_worker_id'], ['worker.id'], name=op.f('fk_case_event_from_worker_id_worker')),
    sa.ForeignKeyConstraint(['to_worker_id'], ['worker.id'], name=op.f('fk_case_event_to_worker_id_worker')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_case_event_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_event'))
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_event_case_id'), ['case_id'], unique=False)

    op.create_table('family_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'agreed', 'superseded', name=op.f('ck_family_plan_plan_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('request_for_help', sa.Text(), nullable=False),
    sa.Column('concerns', sa.Text(), nullable=False),
    sa.Column('strengths', sa.Text(), nullable=False),
    sa.Column('desired_future', sa.Text(), nullable=False),
    sa.Column('agreements', sa.Text(), nullable=False),
    sa.Column('plan_date', sa.Date(), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('agreed_with', sa.String(length=300), nullable=True),
    sa.Column('evaluation_interval_weeks', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(status = 'draft') OR (agreed_on IS NOT NULL)", name=op.f('ck_family_plan_agreed_has_date')),
    sa.CheckConstraint('evaluation_interval_weeks BETWEEN 1 AND 104', name=op.f('ck_family_plan_interval_range')),
    sa.ForeignKeyConstraint(['author_id'], ['worker.id'], name=op.f('fk_family_plan_author_id_worker')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_family_plan_case_id_case_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_plan')),
    sa.UniqueConstraint('case_id', 'version_no', name='uq_family_plan_case_version')
    )
    with op.batch_alter_table('family_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_plan_case_id'), ['case_id'], unique=False)
        batch_op.create_index('uq_family_plan_one_agreed', ['case_id'], unique=True, sqlite_where=sa.text("status = 'agreed'"), postgresql_where=sa.text("status = 'agreed'"))
        batch_op.create_index('uq_family_plan_one_draft', ['case_id'], unique=True, sqlite_where=sa.text("status = 'draft'"), postgresql_where=sa.text("status = 'draft'"))

    op.create_table('journal_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('home_visit', 'phone_call', 'provider_meeting', 'school', 'office_meeting', 'message', 'other', name=op.f('ck_journal_entry_journal_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['worker.id'], name=op.f('fk_journal_entry_author_id_worker')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_journal_entry_case_id_case_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entry'))
    )
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.create_index('ix_journal_entry_case_date', ['case_id', 'occurred_on'], unique=False)

    op.create_table('goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('lineage', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('life_domain_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('success_criterion', sa.Text(), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('actor', sa.Enum('family', 'network', 'free_access', 'social_team', 'provider', name=op.f('ck_goal_actor'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('actor_detail', sa.String(length=200), nullable=True),
    sa.Column('network_member_id', sa.Integer(), nullable=True),
    sa.Column('score_start', sa.Integer(), nullable=True),
    sa.Column('score_target', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'reached', 'partly_reached', 'not_reached', 'cancelled', name=op.f('ck_goal_goal_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('score_start IS NULL OR score_start BETWEEN 0 AND 10', name=op.f('ck_goal_score_start_range')),
    sa.CheckConstraint('score_target IS NULL OR score_target BETWEEN 0 AND 10', name=op.f('ck_goal_score_target_range')),
    sa.ForeignKeyConstraint(['life_domain_id'], ['life_domain.id'], name=op.f('fk_goal_life_domain_id_life_domain')),
    sa.ForeignKeyConstraint(['network_member_id'], ['network_member.id'], name=op.f('fk_goal_network_member_id_network_member'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['plan_id'], ['family_plan.id'], name=op.f('fk_goal_plan_id_family_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_lineage'), ['lineage'], unique=False)
        batch_op.create_index(batch_op.f('ix_goal_plan_id'), ['plan_id'], unique=False)

    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('owner', sa.Enum('member', 'network', 'worker', 'provider', 'other', name=op.f('ck_action_action_owner'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('owner_network_member_id', sa.Integer(), nullable=True),
    sa.Column('owner_worker_id', sa.Integer(), nullable=True),
    sa.Column('owner_text', sa.String(length=200), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_action_goal_id_goal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_network_member_id'], ['network_member.id'], name=op.f('fk_action_owner_network_member_id_network_member'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_action_owner_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['owner_worker_id'], ['worker.id'], name=op.f('fk_action_owner_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_goal_id'), ['goal_id'], unique=False)

    op.create_table('goal_person',
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_goal_person_goal_id_goal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_goal_person_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('goal_id', 'person_id', name=op.f('pk_goal_person'))
    )


    life_domain = sa.table(
        "life_domain",
        sa.column("code", sa.String), sa.column("name", sa.String),
        sa.column("position", sa.Integer), sa.column("active", sa.Boolean),
    )
    op.bulk_insert(life_domain, [
        {"code": code, "name": name, "position": i, "active": True}
        for i, (code, name) in enumerate(ZRM_DOMAINS, start=1)
    ])


def downgrade() -> None:
    op.drop_table('goal_person')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_goal_id'))

    op.drop_table('action')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_plan_id'))
        batch_op.drop_index(batch_op.f('ix_goal_lineage'))

    op.drop_table('goal')
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_entry_case_date')

    op.drop_table('journal_entry')
    with op.batch_alter_table('family_plan', schema=None) as batch_op:
        batch_op.drop_index('uq_family_plan_one_draft', sqlite_where=sa.text("status = 'draft'"), postgresql_where=sa.text("status = 'draft'"))
        batch_op.drop_index('uq_family_plan_one_agreed', sqlite_where=sa.text("status = 'agreed'"), postgresql_where=sa.text("status = 'agreed'"))
        batch_op.drop_index(batch_op.f('ix_family_plan_case_id'))

    op.drop_table('family_plan')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_event_case_id'))

    op.drop_table('case_event')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_surname_dob')
        batch_op.drop_index(batch_op.f('ix_person_family_id'))
        batch_op.drop_index('ix_person_bsn')

    op.drop_table('person')
    with op.batch_alter_table('network_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_member_family_id'))

    op.drop_table('network_member')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_index('uq_case_file_one_open_per_family', sqlite_where=sa.text("status <> 'closed'"), postgresql_where=sa.text("status <> 'closed'"))
        batch_op.drop_index(batch_op.f('ix_case_file_team_id'))
        batch_op.drop_index(batch_op.f('ix_case_file_family_id'))
        batch_op.drop_index(batch_op.f('ix_case_file_director_id'))

    op.drop_table('case_file')
    op.drop_table('worker_team')
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_team_id'))

    op.drop_table('family')
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.drop_index('ix_access_log_worker_time')
        batch_op.drop_index('ix_access_log_family_time')

    op.drop_table('access_log')
    op.drop_table('worker')
    op.drop_table('team')
    op.drop_table('local_setting')
    op.drop_table('life_domain')
