"""mock interviews: timed sessions of unseen problems, one at a time, with a report

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

import judge.service.store.models

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mock_interviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.String(length=20), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('problems', sa.JSON(), nullable=False),
    sa.Column('shown', sa.JSON(), nullable=False),
    sa.Column('started_at', judge.service.store.models.UTCDateTime(), nullable=False),
    sa.Column('ends_at', judge.service.store.models.UTCDateTime(), nullable=False),
    sa.Column('finished_at', judge.service.store.models.UTCDateTime(), nullable=True),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mock_interviews', schema=None) as batch_op:
        batch_op.create_index('ix_mock_interviews_user_started', ['user_id', 'started_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('mock_interviews', schema=None) as batch_op:
        batch_op.drop_index('ix_mock_interviews_user_started')

    op.drop_table('mock_interviews')
