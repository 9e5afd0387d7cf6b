"""Reading a store never changes it: a store at an older schema revision is refused by every
reader with a message naming both revisions and the command to run; ``build`` and
``sourcebook migrate`` upgrade it. Each migration keeps what is stored: 0003 (where dates came
from), 0004 (figures' change and level), 0005 (attributions by article and local id), 0006 (stories, measures' confidence and
story), 0007 (a level's earlier value), 0008 (a sum's doer and period)."""

from __future__ import annotations

from importlib import resources

import pytest
from alembic import command
from alembic.config import Config

from sourcebook.errors import StoreError
from sourcebook.model import Article, Extraction, Figure, Span
from sourcebook.store import Store, migrate_store, open_store
from sourcebook.store.engine import connect, revision
from sourcebook.store.schema import SCHEMA_REVISION


def downgrade(url: str, target: str) -> None:
    """Take a store back to an older schema revision, as an older Sourcebook left it."""
    engine = connect(url, create=False)
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(resources.files("sourcebook.store") / "migrations"))
            config.attributes["connection"] = conn
            command.downgrade(config, target)
    finally:
        engine.dispose()


@pytest.fixture
def old_store(store_url) -> str:
    Store(store_url, create=True).close()
    downgrade(store_url, "0001")
    return store_url


def test_a_reader_refuses_an_old_store_and_leaves_it_as_it_is(old_store):
    with pytest.raises(StoreError) as caught:
        open_store(old_store)
    message = str(caught.value)
    assert "revision 0001" in message and SCHEMA_REVISION in message and "sourcebook migrate --db" in message
    with pytest.raises(StoreError):
        Store(old_store)  # the facade's default open is a reader's too
    engine = connect(old_store, create=False)
    try:
        assert revision(engine) == "0001"  # nothing was migrated
    finally:
        engine.dispose()


def test_migrate_upgrades_then_readers_open_it(old_store):
    assert migrate_store(old_store) == ("0001", SCHEMA_REVISION)
    with open_store(old_store) as store:
        assert store.revision() == SCHEMA_REVISION and store.count("articles") == 0
    assert migrate_store(old_store) == (SCHEMA_REVISION, SCHEMA_REVISION)  # a no-op now


def test_a_writer_open_migrates(old_store):
    with Store(old_store, create=True) as store:
        assert store.revision() == SCHEMA_REVISION


def test_migrate_refuses_a_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        migrate_store(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()


def test_an_empty_database_is_not_a_store(tmp_path):
    (tmp_path / "empty.db").touch()
    with pytest.raises(StoreError, match="not a Sourcebook store"):
        open_store(str(tmp_path / "empty.db"))


@pytest.mark.slow
def test_cli_readers_say_what_to_run_and_migrate_fixes_it(tmp_path, cli_main):
    db = str(tmp_path / "old.db")
    Store(db, create=True).close()
    downgrade(db, "0001")
    for args in (["stats"], ["report"], ["export", "--format", "json", "--out", str(tmp_path / "out")]):
        result = cli_main(*args, "--db", db)
        assert result.returncode == 1, result.stderr
        assert f"sourcebook migrate --db {db}" in result.stderr and "revision 0001" in result.stderr
    result = cli_main("migrate", "--db", db)
    assert result.returncode == 0 and f"schema revision {SCHEMA_REVISION} (upgraded from 0001)" in result.stdout
    assert cli_main("stats", "--db", db).returncode == 0


def test_0003_keeps_stored_dates_and_says_where_they_came_from(store_url):
    Store(store_url, create=True).close()
    downgrade(store_url, "0002")
    engine = connect(store_url, create=False)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO articles (id, stem, published, published_estimated, language, text) VALUES "
                "('given', 'a', '2031-05-01', false, 'en', 'A.'), ('guessed', 'b', '2031-05-02', true, 'en', 'B.'), "
                "('undated', 'c', NULL, false, 'en', 'C.')")
    finally:
        engine.dispose()
    assert migrate_store(store_url) == ("0002", SCHEMA_REVISION)
    with open_store(store_url) as store:
        got = {a.id: (a.published, a.published_source, a.published_evidence, a.published_confidence)
               for a in store.articles()}
        sources = store.date_sources()
    assert got == {"given": ("2031-05-01", "metadata", None, None), "guessed": ("2031-05-02", "estimate", None, None),
                   "undated": (None, None, None, None)}
    assert sources == {"metadata": 1, "url": 0, "file name": 0, "estimate": 1, "undated": 1}
    downgrade(store_url, "0002")  # and back: the columns go, the articles stay
    engine = connect(store_url, create=False)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() == 3
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


def test_0006_adds_stories_and_the_measure_columns(store_url):
    from sqlalchemy import inspect as sa_inspect

    Store(store_url, create=True).close()
    downgrade(store_url, "0005")
    engine = connect(store_url, create=False)
    try:
        assert "stories" not in sa_inspect(engine).get_table_names()
    finally:
        engine.dispose()
    assert migrate_store(store_url) == ("0005", SCHEMA_REVISION)
    engine = connect(store_url, create=False)
    try:
        names = sa_inspect(engine).get_table_names()
        columns = {c["name"] for c in sa_inspect(engine).get_columns("measures")}
    finally:
        engine.dispose()
    assert {"stories", "story_articles"} <= set(names) and {"confidence", "story_id"} <= columns
    with open_store(store_url) as store:
        assert store.stories() == [] and store.measures() == []


def test_0007_adds_the_earlier_value_of_a_level_and_keeps_the_figures(store_url):
    text = "The toll rose to 52, up from 40."
    figures = (Figure("f1", Span.of(text, 17, 19), 52.0, 52.0, 52.0, "exact", change="up", previous="f2"),
               Figure("f2", Span.of(text, 29, 31), 40.0, 40.0, 40.0, "exact"))
    with Store(store_url, create=True) as store:
        store.add_articles([(Article("t1", text, "toll"), Extraction(figures=figures))])
    downgrade(store_url, "0006")
    assert migrate_store(store_url) == ("0006", SCHEMA_REVISION)
    with open_store(store_url) as store:  # the values kept; the link is gone until a rebuild
        kept = store.extraction("t1").figures
    assert [(f.id, f.value, f.change, f.previous) for f in kept] == [("f1", 52.0, "up", None), ("f2", 40.0, None, None)]
    with Store(store_url, create=True) as store:
        store.add_articles([(Article("t2", text + " ", "toll again"), Extraction(figures=figures))])
        assert [f.previous for f in store.extraction("t2").figures] == ["f2", None]


def test_0008_adds_a_sums_doer_and_period_and_keeps_the_figures(store_url):
    text = "The council spent $4 million. Cleaners earn $15 an hour."
    figures = (Figure("f1", Span.of(text, 18, 28), 4e6, 4e6, 4e6, "exact", kind="money", agent="council"),
               Figure("f2", Span.of(text, 44, 47), 15.0, 15.0, 15.0, "exact", kind="money", rate="hour"))
    with Store(store_url, create=True) as store:
        store.add_articles([(Article("t1", text, "sums"), Extraction(figures=figures))])
    downgrade(store_url, "0007")
    assert migrate_store(store_url) == ("0007", SCHEMA_REVISION)
    with open_store(store_url) as store:  # the values kept; doer and period gone until a rebuild
        kept = store.extraction("t1").figures
    assert [(f.id, f.value, f.agent, f.rate) for f in kept] == [("f1", 4e6, None, None), ("f2", 15.0, None, None)]
    with Store(store_url, create=True) as store:
        store.add_articles([(Article("t2", text + " ", "sums again"), Extraction(figures=figures))])
        assert [(f.agent, f.rate) for f in store.extraction("t2").figures] == [("council", None), (None, "hour")]
