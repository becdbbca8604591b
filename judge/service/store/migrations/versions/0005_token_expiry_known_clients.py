"""token expiry and the addresses users log in from

Revision ID: 0005
Revises: 0004
"""

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

import judge.service.store.models

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

EXISTING_TOKENS_LAST = timedelta(days=30)
"""Tokens issued before expiry existed run out this long after the upgrade."""


def upgrade() -> None:
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('expires_at', judge.service.store.models.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('client', sa.String(length=64), nullable=False,
                                      server_default=''))
    tokens = sa.table('api_tokens', sa.column('expires_at', judge.service.store.models.UTCDateTime()))
    op.execute(tokens.update().values(expires_at=datetime.now(UTC) + EXISTING_TOKENS_LAST))
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.alter_column('expires_at', existing_type=judge.service.store.models.UTCDateTime(),
                              nullable=False)
    op.create_table(
        'known_clients',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('client', sa.String(length=64), nullable=False),
        sa.Column('last_login_at', judge.service.store.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'client'))


def downgrade() -> None:
    op.drop_table('known_clients')
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_column('client')
        batch_op.drop_column('expires_at')
