"""A new store's schema in one go: the tables of ``schema`` created at once and stamped at the
newest revision, instead of running every migration on an empty database.

Running the migrations means importing Alembic (and, through it, every dialect SQLAlchemy
has) and replaying eight revisions: about a sixth of a second of each build into a new store,
before its first article. The result is the same schema: ``create`` makes the tables, indexes
and constraints the migrations leave, with their columns in the migrations' order (a column a
later revision added comes after the first revision's, as ``ALTER TABLE ... ADD COLUMN`` puts
it: ``ADDED_COLUMNS``), the full-text index of articles (an FTS5 table on SQLite, a GIN index on
PostgreSQL, as revision 0002 makes them) and Alembic's version table at ``SCHEMA_REVISION``.
``tests/store/test_fresh_schema.py`` checks both ways give the same schema; a new revision that
adds a column lists it here too.

Only an empty SQLite or PostgreSQL database is created this way; any other (an older store, a
database holding something else, another kind of database) is left to Alembic.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    ForeignKeyConstraint,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    inspect,
    text,
)

from .schema import FTS_TABLE, SCHEMA_REVISION, metadata

__all__ = ["ADDED_COLUMNS", "DIALECTS", "VERSION_TABLE", "create", "fresh_metadata"]

#: where Alembic keeps a database's revision (its default name)
VERSION_TABLE = "alembic_version"

#: the columns later revisions added to a first revision's table, in the order they were added
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("published_source", "published_evidence", "published_confidence"),  # 0003
    "figures": ("change", "level", "unit_norm", "previous", "agent", "rate"),  # 0004, 0007, 0008
    "measures": ("confidence", "story_id"),  # 0006
}


def fresh_metadata() -> MetaData:
    """The tables of ``schema.metadata`` with their columns in the migrations' order, and
    Alembic's version table."""
    fresh = MetaData()
    for table in metadata.sorted_tables:
        added = ADDED_COLUMNS.get(table.name, ())
        columns = [c for c in table.columns if c.name not in added] + [table.c[name] for name in added]
        Table(table.name, fresh, *(c._copy() for c in columns),  # a column's copy leaves its foreign key
              *(ForeignKeyConstraint([c.name for c in fk.columns], [e.target_fullname for e in fk.elements],
                                     name=fk.name, ondelete=fk.ondelete, onupdate=fk.onupdate, match=fk.match,
                                     deferrable=fk.deferrable, initially=fk.initially)
                for fk in table.foreign_key_constraints),
              *(Index(index.name, *(c.name for c in index.columns), unique=index.unique) for index in table.indexes))
    # as Alembic makes it (``MigrationContext._version``)
    Table(VERSION_TABLE, fresh, Column("version_num", String(32), nullable=False),
          PrimaryKeyConstraint("version_num", name=f"{VERSION_TABLE}_pkc"))
    return fresh


#: the databases whose schema made both ways is checked to be the same
DIALECTS = ("sqlite", "postgresql")


def create(conn: Connection) -> bool:
    """Create the newest schema when the database (SQLite or PostgreSQL) has no tables (nor
    views); False, changing nothing, when it has some or is another kind of database."""
    if conn.dialect.name not in DIALECTS:
        return False
    found = inspect(conn)
    if found.get_table_names() or found.get_view_names():
        return False
    fresh = fresh_metadata()
    fresh.create_all(conn)
    if conn.dialect.name == "sqlite":  # as revision 0002 makes them
        conn.execute(text(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(article_id UNINDEXED, title, text, "
                          "tokenize='porter unicode61')"))
    else:
        conn.execute(text("CREATE INDEX ix_articles_fts ON articles USING gin "
                          "(to_tsvector('english', coalesce(title, '') || ' ' || text))"))
    conn.execute(fresh.tables[VERSION_TABLE].insert().values(version_num=SCHEMA_REVISION))
    return True
