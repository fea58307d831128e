"""regions and organisations above teams; warm handovers; uploaded leavers files; cases
without a coach yet, with the school's number; a coach's own backup and leaving day

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 06:08:46
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

import core.db_types


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('region',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('created_at', core.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', core.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_region_id'), ['region_id'], unique=False)

    op.create_table('leaversupload',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('coach_id', sa.Integer(), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=True),
    sa.Column('created_at', core.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', core.db_types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['coach_id'], ['coach.id'], ),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('leaversupload', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leaversupload_team_id'), ['team_id'], unique=False)

    op.create_table('handover',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('new_case_id', sa.Integer(), nullable=True),
    sa.Column('from_team_id', sa.Integer(), nullable=False),
    sa.Column('to_team_id', sa.Integer(), nullable=False),
    sa.Column('from_coach_id', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('story', sa.Text(), nullable=True),
    sa.Column('what_works', sa.Text(), nullable=True),
    sa.Column('watch_out', sa.Text(), nullable=True),
    sa.Column('snapshot', sa.JSON(), nullable=True),
    sa.Column('parts', sa.JSON(), nullable=True),
    sa.Column('read_days', sa.Integer(), nullable=False),
    sa.Column('old_coach_may_read', sa.Boolean(), nullable=False),
    sa.Column('consent_via', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('consented_at', core.db_types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_at', core.db_types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by_coach_id', sa.Integer(), nullable=True),
    sa.Column('decline_reason', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('created_at', core.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.ForeignKeyConstraint(['decided_by_coach_id'], ['coach.id'], ),
    sa.ForeignKeyConstraint(['from_coach_id'], ['coach.id'], ),
    sa.ForeignKeyConstraint(['from_team_id'], ['team.id'], ),
    sa.ForeignKeyConstraint(['new_case_id'], ['case.id'], ),
    sa.ForeignKeyConstraint(['to_team_id'], ['team.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handover_to_team_id'), ['to_team_id'], unique=False)

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True))
        batch_op.alter_column('coach_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.create_unique_constraint('uq_case_team_external', ['team_id', 'external_id'])

    with op.batch_alter_table('coach', schema=None) as batch_op:
        batch_op.add_column(sa.Column('backup_coach_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('left_at', core.db_types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key('fk_coach_backup_coach', 'coach', ['backup_coach_id'], ['id'])

    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.add_column(sa.Column('organisation_id', sa.Integer(), nullable=True))

    # Teams that exist already belong to one default organisation in one default region; a
    # coordinator renames them or moves teams on later.
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM team")).scalar_one():
        now = datetime.now(UTC)
        bind.execute(
            sa.text("INSERT INTO region (name, created_at) VALUES (:name, :now)").bindparams(
                sa.bindparam("now", type_=core.db_types.UTCDateTime())
            ),
            {"name": "Regio", "now": now},
        )
        region_id = bind.execute(sa.text("SELECT min(id) FROM region")).scalar_one()
        bind.execute(
            sa.text(
                "INSERT INTO organisation (region_id, name, kind, created_at)"
                " VALUES (:region, :name, 'other', :now)"
            ).bindparams(sa.bindparam("now", type_=core.db_types.UTCDateTime())),
            {"region": region_id, "name": "Organisatie", "now": now},
        )
        organisation_id = bind.execute(sa.text("SELECT min(id) FROM organisation")).scalar_one()
        bind.execute(sa.text("UPDATE team SET organisation_id = :o"), {"o": organisation_id})

    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.alter_column('organisation_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(batch_op.f('ix_team_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_foreign_key('fk_team_organisation', 'organisation', ['organisation_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.drop_constraint('fk_team_organisation', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_team_organisation_id'))
        batch_op.drop_column('organisation_id')

    with op.batch_alter_table('coach', schema=None) as batch_op:
        batch_op.drop_constraint('fk_coach_backup_coach', type_='foreignkey')
        batch_op.drop_column('left_at')
        batch_op.drop_column('backup_coach_id')

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_constraint('uq_case_team_external', type_='unique')
        batch_op.alter_column('coach_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('external_id')

    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_region_id'))

    with op.batch_alter_table('leaversupload', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leaversupload_team_id'))
    op.drop_table('leaversupload')
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_to_team_id'))
        batch_op.drop_index(batch_op.f('ix_handover_case_id'))
    op.drop_table('handover')
    op.drop_table('organisation')
    op.drop_table('region')

