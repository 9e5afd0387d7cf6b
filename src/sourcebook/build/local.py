"""The local engine: one build on this machine, start to end.

    list inputs -> read -> skip what is stored -> date undated ones from their text
    -> extract (``--jobs`` processes) -> store (one transaction per batch)
    -> reconcile speakers and measures across the whole store

``BuildSummary.timings`` gets the seconds of each stage, each without the stages it pulls
from: ``startup`` (model, store, run record), ``read`` (listing, fetching, reading, decoding),
``batch`` (the stored-id lookups and dating), ``extract`` (spaCy and Sourcebook's components,
waiting for the worker processes with ``--jobs``), ``store`` and ``reconcile``.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, BinaryIO, ClassVar, TypeVar

from ..ingest import list_inputs, read_units, web_inputs
from ..ingest.language import load_in_background
from ..model import Article, Extraction, Skipped
from ..reconcile.classes import paused_gc
from ..settings import Settings
from ..store import Store
from .dating import date_article
from .reconcile import reconcile_store
from .run import BuildSummary, Progress, Run

if TYPE_CHECKING:
    from ..nlp.runner import Extractor

__all__ = ["LocalEngine"]

log = logging.getLogger(__name__)
T = TypeVar("T")


class LocalEngine:
    """Builds on this machine: spaCy in ``settings.jobs`` processes, one writer."""

    name: ClassVar[str] = "local"

    def build(self, paths: list[str], settings: Settings, command: str = "", stdin: BinaryIO | None = None,
              on_progress: Progress | None = None) -> BuildSummary:
        started = time.perf_counter()
        detector = load_in_background()  # the language identifier loads while spaCy's model does (started by ``engine_for``)
        # spaCy is imported here, not with this module: its import (half a second) overlaps the
        # identifier's load too, which would otherwise still be running when the model is ready.
        # Importing it and loading the model make a million objects and free none: no collection
        # is needed meanwhile (each would walk them all; the extractor then freezes them).
        with ExitStack() as stack:
            with paused_gc():
                from ..nlp.runner import Extractor

                extractor = Extractor(settings.model, settings.jobs, settings.batch_size)  # fails early without a model
                # entered before the collector resumes: it freezes the million objects just made,
                # which the collector's first passes would otherwise walk (see Extractor.__enter__)
                stack.enter_context(extractor)
            settings = settings.with_language(extractor.info.lang)  # articles in other languages are skipped
            store = stack.enter_context(Store(settings.db, create=True))
            summary = stack.enter_context(Run(store, command, paths, extractor.info, started))
            detector.join()  # before reading (the first article's detection would load it again), after the store opens
            seconds: dict[str, float] = defaultdict(float)  # inclusive: each stage with those it pulls from
            seconds["startup"] = time.perf_counter() - started
            articles = _timed(_read(paths, settings, stdin, store, summary), seconds, "read")
            batches = _timed(_new_article_batches(articles, store, settings, summary), seconds, "batch")
            for stored in _timed(_extract(extractor, batches, summary), seconds, "extract"):
                clock = time.perf_counter()
                summary.new += store.add_articles(stored, summary.run_id)
                seconds["store"] += time.perf_counter() - clock
                if on_progress:
                    on_progress(summary.new, summary.already_stored, len(summary.skipped))
                summary.stop_if_interrupted()
            clock = time.perf_counter()
            summary.counts = reconcile_store(store)
            seconds["reconcile"] = time.perf_counter() - clock
            summary.timings = {
                "startup": seconds["startup"], "read": seconds["read"], "batch": seconds["batch"] - seconds["read"],
                "extract": seconds["extract"] - seconds["batch"], "store": seconds["store"],
                "reconcile": seconds["reconcile"],
            }
        return summary


def _timed(items: Iterable[T], seconds: dict[str, float], stage: str) -> Iterator[T]:
    """``items``, adding the time spent getting each one to ``seconds[stage]``."""
    iterator = iter(items)
    while True:
        clock = time.perf_counter()
        try:
            item = next(iterator)
        except StopIteration:
            return
        finally:
            seconds[stage] += time.perf_counter() - clock
        yield item


def _read(paths: list[str], settings: Settings, stdin: BinaryIO | None, store: Store,
          summary: BuildSummary) -> Iterator[Article | Skipped]:
    web = web_inputs(settings, store.stored_urls)  # URLs are fetched here, once, before reading
    with web.fetcher:
        units = list_inputs(paths, settings.follow_links, web)
    summary.already_stored += web.already_stored
    yield from read_units(units, settings, stdin)


def _extract(extractor: Extractor, batches: Iterable[list[Article]],
             summary: BuildSummary) -> Iterator[list[tuple[Article, Extraction]]]:
    """Per batch, the articles that extracted with their records; failures go to skipped."""
    from ..nlp.runner import Task  # imported by ``build`` already

    pending: dict[str, Article] = {}

    def tasks() -> Iterator[list[Task]]:
        for batch in batches:
            pending.update((a.id, a) for a in batch)
            yield [Task(a.id, a.text, a.published) for a in batch]

    for results in extractor.map(tasks()):
        stored: list[tuple[Article, Extraction]] = []
        for result in results:
            article = pending.pop(result.key)
            if result.extraction is None:
                summary.skipped.append(Skipped(article.origin.describe(), result.error or "extraction failed"))
            else:
                stored.append((article, result.extraction))
        yield stored


def _new_article_batches(items: Iterable[Article | Skipped], store: Store, settings: Settings,
                         summary: BuildSummary) -> Iterator[list[Article]]:
    """Batches of articles not yet stored (nor seen earlier in this run), dated."""
    seen: set[str] = set()
    chunk: list[Article] = []

    def flush() -> list[Article]:
        known = store.known_ids(a.id for a in chunk)
        fresh = []
        for article in chunk:
            if article.id in known or article.id in seen:
                summary.already_stored += 1
                continue
            seen.add(article.id)
            fresh.append(date_article(article))
        chunk.clear()
        return fresh

    for item in items:
        if isinstance(item, Skipped):
            summary.note(item)
            continue
        chunk.append(item)
        if len(chunk) >= settings.batch_size and (batch := flush()):
            yield batch
    if chunk and (batch := flush()):
        yield batch
