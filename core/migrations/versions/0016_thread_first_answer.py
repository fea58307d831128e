"""thread first answer for the network's figures

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

    # Threads answered before this migration: their first answer is their first coach message.
    op.execute(
        "UPDATE thread SET first_answer_at = (SELECT min(m.created_at) FROM threadmessage m"
        " WHERE m.thread_id = thread.id AND m.from_coach_id IS NOT NULL)"
    )


def downgrade() -> None:
    with op.batch_alter_table('thread', schema=None) as batch_op:
        batch_op.drop_index('ix_thread_created')
        batch_op.drop_column('first_answer_at')

