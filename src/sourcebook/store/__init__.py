"""The store: one SQLite file by default, PostgreSQL for a team.

Every article is written together with everything extracted from it, in one transaction per
batch, so an interrupted build (Ctrl-C, kill -9) leaves only complete articles behind and the
next build finishes the rest. Speakers and measures are derived: each build replaces them in one
transaction from what is stored.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, event, func, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from .. import __version__
from ..errors import StoreError
from ..model import Article, Extraction, Figure, Measure, MeasureMember, Skipped, Speaker
from . import schema as t
from .rows import (
    article_row,
    extraction_rows,
    row_article,
    row_attribution,
    row_entity,
    row_figure,
    row_sentence,
)
from .schema import SCHEMA_REVISION

__all__ = ["RunRecord", "Store", "database_url", "open_store"]

log = logging.getLogger(__name__)

#: Rows per INSERT statement: keeps statements under SQLite's parameter limit.
CHUNK = 500


def database_url(db: str) -> str:
    """A SQLAlchemy URL for ``--db``: a file path (SQLite), ``sqlite:///...``, or a
    ``postgresql://`` URL (driven by psycopg 3)."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@dataclass(frozen=True)
class RunRecord:
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


def open_store(url: str = "sourcebook.db", create: bool = False) -> Store:
    """Open a store for reading (``create=False`` refuses a SQLite file that does not exist)."""
    return Store(url, create=create)


class Store:
    """Read and write a Sourcebook store. ``url`` is a path or a SQLAlchemy/PostgreSQL URL."""

    def __init__(self, url: str = "sourcebook.db", create: bool = True) -> None:
        self.url = database_url(url)
        if self.url.startswith("sqlite:///") and not create:
            path = Path(self.url.removeprefix("sqlite:///"))
            if not path.exists():
                raise StoreError(f"no store at {path}; build one first with `sourcebook build`")
        try:
            self.engine: Engine = create_engine(self.url)
        except ImportError as exc:
            raise StoreError(f"cannot open store {url!r}: {exc}; for PostgreSQL install `sourcebook[postgres]`") from exc
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError(f"cannot open store {url!r}: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema up to the newest migration (a no-op when it is there)."""
        try:
            with self.engine.begin() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                if current == SCHEMA_REVISION:
                    return
                config = Config()
                config.set_main_option(
                    "script_location", str(resources.files("sourcebook.store") / "migrations")
                )
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open or migrate store {self.url}: {exc}") from exc

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # -- runs --------------------------------------------------------------------------------
    def begin_run(self, command_line: str, inputs: Iterable[str], info) -> int:
        """Record a build that starts now; ``info`` is the pipeline's ``PipelineInfo``."""
        with self.engine.begin() as conn:
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
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str, new: int, already: int, skipped: int, counts: Mapping) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(t.runs)
                .where(t.runs.c.id == run_id)
                .values(finished=_now(), status=status, new=new, already_stored=already,
                        skipped=skipped, counts=json.dumps(dict(counts)))
            )

    def add_skipped(self, run_id: int, items: Iterable[Skipped]) -> None:
        rows = [{"run_id": run_id, "location": s.where, "reason": s.reason} for s in items]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(t.skipped.insert(), rows)

    def runs(self) -> list[RunRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.runs).order_by(t.runs.c.id)).mappings().all()
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
            for r in rows
        ]

    def skipped(self, run_id: int | None = None) -> list[tuple[int, Skipped]]:
        query = select(t.skipped).order_by(t.skipped.c.id)
        if run_id is not None:
            query = query.where(t.skipped.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [(r["run_id"], Skipped(r["location"], r["reason"])) for r in conn.execute(query).mappings()]

    # -- articles ----------------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), CHUNK):
                chunk = wanted[i : i + CHUNK]
                found.update(conn.execute(select(t.articles.c.id).where(t.articles.c.id.in_(chunk))).scalars())
        return found

    def add_articles(self, items: Iterable[tuple[Article, Extraction]], run_id: int | None = None) -> int:
        """Store articles with their extractions in ONE transaction; articles already stored
        are left as they are. Returns how many were added."""
        items = list(items)
        known = self.known_ids(a.id for a, _ in items)
        fresh: dict[str, tuple[Article, Extraction, int | None]] = {}
        for article, extraction in items:
            if article.id not in known and article.id not in fresh:
                fresh[article.id] = (article, extraction, run_id)
        if fresh:
            with self.engine.begin() as conn:
                self._insert_articles(conn, list(fresh.values()))
        return len(fresh)

    def _insert_articles(self, conn, items: list[tuple[Article, Extraction, int | None]]) -> None:
        tables: dict[str, list[dict]] = {"articles": [], "sentences": [], "entities": [], "attributions": [], "figures": []}
        for article, extraction, run_id in items:
            tables["articles"].append(article_row(article, run_id))
            for name, rows in extraction_rows(article.id, extraction).items():
                tables[name].extend(rows)
        for name in ("articles", "sentences", "entities", "attributions", "figures"):
            _insert(conn, t.metadata.tables[name], tables[name])
        if self.engine.dialect.name == "sqlite" and tables["articles"]:
            conn.execute(
                text(f"INSERT INTO {t.FTS_TABLE} (article_id, title, text) VALUES (:id, :title, :text)"),
                [{"id": r["id"], "title": r["title"] or "", "text": r["text"]} for r in tables["articles"]],
            )

    def replace_articles(self, items: Iterable[tuple[Article, Extraction]]) -> None:
        """Re-store articles (a new estimated date, so times resolved anew) in one
        transaction: their old records go, the new ones come; reviews stay (stable ids)."""
        items = list(items)
        ids = [a.id for a, _ in items]
        with self.engine.begin() as conn:
            for table in (t.sentences, t.entities, t.attributions, t.figures):
                conn.execute(table.delete().where(table.c.article_id.in_(ids)))
            run_ids = dict(conn.execute(select(t.articles.c.id, t.articles.c.run_id).where(t.articles.c.id.in_(ids))).all())
            conn.execute(t.articles.delete().where(t.articles.c.id.in_(ids)))
            if self.engine.dialect.name == "sqlite":
                conn.execute(text(f"DELETE FROM {t.FTS_TABLE} WHERE article_id = :id"), [{"id": i} for i in ids])
            self._insert_articles(conn, [(a, e, run_ids.get(a.id)) for a, e in items])

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.metadata.tables[table])).scalar_one()

    def articles(self) -> list[Article]:
        """Every stored article, by stem then id."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.articles).order_by(t.articles.c.stem, t.articles.c.id)).mappings()
            return [row_article(r) for r in rows]

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
        return row_article(row) if row else None

    def extraction(self, article_id: str, text: str | None = None) -> Extraction:
        """Everything stored for one article, as records."""
        with self.engine.connect() as conn:
            def rows(table, order):
                return conn.execute(select(table).where(table.c.article_id == article_id).order_by(order)).mappings().all()
            sentences = rows(t.sentences, t.sentences.c.seq)
            entities = rows(t.entities, t.entities.c.seq)
            attributions = rows(t.attributions, t.attributions.c.source_start)
            figures = rows(t.figures, t.figures.c.start)
        return Extraction(
            sentences=tuple(row_sentence(r) for r in sentences),
            entities=tuple(row_entity(r) for r in entities),
            attributions=tuple(sorted((row_attribution(r) for r in attributions), key=_local_order)),
            figures=tuple(sorted((row_figure(r, text) for r in figures), key=_local_order)),
        )

    def speaker_ids(self, article_id: str) -> dict[str, str]:
        """local attribution id -> store-wide speaker id, for one article."""
        query = select(t.attributions.c.local_id, t.attributions.c.speaker_id).where(
            t.attributions.c.article_id == article_id, t.attributions.c.speaker_id.is_not(None))
        with self.engine.connect() as conn:
            return dict(conn.execute(query).all())

    # -- reconciliation ----------------------------------------------------------------------
    def speaker_mentions(self) -> Iterator[tuple[str, str, str | None, str | None]]:
        """(attribution id, speaker name, kind, affiliation) for every attributed statement."""
        query = select(t.attributions.c.id, t.attributions.c.speaker, t.attributions.c.speaker_kind,
                       t.attributions.c.affiliation).where(t.attributions.c.speaker.is_not(None))
        with self.engine.connect() as conn:
            yield from conn.execute(query.order_by(t.attributions.c.id))

    def figures_for_reconcile(self) -> Iterator[tuple[Mapping, Figure]]:
        """(article columns, figure) for every figure: what grouping into measures needs."""
        a = t.articles
        query = (
            select(t.figures, a.c.stem, a.c.origin_path, a.c.origin_line, a.c.published, a.c.published_estimated, t.attributions.c.relayed_by)
            .join(a, a.c.id == t.figures.c.article_id)
            .outerjoin(t.attributions, (t.attributions.c.article_id == t.figures.c.article_id)
                       & (t.attributions.c.local_id == t.figures.c.attribution))
            .order_by(t.figures.c.id)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                yield row, row_figure(row)

    def replace_reconciliation(self, speakers_by_attribution: Mapping[str, Speaker], measures: Iterable[Measure]) -> None:
        """Replace the derived tables (speakers, aliases, measures) in one transaction and
        point every attribution and figure at its speaker."""
        speakers = {s.id: s for s in speakers_by_attribution.values()}
        measures = list(measures)
        with self.engine.begin() as conn:
            conn.execute(update(t.attributions).values(speaker_id=None))
            conn.execute(update(t.figures).values(speaker_id=None))
            for table in (t.measure_members, t.measures, t.speaker_aliases, t.speakers):
                conn.execute(table.delete())
            _insert(conn, t.speakers, [
                {"id": s.id, "name": s.name, "kind": s.kind, "affiliation": s.affiliation} for s in speakers.values()])
            _insert(conn, t.speaker_aliases, [
                {"speaker_id": s.id, "alias": alias} for s in speakers.values() for alias in dict.fromkeys(s.aliases)])
            by_speaker: dict[str, list[str]] = {}
            for attribution_id, speaker in speakers_by_attribution.items():
                by_speaker.setdefault(speaker.id, []).append(attribution_id)
            for speaker_id, ids in by_speaker.items():
                for i in range(0, len(ids), CHUNK):
                    conn.execute(update(t.attributions).where(t.attributions.c.id.in_(ids[i:i + CHUNK])).values(speaker_id=speaker_id))
            # a figure's speaker is its enclosing attribution's speaker
            attribution_speaker = (
                select(t.attributions.c.speaker_id)
                .where(t.attributions.c.article_id == t.figures.c.article_id,
                       t.attributions.c.local_id == t.figures.c.attribution)
                .scalar_subquery()
            )
            conn.execute(update(t.figures).where(t.figures.c.attribution.is_not(None)).values(speaker_id=attribution_speaker))
            _insert(conn, t.measures, [
                {"id": m.id, "label": m.label, "verdict": m.verdict, "key": m.key, "why": m.why} for m in measures])
            _insert(conn, t.measure_members, [
                {"measure_id": m.id, "figure_id": mm.figure_id, "article_id": mm.article_id, "start": mm.start, "end": mm.end}
                for m in measures for mm in m.members])

    def speakers(self) -> list[Speaker]:
        with self.engine.connect() as conn:
            aliases: dict[str, list[str]] = {}
            for speaker_id, alias in conn.execute(select(t.speaker_aliases).order_by(t.speaker_aliases.c.alias)):
                aliases.setdefault(speaker_id, []).append(alias)
            rows = conn.execute(select(t.speakers).order_by(t.speakers.c.name, t.speakers.c.id)).mappings()
            return [Speaker(r["id"], r["name"], r["kind"], r["affiliation"], tuple(aliases.get(r["id"], ()))) for r in rows]

    def measures(self) -> list[Measure]:
        with self.engine.connect() as conn:
            members: dict[str, list[MeasureMember]] = {}
            query = select(t.measure_members).order_by(t.measure_members.c.article_id, t.measure_members.c.start)
            for r in conn.execute(query).mappings():
                members.setdefault(r["measure_id"], []).append(MeasureMember(r["figure_id"], r["article_id"], r["start"], r["end"]))
            rows = conn.execute(select(t.measures).order_by(t.measures.c.id)).mappings()
            return [Measure(r["id"], r["label"], r["verdict"], tuple(members.get(r["id"], ())), r["key"], r["why"]) for r in rows]

    # -- tables as rows (exports) ------------------------------------------------------------
    def table_names(self) -> tuple[str, ...]:
        return tuple(table.name for table in t.TABLES)

    def columns(self, name: str) -> list[str]:
        return [column.name for column in t.metadata.tables[name].columns]

    def rows(self, name: str) -> Iterator[dict]:
        table = t.metadata.tables.get(name)
        if table is None:
            raise StoreError(f"no table {name!r}; tables: {', '.join(self.table_names())}")
        with self.engine.connect() as conn:
            order = list(table.primary_key.columns)
            for row in conn.execute(select(table).order_by(*order)).mappings():
                yield dict(row)

    def stats(self) -> dict[str, int]:
        return {table.name: self.count(table.name) for table in t.TABLES}


def _insert(conn, table, rows: list[dict]) -> None:
    for i in range(0, len(rows), CHUNK):
        conn.execute(table.insert(), rows[i : i + CHUNK])


def _local_order(record) -> tuple[int, str]:
    digits = "".join(ch for ch in record.id if ch.isdigit())
    return (int(digits) if digits else 0, record.id)


def _now() -> datetime:
    return datetime.now(timezone.utc)
