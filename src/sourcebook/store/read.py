"""Every read of a store's records: articles and what was extracted from them, speakers,
stories, measures, runs and what they skipped, table rows for exports, and the stored figures that
reconciliation groups into measures. Functions take the store's SQLAlchemy engine and return
records (``model.py``), never raw rows - except ``rows``, which is the raw table for exports.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import ColumnElement, RowMapping, Table, func, select
from sqlalchemy.engine import Engine

from ..errors import StoreError
from ..model import (
    PUBLISHED_SOURCES,
    Article,
    Attribution,
    Extraction,
    Figure,
    Measure,
    MeasureMember,
    Skipped,
    Span,
    Speaker,
    StoredFigure,
    Story,
    document_name,
)
from . import schema as t
from .rows import row_article, row_attribution, row_entity, row_figure, row_sentence, row_story

__all__ = [
    "RunRecord",
    "StoryArticle",
    "article",
    "articles",
    "columns",
    "count",
    "date_sources",
    "extraction",
    "known_ids",
    "measures",
    "rows",
    "runs",
    "skipped",
    "speaker_ids",
    "speaker_mentions",
    "speakers",
    "stats",
    "stored_figures",
    "stories",
    "story_inputs",
    "story_of",
    "table_names",
]

#: an article as stories are grouped from it: (id, published, title, text, ((entity text, label), ...))
StoryArticle = tuple[str, str | None, str | None, str, tuple[tuple[str, str], ...]]

#: Ids per ``IN (...)`` list: keeps statements under SQLite's parameter limit.
CHUNK = 500


@dataclass(frozen=True)
class RunRecord:
    """One build as recorded in the store."""

    id: int
    started: datetime
    finished: datetime | None
    status: str
    command: str | None
    inputs: tuple[str, ...]
    model: str | None
    model_version: str | None
    spacy_version: str | None
    sourcebook_version: str | None
    components: tuple[str, ...]
    new: int
    already_stored: int
    skipped: int
    counts: dict


# -- runs ------------------------------------------------------------------------------------
def runs(engine: Engine) -> list[RunRecord]:
    """Every run, oldest first."""
    with engine.connect() as conn:
        found = conn.execute(select(t.runs).order_by(t.runs.c.id)).mappings().all()
    return [
        RunRecord(
            id=r["id"], started=r["started"], finished=r["finished"], status=r["status"],
            command=r["command"], inputs=tuple(json.loads(r["inputs"] or "[]")),
            model=r["model"], model_version=r["model_version"], spacy_version=r["spacy_version"],
            sourcebook_version=r["sourcebook_version"],
            components=tuple(json.loads(r["components"] or "[]")),
            new=r["new"], already_stored=r["already_stored"], skipped=r["skipped"],
            counts=json.loads(r["counts"] or "{}"),
        )
        for r in found
    ]


def skipped(engine: Engine, run_id: int | None = None) -> list[tuple[int, Skipped]]:
    """(run id, skipped input) of one run or of every run, in the order recorded."""
    query = select(t.skipped).order_by(t.skipped.c.id)
    if run_id is not None:
        query = query.where(t.skipped.c.run_id == run_id)
    with engine.connect() as conn:
        return [(r["run_id"], Skipped(r["location"], r["reason"])) for r in conn.execute(query).mappings()]


# -- articles --------------------------------------------------------------------------------
def known_ids(engine: Engine, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are already stored."""
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    with engine.connect() as conn:
        for i in range(0, len(wanted), CHUNK):
            chunk = wanted[i : i + CHUNK]
            found.update(conn.execute(select(t.articles.c.id).where(t.articles.c.id.in_(chunk))).scalars())
    return found


def stored_urls(engine: Engine, urls: Iterable[str]) -> set[str]:
    """Which of ``urls`` an article is stored under: as its URL, the URL it was fetched from
    (``origin_path``) or the URL the fetch ended at (``origin_url``)."""
    wanted = list(dict.fromkeys(urls))
    found: set[str] = set()
    a = t.articles.c
    with engine.connect() as conn:
        for i in range(0, len(wanted), CHUNK):
            chunk = wanted[i : i + CHUNK]
            for row in conn.execute(select(a.url, a.origin_path, a.origin_url).where(
                    a.url.in_(chunk) | a.origin_path.in_(chunk) | a.origin_url.in_(chunk))):
                found.update(value for value in row if value in chunk)
    return found


def articles(engine: Engine) -> list[Article]:
    """Every stored article, by stem then id."""
    with engine.connect() as conn:
        found = conn.execute(select(t.articles).order_by(t.articles.c.stem, t.articles.c.id)).mappings()
        return [row_article(r) for r in found]


def article(engine: Engine, article_id: str) -> Article | None:
    """One stored article, or None."""
    with engine.connect() as conn:
        row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
    return row_article(row) if row else None


def extraction(engine: Engine, article_id: str, text: str | None = None) -> Extraction:
    """Everything stored for one article, as records; ``text`` (the article's) fills in
    the figures' sentence text."""
    with engine.connect() as conn:
        def of(table: Table, order: ColumnElement) -> Sequence[RowMapping]:
            return conn.execute(select(table).where(table.c.article_id == article_id).order_by(order)).mappings().all()
        sentences = of(t.sentences, t.sentences.c.seq)
        entities = of(t.entities, t.entities.c.seq)
        attributions = of(t.attributions, t.attributions.c.source_start)
        figures = of(t.figures, t.figures.c.start)
    return Extraction(
        sentences=tuple(row_sentence(r) for r in sentences),
        entities=tuple(row_entity(r) for r in entities),
        attributions=tuple(sorted((row_attribution(r) for r in attributions), key=_local_order)),
        figures=tuple(sorted((row_figure(r, text) for r in figures), key=_local_order)),
    )


def _local_order(record: Attribution | Figure) -> tuple[int, str]:
    """a2 before a10: the number in a local id, then the id."""
    digits = "".join(ch for ch in record.id if ch.isdigit())
    return (int(digits) if digits else 0, record.id)


# -- speakers and measures -------------------------------------------------------------------
def speaker_ids(engine: Engine, article_id: str) -> dict[str, str]:
    """local attribution id -> store-wide speaker id, for one article."""
    query = select(t.attributions.c.local_id, t.attributions.c.speaker_id).where(
        t.attributions.c.article_id == article_id, t.attributions.c.speaker_id.is_not(None))
    with engine.connect() as conn:
        return dict(conn.execute(query).all())


def speaker_mentions(engine: Engine) -> Iterator[tuple[str, str, str | None, str | None, str | None]]:
    """(attribution id, speaker name, kind, affiliation, source as written) for every
    attributed statement."""
    query = select(t.attributions.c.id, t.attributions.c.speaker, t.attributions.c.speaker_kind,
                   t.attributions.c.affiliation, t.attributions.c.source_text).where(t.attributions.c.speaker.is_not(None))
    with engine.connect() as conn:
        yield from ((key, name, kind, affiliation, written)
                    for key, name, kind, affiliation, written in conn.execute(query.order_by(t.attributions.c.id)))


def stored_figures(engine: Engine) -> Iterator[StoredFigure]:
    """Every stored figure with what grouping into measures needs about its article and
    its attribution, by figure id; its sentence with its text (``reconcile.measures.causes`` reads what did the
    killing from it: 'An aftershock of magnitude 5.1 hit')."""
    a, f = t.articles, t.figures
    sentence = func.substr(a.c.text, f.c.sentence_start + 1, f.c.sentence_end - f.c.sentence_start)
    query = (
        select(t.figures, a.c.stem, a.c.origin_path, a.c.origin_line, a.c.published, a.c.published_estimated,
               a.c.outlet, t.attributions.c.relayed_by, sentence.label("sentence_text"))
        .join(a, a.c.id == t.figures.c.article_id)
        .outerjoin(t.attributions, (t.attributions.c.article_id == t.figures.c.article_id)
                   & (t.attributions.c.local_id == t.figures.c.attribution))
        .order_by(t.figures.c.id)
    )
    with engine.connect() as conn:
        for row in conn.execute(query).mappings():
            figure = row_figure(row)
            if figure.sentence is not None and row["sentence_text"]:
                figure = replace(figure, sentence=Span(figure.sentence.start, figure.sentence.end, row["sentence_text"]))
            yield StoredFigure(
                figure=figure,
                figure_id=row["id"],
                article_id=row["article_id"],
                document=document_name(row["stem"], row["origin_path"], row["origin_line"]),
                published=row["published"],
                published_estimated=bool(row["published_estimated"]),
                relayed_by=row["relayed_by"],
                outlet=row["outlet"],
            )


def speakers(engine: Engine) -> list[Speaker]:
    """The store-wide speakers, by name then id, with their aliases."""
    with engine.connect() as conn:
        aliases: dict[str, list[str]] = {}
        for speaker_id, alias in conn.execute(select(t.speaker_aliases).order_by(t.speaker_aliases.c.alias)):
            aliases.setdefault(speaker_id, []).append(alias)
        found = conn.execute(select(t.speakers).order_by(t.speakers.c.name, t.speakers.c.id)).mappings()
        return [Speaker(r["id"], r["name"], r["kind"], r["affiliation"], tuple(aliases.get(r["id"], ()))) for r in found]


def measures(engine: Engine) -> list[Measure]:
    """The measures, by id, each with its members."""
    with engine.connect() as conn:
        members: dict[str, list[MeasureMember]] = {}
        query = select(t.measure_members).order_by(t.measure_members.c.article_id, t.measure_members.c.start)
        for r in conn.execute(query).mappings():
            members.setdefault(r["measure_id"], []).append(MeasureMember(r["figure_id"], r["article_id"], r["start"], r["end"]))
        found = conn.execute(select(t.measures).order_by(t.measures.c.id)).mappings()
        return [Measure(r["id"], r["label"], r["verdict"], tuple(members.get(r["id"], ())), r["key"], r["why"],
                        r["confidence"], r["story_id"]) for r in found]


def stories(engine: Engine) -> list[Story]:
    """The stories, most articles first, then by earliest date and id, each with its
    articles in time order."""
    with engine.connect() as conn:
        members: dict[str, list[str]] = {}
        query = select(t.story_articles.c.story_id, t.story_articles.c.article_id).order_by(
            t.story_articles.c.story_id, t.story_articles.c.seq)
        for story_id, article_id in conn.execute(query):
            members.setdefault(story_id, []).append(article_id)
        s = t.stories
        found = conn.execute(select(s).order_by(s.c.articles.desc(), s.c.first.asc().nulls_last(), s.c.id)).mappings()
        return [row_story(r, members.get(r["id"], ())) for r in found]


def story_of(engine: Engine, article_ids: Iterable[str]) -> dict[str, str]:
    """article id -> its story's id, for the given articles."""
    wanted = list(dict.fromkeys(article_ids))
    found: dict[str, str] = {}
    sa = t.story_articles
    with engine.connect() as conn:
        for i in range(0, len(wanted), CHUNK):
            query = select(sa.c.article_id, sa.c.story_id).where(sa.c.article_id.in_(wanted[i:i + CHUNK]))
            found.update({article_id: story_id for article_id, story_id in conn.execute(query)})
    return found


def story_inputs(engine: Engine, labels: Sequence[str]) -> Iterator[StoryArticle]:
    """Every article as grouping into stories needs it, by id: (id, published date, title,
    text, its named entities as (text, label) for the entity ``labels`` given)."""
    a, e = t.articles, t.entities
    with engine.connect() as conn:
        names: dict[str, list[tuple[str, str]]] = {}
        query = select(e.c.article_id, e.c.text, e.c.label).where(e.c.label.in_(list(labels)))
        for article_id, text, label in conn.execute(query.order_by(e.c.article_id, e.c.seq)):
            names.setdefault(article_id, []).append((text, label))
        for article_id, published, title, text in conn.execute(select(a.c.id, a.c.published, a.c.title, a.c.text)
                                                               .order_by(a.c.id)):
            yield article_id, published, title, text, tuple(names.get(article_id, ()))


# -- tables (exports, stats) -----------------------------------------------------------------
def table_names() -> tuple[str, ...]:
    """Every table, parents before children."""
    return tuple(table.name for table in t.TABLES)


def columns(name: str) -> list[str]:
    """The column names of table ``name``."""
    return [column.name for column in t.metadata.tables[name].columns]


def rows(engine: Engine, name: str) -> Iterator[dict]:
    """Every row of table ``name`` as a dict, by primary key."""
    table = t.metadata.tables.get(name)
    if table is None:
        raise StoreError(f"no table {name!r}; tables: {', '.join(table_names())}")
    with engine.connect() as conn:
        order = list(table.primary_key.columns)
        for row in conn.execute(select(table).order_by(*order)).mappings():
            yield dict(row)


def count(engine: Engine, table: str) -> int:
    """How many rows table ``table`` holds."""
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.metadata.tables[table])).scalar_one()


def date_sources(engine: Engine) -> dict[str, int]:
    """How many articles got their publication date from each source (``PUBLISHED_SOURCES``),
    and how many are undated, in that order."""
    a = t.articles
    with engine.connect() as conn:
        rows = conn.execute(select(a.c.published_source, func.count()).group_by(a.c.published_source)).all()
    found: dict[str | None, int] = {source: count for source, count in rows}
    return {**{name: found.get(name, 0) for name in PUBLISHED_SOURCES}, "undated": found.get(None, 0)}


def stats(engine: Engine) -> dict[str, int]:
    """Rows per table, every table."""
    return {table.name: count(engine, table.name) for table in t.TABLES}
