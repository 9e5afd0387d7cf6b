"""The Dask engine: the same ledger as the local build, bad files reported, a worker killed
mid-run. One small local cluster (2 single-threaded worker processes), the session's
(``tests/conftest.py``)."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sys
from pathlib import Path

import cloudpickle
import pytest

pytest.importorskip("distributed")
pytest.importorskip("warcio")

from distributed import Client, WorkerPlugin  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from sourcebook.build import build  # noqa: E402
from sourcebook.report.exports import export  # noqa: E402
from sourcebook.settings import Settings  # noqa: E402
from sourcebook.store import Store  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests/

WARC_PAGES = {
    "https://example.org/tessel/levels": (
        "Tessel levels fall",
        "<p>Water levels in the Tessel fell on 10 April 2031, the river authority said.</p>"
        "<p>At least 14 people were killed in the flood, according to the regional governor, "
        "and around 6,000 residents remain displaced in Brask and nearby villages.</p>"
        "<p>\"The worst is over,\" said Mara Holt, a spokeswoman for the authority. Engineers will "
        "inspect the dam over the coming week before any residents are allowed home.</p>",
    ),
    "https://example.org/tessel/aid": (
        "Aid reaches Brask",
        "<p>Aid convoys reached Brask on 11 April 2031, the Red Cross said on Friday.</p>"
        "<p>More than 20 people were killed when the dam broke, the Tessel Residents' Union said, "
        "a figure the government disputes. Some 3,000 families have been given shelter.</p>"
        "<p>\"We need clean water first,\" said a volunteer at the school in Brask.</p>",
    ),
}

#: every test here starts or uses a Dask cluster
pytestmark = pytest.mark.slow


def write_corpus(root: Path) -> list[str]:
    """The examples spread over text files, a JSONL.gz shard and a WARC file."""
    texts = sorted(EXAMPLES.glob("*.txt"))
    plain = root / "plain"
    plain.mkdir(parents=True)
    for path in texts[:2] + texts[4:]:
        (plain / path.name).write_bytes(path.read_bytes())
        if path.with_suffix(".json").exists():
            (plain / path.with_suffix(".json").name).write_bytes(path.with_suffix(".json").read_bytes())
    with gzip.open(root / "rows.jsonl.gz", "wt", encoding="utf-8") as handle:
        for path in texts[2:4]:
            meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            handle.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8"), **meta}) + "\n")
    with open(root / "crawl.warc.gz", "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, (title, body) in WARC_PAGES.items():
            html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            writer.write_record(record)
    return [str(plain), str(root / "rows.jsonl.gz"), str(root / "crawl.warc.gz")]


def ledger(db: str, out: Path) -> dict[str, object]:
    with Store(db) as store:
        export(store, "ledger", out)
    return {p.relative_to(out).as_posix(): json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.rglob("*.json"))}


def counts(db: str) -> dict[str, int]:
    with Store(db) as store:
        return {name: store.count(name) for name in ("articles", "sentences", "entities", "attributions", "figures", "measures")}


@pytest.fixture(scope="module")
def cluster(dask_cluster):
    """The session's cluster (``tests/conftest.py``) and a client of it for this module."""
    with Client(dask_cluster) as client:
        yield dask_cluster, client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    return write_corpus(root)


@pytest.fixture(scope="module")
def local_build(corpus, tmp_path_factory, nlp):
    db = str(tmp_path_factory.mktemp("local") / "local.db")
    summary = build(corpus, Settings(db=db))
    assert summary.status == "complete" and not summary.skipped
    return db, summary


def on_cluster(cluster, db: str, **options) -> Settings:
    """Settings for the Dask engine on the module's cluster."""
    return Settings(db=db, engine="dask", scheduler=cluster[0].scheduler_address, **options)


def test_dask_build_gives_the_local_ledger(cluster, corpus, local_build, tmp_path):
    local_db, local_summary = local_build
    db = str(tmp_path / "dask.db")
    summary = build(corpus, on_cluster(cluster, db, shard_dir=str(tmp_path / "shards")))
    assert (summary.status, summary.new, summary.skipped) == ("complete", local_summary.new, [])
    assert summary.new == 7 and summary.counts["measures"] >= 1
    assert ledger(db, tmp_path / "dask") == ledger(local_db, tmp_path / "local")
    assert counts(db) == counts(local_db)
    assert list((tmp_path / "shards" / "figures").glob("part-*.parquet"))
    again = build(corpus, on_cluster(cluster, db))
    assert (again.new, again.already_stored) == (0, 7)
    assert counts(db) == counts(local_db)


SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV_SUBSET = 10  # of PolNeAR dev's 84 texts, every eighth (was 20, every fourth: each costs two parses)


def test_local_and_dask_ledgers_are_identical_dates_included_on_seeds_and_polnear_dev(cluster, tmp_path, nlp):
    """The seeds (two undated, one estimated from its text) and a 10-file subset of PolNeAR
    dev (dated by their file names), copied to a temp dir, built by both engines."""
    seeds, dev = SHARED / "seeds", SHARED / "corpora" / "polnear" / "dev" / "text"
    if not seeds.is_dir() or not dev.is_dir():
        pytest.skip(f"seeds or PolNeAR dev not found under {SHARED} (../shared is not beside the checkout)")
    corpus = tmp_path / "corpus"
    (corpus / "polnear-dev").mkdir(parents=True)
    for path in sorted(seeds.glob("*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    for path in sorted(dev.glob("*.txt"))[::8][:DEV_SUBSET]:
        (corpus / "polnear-dev" / path.name).write_bytes(path.read_bytes())
    local_db, dask_db = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    build([str(corpus)], Settings(db=local_db))
    build([str(corpus)], on_cluster(cluster, dask_db))
    local, dask = ledger(local_db, tmp_path / "local"), ledger(dask_db, tmp_path / "dask")
    assert dask == local
    sources = {name: (doc["published"], doc["published_source"]) for name, doc in local.items() if "published" in doc}
    assert len(sources) == 3 + DEV_SUBSET
    assert sum(source == "file name" for _, source in sources.values()) == DEV_SUBSET
    seed_dates = sorted((v for k, v in sources.items() if k.startswith("00")), key=str)
    assert seed_dates == [("2016-12-13", "estimate"), (None, None), (None, None)]
    # the seeds (one event, two of them undated) are one story, and no story mixes them with politics
    seed_story = {doc["story_id"] for name, doc in local.items() if name.startswith("00")}
    assert len(seed_story) == 1 and local["stories.json"]
    [seeds_story] = [s for s in local["stories.json"] if s["id"] in seed_story]
    assert sorted(seeds_story["documents"]) == sorted(name.removesuffix(".json") + ".txt"
                                                      for name in local if name.startswith("00"))


def test_a_bad_file_is_reported_and_the_rest_stored(cluster, corpus, tmp_path):
    bad = tmp_path / "broken.jsonl.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00 this is not gzip")
    not_warc = tmp_path / "notes.warc"
    not_warc.write_text("these are notes, not a web archive\n", encoding="utf-8")
    db = str(tmp_path / "bad.db")
    expected = {str(bad), str(not_warc), str(tmp_path / "missing.txt")}
    summary = build([*corpus, str(bad), str(not_warc), str(tmp_path / "missing.txt")], on_cluster(cluster, db))
    assert summary.status == "complete" and summary.new == 7
    assert {s.where for s in summary.skipped} == expected
    assert all("cannot read" in s.reason for s in summary.skipped if s.where != str(tmp_path / "missing.txt"))
    with Store(db) as store:
        assert {s.where for _, s in store.skipped()} == expected


class KillOnce(WorkerPlugin):
    """Kills the worker process the first time it starts an extraction task."""

    name = "kill-once"

    def __init__(self, marker: str):
        self.marker = marker

    def transition(self, key, start, finish, **kwargs):
        name = key[0] if isinstance(key, tuple) else key
        if finish == "executing" and str(name).startswith("extract_partition") and not os.path.exists(self.marker):
            Path(self.marker).touch()
            os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_mid_run_loses_nothing(cluster, corpus, local_build, tmp_path):
    _, client = cluster
    marker = tmp_path / "killed"
    client.register_plugin(KillOnce(str(marker)))
    try:
        db = str(tmp_path / "killed.db")
        summary = build(corpus, on_cluster(cluster, db))
    finally:
        client.unregister_worker_plugin(KillOnce.name)
    assert marker.exists()  # a worker did die
    assert summary.status == "complete" and summary.new == 7 and not summary.skipped
    assert counts(db) == counts(local_build[0])
    assert ledger(db, tmp_path / "killed-ledger") == ledger(local_build[0], tmp_path / "local")


def test_measures_by_dask_groupby_equal_the_local_grouping(cluster):
    """Synthetic figures (bench/reconcile.py): many blocks, unplaced figures that take their
    article's place - the one thing a block needs from outside itself."""
    import importlib.util

    from sourcebook.build.dask.measures import build_measures_dask
    from sourcebook.reconcile import build_measures, merge_speakers

    path = Path(__file__).resolve().parents[2] / "bench" / "reconcile.py"
    spec = importlib.util.spec_from_file_location("bench_reconcile", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    mentions, rows = bench.synthetic(1000, seed=7)  # 100 articles, over 150 measures (2000 doubled the time, not the cases)
    items = bench.measure_inputs(rows, merge_speakers(mentions))
    local = build_measures(items)
    assert len(local) > 50
    assert build_measures_dask(items, partitions=6) == local


def test_dask_measures_equal_local_with_undated_eras_places_and_stories(cluster):
    """What a block needs from outside itself: the eras of undated articles (from figures of
    other blocks: durations), the articles' places (from counts of other blocks), stories."""
    from sourcebook.build.dask.measures import build_measures_dask
    from sourcebook.model import Figure, Span
    from sourcebook.reconcile import MeasureInput, build_measures

    def item(article, number, value, published=None, **fields):
        figure = Figure(f"f{number}", Span(0, 3, str(value)), value, value, value, "exact", **fields)
        return MeasureInput(f"{article}:f{number}", article, f"{article}.txt", figure, published)

    items = [
        item("a", 1, 8000, unit="civilians", predicate="trapped"),
        item("a", 2, 4, kind="duration", unit="days", time="towards the end of November"),
        item("b", 1, 3000, unit="people", predicate="trapped"),
        item("b", 2, 2, kind="duration", unit="months", time="Earlier in December"),
        item("c", 1, 120, "2031-03-04", unit="people", predicate="missing"),
        item("c", 2, 5, "2031-03-04", unit="people", predicate="killed", place="Varnholt"),
        item("d", 1, 35, "2031-03-04", unit="people", predicate="missing", place="Varnholt"),
        item("e", 1, 60, "2031-03-04", unit="people", predicate="missing"),
    ]
    local = build_measures(items)
    assert {m.verdict for m in local} >= {"changed_over_time", "conflict"}
    assert build_measures_dask(items, partitions=4) == local
    stories = {"a": "s1", "b": "s1", "c": "s2", "d": "s2", "e": "s3"}
    assert build_measures_dask(items, partitions=4, stories=stories) == build_measures(items, stories=stories)


@pytest.mark.postgres
def test_dask_build_into_postgresql(cluster, corpus, local_build, postgres_url, tmp_path):
    from sqlalchemy import create_engine, text

    engine = create_engine("postgresql+psycopg://" + postgres_url.split("://", 1)[1])
    with engine.begin() as conn:  # an empty database
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    summary = build(corpus, on_cluster(cluster, postgres_url))
    assert (summary.status, summary.new) == ("complete", 7)
    assert ledger(postgres_url, tmp_path / "pg") == ledger(local_build[0], tmp_path / "local")


@pytest.mark.slow
def test_dask_build_of_the_varied_articles_gives_the_local_ledger_byte_for_byte(cluster, tmp_path, varied_clean):
    """The articles of tests/build/test_resume.py; the local ledger is the clean build that
    test compares with (``tests/conftest.py``, built once per test process). The user's
    aliases table, which names one article's speaker, reaches the workers of a running
    cluster (``tests/build/test_lexicon_tables.py`` gives it to a cluster the build starts)."""
    from test_resume import N, ledger_bytes  # tests/build is on sys.path (rootdir imports)

    from sourcebook.nlp.lexicon import extend_tables

    corpus, aliases, expected = varied_clean
    try:
        build([str(corpus)], on_cluster(cluster, str(tmp_path / "dask.db"), aliases=str(aliases)))
    finally:
        extend_tables(None, None)  # the build installed the table in this process too
    with Store(str(tmp_path / "dask.db")) as store:
        export(store, "ledger", tmp_path / "dask")
    assert len(expected) == N + 4 and ledger_bytes(tmp_path / "dask") == expected
