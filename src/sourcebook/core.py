"""One build, start to end: read inputs -> skip what is stored -> date -> extract -> store
(one transaction per batch) -> reconcile speakers and measures across the whole store.

The CLI and the Python API call ``build``; it never prints. Progress goes to the optional
``on_progress`` callback.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from .ingest import iter_inputs
from .model import Article, Extraction, Skipped, document_name
from .nlp.runner import Extractor, Task
from .reconcile.dates import estimate_published, year_hint
from .reconcile.measures import MeasureInput, build_measures
from .reconcile.speakers import SpeakerMention, merge_speakers
from .settings import Settings
from .store import Store

__all__ = ["BuildSummary", "build", "reconcile_store"]

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
    store = Store(settings.db)
    started = time.perf_counter()
    with Extractor(settings.model, settings.jobs, settings.batch_size) as extractor:
        summary = BuildSummary(store.begin_run(command, paths, extractor.info))
        try:
            batches = _new_article_batches(iter_inputs(paths, settings, stdin), store, settings, summary)
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
            summary.counts = reconcile_store(store)
            summary.status = "complete"
        except KeyboardInterrupt:
            summary.status = "interrupted"
            raise
        except BaseException:
            summary.status = "failed"
            raise
        finally:
            summary.seconds = time.perf_counter() - started
            store.add_skipped(summary.run_id, summary.skipped)
            store.finish_run(summary.run_id, summary.status, summary.new, summary.already_stored,
                             len(summary.skipped), summary.counts)
            store.close()
    return summary


def _new_article_batches(
    items: Iterable[Article | Skipped], store: Store, settings: Settings, summary: BuildSummary
) -> Iterator[list[Article]]:
    """Batches of articles not yet stored (nor seen earlier in this run), dated."""
    seen: set[str] = set()
    years: Counter[int] = Counter()
    chunk: list[Article] = []

    def flush() -> list[Article]:
        known = store.known_ids(a.id for a in chunk)
        fresh = []
        for article in chunk:
            if article.id in known or article.id in seen:
                summary.already_stored += 1
                continue
            seen.add(article.id)
            fresh.append(_dated(article, years))
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


def _dated(article: Article, years: Counter[int]) -> Article:
    """Give an undated article an estimated publication date from the dates it mentions,
    carrying the year from the rest of the build when it names none."""
    own = year_hint([article.text])
    if own:
        years[own] += 1
    if article.published:
        return article
    hint = own or (years.most_common(1)[0][0] if years else None)
    estimate = estimate_published(article.text, hint)
    if estimate is None:
        return article
    return replace(article, published=estimate, published_estimated=True)


def reconcile_store(store: Store) -> dict[str, int]:
    """Merge speakers across every article of the store and group its figures into
    measures; replaces the derived tables in one transaction. Returns counts."""
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
    measures = build_measures(items)
    store.replace_reconciliation(speakers, measures)
    counts = store.stats()
    return {name: counts[name] for name in ("articles", "attributions", "figures", "speakers", "measures")}
