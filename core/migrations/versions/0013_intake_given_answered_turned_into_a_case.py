"""intake requests: given to a coach, answered through the bot, turned into a case

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 04:22:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('intakerequest', schema=None) as batch_op:
        batch_op.add_column(sa.Column('coach_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('case_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('replies', sa.JSON(), nullable=True))
        batch_op.create_foreign_key('fk_intakerequest_coach_id_coach', 'coach', ['coach_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('intakerequest', schema=None) as batch_op:
        batch_op.drop_constraint('fk_intakerequest_coach_id_coach', type_='foreignkey')
        batch_op.drop_column('replies')
        batch_op.drop_column('case_id')
        batch_op.drop_column('coach_id')
