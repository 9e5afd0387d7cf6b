"""``build`` on a Dask cluster: the same answer as ``core.build``, computed by many workers.

    client --plan--> partitions of input files
    workers: read_partition     files -> raw article shard (+ ids, own dates, year counts)
    client:  which articles are new (store + first occurrence), their date hints (core.Dating)
    workers: extract_partition  raw shard -> dated articles -> spaCy -> record shards
    client:  load_partition     record shards -> store, one transaction per partition
    client:  Dating.finish, speakers; measures as a Dask groupby (scale/reconcile.py)

Only small summaries travel through the scheduler; texts and extractions go through the
shard directory, which every worker and the client must see (a local temp dir by default,
a shared file system on a real cluster). A worker that dies has its tasks re-run by Dask;
shards are written atomically and the loader skips stored ids, so nothing is duplicated.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from distributed import Client, LocalCluster, as_completed

from ..core import BuildSummary, Dating, Progress, close_run, reconcile_store
from ..errors import SettingsError
from ..ingest import file_format
from ..ingest.text import sidecar_paths
from ..model import Skipped
from ..settings import Settings
from ..store import Store
from .load import load_partition
from .reconcile import build_measures_dask
from .tasks import ExtractSummary, ReadSummary, Unit, extract_partition, read_partition, worker_info

__all__ = ["build_dask", "plan_partitions"]

log = logging.getLogger(__name__)

#: A partition holds up to this many small files (text, HTML) or one large file
#: (JSONL, CSV, WARC): enough work per task to hide the scheduling cost, small enough that a
#: lost worker costs little and two workers stay busy.
FILES_PER_PARTITION = 40
_WHOLE_FILE_FORMATS = ("jsonl", "csv", "warc")
#: Where shards go when ``shard_dir`` is not given (else a temp dir on this machine).
SHARD_DIR_ENV = "SOURCEBOOK_SHARD_DIR"


def plan_partitions(paths: Iterable[str], workers: int = 2) -> tuple[list[list[Unit]], list[Skipped]]:
    """Input files in the local build's order, cut into partitions (about four per worker,
    at most FILES_PER_PARTITION small files each); missing paths as Skipped."""
    units: list[Unit] = []
    missing: list[Skipped] = []
    for raw in paths:
        if raw == "-":
            raise SettingsError("standard input (-) cannot be read by --engine dask; write it to a file first")
        path = Path(raw)
        if path.is_dir():
            units.extend(Unit(str(p), explicit=False) for p in _walk(path))
        elif path.exists():
            units.append(Unit(str(path)))
        else:
            missing.append(Skipped(raw, "no such file or directory"))
    per = max(1, min(FILES_PER_PARTITION, math.ceil(len(units) / (4 * max(1, workers)))))
    partitions: list[list[Unit]] = []
    current: list[Unit] = []
    for unit in units:
        if file_format(Path(unit.path)) in _WHOLE_FILE_FORMATS:
            if current:
                partitions.append(current)
                current = []
            partitions.append([unit])
            continue
        current.append(unit)
        if len(current) >= per:
            partitions.append(current)
            current = []
    if current:
        partitions.append(current)
    return partitions, missing


def _walk(root: Path) -> list[Path]:
    """The files ``ingest.read_directory`` reads, in its order (sidecars left out)."""
    files = sorted(p for p in root.rglob("*") if p.is_file() and not any(
        part.startswith(".") for part in p.relative_to(root).parts))
    sidecars = {side for p in files if file_format(p) for side in sidecar_paths(p)}
    return [p for p in files if p not in sidecars]


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
    shard_dir = shard_dir or os.environ.get(SHARD_DIR_ENV)
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
            f"set ${SHARD_DIR_ENV} (or shard_dir) to a directory every worker and this machine share")


def build_dask(
    paths: Iterable[str],
    settings: Settings,
    scheduler: str | None = None,
    workers: int = 2,
    command: str = "",
    shard_dir: str | None = None,
    on_progress: Progress | None = None,
    timings: dict | None = None,
) -> BuildSummary:
    """Build ``paths`` into ``settings.db`` on the Dask cluster at ``scheduler`` (default: a
    local cluster of ``workers`` single-threaded processes). ``timings``, when given, is
    filled with seconds per phase and the workers' peak memory."""
    paths = list(paths)
    if "-" in paths:
        raise SettingsError("standard input (-) cannot be read by --engine dask; write it to a file first")
    if workers < 1:
        raise SettingsError(f"workers must be 1 or more, not {workers}")
    timings = {} if timings is None else timings
    started = time.perf_counter()
    with _client(scheduler, workers) as client, _shard_root(shard_dir) as root:
        _check_shared(client, root)
        info = client.submit(worker_info, settings.model, pure=False).result()
        timings["startup"] = time.perf_counter() - started  # cluster, and the model on one worker
        partitions, missing = plan_partitions(paths, len(client.nthreads()) or workers)
        store = Store(settings.db)
        summary = BuildSummary(store.begin_run(command, paths, info))
        summary.skipped.extend(missing)
        try:
            # workers never touch the store: keep its URL (and any password in it) off the wire
            _run(client, store, partitions, replace(settings, db=""), root, summary, timings, on_progress)
            summary.status = "complete"
        finally:
            close_run(store, summary, started)
    return summary


def _run(client: Client, store: Store, partitions: list[list[Unit]], settings: Settings, root: str,
         summary: BuildSummary, timings: dict, on_progress: Progress | None) -> None:
    clock = time.perf_counter()
    reads = _read_all(client, partitions, settings, root, summary)
    timings["read"] = time.perf_counter() - clock

    clock = time.perf_counter()
    dating = Dating()
    fresh = _fresh_articles(store, reads, summary, dating)
    timings["plan"] = time.perf_counter() - clock

    clock = time.perf_counter()
    futures = {client.submit(extract_partition, part, rows, settings, root, pure=False): part
               for part, rows in fresh.items() if rows}
    load_seconds, extract_seconds, write_seconds, peaks = 0.0, 0.0, 0.0, {}
    for future in as_completed(futures):
        part = futures[future]
        try:
            result: ExtractSummary = future.result()
        except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker after too many retries
            summary.skipped.append(Skipped(_describe(partitions[part]), f"partition failed: {exc.__class__.__name__}: {exc}"))
            continue
        summary.skipped.extend(result.skipped)
        extract_seconds += result.seconds - result.write_seconds
        write_seconds += result.write_seconds
        peaks[result.worker] = max(peaks.get(result.worker, 0.0), result.peak_rss_mb)
        loading = time.perf_counter()
        summary.new += load_partition(store, root, part, summary.run_id)
        load_seconds += time.perf_counter() - loading
        if on_progress:
            on_progress(summary.new, summary.already_stored, len(summary.skipped))
    timings["extract_and_load"] = time.perf_counter() - clock
    timings["load"] = load_seconds
    timings["extract_task_seconds"] = extract_seconds  # summed over workers
    timings["write_shards_task_seconds"] = write_seconds  # summed over workers
    timings["worker_peak_rss_mb"] = peaks

    clock = time.perf_counter()
    dating.finish(store)
    timings["date"] = time.perf_counter() - clock
    clock = time.perf_counter()
    summary.counts = reconcile_store_dask(store, partitions=max(4, 2 * len(client.nthreads())), timings=timings)
    timings["reconcile"] = time.perf_counter() - clock


def _read_all(client: Client, partitions: list[list[Unit]], settings: Settings, root: str,
              summary: BuildSummary) -> list[ReadSummary]:
    futures = client.map(read_partition, range(len(partitions)), partitions, settings=settings, root=root, pure=False)
    reads = []
    for part, future in enumerate(futures):
        try:
            reads.append(future.result())
        except Exception as exc:  # noqa: BLE001
            summary.skipped.append(Skipped(_describe(partitions[part]), f"partition failed: {exc.__class__.__name__}: {exc}"))
            reads.append(ReadSummary(part, [], [], [], []))
    return reads


def _fresh_articles(store: Store, reads: list[ReadSummary], summary: BuildSummary,
                    dating: Dating) -> dict[int, dict[int, int | None | bool]]:
    """Per partition, row number -> date hint of every article to store, decided in input
    order exactly as ``core._new_article_batches`` and ``core.Dating.date`` would."""
    seen: set[str] = set()
    fresh: dict[int, dict[int, int | None | bool]] = {}
    for read in reads:
        for item in read.skipped:
            (summary.ignored if item.ignored else summary.skipped).append(item)
        known = store.known_ids(read.ids)
        rows: dict[int, int | None | bool] = {}
        for number, (article_id, dated, years) in enumerate(zip(read.ids, read.dated, read.years)):
            if article_id in known or article_id in seen:
                summary.already_stored += 1
                continue
            seen.add(article_id)
            dating.years.update(years)
            if dated:
                rows[number] = True
            else:
                dating.estimated.append(article_id)
                rows[number] = dating.hint()
        fresh[read.part] = rows
    return fresh


def _describe(units: list[Unit]) -> str:
    return units[0].path if len(units) == 1 else f"{units[0].path} .. {units[-1].path} ({len(units)} files)"


def reconcile_store_dask(store: Store, partitions: int = 8, timings: dict | None = None) -> dict[str, int]:
    """``core.reconcile_store`` with the measures grouped on the current Dask client.
    Speakers are merged on the client (one pass over the attributions)."""
    timings = {} if timings is None else timings
    clock = time.perf_counter()

    def group(items):
        timings["reconcile_read_and_speakers"] = time.perf_counter() - clock
        started = time.perf_counter()
        measures = build_measures_dask(items, partitions)
        timings["reconcile_measures_dask"] = time.perf_counter() - started
        return measures

    counts = reconcile_store(store, group)
    timings["reconcile_write"] = time.perf_counter() - clock - sum(
        timings.get(k, 0.0) for k in ("reconcile_read_and_speakers", "reconcile_measures_dask"))
    return counts
