"""placement start on an employer's membership, and the week a placement check-in asks about

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 04:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('casemember', schema=None) as batch_op:
        batch_op.add_column(sa.Column('placement_start', sa.Date(), nullable=True))
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.add_column(sa.Column('week', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_column('week')
    with op.batch_alter_table('casemember', schema=None) as batch_op:
        batch_op.drop_column('placement_start')
