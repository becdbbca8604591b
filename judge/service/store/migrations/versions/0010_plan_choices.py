"""plan choices: the plan each user follows (a group's, or the built-in one from a date)

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

import judge.service.store.models

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan_choices',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('started_at', judge.service.store.models.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id')
    )
    with op.batch_alter_table('plan_choices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_choices_group_id'), ['group_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('plan_choices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_choices_group_id'))

    op.drop_table('plan_choices')
