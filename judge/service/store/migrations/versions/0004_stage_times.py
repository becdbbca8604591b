"""stage times: when the sandbox was ready and when the last test ran

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

import judge.service.store.models

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sandbox_ready_at', judge.service.store.models.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('graded_at', judge.service.store.models.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.drop_column('graded_at')
        batch_op.drop_column('sandbox_ready_at')
