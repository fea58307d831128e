"""a bot per region: the bot of every update, message, intake request and person; the chat of
an update, so several processes keep a chat's updates in order

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 09:08:26
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import core.db_types


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

# What everything was sent and received with until now.
DEFAULT_BOT = 'default'


def _bot_column(name: str = "bot") -> sa.Column[str]:
    return sa.Column(
        name, sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False, server_default=DEFAULT_BOT
    )


def upgrade() -> None:
    op.create_table('telegrambot',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('telegram_id', sa.BigInteger(), nullable=False),
    sa.Column('seen_at', core.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('coach', schema=None) as batch_op:
        batch_op.add_column(sa.Column('telegram_bot', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True))

    # update_id was unique on its own; each bot numbers its own updates. SQLite's constraint
    # has no name: the naming convention gives it one to drop.
    sqlite = op.get_bind().dialect.name == 'sqlite'
    with op.batch_alter_table(
        'inboundupdate',
        schema=None,
        naming_convention={'uq': 'uq_%(table_name)s_%(column_0_name)s'},
    ) as batch_op:
        batch_op.add_column(_bot_column())
        batch_op.drop_constraint(
            'uq_inboundupdate_update_id' if sqlite else 'inboundupdate_update_id_key',
            type_='unique',
        )
        batch_op.create_unique_constraint('uq_inboundupdate_bot_update', ['bot', 'update_id'])
        batch_op.add_column(sa.Column('chat_id', sa.BigInteger(), nullable=True))
        batch_op.create_index(
            'ix_inboundupdate_chat_pending', ['bot', 'chat_id', 'status', 'id'], unique=False
        )

    with op.batch_alter_table('intakerequest', schema=None) as batch_op:
        batch_op.add_column(_bot_column())

    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.add_column(_bot_column())
        batch_op.drop_index('ix_outbox_due')
        batch_op.create_index('ix_outbox_due', ['bot', 'status', 'next_attempt_at'], unique=False)

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('telegram_bot', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True))

    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bot', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_column('bot')

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('telegram_bot')

    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_due')
        batch_op.create_index('ix_outbox_due', ['status', 'next_attempt_at'], unique=False)
        batch_op.drop_column('bot')

    with op.batch_alter_table('intakerequest', schema=None) as batch_op:
        batch_op.drop_column('bot')

    with op.batch_alter_table('inboundupdate', schema=None) as batch_op:
        batch_op.drop_index('ix_inboundupdate_chat_pending')
        batch_op.drop_column('chat_id')
        batch_op.drop_constraint('uq_inboundupdate_bot_update', type_='unique')
        batch_op.drop_column('bot')
        batch_op.create_unique_constraint('inboundupdate_update_id_key', ['update_id'])

    with op.batch_alter_table('coach', schema=None) as batch_op:
        batch_op.drop_column('telegram_bot')

    op.drop_table('telegrambot')
