"""Where an article's publication date came from: ``published_source`` (metadata, url, file
name, estimate; NULL when undated), and for an estimate its ``published_evidence`` (the text
that dated it) and ``published_confidence`` (0-1).

Stored articles keep their dates: a date that was not estimated is marked "metadata" (before
this revision, a date came either from metadata or from an estimate); estimated ones get the
source "estimate" without evidence (rebuild them to get it).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE (SQLite >= 3.35 too): never a copy of the articles table, whose
    # children would follow it on delete
    op.add_column("articles", sa.Column("published_source", sa.String(16)))
    op.add_column("articles", sa.Column("published_evidence", sa.Text))
    op.add_column("articles", sa.Column("published_confidence", sa.Float))
    op.execute("UPDATE articles SET published_source = CASE WHEN published_estimated THEN 'estimate' "
               "ELSE 'metadata' END WHERE published IS NOT NULL")


def downgrade() -> None:
    for column in ("published_confidence", "published_evidence", "published_source"):
        op.drop_column("articles", column)
