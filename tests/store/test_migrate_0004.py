"""Migration 0004: figures.change and figures.level; stored figures become levels without a
change, and a figure's change and level survive a store round trip."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config

from sourcebook.model import Article, Extraction, Figure, Span
from sourcebook.store import Store, migrate_store, open_store
from sourcebook.store.engine import connect
from sourcebook.store.schema import SCHEMA_REVISION


def downgrade(url: str, target: str) -> None:
    """Take a store back to an older schema revision (as ``test_migrate.downgrade``)."""
    engine = connect(url, create=False)
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(resources.files("sourcebook.store") / "migrations"))
            config.attributes["connection"] = conn
            command.downgrade(config, target)
    finally:
        engine.dispose()


def test_0004_adds_change_and_level_to_stored_figures(store_url):
    Store(store_url, create=True).close()
    downgrade(store_url, "0003")
    engine = connect(store_url, create=False)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO articles (id, stem, published_estimated, language, text) VALUES "
                                 "('a1', 'a', false, 'en', 'Some 40 people died.')")
            conn.exec_driver_sql('INSERT INTO figures (id, article_id, local_id, start, "end", text, value, qualifier, '
                                 "kind) VALUES ('a1:f1', 'a1', 'f1', 0, 7, 'Some 40', 40, 'around', 'count')")
    finally:
        engine.dispose()
    assert migrate_store(store_url) == ("0003", SCHEMA_REVISION)
    engine = connect(store_url, create=False)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT change, level FROM figures").all() == [(None, True)]
    finally:
        engine.dispose()


def test_change_and_level_round_trip(store_url):
    text = "Shares rose 6.5% to 164p."
    figures = (
        Figure("f1", Span(12, 16, "6.5%"), 6.5, 6.5, 6.5, "exact", "percent", "percent", change="up", level=False),
        Figure("f2", Span(20, 24, "164p"), 164, 164, 164, "exact", "money", "pence", change="up"),
    )
    with Store(store_url, create=True) as store:
        store.add_articles([(Article(id="abc", text=text, stem="x"), Extraction(figures=figures))])
    with open_store(store_url) as store:
        stored = store.extraction("abc", text).figures
    assert [(f.change, f.level) for f in stored] == [("up", False), ("up", True)]


def _attribution_indexes(url: str) -> set[str]:
    from sqlalchemy import inspect

    engine = connect(url, create=False)
    try:
        return {index["name"] for index in inspect(engine).get_indexes("attributions")}
    finally:
        engine.dispose()


def test_0005_finds_a_figures_attribution_by_article_and_local_id(store_url):
    Store(store_url, create=True).close()
    assert "ix_attributions_article_local" in _attribution_indexes(store_url)
    downgrade(store_url, "0004")
    indexes = _attribution_indexes(store_url)
    assert "ix_attributions_article" in indexes and "ix_attributions_article_local" not in indexes
    assert migrate_store(store_url) == ("0004", SCHEMA_REVISION)
    assert "ix_attributions_article_local" in _attribution_indexes(store_url)
