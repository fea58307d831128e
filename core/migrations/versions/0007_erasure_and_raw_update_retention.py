"""erasure and raw update retention: outbox case, cleared payloads, case outcome

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import core.db_types


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inboundupdate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payload_cleared_at', core.db_types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_inboundupdate_uncleared', ['payload_cleared_at', 'received_at'], unique=False)

    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_outboxmessage_case_id'), ['case_id'], unique=False)

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_column('outcome')

    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outboxmessage_case_id'))
        batch_op.drop_column('case_id')

    with op.batch_alter_table('inboundupdate', schema=None) as batch_op:
        batch_op.drop_index('ix_inboundupdate_uncleared')
        batch_op.drop_column('payload_cleared_at')
