"""An attribution found by its article and local id in one index lookup: the figure -> its
attribution joins of reconciliation (``read.stored_figures``, the figure-speaker update of
``write.replace_reconciliation``) scanned every attribution of the article once per figure,
minutes for one long article. The composite index replaces the one on ``article_id`` alone,
which it also serves.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_attributions_article_local", "attributions", ["article_id", "local_id"])
    op.drop_index("ix_attributions_article", table_name="attributions")


def downgrade() -> None:
    op.create_index("ix_attributions_article", "attributions", ["article_id"])
    op.drop_index("ix_attributions_article_local", table_name="attributions")
