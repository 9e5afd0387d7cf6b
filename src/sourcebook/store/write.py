"""Every write to a store: runs, articles with what was extracted from them, skipped inputs,
and the derived tables (speakers, stories, measures).

``insert_rows`` is the one article insert: both build engines go through it (the local
engine from records, the Dask engine from the rows its workers wrote to shards), so an
article always arrives with its children and its full-text entry in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import Connection, Table, bindparam, select, text, update
from sqlalchemy.engine import Engine

from .._version import __version__
from ..model import Article, Extraction, Measure, Skipped, Speaker, Story
from . import schema as t
from .engine import writing
from .read import known_ids
from .rows import article_row, extraction_rows

__all__ = [
    "CHUNK",
    "RECORD_TABLES",
    "add_articles",
    "add_rows",
    "add_skipped",
    "begin_run",
    "finish_run",
    "insert_rows",
    "replace_reconciliation",
]

#: Rows per INSERT statement: keeps statements under SQLite's parameter limit.
CHUNK = 500
#: The tables an article is written to, parents first.
RECORD_TABLES = ("articles", "sentences", "entities", "attributions", "figures")


class PipelineDescription(Protocol):
    """What a run records about the pipeline (``nlp.pipeline.PipelineInfo`` has it)."""

    @property
    def model(self) -> str: ...
    @property
    def model_version(self) -> str: ...
    @property
    def spacy_version(self) -> str: ...
    @property
    def components(self) -> tuple[str, ...]: ...


def _now() -> datetime:
    return datetime.now(UTC)


def _insert(conn: Connection, table: Table, rows: list[dict]) -> None:
    for i in range(0, len(rows), CHUNK):
        conn.execute(table.insert(), rows[i : i + CHUNK])


# -- runs ------------------------------------------------------------------------------------
def begin_run(engine: Engine, command_line: str, inputs: Iterable[str], info: PipelineDescription) -> int:
    """Record a build that starts now; returns its id."""
    with writing(engine) as conn:
        result = conn.execute(
            t.runs.insert().values(
                started=_now(),
                status="running",
                command=command_line,
                inputs=json.dumps(list(inputs)),
                model=info.model,
                model_version=info.model_version,
                spacy_version=info.spacy_version,
                sourcebook_version=__version__,
                components=json.dumps(list(info.components)),
                new=0,
                already_stored=0,
                skipped=0,
            )
        )
        key = result.inserted_primary_key
        assert key is not None  # an INSERT of one row
        return int(key[0])


def interrupt_stale_runs(engine: Engine) -> int:
    """Mark every run still ``running`` as ``interrupted``; returns how many. Only a writer
    holding the store's lock (``lock.WriterLock``) may call it: then no other build is alive."""
    with writing(engine) as conn:
        return conn.execute(update(t.runs).where(t.runs.c.status == "running")
                            .values(status="interrupted", finished=_now())).rowcount


def finish_run(engine: Engine, run_id: int, status: str, new: int, already: int, skipped: int,
               counts: Mapping[str, int]) -> None:
    """Record how a run ended and what it did."""
    with writing(engine) as conn:
        conn.execute(
            update(t.runs)
            .where(t.runs.c.id == run_id)
            .values(finished=_now(), status=status, new=new, already_stored=already,
                    skipped=skipped, counts=json.dumps(dict(counts)))
        )


def add_skipped(engine: Engine, run_id: int, items: Iterable[Skipped]) -> None:
    """Record the inputs a run skipped, with their reasons."""
    rows = [{"run_id": run_id, "location": s.where, "reason": s.reason} for s in items]
    if rows:
        with writing(engine) as conn:
            conn.execute(t.skipped.insert(), rows)


# -- articles --------------------------------------------------------------------------------
def insert_rows(conn: Connection, tables: Mapping[str, list[dict]]) -> None:
    """Insert the rows of articles and their children (``RECORD_TABLES``, as laid out by
    ``store.rows``) and the articles' full-text entries, within the caller's transaction."""
    for name in RECORD_TABLES:
        _insert(conn, t.metadata.tables[name], list(tables.get(name, ())))
    articles = tables.get("articles", ())
    if conn.dialect.name == "sqlite" and articles:
        conn.execute(
            text(f"INSERT INTO {t.FTS_TABLE} (article_id, title, text) VALUES (:id, :title, :text)"),
            [{"id": r["id"], "title": r["title"] or "", "text": r["text"]} for r in articles],
        )


def record_rows(items: Iterable[tuple[Article, Extraction, int | None]]) -> dict[str, list[dict]]:
    """The rows of ``(article, extraction, run id)`` items, per table of ``RECORD_TABLES``."""
    tables: dict[str, list[dict]] = {name: [] for name in RECORD_TABLES}
    for article, extraction, run_id in items:
        tables["articles"].append(article_row(article, run_id))
        for name, rows in extraction_rows(article.id, extraction).items():
            tables[name].extend(rows)
    return tables


def add_rows(engine: Engine, tables: Mapping[str, list[dict]], run_id: int | None) -> int:
    """Store articles given as rows (``RECORD_TABLES``) in ONE transaction, with ``run_id``;
    articles already stored are left as they are with everything extracted from them, so a
    batch loaded twice never duplicates a row. Returns how many articles were added."""
    known = known_ids(engine, (row["id"] for row in tables.get("articles", ())))
    articles = []
    for row in tables.get("articles", ()):
        if row["id"] not in known:
            known.add(row["id"])
            articles.append({**row, "run_id": run_id})
    if not articles:
        return 0
    keep = {row["id"] for row in articles}
    fresh = {"articles": articles, **{
        name: [row for row in tables.get(name, ()) if row["article_id"] in keep] for name in RECORD_TABLES[1:]}}
    with writing(engine) as conn:
        insert_rows(conn, fresh)
    return len(articles)


def add_articles(engine: Engine, items: Iterable[tuple[Article, Extraction]], run_id: int | None = None) -> int:
    """Store articles with their extractions in ONE transaction; articles already stored
    are left as they are. Returns how many were added."""
    items = list(items)
    known = known_ids(engine, (a.id for a, _ in items))
    fresh: dict[str, tuple[Article, Extraction, int | None]] = {}
    for article, extraction in items:
        if article.id not in known and article.id not in fresh:
            fresh[article.id] = (article, extraction, run_id)
    if fresh:
        with writing(engine) as conn:
            insert_rows(conn, record_rows(fresh.values()))
    return len(fresh)


# -- derived tables --------------------------------------------------------------------------
def replace_reconciliation(engine: Engine, speakers_by_attribution: Mapping[str, Speaker],
                           measures: Iterable[Measure], stories: Iterable[Story] = ()) -> None:
    """Replace the derived tables (speakers, aliases, stories, measures) in one transaction
    and point every attribution and figure at its speaker."""
    speakers = {s.id: s for s in speakers_by_attribution.values()}
    measures = list(measures)
    stories = list(stories)
    with writing(engine) as conn:
        conn.execute(update(t.attributions).values(speaker_id=None))
        conn.execute(update(t.figures).values(speaker_id=None))
        for table in (t.measure_members, t.measures, t.story_articles, t.stories, t.speaker_aliases, t.speakers):
            conn.execute(table.delete())
        _insert(conn, t.stories, [
            {"id": s.id, "label": s.label, "first": s.first, "last": s.last, "articles": len(s.articles),
             "names": json.dumps(list(s.names), ensure_ascii=False)} for s in stories])
        _insert(conn, t.story_articles, [
            {"article_id": article_id, "story_id": s.id, "seq": seq}
            for s in stories for seq, article_id in enumerate(s.articles)])
        _insert(conn, t.speakers, [
            {"id": s.id, "name": s.name, "kind": s.kind, "affiliation": s.affiliation} for s in speakers.values()])
        _insert(conn, t.speaker_aliases, [
            {"speaker_id": s.id, "alias": alias} for s in speakers.values() for alias in dict.fromkeys(s.aliases)])
        if speakers_by_attribution:  # one statement run for every attribution (not one per speaker: 700 statements)
            conn.execute(update(t.attributions).where(t.attributions.c.id == bindparam("b_attribution"))
                         .values(speaker_id=bindparam("b_speaker")),
                         [{"b_attribution": a, "b_speaker": s.id} for a, s in speakers_by_attribution.items()])
        # a figure's speaker is its enclosing attribution's speaker
        attribution_speaker = (
            select(t.attributions.c.speaker_id)
            .where(t.attributions.c.article_id == t.figures.c.article_id,
                   t.attributions.c.local_id == t.figures.c.attribution)
            .scalar_subquery()
        )
        conn.execute(update(t.figures).where(t.figures.c.attribution.is_not(None)).values(speaker_id=attribution_speaker))
        _insert(conn, t.measures, [
            {"id": m.id, "label": m.label, "verdict": m.verdict, "key": m.key, "why": m.why,
             "confidence": m.confidence, "story_id": m.story} for m in measures])
        _insert(conn, t.measure_members, [
            {"measure_id": m.id, "figure_id": mm.figure_id, "article_id": mm.article_id, "start": mm.start, "end": mm.end}
            for m in measures for mm in m.members])
