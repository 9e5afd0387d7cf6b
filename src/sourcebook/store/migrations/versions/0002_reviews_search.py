"""Reviews of attributions and figures; indexes for listing articles; full-text search over articles (SQLite FTS5, or a
PostgreSQL GIN index on to_tsvector).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("target_type", sa.String(16), nullable=False),
        sa.Column("target_id", sa.String(48), nullable=False),
        sa.Column("article_id", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reviews_target", "reviews", ["target_id"])
    op.create_index("ix_reviews_article", "reviews", ["article_id"])
    # the web app lists articles newest first and finds measures by article
    op.create_index("ix_articles_published", "articles", ["published", "stem", "id"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_index("ix_measure_members_article", "measure_members", ["article_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize='porter unicode61')")
        op.execute("INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin "
                   "(to_tsvector('english', coalesce(title, '') || ' ' || text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE articles_fts")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_articles_fts")
    op.drop_index("ix_measure_members_article", "measure_members")
    op.drop_index("ix_articles_outlet", "articles")
    op.drop_index("ix_articles_published", "articles")
    op.drop_table("reviews")
