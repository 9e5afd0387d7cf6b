"""The store on SQLite and on a real PostgreSQL cluster: round trips, idempotence, derived
tables, runs, the typed figures reconciliation reads."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sourcebook.errors import StoreError
from sourcebook.model import (
    Article,
    Attribution,
    Entity,
    Extraction,
    Figure,
    Measure,
    MeasureMember,
    Origin,
    Sentence,
    Skipped,
    Span,
    Speaker,
    StoredFigure,
    Story,
)
from sourcebook.nlp.pipeline import PipelineInfo
from sourcebook.store import Store, database_url, open_store
from sourcebook.store.schema import SCHEMA_REVISION

TEXT = 'Flood officials said 40 homes were lost. "We need help," Ana Ruiz said.'
INFO = PipelineInfo("test_model", "1.0", "3.8", ("sourcebook.mentions.v1",))


def sample() -> tuple[Article, Extraction]:
    article = Article(id="abc123", text=TEXT, stem="flood", title="Flood", outlet="The Test",
                      published="2031-01-02", origin=Origin("/data/flood.txt"))
    said = TEXT.index("said")
    quote = TEXT.index("We need help")
    extraction = Extraction(
        sentences=(Sentence(0, 40), Sentence(41, len(TEXT))),
        entities=(Entity(TEXT.index("Ana"), TEXT.index("Ana") + 7, "Ana Ruiz", "PERSON"),),
        attributions=(
            Attribution("a1", "indirect", Span.of(TEXT, 0, 15), Span.of(TEXT, said, said + 4),
                        (Span.of(TEXT, said + 5, 39),), speaker="Flood officials", speaker_kind="organisation"),
            Attribution("a2", "direct", Span.of(TEXT, TEXT.index("Ana"), TEXT.index("Ana") + 8), None,
                        (Span.of(TEXT, quote, quote + 13),), speaker="Ana Ruiz", speaker_kind="person",
                        affiliation="Red Cross", medium=None, confidence=0.8),
        ),
        figures=(
            Figure("f1", Span.of(TEXT, 21, 23), 40.0, 40.0, 40.0, "exact", unit="homes", predicate="lost",
                   according_to="Flood officials", attribution="a1", sentence=Span.of(TEXT, 0, 40)),
        ),
    )
    return article, extraction


def test_database_url_maps_paths_and_postgres():
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///:memory:") == "sqlite:///:memory:"


def test_open_store_refuses_a_missing_sqlite_file(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing.db"))


def test_round_trip_and_idempotent_add(store_url):
    article, extraction = sample()
    with Store(store_url, create=True) as store:
        assert store.revision() == SCHEMA_REVISION
        run = store.begin_run("sourcebook build x", ["x"], INFO)
        assert store.add_articles([(article, extraction)], run) == 1
        assert store.add_articles([(article, extraction)], run) == 0  # stored once
        assert store.known_ids(["abc123", "nope"]) == {"abc123"}
        assert store.article("abc123") == article
        estimated = replace(article, id="est1", text="Est. " + TEXT, published_estimated=True, published_source="estimate",
                            published_evidence="Thursday, Jan. 2, 2031", published_confidence=0.65)
        store.add_articles([(estimated, Extraction())], run)
        assert store.article("est1") == estimated  # where the date came from survives the store
        back = store.extraction("abc123", TEXT)
        assert back.attributions == extraction.attributions
        assert back.figures == extraction.figures
        assert back.sentences == extraction.sentences and back.entities == extraction.entities
        store.add_skipped(run, [Skipped("bad.bin", "binary file")])
        store.finish_run(run, "complete", 1, 0, 1, {"articles": 1})
        [record] = store.runs()
        assert (record.status, record.new, record.skipped, record.model) == ("complete", 1, 1, "test_model")
        assert store.skipped(run) == [(run, Skipped("bad.bin", "binary file"))]
        assert store.stats()["figures"] == 1


def test_reopening_keeps_data_and_schema(store_url):
    article, extraction = sample()
    with Store(store_url, create=True) as store:
        store.add_articles([(article, extraction)])
    with Store(store_url) as again:  # a reader
        assert again.revision() == SCHEMA_REVISION
        assert [a.id for a in again.articles()] == ["abc123"]


def test_replace_reconciliation_points_records_at_speakers(store_url):
    article, extraction = sample()
    officials = Speaker("sp_1", "Flood officials", "organisation", None, ("officials",))
    ana = Speaker("sp_2", "Ana Ruiz", "person", "Red Cross", ())
    measure = Measure("m_1", "homes lost", "single_source", (MeasureMember("abc123:f1", "abc123", 21, 23),),
                      "homes|lost", "one source")
    with Store(store_url, create=True) as store:
        store.add_articles([(article, extraction)])
        for _ in range(2):  # replacing twice leaves one copy
            store.replace_reconciliation({"abc123:a1": officials, "abc123:a2": ana}, [measure])
        assert store.speaker_ids("abc123") == {"a1": "sp_1", "a2": "sp_2"}
        assert store.speakers() == [ana, officials]
        assert store.measures() == [measure]
        [figure_row] = list(store.rows("figures"))
        assert figure_row["speaker_id"] == "sp_1"
        assert store.columns("figures")[0] == "id"


def test_stories_and_measure_confidence_round_trip_and_are_replaced(store_url):
    article, extraction = sample()
    other = replace(article, id="def456", stem="flood-2", published=None)
    story = Story("st_1", "Flood · 2 Jan 2031", ("abc123", "def456"), "2031-01-02", "2031-01-02", ("Ana Ruiz",))
    measure = Measure("m_1", "homes lost", "agree", (MeasureMember("abc123:f1", "abc123", 21, 23),),
                      "homes|lost", "two sources", confidence=0.4, story="st_1")
    with Store(store_url, create=True) as store:
        store.add_articles([(article, extraction), (other, Extraction())])
        for _ in range(2):  # replacing twice leaves one copy
            store.replace_reconciliation({}, [measure], [story])
        assert store.stories() == [story]
        assert store.measures() == [measure]
        assert store.story_of(["abc123", "def456", "nope"]) == {"abc123": "st_1", "def456": "st_1"}
        inputs = {row[0]: row for row in store.story_inputs(("PERSON",))}
        assert inputs["abc123"] == ("abc123", "2031-01-02", "Flood", TEXT, (("Ana Ruiz", "PERSON"),))
        assert inputs["def456"][4] == ()
        store.replace_reconciliation({}, [replace(measure, confidence=None, story=None)], [])
        assert store.stories() == [] and store.story_of(["abc123"]) == {}
        assert store.measures()[0].confidence is None and store.measures()[0].story is None


def test_stored_figures_are_typed_records_with_their_article(store_url):
    article, extraction = sample()
    with Store(store_url, create=True) as store:
        store.add_articles([(article, extraction)])
        [stored] = list(store.stored_figures())
    assert stored == StoredFigure(
        figure=Figure("f1", Span.of(TEXT, 21, 23), 40.0, 40.0, 40.0, "exact", unit="homes", predicate="lost",
                      according_to="Flood officials", attribution="a1",
                      sentence=Span.of(TEXT, 0, 40)),  # with its text: measures read a toll's cause from it
        figure_id="abc123:f1", article_id="abc123", document="flood.txt", published="2031-01-02",
        published_estimated=False, relayed_by=None, outlet="The Test")


def test_add_rows_skips_stored_articles_and_keeps_their_children_once(store_url):
    from sourcebook.store.write import record_rows

    article, extraction = sample()
    tables = record_rows([(article, extraction, None)])
    with Store(store_url, create=True) as store:
        assert store.add_rows(tables, None) == 1
        assert store.add_rows(tables, None) == 0  # a partition loaded twice
        assert store.count("figures") == 1 and store.count("attributions") == 2
