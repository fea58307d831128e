"""the network's figures: a thread's first answer, summary tables per team and day, and indexes
for counting by day and searching the audit log

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 06:33:15
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import core.db_types


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('thread', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_answer_at', core.db_types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_thread_created', ['created_at'], unique=False)

    op.create_table('figuresrun',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('at', core.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('teamday',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('new_cases', sa.Integer(), nullable=False),
    sa.Column('threads', sa.Integer(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.Column('in_time', sa.Integer(), nullable=False),
    sa.Column('escalations', sa.Integer(), nullable=False),
    sa.Column('checkins_sent', sa.Integer(), nullable=False),
    sa.Column('checkins_answered', sa.Integer(), nullable=False),
    sa.Column('reminders', sa.Integer(), nullable=False),
    sa.Column('out_of_view', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('team_id', 'day')
    )
    with op.batch_alter_table('teamday', schema=None) as batch_op:
        batch_op.create_index('ix_teamday_day', ['day'], unique=False)

    op.create_table('teamdayminutes',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('team_id', 'day', 'minutes')
    )
    with op.batch_alter_table('teamdayminutes', schema=None) as batch_op:
        batch_op.create_index('ix_teamdayminutes_day', ['day'], unique=False)

    op.create_table('teamsnapshot',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=False),
    sa.Column('at', core.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('team_id')
    )
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.create_index('ix_alert_kind_created', ['kind', 'created_at'], unique=False)

    with op.batch_alter_table('auditentry', schema=None) as batch_op:
        batch_op.create_index('ix_auditentry_at', ['at'], unique=False)
        batch_op.create_index('ix_auditentry_actor_at', ['actor', 'at'], unique=False)

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.create_index('ix_case_created', ['created_at'], unique=False)

    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.create_index('ix_checkin_asked', ['asked_at'], unique=False)

    with op.batch_alter_table('duetask', schema=None) as batch_op:
        batch_op.create_index('ix_duetask_kind_done', ['kind', 'done_at'], unique=False)

    # Threads answered before this migration: their first answer is their first coach message.
    op.execute(
        "UPDATE thread SET first_answer_at = (SELECT min(m.created_at) FROM threadmessage m"
        " WHERE m.thread_id = thread.id AND m.from_coach_id IS NOT NULL)"
    )


def downgrade() -> None:
    with op.batch_alter_table('duetask', schema=None) as batch_op:
        batch_op.drop_index('ix_duetask_kind_done')

    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index('ix_checkin_asked')

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index('ix_case_created')

    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.drop_index('ix_alert_kind_created')

    with op.batch_alter_table('auditentry', schema=None) as batch_op:
        batch_op.drop_index('ix_auditentry_actor_at')
        batch_op.drop_index('ix_auditentry_at')

    op.drop_table('teamsnapshot')
    with op.batch_alter_table('teamdayminutes', schema=None) as batch_op:
        batch_op.drop_index('ix_teamdayminutes_day')

    op.drop_table('teamdayminutes')
    with op.batch_alter_table('teamday', schema=None) as batch_op:
        batch_op.drop_index('ix_teamday_day')

    op.drop_table('teamday')
    op.drop_table('figuresrun')
    with op.batch_alter_table('thread', schema=None) as batch_op:
        batch_op.drop_index('ix_thread_created')
        batch_op.drop_column('first_answer_at')

