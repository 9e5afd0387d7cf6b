"""Rises and falls of figures: ``change`` (up, down; NULL when the figure takes part in none)
and ``level`` (false when the figure is the size of a change, "rose 6.5%", not a level;
only levels form measures); ``unit_norm``, the unit normalised beside what is counted (ISO 4217
code of money, pint's name of a physical unit, percent).

Stored figures keep their values: they become levels without a change (rebuild the articles
to read their changes).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE, as in 0003: never a copy of a table
    op.add_column("figures", sa.Column("change", sa.String(8)))
    op.add_column("figures", sa.Column("level", sa.Boolean, nullable=False, server_default=sa.true()))
    op.add_column("figures", sa.Column("unit_norm", sa.String(32)))


def downgrade() -> None:
    for column in ("unit_norm", "level", "change"):
        op.drop_column("figures", column)
