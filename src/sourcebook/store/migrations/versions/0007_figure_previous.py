"""A level's earlier value: ``figures.previous``, the local id of the figure a level changed
from ("the toll rose to 52, up from 40": the 52 names the 40). NULL for stored figures until
their articles are built again.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("figures", sa.Column("previous", sa.String(16)))  # plain ALTER TABLE, as in 0004


def downgrade() -> None:
    op.drop_column("figures", "previous")
