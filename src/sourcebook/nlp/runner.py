"""Run the pipeline over many articles: ``nlp.pipe`` in batches, in this process or in
``jobs`` worker processes (each loads the pipeline once). Only plain records come out.

A text that makes the pipeline fail is reported as Skipped and the run goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.pool import Pool

from spacy.language import Language

from ..model import Extraction
from .collect import collect
from .extensions import register_extensions
from .lexicon import extend_tables, extra_path
from .pipeline import load_pipeline, pipeline_info

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Task:
    """What a worker needs for one article."""

    key: str
    text: str
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    key: str
    extraction: Extraction | None
    error: str | None = None


def extract_docs(nlp: Language, tasks: Sequence[Task], batch_size: int = 16) -> list[Result]:
    """Run ``nlp`` over ``tasks``; a failing batch is retried one text at a time so one bad
    text cannot take its neighbours down."""
    register_extensions()
    try:
        return list(_pipe(nlp, tasks, batch_size))
    except Exception:  # noqa: BLE001 - any failure inside spaCy or a component
        log.warning("a batch failed; retrying its %d texts one by one", len(tasks))
    results: list[Result] = []
    for task in tasks:
        try:
            results.extend(_pipe(nlp, [task], 1))
        except Exception as exc:  # noqa: BLE001
            results.append(Result(task.key, None, f"extraction failed: {exc.__class__.__name__}: {exc}"))
    return results


def _pipe(nlp: Language, tasks: Sequence[Task], batch_size: int) -> Iterator[Result]:
    def docs():
        for task in tasks:
            doc = nlp.make_doc(task.text)
            doc._.sourcebook_published = task.published
            yield doc

    for task, doc in zip(tasks, nlp.pipe(docs(), batch_size=batch_size), strict=True):
        yield Result(task.key, collect(doc))


# -- worker processes ------------------------------------------------------------------------
_WORKER_NLP: Language | None = None
_WORKER_BATCH = 16


def _init_worker(model: str | None, batch_size: int, aliases: str | None, measures: str | None) -> None:
    global _WORKER_NLP, _WORKER_BATCH
    extend_tables(aliases, measures)
    _WORKER_NLP = load_pipeline(model)
    _WORKER_BATCH = batch_size


def _work(tasks: list[Task]) -> list[Result]:
    assert _WORKER_NLP is not None
    return extract_docs(_WORKER_NLP, tasks, _WORKER_BATCH)


class Extractor:
    """Extract records from batches of texts with ``jobs`` processes.

    >>> with Extractor(jobs=2) as extractor:                       # doctest: +SKIP
    ...     for results in extractor.map(batches): ...
    """

    def __init__(self, model: str | None = None, jobs: int = 1, batch_size: int = 16) -> None:
        self.nlp = load_pipeline(model)  # also proves the model loads before workers start
        self.info = pipeline_info(self.nlp)
        self.model = model
        self.jobs = jobs
        self.batch_size = batch_size
        self._pool: Pool | None = None

    def __enter__(self) -> Extractor:
        if self.jobs > 1:
            context = multiprocessing.get_context("spawn")
            # workers read the same lexicon tables as this process (``lexicon.extend_tables``)
            extras = (extra_path("aliases"), extra_path("measures"))
            self._pool = context.Pool(self.jobs, initializer=_init_worker, initargs=(self.model, self.batch_size, *extras))
        return self

    def __exit__(self, exc_type, *rest) -> None:
        if self._pool is not None:
            if exc_type is None:
                self._pool.close()
            else:
                self._pool.terminate()
            self._pool.join()
            self._pool = None

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Result]]:
        """Results batch by batch, in input order."""
        if self._pool is None:
            for batch in batches:
                yield extract_docs(self.nlp, batch, self.batch_size)
            return
        # at most two batches per worker in flight: memory stays flat on any corpus size,
        # and the input is read in this thread only
        inflight: deque = deque()
        for batch in batches:
            inflight.append(self._pool.apply_async(_work, (batch,)))
            if len(inflight) >= 2 * self.jobs:
                yield inflight.popleft().get()
        while inflight:
            yield inflight.popleft().get()
