"""Providers, products and segments; involvements of providers; evaluations; the waakvlam.

Seeds the segments A/B/C (Zaanstreek-Waterland), configurable later.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('provider',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('agb_code', sa.String(length=8), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('agb_code IS NULL OR length(agb_code) = 8', name=op.f('ck_provider_agb_len')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provider')),
    sa.UniqueConstraint('agb_code', name=op.f('uq_provider_agb_code'))
    )
    op.create_table('segment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('needs_referral', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segment')),
    sa.UniqueConstraint('code', name=op.f('uq_segment_code'))
    )
    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('category_code', sa.String(length=2), nullable=False),
    sa.Column('regional_code', sa.String(length=5), nullable=True),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('unit_code', sa.String(length=2), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('length(category_code) = 2', name=op.f('ck_product_category_len')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_product_provider_id_provider'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], name=op.f('fk_product_segment_id_segment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_provider_id'), ['provider_id'], unique=False)

    op.create_table('involvement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('referrer_type', sa.String(length=2), nullable=False),
    sa.Column('referrer_name', sa.String(length=160), nullable=True),
    sa.Column('referrer_agb', sa.String(length=8), nullable=True),
    sa.Column('referral_date', sa.Date(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=2), nullable=True),
    sa.Column('volume_amount', sa.Integer(), nullable=True),
    sa.Column('volume_unit', sa.String(length=2), nullable=True),
    sa.Column('volume_frequency', sa.String(length=1), nullable=True),
    sa.Column('budget_cents', sa.Integer(), nullable=True),
    sa.Column('direction', sa.Enum('social_team', 'samenregie', 'elsewhere', name=op.f('ck_involvement_direction'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('direction_holder', sa.String(length=200), nullable=True),
    sa.Column('monitored_by', sa.String(length=200), nullable=True),
    sa.Column('report_back_date', sa.Date(), nullable=True),
    sa.Column('extension_policy', sa.Text(), nullable=True),
    sa.Column('extensions', sa.Integer(), nullable=False),
    sa.Column('handover', sa.Enum('referred', 'taken_over', 'started', name=op.f('ck_involvement_handover'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(actual_end IS NULL) = (end_reason IS NULL)', name=op.f('ck_involvement_end_has_reason')),
    sa.CheckConstraint('NOT (budget_cents IS NOT NULL AND volume_amount IS NOT NULL)', name=op.f('ck_involvement_budget_or_volume')),
    sa.CheckConstraint('actual_end IS NULL OR (start_date IS NOT NULL AND actual_end >= start_date)', name=op.f('ck_involvement_end_after_start')),
    sa.CheckConstraint('extensions >= 0', name=op.f('ck_involvement_extensions_positive')),
    sa.CheckConstraint('planned_end IS NULL OR start_date IS NULL OR planned_end >= start_date', name=op.f('ck_involvement_planned_end_after_start')),
    sa.CheckConstraint('start_date IS NULL OR start_date >= referral_date', name=op.f('ck_involvement_start_after_referral')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_involvement_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_involvement_product_id_product')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_involvement_provider_id_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_involvement'))
    )
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_involvement_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_involvement_provider_id'), ['provider_id'], unique=False)

    op.create_table('waakvlam',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('holder_kind', sa.Enum('social_team_worker', 'school_coach', 'gp', 'network_member', 'other_professional', name=op.f('ck_waakvlam_holder_kind'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('holder_name', sa.String(length=160), nullable=False),
    sa.Column('holder_worker_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('frequency_weeks', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('active', 'ended', 'reopened', name=op.f('ck_waakvlam_waakvlam_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('agreement', sa.Text(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('end_date > start_date', name=op.f('ck_waakvlam_end_after_start')),
    sa.CheckConstraint('frequency_weeks BETWEEN 1 AND 52', name=op.f('ck_waakvlam_frequency_range')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_waakvlam_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['holder_worker_id'], ['worker.id'], name=op.f('fk_waakvlam_holder_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_waakvlam'))
    )
    with op.batch_alter_table('waakvlam', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_waakvlam_case_id'), ['case_id'], unique=False)
        batch_op.create_index('uq_waakvlam_one_active_per_case', ['case_id'], unique=True, sqlite_where=sa.text("status = 'active'"), postgresql_where=sa.text("status = 'active'"))

    op.create_table('evaluation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('planned_date', sa.Date(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('consent_given', sa.Boolean(), nullable=True),
    sa.Column('consent_note', sa.String(length=300), nullable=True),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('decision', sa.Enum('continue', 'scale_down', 'scale_up', 'end_help', 'to_waakvlam', name=op.f('ck_evaluation_decision'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('next_date', sa.Date(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('next_date IS NULL OR next_date > held_on', name=op.f('ck_evaluation_next_after_held')),
    sa.ForeignKeyConstraint(['author_id'], ['worker.id'], name=op.f('fk_evaluation_author_id_worker')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_evaluation_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['family_plan.id'], name=op.f('fk_evaluation_plan_id_family_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation'))
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_case_id'), ['case_id'], unique=False)

    op.create_table('involvement_goal',
    sa.Column('involvement_id', sa.Integer(), nullable=False),
    sa.Column('goal_lineage', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['involvement_id'], ['involvement.id'], name=op.f('fk_involvement_goal_involvement_id_involvement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('involvement_id', 'goal_lineage', name=op.f('pk_involvement_goal'))
    )
    op.create_table('waakvlam_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('waakvlam_id', sa.Integer(), nullable=False),
    sa.Column('planned_date', sa.Date(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Enum('all_well', 'concerns', 'reopen', name=op.f('ck_waakvlam_contact_outcome'), native_enum=False, create_constraint=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(held_on IS NULL) = (outcome IS NULL)', name=op.f('ck_waakvlam_contact_held_has_outcome')),
    sa.ForeignKeyConstraint(['author_id'], ['worker.id'], name=op.f('fk_waakvlam_contact_author_id_worker')),
    sa.ForeignKeyConstraint(['waakvlam_id'], ['waakvlam.id'], name=op.f('fk_waakvlam_contact_waakvlam_id_waakvlam'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_waakvlam_contact'))
    )
    with op.batch_alter_table('waakvlam_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_waakvlam_contact_planned_date'), ['planned_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_waakvlam_contact_waakvlam_id'), ['waakvlam_id'], unique=False)

    op.create_table('evaluation_goal',
    sa.Column('evaluation_id', sa.Integer(), nullable=False),
    sa.Column('goal_lineage', sa.String(length=32), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'reached', 'partly_reached', 'not_reached', 'cancelled', name=op.f('ck_evaluation_goal_goal_status'), native_enum=False, create_constraint=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint('score IS NULL OR score BETWEEN 0 AND 10', name=op.f('ck_evaluation_goal_score_range')),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_evaluation_goal_evaluation_id_evaluation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_evaluation_goal_goal_id_goal'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('evaluation_id', 'goal_lineage', name=op.f('pk_evaluation_goal'))
    )
    with op.batch_alter_table('evaluation_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_goal_goal_lineage'), ['goal_lineage'], unique=False)



    segment = sa.table(
        "segment",
        sa.column("code", sa.String), sa.column("name", sa.String), sa.column("needs_referral", sa.Boolean),
        sa.column("position", sa.Integer), sa.column("active", sa.Boolean),
    )
    op.bulk_insert(segment, [
        {"code": "A", "name": "Lokaal, vrij toegankelijk (lokaal team)", "needs_referral": False, "position": 1, "active": True},
        {"code": "B", "name": "Enkelvoudige specialistische jeugdhulp", "needs_referral": True, "position": 2, "active": True},
        {"code": "C", "name": "Multicomplexe hoogspecialistische zorg", "needs_referral": True, "position": 3, "active": True},
    ])


def downgrade() -> None:
    with op.batch_alter_table('evaluation_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_goal_goal_lineage'))

    op.drop_table('evaluation_goal')
    with op.batch_alter_table('waakvlam_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_waakvlam_contact_waakvlam_id'))
        batch_op.drop_index(batch_op.f('ix_waakvlam_contact_planned_date'))

    op.drop_table('waakvlam_contact')
    op.drop_table('involvement_goal')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_case_id'))

    op.drop_table('evaluation')
    with op.batch_alter_table('waakvlam', schema=None) as batch_op:
        batch_op.drop_index('uq_waakvlam_one_active_per_case', sqlite_where=sa.text("status = 'active'"), postgresql_where=sa.text("status = 'active'"))
        batch_op.drop_index(batch_op.f('ix_waakvlam_case_id'))

    op.drop_table('waakvlam')
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_involvement_provider_id'))
        batch_op.drop_index(batch_op.f('ix_involvement_case_id'))

    op.drop_table('involvement')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_provider_id'))

    op.drop_table('product')
    op.drop_table('segment')
    op.drop_table('provider')
