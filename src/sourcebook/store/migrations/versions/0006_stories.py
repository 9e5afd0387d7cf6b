"""Stories (``reconcile.stories``): the ``stories`` table, each article's story in
``story_articles``, and on ``measures`` the verdict's ``confidence`` and the ``story_id`` the
measure formed in.

Stories are derived like speakers and measures: a store migrated here has none until its
next build (``sourcebook build`` with no new files recomputes them).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("first", sa.String(10)),
        sa.Column("last", sa.String(10)),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("names", sa.Text, nullable=False),
    )
    op.create_table(
        "story_articles",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("story_id", sa.String(32), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    op.create_index("ix_story_articles_story", "story_articles", ["story_id", "seq"])
    # plain ALTER TABLE, as in 0003: never a copy of a table
    op.add_column("measures", sa.Column("confidence", sa.Float))
    op.add_column("measures", sa.Column("story_id", sa.String(32)))
    op.create_index("ix_measures_story", "measures", ["story_id"])


def downgrade() -> None:
    op.drop_index("ix_measures_story", table_name="measures")
    op.drop_column("measures", "story_id")
    op.drop_column("measures", "confidence")
    op.drop_index("ix_story_articles_story", table_name="story_articles")
    op.drop_table("story_articles")
    op.drop_table("stories")
