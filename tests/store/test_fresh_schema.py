"""A new store is created in one go (``store.fresh``) instead of by running every migration:
the schema must be the one the migrations make, on SQLite and on PostgreSQL - the same tables,
columns in the same order with the same types, nullability and defaults, the same keys, foreign
keys, indexes and constraints, the full-text index and the revision - and only an empty
database is created that way."""

from __future__ import annotations

import sys
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, inspect, text

from sourcebook.store import Store
from sourcebook.store import fresh as fresh_module
from sourcebook.store.engine import connect, revision
from sourcebook.store.schema import SCHEMA_REVISION


def describe(conn: Connection) -> dict:
    """Everything a schema holds, comparably."""
    found = inspect(conn)
    tables = sorted(found.get_table_names())
    schema: dict = {"tables": tables}
    for name in tables:
        schema[name] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"], str(c.get("default")), c.get("autoincrement"))
                        for c in found.get_columns(name)],
            "primary key": found.get_pk_constraint(name),
            "foreign keys": sorted((tuple(fk["constrained_columns"]), fk["referred_table"], tuple(fk["referred_columns"]),
                                    str(sorted(fk.get("options", {}).items()))) for fk in found.get_foreign_keys(name)),
            "indexes": sorted((ix["name"], str(ix["column_names"]), str(ix.get("expressions")), ix["unique"])
                              for ix in found.get_indexes(name)),
            "unique": sorted(str(u) for u in found.get_unique_constraints(name)),
            "checks": sorted(str(c) for c in found.get_check_constraints(name)),
        }
    if conn.dialect.name == "sqlite":  # the virtual table's definition and every index's
        schema["sqlite"] = sorted(conn.execute(text(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') "
            "OR name LIKE 'articles_fts%'")).all())
    else:
        schema["indexes"] = sorted(conn.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")).all())
        schema["sequences"] = sorted(conn.execute(text(
            "SELECT sequence_name, data_type FROM information_schema.sequences")).all())
    schema["revision"] = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return schema


def migrated(url: str) -> dict:
    """The schema every migration makes, from an empty database."""
    engine = connect(url, create=True)
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(resources.files("sourcebook.store") / "migrations"))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        with engine.connect() as conn:
            return describe(conn)
    finally:
        engine.dispose()


def emptied(url: str) -> None:
    engine = connect(url, create=True)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    finally:
        engine.dispose()


def test_a_new_store_has_the_schema_the_migrations_make(store_url, tmp_path, monkeypatch):
    if store_url.startswith("postgres"):
        expected = migrated(store_url)
        emptied(store_url)
        url = store_url
    else:
        expected = migrated(str(tmp_path / "migrated.db"))
        url = store_url
    calls = []
    monkeypatch.setattr(fresh_module, "create", lambda conn, made=fresh_module.create: calls.append(1) or made(conn))
    with Store(url, create=True) as store:
        assert store.revision() == SCHEMA_REVISION
        with store.engine.connect() as conn:
            got = describe(conn)
    assert calls == [1]
    assert got["revision"] == [SCHEMA_REVISION]
    assert got == expected


def test_a_new_store_takes_articles_and_downgrades_as_a_migrated_one(tmp_path):
    from sourcebook.model import Article, Extraction, Origin

    url = str(tmp_path / "s.db")
    text_ = "The ferry will run again in June, the harbour master said."
    with Store(url, create=True) as store:
        store.add_articles([(Article(id="a1", text=text_, stem="ferry", title="Ferry", origin=Origin("/x/ferry.txt")),
                             Extraction())])
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT article_id FROM articles_fts WHERE articles_fts MATCH 'harbour'")).all() == [("a1",)]
    engine = connect(url, create=False)
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(resources.files("sourcebook.store") / "migrations"))
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        assert revision(engine) == "0001"
    finally:
        engine.dispose()
    with Store(url, create=True) as store:  # and back up, by the migrations
        assert store.revision() == SCHEMA_REVISION
        assert store.known_ids(["a1"]) == {"a1"}


def test_only_an_empty_database_is_created_in_one_go(tmp_path):
    url = str(tmp_path / "other.db")
    engine = connect(url, create=True)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
            assert fresh_module.create(conn) is False
            assert inspect(conn).get_table_names() == ["notes"]
    finally:
        engine.dispose()


def test_a_new_store_imports_no_migration_tool(tmp_path):
    import subprocess

    code = ("import sys; from sourcebook.store import Store; Store(sys.argv[1], create=True).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "n.db")], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
