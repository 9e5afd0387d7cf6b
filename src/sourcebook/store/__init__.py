"""The store: one SQLite file by default, PostgreSQL for a team.

Every article is written together with everything extracted from it, in one transaction per
batch, so an interrupted build (Ctrl-C, kill -9) leaves only complete articles behind and the
next build finishes the rest. Speakers, stories and measures are derived: each build replaces them in one
transaction from what is stored.

``Store`` is a thin facade over the modules that do the work: ``engine`` (URL, connection,
schema revision and migration), ``read`` (every query for records), ``write`` (every insert
and update), ``rows`` (records <-> table rows) and ``schema`` (the tables). Opening a store to
read never changes it; only a writer's open (``create=True``: ``build``, ``sourcebook
migrate``) creates or migrates one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import TracebackType

from sqlalchemy.engine import Engine

from ..model import Article, Extraction, Measure, Skipped, Speaker, StoredFigure, Story
from . import read, write
from .engine import check_revision, connect, database_url, migrate, revision
from .read import RunRecord, StoryArticle
from .write import CHUNK, PipelineDescription

__all__ = ["CHUNK", "RunRecord", "Store", "database_url", "migrate_store", "open_store"]

DEFAULT_URL = "sourcebook.db"


def open_store(url: str = DEFAULT_URL) -> Store:
    """Open an existing store for reading: it must exist and be at the schema revision this
    version of Sourcebook reads (else StoreError says what to run). Nothing is changed."""
    return Store(url, create=False)


def migrate_store(url: str = DEFAULT_URL) -> tuple[str | None, str | None]:
    """Bring an existing store to the newest schema; returns (revision before, after)."""
    engine = connect(url, create=False)
    try:
        before = revision(engine)
        migrate(engine)
        return before, revision(engine)
    finally:
        engine.dispose()


class Store:
    """Read and write a Sourcebook store. ``url`` is a path or a SQLAlchemy/PostgreSQL URL.

    ``create=False`` (a reader): the store must exist at the current schema revision.
    ``create=True`` (a writer): a missing store is created and an older one migrated.
    """

    def __init__(self, url: str = DEFAULT_URL, create: bool = False) -> None:
        self.url = database_url(url)
        self.engine: Engine = connect(url, create=create)
        try:
            if create:
                migrate(self.engine)
            else:
                check_revision(self.engine, url)
        except BaseException:
            self.engine.dispose()
            raise

    def interrupt_stale_runs(self) -> int:
        """Runs left ``running`` by a build that died, marked ``interrupted`` (call it only
        while holding the writer lock)."""
        return write.interrupt_stale_runs(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def revision(self) -> str | None:
        """The store's schema revision."""
        return revision(self.engine)

    # -- writes (store/write.py) -------------------------------------------------------------
    def begin_run(self, command_line: str, inputs: Iterable[str], info: PipelineDescription) -> int:
        return write.begin_run(self.engine, command_line, inputs, info)

    def finish_run(self, run_id: int, status: str, new: int, already: int, skipped: int,
                   counts: Mapping[str, int]) -> None:
        write.finish_run(self.engine, run_id, status, new, already, skipped, counts)

    def add_skipped(self, run_id: int, items: Iterable[Skipped]) -> None:
        write.add_skipped(self.engine, run_id, items)

    def add_articles(self, items: Iterable[tuple[Article, Extraction]], run_id: int | None = None) -> int:
        return write.add_articles(self.engine, items, run_id)

    def add_rows(self, tables: Mapping[str, list[dict]], run_id: int | None = None) -> int:
        return write.add_rows(self.engine, tables, run_id)

    def replace_reconciliation(self, speakers_by_attribution: Mapping[str, Speaker],
                               measures: Iterable[Measure], stories: Iterable[Story] = ()) -> None:
        write.replace_reconciliation(self.engine, speakers_by_attribution, measures, stories)

    # -- reads (store/read.py) ---------------------------------------------------------------
    def runs(self) -> list[RunRecord]:
        return read.runs(self.engine)

    def skipped(self, run_id: int | None = None) -> list[tuple[int, Skipped]]:
        return read.skipped(self.engine, run_id)

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return read.known_ids(self.engine, ids)

    def stored_urls(self, urls: Iterable[str]) -> set[str]:
        return read.stored_urls(self.engine, urls)

    def articles(self) -> list[Article]:
        return read.articles(self.engine)

    def article(self, article_id: str) -> Article | None:
        return read.article(self.engine, article_id)

    def extraction(self, article_id: str, text: str | None = None) -> Extraction:
        return read.extraction(self.engine, article_id, text)

    def speaker_ids(self, article_id: str) -> dict[str, str]:
        return read.speaker_ids(self.engine, article_id)

    def speaker_mentions(self) -> Iterator[tuple[str, str, str | None, str | None, str | None]]:
        return read.speaker_mentions(self.engine)

    def stored_figures(self) -> Iterator[StoredFigure]:
        return read.stored_figures(self.engine)

    def speakers(self) -> list[Speaker]:
        return read.speakers(self.engine)

    def measures(self) -> list[Measure]:
        return read.measures(self.engine)

    def stories(self) -> list[Story]:
        return read.stories(self.engine)

    def story_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        return read.story_of(self.engine, article_ids)

    def story_inputs(self, labels: Sequence[str]) -> Iterator[StoryArticle]:
        return read.story_inputs(self.engine, labels)

    def table_names(self) -> tuple[str, ...]:
        return read.table_names()

    def columns(self, name: str) -> list[str]:
        return read.columns(name)

    def rows(self, name: str) -> Iterator[dict]:
        return read.rows(self.engine, name)

    def count(self, table: str) -> int:
        return read.count(self.engine, table)

    def date_sources(self) -> dict[str, int]:
        return read.date_sources(self.engine)

    def stats(self) -> dict[str, int]:
        return read.stats(self.engine)
