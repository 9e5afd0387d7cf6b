"""What runs on a Dask worker: read a partition of inputs, then extract its new articles.

Both steps write Parquet shards (``shards.py``) and return only small summaries, so
article texts and extractions never travel through the scheduler. The spaCy pipeline is
loaded once per worker process (``nlp.pipeline.load_pipeline`` keeps what it loaded); every
later task on that worker reuses it.
"""

from __future__ import annotations

import logging
import os
import resource
import time
from dataclasses import dataclass

from distributed import WorkerPlugin

from ...ingest import InputUnit, read_unit
from ...model import Article, Skipped
from ...nlp.lexicon import extend_tables
from ...nlp.pipeline import PipelineInfo, load_pipeline, pipeline_info
from ...nlp.runner import Task, extract_docs
from ...settings import Settings
from ...store.rows import article_row, extraction_rows, row_article
from ..dating import date_article
from .shards import RECORD_TYPES, read_rows, shard_path, write_rows

log = logging.getLogger(__name__)

__all__ = ["ExtractSummary", "LexiconTables", "ReadSummary", "extract_partition", "read_partition", "worker_info"]

class LexiconTables(WorkerPlugin):
    """Installs the user's aliases and measure tables (``Settings.aliases``/``.measures``) on
    every worker, including workers that join or restart later. The paths must be readable
    on the workers (like the shard directory, a shared file system on a real cluster)."""

    def __init__(self, aliases: str | None, measures: str | None) -> None:
        self.aliases = aliases
        self.measures = measures

    def setup(self, worker: object) -> None:
        extend_tables(self.aliases, self.measures)


def worker_info(model: str | None) -> PipelineInfo:
    """The pipeline's PipelineInfo, from a worker (proves the model loads there)."""
    log.info("worker %d: loading pipeline %s", os.getpid(), model or "(default)")
    return pipeline_info(load_pipeline(model))


@dataclass
class ReadSummary:
    """What the client needs from a read partition: its articles' ids, in input order."""

    part: int
    ids: list[str]
    skipped: list[Skipped]


@dataclass
class ExtractSummary:
    """What the client needs from an extracted partition: how many articles its record
    shards hold, what failed, and how long it took where."""

    part: int
    articles: int
    skipped: list[Skipped]
    seconds: float = 0.0  # the whole task
    write_seconds: float = 0.0  # of which writing shards
    peak_rss_mb: float = 0.0
    worker: int = 0  # process id


def read_partition(part: int, units: list[InputUnit], settings: Settings, root: str) -> ReadSummary:
    """Read the files of a partition into a ``raw`` article shard. A file that fails in an
    unexpected way is reported like a bad file and the partition goes on."""
    rows: list[dict] = []
    summary = ReadSummary(part, [], [])
    for unit in units:
        try:
            items = list(read_unit(unit, settings))
        except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the run
            items = [Skipped(unit.path, f"cannot read: {exc.__class__.__name__}: {exc}")]
        for item in items:
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            rows.append(article_row(item, None))
            summary.ids.append(item.id)
    write_rows(shard_path(root, "raw", part), rows)
    return summary


def extract_partition(part: int, fresh: list[int], settings: Settings, root: str) -> ExtractSummary:
    """Date (as the local engine does: ``build.dating.date_article``) and extract the new
    articles of a raw shard, the rows numbered in ``fresh``, into one shard per record type."""
    started = time.perf_counter()
    rows = read_rows(shard_path(root, "raw", part))
    articles: list[Article] = [date_article(row_article(rows[number])) for number in sorted(fresh)]
    tasks = [Task(a.id, a.text, a.published) for a in articles]
    results = extract_docs(load_pipeline(settings.model), tasks, settings.batch_size) if tasks else []
    tables: dict[str, list[dict]] = {name: [] for name in RECORD_TYPES}
    skipped = []
    for article, result in zip(articles, results, strict=True):  # one result per task
        if result.extraction is None:
            skipped.append(Skipped(article.origin.describe(), result.error or "extraction failed"))
            continue
        tables["articles"].append(article_row(article, None))
        for name, child in extraction_rows(article.id, result.extraction).items():
            tables[name].extend(child)
    writing = time.perf_counter()
    for name in RECORD_TYPES:
        write_rows(shard_path(root, name, part), tables[name])
    done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return ExtractSummary(part, len(tables["articles"]), skipped, done - started, done - writing, peak, os.getpid())
