"""A sum's doer and period: ``figures.agent`` (who paid, pledged, spent or raised it: "the
NRSC spent $28.3 million") and ``figures.rate`` (the period of a rate: "$12 an hour" -> hour,
"a salary of $60,000" -> salary). Money measures need the same doer, and a rate never meets a
total. NULL for stored figures until their articles are built again.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("figures", sa.Column("agent", sa.String(200)))  # plain ALTER TABLE, as in 0004
    op.add_column("figures", sa.Column("rate", sa.String(16)))


def downgrade() -> None:
    op.drop_column("figures", "rate")
    op.drop_column("figures", "agent")
