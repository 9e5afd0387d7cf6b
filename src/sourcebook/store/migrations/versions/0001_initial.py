"""The first schema: articles with sentences and entities, attributions, speakers with
aliases, figures, measures with members, runs and what they skipped.

Revision ID: 0001
Revises:
"""

from typing import TypedDict

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


class _ForeignKeyOptions(TypedDict):
    ondelete: str


ARTICLE_FK: _ForeignKeyOptions = {"ondelete": "CASCADE"}


def _article_id():
    return sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", **ARTICLE_FK), nullable=False)


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("command", sa.Text),
        sa.Column("inputs", sa.Text),
        sa.Column("model", sa.String(200)),
        sa.Column("model_version", sa.String(50)),
        sa.Column("spacy_version", sa.String(50)),
        sa.Column("sourcebook_version", sa.String(50)),
        sa.Column("components", sa.Text),
        sa.Column("new", sa.Integer, nullable=False),
        sa.Column("already_stored", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("counts", sa.Text),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("stem", sa.String(500), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(500)),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("published_estimated", sa.Boolean, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("origin_path", sa.Text),
        sa.Column("origin_line", sa.Integer),
        sa.Column("origin_url", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    )
    op.create_table(
        "sentences",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", **ARTICLE_FK), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "entities",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", **ARTICLE_FK), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("label", sa.String(32), nullable=False),
    )
    op.create_table(
        "speakers",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32)),
        sa.Column("affiliation", sa.Text),
    )
    op.create_table(
        "speaker_aliases",
        sa.Column("speaker_id", sa.String(32), sa.ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("alias", sa.String(500), primary_key=True),
    )
    op.create_table(
        "attributions",
        sa.Column("id", sa.String(48), primary_key=True),
        _article_id(),
        sa.Column("local_id", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("source_text", sa.Text),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("cue_text", sa.Text),
        sa.Column("contents", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_kind", sa.String(32)),
        sa.Column("affiliation", sa.Text),
        sa.Column("medium", sa.Text),
        sa.Column("relayed_by", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("parent", sa.String(16)),
        sa.Column("speaker_id", sa.String(32)),
    )
    op.create_index("ix_attributions_article", "attributions", ["article_id"])
    op.create_index("ix_attributions_speaker", "attributions", ["speaker_id"])
    op.create_table(
        "figures",
        sa.Column("id", sa.String(48), primary_key=True),
        _article_id(),
        sa.Column("local_id", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("predicate", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("time", sa.Text),
        sa.Column("time_start", sa.String(10)),
        sa.Column("time_end", sa.String(10)),
        sa.Column("according_to", sa.Text),
        sa.Column("attribution", sa.String(16)),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("speaker_id", sa.String(32)),
    )
    op.create_index("ix_figures_article", "figures", ["article_id"])
    op.create_table(
        "measures",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("why", sa.Text, nullable=False),
    )
    op.create_table(
        "measure_members",
        sa.Column("measure_id", sa.String(32), sa.ForeignKey("measures.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("figure_id", sa.String(48), primary_key=True),
        sa.Column("article_id", sa.String(32), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_measure_members_figure", "measure_members", ["figure_id"])
    op.create_table(
        "skipped",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("skipped", "measure_members", "measures", "figures", "attributions",
                  "speaker_aliases", "speakers", "entities", "sentences", "articles", "runs"):
        op.drop_table(table)
