"""open invites shown again: an open invite's code and web link, kept until used or retired

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 04:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('invite', schema=None) as batch_op:
        batch_op.add_column(sa.Column('link_code', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
    with op.batch_alter_table('weblink', schema=None) as batch_op:
        batch_op.add_column(sa.Column('link_token', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('weblink', schema=None) as batch_op:
        batch_op.drop_column('link_token')
    with op.batch_alter_table('invite', schema=None) as batch_op:
        batch_op.drop_column('link_code')
