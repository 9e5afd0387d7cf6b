"""Run the pipeline over many articles: ``nlp.pipe`` in batches, in this process or in
``jobs`` worker processes (each loads the pipeline once). Only plain records come out.

A text that makes the pipeline fail is reported as Skipped and the run goes on.

The memory budget of one article: spaCy's parser needs about 1 GB per 100,000 characters at
once, and a text without sentence ends is one huge sentence. A text longer than ``CHUNK_CHARS``
is therefore parsed in chunks of at most that many characters, cut at a paragraph break, else
after a sentence end, else at a space, else (a text with no spaces at all) anywhere; each
chunk's records are shifted back to offsets into the whole text and their local ids numbered on
(a1, a2 ... across chunks), so nothing downstream sees the cut. Nothing crosses a chunk
boundary (a pronoun in one chunk is not resolved to a name in the previous one); texts below
the limit - nearly every news article - are parsed whole, as before.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import multiprocessing
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.language import Language

from ..model import Extraction, Span
from .collect import collect
from .extensions import register_extensions
from .lexicon import extend_tables, extra_path
from .pipeline import load_pipeline, pipeline_info

if TYPE_CHECKING:
    from multiprocessing.pool import Pool  # (imported by ``multiprocessing`` itself only for ``--jobs``)

log = logging.getLogger(__name__)

#: the longest text parsed as one Doc; longer ones are parsed in chunks (see above)
CHUNK_CHARS = 50_000
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


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
    pieces = [(task, start, end) for task in tasks for start, end in chunk_bounds(task.text)]

    def docs():
        for task, start, end in pieces:
            doc = nlp.make_doc(task.text[start:end] if (start, end) != (0, len(task.text)) else task.text)
            doc._.sourcebook_published = task.published
            yield doc

    done: dict[str, list[tuple[int, Extraction]]] = {}
    if len(pieces) > len(tasks):  # a long text: one chunk at a time keeps the parser's memory bounded
        batch_size = 1
    for (task, start, _), doc in zip(pieces, nlp.pipe(docs(), batch_size=batch_size), strict=True):
        done.setdefault(task.key, []).append((start, collect(doc)))
    for task in tasks:
        parts = done.get(task.key, [])
        yield Result(task.key, parts[0][1] if len(parts) == 1 and parts[0][0] == 0 else merge_chunks(parts))


def chunk_bounds(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the chunks ``text`` is parsed in: one for a text up to ``limit``
    characters, else cuts at a paragraph break, a sentence end, a space or, failing all, at
    the limit."""
    limit = limit or CHUNK_CHARS
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n\n") + 2  # after the break (1 when there is none)
        if cut < limit // 4:
            ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 4)]
            cut = ends[-1] if ends else max(window.rfind(" "), window.rfind("\n"))
        if cut < limit // 4:
            cut = limit  # no paragraph, sentence or word in sight: cut anyway
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def merge_chunks(parts: list[tuple[int, Extraction]]) -> Extraction:
    """One Extraction from the chunks' records, offsets shifted to the whole text and local
    ids (a1, f1 ...) numbered on across chunks."""
    merged: dict[str, list] = {"sentences": [], "entities": [], "attributions": [], "figures": []}
    for offset, extraction in parts:
        ids: dict[str, str] = {}
        for name in ("attributions", "figures"):  # a1, a2 ... and f1, f2 ... continue
            for n, record in enumerate(getattr(extraction, name), start=len(merged[name]) + 1):
                ids[record.id] = f"{name[0]}{n}"
        for name, records in merged.items():
            records.extend(_shift(record, offset, ids) for record in getattr(extraction, name))
    return Extraction(**{name: tuple(records) for name, records in merged.items()})


def _shift(record, offset: int, ids: dict[str, str]):
    """``record`` with every offset moved by ``offset`` and local ids renamed by ``ids``."""
    if offset == 0 and not ids:
        return record
    changes: dict[str, object] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Span):
            changes[f.name] = Span(value.start + offset, value.end + offset, value.text)
        elif isinstance(value, tuple) and value and all(isinstance(v, Span) for v in value):
            changes[f.name] = tuple(Span(v.start + offset, v.end + offset, v.text) for v in value)
        elif f.name in ("start", "end") and isinstance(value, int):
            changes[f.name] = value + offset
        elif f.name in ("id", "parent", "attribution") and isinstance(value, str) and value in ids:
            changes[f.name] = ids[value]
    return dataclasses.replace(record, **changes)


# -- worker processes ------------------------------------------------------------------------
_WORKER_NLP: Language | None = None
_WORKER_BATCH = 16


def _init_worker(model: str | None, batch_size: int, aliases: str | None, measures: str | None) -> None:
    global _WORKER_NLP, _WORKER_BATCH
    from ..reconcile.classes import paused_gc

    # The load makes a million objects and frees none: no collection meanwhile, and they are
    # frozen before the collector resumes (its first passes would walk them all), as in the
    # build's own process; the pipeline lives as long as the worker (``Extractor.__enter__``).
    with paused_gc():
        extend_tables(aliases, measures)
        _WORKER_NLP = load_pipeline(model)
        gc.freeze()
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
        self._froze = False

    def __enter__(self) -> Extractor:
        # The pipeline (vocabulary, weights, lexicons: most of the process's objects) outlives
        # every article. CPython's full collections would walk all of it again and again while the
        # articles' objects come and go (about a third of a second on a hundred articles): moved
        # out of their reach while the extractor is open, given back on exit. Not when someone
        # else froze objects already (``gc.unfreeze`` would release theirs too).
        self._froze = gc.get_freeze_count() == 0
        if self._froze:
            gc.freeze()
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
        if self._froze:
            gc.unfreeze()
            self._froze = False

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
