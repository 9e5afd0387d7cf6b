"""The store's tables (SQLAlchemy Core). The schema is versioned by the Alembic migrations in
``migrations/versions``; change a table here only together with a new migration.

Global ids: an attribution is ``<article_id>:a<n>``, a figure ``<article_id>:f<n>`` - stable
across rebuilds, since the article id is a hash of its normalised text.
Speakers, stories and measures are derived tables: each build recomputes them from the stored
articles, attributions and figures (``Store.replace_reconciliation``).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    true,
)

metadata = MetaData()

#: the newest migration: writers (``build``, ``sourcebook migrate``) upgrade a store to it;
#: readers refuse a store at another revision (``store.engine.check_revision``).
SCHEMA_REVISION = "0008"

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", DateTime(timezone=True), nullable=False),
    Column("finished", DateTime(timezone=True)),
    Column("status", String(16), nullable=False),  # running | complete | interrupted | failed
    Column("command", Text),
    Column("inputs", Text),  # JSON list
    Column("model", String(200)),
    Column("model_version", String(50)),
    Column("spacy_version", String(50)),
    Column("sourcebook_version", String(50)),
    Column("components", Text),  # JSON list of versioned component names
    Column("new", Integer, nullable=False, default=0),
    Column("already_stored", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("counts", Text),  # JSON: attributions, figures, speakers, measures, ...
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("stem", String(500), nullable=False),
    Column("title", Text),
    Column("outlet", String(500)),
    Column("url", Text),
    Column("published", String(10)),
    Column("published_estimated", Boolean, nullable=False, default=False),
    Column("published_source", String(16)),  # metadata | url | file name | estimate; NULL: undated
    Column("published_evidence", Text),  # an estimate's evidence, as written
    Column("published_confidence", Float),  # an estimate's confidence, 0-1
    Column("language", String(16), nullable=False, default="en"),
    Column("origin_path", Text),
    Column("origin_line", Integer),
    Column("origin_url", Text),
    Column("text", Text, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Index("ix_articles_published", "published", "stem", "id"),
    Index("ix_articles_outlet", "outlet"),
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(32), nullable=False),
)

speakers = Table(
    "speakers",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("affiliation", Text),
)

speaker_aliases = Table(
    "speaker_aliases",
    metadata,
    Column("speaker_id", String(32), ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", String(500), primary_key=True),
)

attributions = Table(
    "attributions",
    metadata,
    Column("id", String(48), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_text", Text),
    Column("contents", Text, nullable=False),  # JSON list of {"text","start","end"}
    Column("speaker", Text),
    Column("speaker_kind", String(32)),
    Column("affiliation", Text),
    Column("medium", Text),
    Column("relayed_by", Text),
    Column("confidence", Float, nullable=False, default=1.0),
    Column("parent", String(16)),
    Column("speaker_id", String(32)),  # derived: set by reconciliation
    Index("ix_attributions_article_local", "article_id", "local_id"),  # figure -> its attribution (0005)
    Index("ix_attributions_speaker", "speaker_id"),
)

figures = Table(
    "figures",
    metadata,
    Column("id", String(48), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("qualifier", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("unit", Text),
    Column("predicate", Text),
    Column("place", Text),
    Column("time", Text),
    Column("time_start", String(10)),
    Column("time_end", String(10)),
    Column("according_to", Text),
    Column("attribution", String(16)),  # local id of the enclosing attribution
    Column("change", String(8)),  # up | down | NULL (migration 0004)
    Column("level", Boolean, nullable=False, server_default=true()),  # False: the size of a change
    Column("unit_norm", String(32)),  # ISO 4217 code, pint unit name, percent
    Column("previous", String(16)),  # local id of the earlier level this one changed from (0007)
    Column("agent", String(200)),  # who paid, pledged, spent or raised a sum (0008)
    Column("rate", String(16)),  # the period of a rate: hour, year, salary (0008)
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("speaker_id", String(32)),  # derived: set by reconciliation
    Index("ix_figures_article", "article_id"),
)

measures = Table(
    "measures",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("label", Text, nullable=False),
    Column("verdict", String(20), nullable=False),
    Column("key", Text, nullable=False),
    Column("why", Text, nullable=False),
    Column("confidence", Float),  # how sure the verdict is, 0-1; NULL: not rated (0006)
    Column("story_id", String(32)),  # the story the measure formed in (0006)
    Index("ix_measures_story", "story_id"),
)

measure_members = Table(
    "measure_members",
    metadata,
    Column("measure_id", String(32), ForeignKey("measures.id", ondelete="CASCADE"), primary_key=True),
    Column("figure_id", String(48), primary_key=True),
    Column("article_id", String(32), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_measure_members_figure", "figure_id"),
    Index("ix_measure_members_article", "article_id"),
)

#: the articles about one event (``reconcile.stories``), derived like speakers and measures (0006)
stories = Table(
    "stories",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("label", Text, nullable=False),
    Column("first", String(10)),  # earliest publication date of its articles; NULL: none dated
    Column("last", String(10)),
    Column("articles", Integer, nullable=False),
    Column("names", Text, nullable=False),  # JSON list: the names its articles share, most distinctive first
)

#: which story each article is in (one story per article); ``seq`` is its place in the story's time order
story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", String(32), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Index("ix_story_articles_story", "story_id", "seq"),
)

skipped = Table(
    "skipped",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("location", Text, nullable=False),
    Column("reason", Text, nullable=False),
)

#: Reviews by people, never overwriting what was extracted. ``target_id`` is a global
#: attribution or figure id, stable across rebuilds of the same article, so reviews survive.
reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("target_type", String(16), nullable=False),  # attribution | figure
    Column("target_id", String(48), nullable=False),
    Column("article_id", String(32), nullable=False),
    Column("status", String(16), nullable=False),  # verified | disputed | wrong
    Column("note", Text, nullable=False, default=""),
    Column("reviewer", String(200), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Index("ix_reviews_target", "target_id"),
    Index("ix_reviews_article", "article_id"),
)

REVIEW_TARGETS = ("attribution", "figure")
REVIEW_STATUSES = ("verified", "disputed", "wrong")

#: SQLite full-text index of articles (FTS5, created by migration 0002; PostgreSQL uses a GIN
#: index on to_tsvector instead). Not a Table here: SQLAlchemy does not model virtual tables.
FTS_TABLE = "articles_fts"

#: export order: parents before children
TABLES = (runs, articles, sentences, entities, speakers, speaker_aliases, attributions, figures,
          stories, story_articles, measures, measure_members, skipped, reviews)
