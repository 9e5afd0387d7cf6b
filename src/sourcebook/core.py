"""One build, start to end: read inputs -> skip what is stored -> date -> extract -> store
(one transaction per batch) -> reconcile speakers and measures across the whole store.

The CLI and the Python API call ``build``; it never prints. Progress goes to the optional
``on_progress`` callback.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from .ingest import iter_inputs
from .model import Article, Extraction, Measure, Skipped, Speaker, document_name
from .nlp.runner import Extractor, Task
from .reconcile.dates import estimate_published, most_common_year, year_counts
from .reconcile.measures import MeasureInput, build_measures
from .reconcile.speakers import SpeakerMention, merge_speakers
from .settings import Settings
from .store import Store

__all__ = ["BuildSummary", "Dating", "build", "close_run", "reconcile_inputs", "reconcile_store"]

log = logging.getLogger(__name__)


@dataclass
class BuildSummary:
    """What a build did. ``skipped`` are inputs not stored because of a problem; ``ignored``
    are files of other types passed over in a directory walk."""

    run_id: int
    new: int = 0
    already_stored: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    ignored: list[Skipped] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    status: str = "running"

    @property
    def articles_per_second(self) -> float:
        return self.new / self.seconds if self.seconds else 0.0


#: on_progress(new, already_stored, skipped) after every stored batch
Progress = Callable[[int, int, int], None]


def build(
    paths: Iterable[str],
    settings: Settings,
    command: str = "",
    stdin: BinaryIO | None = None,
    on_progress: Progress | None = None,
) -> BuildSummary:
    """Build ``paths`` into the store ``settings.db``. Re-running on the same inputs stores
    nothing twice; an interrupted run leaves complete articles only, and the next run
    finishes the rest."""
    paths = list(paths)
    started = time.perf_counter()
    extractor = Extractor(settings.model, settings.jobs, settings.batch_size)  # fails early without a model
    store = Store(settings.db)
    with extractor:
        summary = BuildSummary(store.begin_run(command, paths, extractor.info))
        try:
            dating = Dating()
            batches = _new_article_batches(iter_inputs(paths, settings, stdin), store, settings, summary, dating)
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
                summary.new += store.add_articles(stored, summary.run_id)
                if on_progress:
                    on_progress(summary.new, summary.already_stored, len(summary.skipped))
            redated = {a.id: a for a in dating.finish(store)}
            tasks_again = [Task(a.id, a.text, a.published) for a in redated.values()]
            size = settings.batch_size
            for results in extractor.map(tasks_again[i:i + size] for i in range(0, len(tasks_again), size)):
                store.replace_articles((redated[r.key], r.extraction) for r in results if r.extraction is not None)
            summary.counts = reconcile_store(store)
            summary.status = "complete"
        finally:
            close_run(store, summary, started)
    return summary


def close_run(store: Store, summary: BuildSummary, started: float) -> None:
    """Record how a run ended (complete, interrupted by Ctrl-C, failed), what it skipped and
    its counts, whatever happened; then close the store. Both engines end their runs here."""
    if summary.status == "running":
        exc = sys.exc_info()[1]
        summary.status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
    summary.seconds = time.perf_counter() - started
    store.add_skipped(summary.run_id, summary.skipped)
    store.finish_run(summary.run_id, summary.status, summary.new, summary.already_stored,
                     len(summary.skipped), summary.counts)
    store.close()


def _new_article_batches(
    items: Iterable[Article | Skipped], store: Store, settings: Settings, summary: BuildSummary, dating: Dating
) -> Iterator[list[Article]]:
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
            fresh.append(dating.date(article))
        chunk.clear()
        return fresh

    for item in items:
        if isinstance(item, Skipped):
            (summary.ignored if item.ignored else summary.skipped).append(item)
            continue
        chunk.append(item)
        if len(chunk) >= settings.batch_size:
            if batch := flush():
                yield batch
    if chunk and (batch := flush()):
        yield batch


class Dating:
    """Estimated publication dates for undated articles, from the dates they mention.

    An article that names no year takes the build's most common year. While the build
    streams, that is the year seen so far; ``finish`` re-estimates the undated articles with
    the year of the whole build (an article's own full date always wins).
    """

    def __init__(self) -> None:
        self.years: Counter[int] = Counter()
        self.estimated: list[str] = []

    def hint(self) -> int | None:
        return most_common_year(self.years)

    def date(self, article: Article) -> Article:
        self.years.update(year_counts(article.text))
        if article.published:
            return article
        self.estimated.append(article.id)
        estimate = estimate_published(article.text, self.hint())
        return replace(article, published=estimate, published_estimated=estimate is not None)

    def finish(self, store: Store) -> list[Article]:
        """The undated articles of this build whose estimate changes with the year of the
        whole build, re-dated (the caller re-extracts them: relative times depend on it)."""
        final = self.hint()
        changed = []
        for article_id in self.estimated:
            article = store.article(article_id)
            if article is None:
                continue
            estimate = estimate_published(article.text, final)
            if estimate != article.published:
                changed.append(replace(article, published=estimate, published_estimated=estimate is not None))
        return changed


def reconcile_inputs(store: Store) -> tuple[dict[str, Speaker], list[MeasureInput]]:
    """Speakers merged across every article of the store (attribution id -> Speaker), and
    every stored figure as an input to grouping into measures."""
    mentions = [SpeakerMention(key, name, kind, affiliation) for key, name, kind, affiliation in store.speaker_mentions()]
    speakers = merge_speakers(mentions)
    items = []
    for row, figure in store.figures_for_reconcile():
        speaker = speakers.get(f"{row['article_id']}:{figure.attribution}") if figure.attribution else None
        items.append(MeasureInput(
            figure_id=row["id"],
            article_id=row["article_id"],
            document=document_name(row["stem"], row["origin_path"], row["origin_line"]),
            figure=figure,
            published=row["published"],
            published_estimated=bool(row["published_estimated"]),
            speaker_id=speaker.id if speaker else None,
            relayed_by=row["relayed_by"],
        ))
    return speakers, items


def reconcile_store(store: Store, group: Callable[[list[MeasureInput]], list[Measure]] = build_measures) -> dict[str, int]:
    """Merge speakers across every article of the store and group its figures into
    measures (``group``: ``build_measures``, or the Dask engine's groupby); replaces the
    derived tables in one transaction. Returns counts."""
    speakers, items = reconcile_inputs(store)
    store.replace_reconciliation(speakers, group(items))
    counts = store.stats()
    return {name: counts[name] for name in ("articles", "attributions", "figures", "speakers", "measures")}
