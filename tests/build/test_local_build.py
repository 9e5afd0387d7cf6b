"""The local engine end to end: build -> store -> export, idempotent re-runs, bad input,
interruption (kill -9, Ctrl-C), jobs=2 == jobs=1, PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcebook.build import build
from sourcebook.report.exports import export
from sourcebook.settings import Settings
from sourcebook.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _ledgers(directory: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))}


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory, nlp):
    db = str(tmp_path_factory.mktemp("examples") / "examples.db")
    first = build([str(EXAMPLES)], Settings(db=db))
    return db, first


def test_examples_build_then_rebuild_stores_nothing_twice(examples_store):
    db, first = examples_store
    articles = len(list(EXAMPLES.glob("*.txt")))
    assert (first.new, first.already_stored, first.skipped, first.status) == (articles, 0, [], "complete")
    assert len(first.ignored) == 0  # the sidecars are read as metadata, not reported
    again = build([str(EXAMPLES)], Settings(db=db))
    assert (again.new, again.already_stored) == (0, articles)
    with Store(db) as store:
        assert store.count("articles") == articles
        assert [r.status for r in store.runs()] == ["complete", "complete"]
        assert store.count("attributions") > articles  # every example quotes several sources
        assert store.count("figures") > articles


def test_a_build_accounts_for_its_time_stage_by_stage(examples_store):
    _, first = examples_store
    stages = first.timings
    assert list(stages) == ["startup", "read", "batch", "extract", "store", "reconcile"]
    assert all(seconds >= 0 for seconds in stages.values())
    assert stages["extract"] > 0 and stages["store"] > 0 and stages["reconcile"] > 0
    # the stages are exclusive: together they are the run's time, less the run record's close
    assert first.seconds - 0.5 <= sum(stages.values()) <= first.seconds


def test_undated_article_gets_an_estimated_date(examples_store):
    db, _ = examples_store
    with Store(db) as store:
        bulletin = next(a for a in store.articles() if a.stem == "05-undated-bulletin")
        dated = next(a for a in store.articles() if a.stem == "01-valley-courier")
    assert bulletin.published == "2031-04-09" and bulletin.published_estimated
    assert (bulletin.published_source, bulletin.published_evidence) == ("estimate", "9 April 2031")
    assert dated.published == "2031-04-08" and not dated.published_estimated
    assert (dated.published_source, dated.published_evidence, dated.published_confidence) == ("metadata", None, None)


def test_ledger_and_citron_exports(examples_store, tmp_path):
    db, _ = examples_store
    with Store(db) as store:
        export(store, "ledger", tmp_path / "ledger")
        export(store, "citron", tmp_path / "citron")
        export(store, "csv", tmp_path / "csv")
        export(store, "parquet", tmp_path / "parquet")
    ledgers = _ledgers(tmp_path / "ledger")
    doc = ledgers["01-valley-courier.json"]
    assert doc["document"] == "01-valley-courier.txt"
    for record in doc["attributions"]:
        for span in [record["source"], record["cue"], *record["contents"]]:
            if span:
                assert doc["text"][span["start"]:span["end"]] == span["text"]
    speakers = json.loads((tmp_path / "ledger" / "speakers.json").read_text())
    assert {"id", "name", "aliases", "affiliation", "kind"} <= set(speakers[0])
    known = {s["id"] for s in speakers}
    assert all(a["speaker_id"] in known
               for d in ledgers.values() if "attributions" in d for a in d["attributions"] if a["speaker_id"])
    measures = json.loads((tmp_path / "ledger" / "measures.json").read_text())
    for measure in measures:
        for member in measure["members"]:
            target = ledgers[member["document"].rsplit(".", 1)[0] + ".json"]
            assert any(f["id"] == member["figure_id"] and f["text"]["start"] == member["start"] for f in target["figures"])
    # the five examples are one story: every article names it, every measure formed in it
    stories = json.loads((tmp_path / "ledger" / "stories.json").read_text())
    assert len(stories) == 1 and {"id", "label", "documents"} <= set(stories[0])
    assert sorted(stories[0]["documents"]) == sorted(d["document"] for d in ledgers.values() if "document" in d)
    assert {d["story_id"] for d in ledgers.values() if "document" in d} == {stories[0]["id"]}
    assert measures and {m["story"] for m in measures} == {stories[0]["id"]}
    citron = json.loads((tmp_path / "citron" / "01-valley-courier.json").read_text())
    assert set(citron) == {"text", "quotes"} and citron["quotes"]
    assert all({"cue", "sources", "contents"} <= set(q) for q in citron["quotes"])
    assert (tmp_path / "csv" / "figures.csv").read_text().startswith("id,article_id,")
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "parquet" / "articles.parquet").num_rows == len(list(EXAMPLES.glob("*.txt")))


def test_bad_input_is_skipped_and_the_rest_is_stored(tmp_path, nlp):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("The council said 30 bridges need repair.", encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (inputs / "rows.jsonl").write_text('{"text": "Officials said 12 roads were closed."}\n{broken\n', encoding="utf-8")
    summary = build([str(inputs)], Settings(db=str(tmp_path / "s.db")))
    reasons = {Path(s.where.split(":")[0]).name: s.reason for s in summary.skipped}
    assert summary.new == 2
    assert set(reasons) == {"empty.txt", "binary.txt", "rows.jsonl"}
    with Store(str(tmp_path / "s.db")) as store:
        assert [where for _, where in [(r, s.where) for r, s in store.skipped()]] == [s.where for s in summary.skipped]


@pytest.mark.slow
def test_cli_exit_status_reports_skips(tmp_path, cli_main):
    (tmp_path / "good.txt").write_text("The mayor said 40 families were moved.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text(" ", encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = cli_main("build", str(tmp_path), "--db", db, "--no-progress")
    assert result.returncode == 3, result.stderr
    assert "empty.txt: empty" in result.stderr and "1 new" in result.stdout
    again = cli_main("build", str(tmp_path / "good.txt"), "--db", db, "--no-progress")
    assert again.returncode == 0 and "1 already stored" in again.stdout
    stats = cli_main("stats", "--db", db)
    assert stats.returncode == 0 and "empty.txt" in stats.stdout
    missing = cli_main("report", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1 and "no store at" in missing.stderr


# Ctrl-C, kill -9 and --jobs 2 against a clean build, byte for byte: tests/build/test_resume.py


@pytest.mark.postgres
def test_postgres_build_exports_the_same_ledger_as_sqlite(postgres_url, examples_store, tmp_path, nlp):
    from sqlalchemy import create_engine, text

    engine = create_engine("postgresql+psycopg://" + postgres_url.split("://", 1)[1])
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    summary = build([str(EXAMPLES)], Settings(db=postgres_url))
    assert summary.new == len(list(EXAMPLES.glob("*.txt")))
    with Store(postgres_url) as pg, Store(examples_store[0]) as lite:
        export(pg, "ledger", tmp_path / "pg")
        export(lite, "ledger", tmp_path / "lite")
    assert _ledgers(tmp_path / "pg") == _ledgers(tmp_path / "lite")


def test_reviews_survive_a_rebuild_and_appear_in_the_ledger(tmp_path, nlp):
    from sourcebook.store.reviews import add_review

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text('"We lost 30 boats," the harbour master said.', encoding="utf-8")
    db = str(tmp_path / "r.db")
    build([str(tmp_path / "in")], Settings(db=db))
    with Store(db) as store:
        [article] = store.articles()
        target = f"{article.id}:{store.extraction(article.id).attributions[0].id}"
        add_review(store, target, "verified", "desk", "checked against the recording")
    build([str(tmp_path / "in")], Settings(db=db))  # rebuild: reconciliation replaces derived tables
    with Store(db) as store:
        export(store, "ledger", tmp_path / "out")
    ledger = json.loads((tmp_path / "out" / "a.json").read_text())
    reviewed = [a for a in ledger["attributions"] if a["reviews"]]
    assert [r["status"] for r in reviewed[0]["reviews"]] == ["verified"]


def test_an_article_is_dated_from_itself_whatever_else_is_built(tmp_path, nlp):
    (tmp_path / "in").mkdir()
    # names only a historical year, and a day and month without a year: no evidence, undated
    (tmp_path / "in" / "a.txt").write_text(
        "The port was built in 1998. On 3 May, officials said 40 cranes were idle in the past week.", encoding="utf-8")
    # a dateline: estimated, with its evidence; relative times resolve against it
    (tmp_path / "in" / "b.txt").write_text(
        "BRASK, 9 May 2031 - The harbour reopened, the council said. 12 ships came in the past week.", encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text("By 10 May 2031 most ships had returned, officials said.", encoding="utf-8")
    alone = tmp_path / "alone.db"
    both = tmp_path / "both.db"
    build([str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "b.txt")], Settings(db=str(alone)))
    build([str(tmp_path / "in")], Settings(db=str(both)))
    for db in (alone, both):
        with Store(str(db)) as store:
            got = {a.stem: (a.published, a.published_source, a.published_evidence) for a in store.articles()}
            b_id = next(a.id for a in store.articles() if a.stem == "b")
            times = [f.time_start for f in store.extraction(b_id).figures if f.time_start]
        assert got["a"] == (None, None, None)
        assert got["b"] == ("2031-05-09", "estimate", "9 May 2031")
        assert all(t.startswith("2031-05") for t in times)


