"""The Dask engine: the same build as the local engine, computed by many workers.

    client --plan--> partitions of input files (``plan.py``, from ``ingest.list_inputs``)
    workers: read_partition     files -> raw article shard (+ their ids)
    client:  which articles are new (store + first occurrence)
    workers: extract_partition  raw shard -> new articles, the undated ones dated from their
                                text (``build.dating``) -> spaCy -> record shards
    client:  load               record shards -> store (``Store.add_rows``), one
                                transaction per partition
    client:  speakers, stories; measures as a Dask groupby (``measures.py``), via ``build.reconcile``

Only small summaries travel through the scheduler; texts and extractions go through the
shard directory, which every worker and the client must see (a local temp dir by default,
a shared file system on a real cluster). A worker that dies has its tasks re-run by Dask;
shards are written atomically and the loader skips stored ids, so nothing is duplicated.
Needs the ``scale`` extra (dask[distributed], warcio); see docs/scale.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from distributed import Client, LocalCluster, as_completed

from ...errors import SettingsError
from ...ingest import InputUnit, web_inputs
from ...model import Measure, Skipped
from ...reconcile.measures import MeasureInput
from ...settings import Settings
from ...store import Store
from ..reconcile import reconcile_store
from ..run import BuildSummary, Progress, Run
from .measures import build_measures_dask
from .plan import describe, plan_partitions, refuse_stdin
from .shards import read_partition as read_record_shards
from .tasks import ExtractSummary, LexiconTables, ReadSummary, extract_partition, read_partition, worker_info

__all__ = ["DaskEngine", "build_measures_dask", "plan_partitions", "reconcile_store_dask"]

log = logging.getLogger(__name__)

#: per partition: the row numbers of the articles to store
Fresh = dict[int, list[int]]


@dataclass(frozen=True)
class DaskEngine:
    """Builds on the Dask cluster at ``settings.scheduler`` (default: a local cluster of
    ``settings.workers`` single-threaded processes). ``timings``, when given, is filled with
    seconds per phase and the workers' peak memory."""

    timings: dict[str, Any] = field(default_factory=dict)
    name: ClassVar[str] = "dask"

    def build(self, paths: list[str], settings: Settings, command: str = "", stdin: BinaryIO | None = None,
              on_progress: Progress | None = None) -> BuildSummary:
        refuse_stdin(paths)
        timings = self.timings
        started = time.perf_counter()
        with _client(settings.scheduler, settings.workers) as client, _shard_root(settings.shard_dir) as root:
            _check_shared(client, root)
            # every worker, and any that joins later, reads the user's lexicon tables too
            client.register_plugin(LexiconTables(settings.aliases, settings.measures), name="sourcebook-lexicon")
            info = client.submit(worker_info, settings.model, pure=False).result()
            settings = settings.with_language(info.lang)  # articles in other languages are skipped
            timings["startup"] = time.perf_counter() - started  # cluster, and the model on one worker
            with Store(settings.db, create=True) as store:
                web = web_inputs(settings, store.stored_urls)
                with web.fetcher:
                    partitions, missing = plan_partitions(paths, len(client.nthreads()) or settings.workers,
                                                         settings.follow_links, web)
            with Store(settings.db, create=True) as store, Run(store, command, paths, info, started) as summary:
                summary.skipped.extend(missing)
                summary.already_stored += web.already_stored
                # workers never touch the store: keep its URL (and any password in it) off the wire
                _run(client, store, partitions, replace(settings, db=""), root, summary, timings, on_progress)
        return summary


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # the scheduler runs in this process: its INFO chatter only when our own INFO is wanted
    dask_log = logging.getLogger("distributed")
    level = dask_log.level
    if not log.isEnabledFor(logging.INFO):
        dask_log.setLevel(logging.WARNING)
    try:
        # one thread per worker: spaCy holds the GIL; a random dashboard port: the machine may be shared
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=logging.WARNING) as cluster, Client(cluster) as client:
            yield client
    finally:
        dask_log.setLevel(level)


@contextlib.contextmanager
def _shard_root(shard_dir: str | None) -> Iterator[str]:
    if shard_dir:
        Path(shard_dir).mkdir(parents=True, exist_ok=True)
        yield shard_dir
        return
    with tempfile.TemporaryDirectory(prefix="sourcebook-shards-") as tmp:
        yield tmp


def _check_shared(client: Client, root: str) -> None:
    """Workers on other machines must see the shard directory (a shared file system)."""
    blind = sorted(address for address, seen in client.run(os.path.isdir, root).items() if not seen)
    if blind:
        raise SettingsError(
            f"the shard directory {root} is not visible to worker(s) {', '.join(blind)}; "
            f"set $SOURCEBOOK_SHARD_DIR (or --shard-dir, Settings.shard_dir) to a directory every worker "
            f"and this machine share")


def _run(client: Client, store: Store, partitions: list[list[InputUnit]], settings: Settings, root: str,
         summary: BuildSummary, timings: dict[str, Any], on_progress: Progress | None) -> None:
    clock = time.perf_counter()
    reads = _read_all(client, partitions, settings, root, summary)
    timings["read"] = time.perf_counter() - clock

    clock = time.perf_counter()
    fresh = _fresh_articles(store, reads, summary)
    timings["plan"] = time.perf_counter() - clock

    clock = time.perf_counter()
    futures = {client.submit(extract_partition, part, rows, settings, root, pure=False): part
               for part, rows in fresh.items() if rows}
    load_seconds, extract_seconds, write_seconds = 0.0, 0.0, 0.0
    peaks: dict[int, float] = {}
    for future in as_completed(futures):
        part = futures[future]
        try:
            result: ExtractSummary = future.result()
        except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker after too many retries
            summary.skipped.append(Skipped(describe(partitions[part]), f"partition failed: {exc.__class__.__name__}: {exc}"))
            continue
        summary.skipped.extend(result.skipped)
        extract_seconds += result.seconds - result.write_seconds
        write_seconds += result.write_seconds
        peaks[result.worker] = max(peaks.get(result.worker, 0.0), result.peak_rss_mb)
        loading = time.perf_counter()
        summary.new += store.add_rows(read_record_shards(root, part), summary.run_id)
        load_seconds += time.perf_counter() - loading
        if on_progress:
            on_progress(summary.new, summary.already_stored, len(summary.skipped))
        summary.stop_if_interrupted()
    timings["extract_and_load"] = time.perf_counter() - clock
    timings["load"] = load_seconds
    timings["extract_task_seconds"] = extract_seconds  # summed over workers
    timings["write_shards_task_seconds"] = write_seconds  # summed over workers
    timings["worker_peak_rss_mb"] = peaks

    clock = time.perf_counter()
    summary.counts = reconcile_store_dask(store, partitions=max(4, 2 * len(client.nthreads())), timings=timings)
    timings["reconcile"] = time.perf_counter() - clock


def _read_all(client: Client, partitions: list[list[InputUnit]], settings: Settings, root: str,
              summary: BuildSummary) -> list[ReadSummary]:
    futures = client.map(read_partition, range(len(partitions)), partitions, settings=settings, root=root, pure=False)
    reads = []
    for part, future in enumerate(futures):
        try:
            reads.append(future.result())
        except Exception as exc:  # noqa: BLE001
            summary.skipped.append(Skipped(describe(partitions[part]), f"partition failed: {exc.__class__.__name__}: {exc}"))
            reads.append(ReadSummary(part, [], []))
    return reads


def _fresh_articles(store: Store, reads: list[ReadSummary], summary: BuildSummary) -> Fresh:
    """Per partition, the row numbers of the articles to store, decided in input order
    exactly as the local engine's batching would."""
    seen: set[str] = set()
    fresh: Fresh = {}
    for read in reads:
        for item in read.skipped:
            summary.note(item)
        known = store.known_ids(read.ids)
        rows: list[int] = []
        for number, article_id in enumerate(read.ids):
            if article_id in known or article_id in seen:
                summary.already_stored += 1
                continue
            seen.add(article_id)
            rows.append(number)
        fresh[read.part] = rows
    return fresh


def reconcile_store_dask(store: Store, partitions: int = 8, timings: dict[str, Any] | None = None) -> dict[str, int]:
    """``build.reconcile.reconcile_store`` with the measures grouped on the current Dask
    client. Speakers are merged on the client (one pass over the attributions)."""
    timings = {} if timings is None else timings
    clock = time.perf_counter()

    def group(items: list[MeasureInput], stories: Mapping[str, str]) -> list[Measure]:
        timings["reconcile_read_and_speakers"] = time.perf_counter() - clock
        started = time.perf_counter()
        measures = build_measures_dask(items, partitions, stories)
        timings["reconcile_measures_dask"] = time.perf_counter() - started
        return measures

    counts = reconcile_store(store, group)
    timings["reconcile_write"] = time.perf_counter() - clock - sum(
        timings.get(k, 0.0) for k in ("reconcile_read_and_speakers", "reconcile_measures_dask"))
    return counts
