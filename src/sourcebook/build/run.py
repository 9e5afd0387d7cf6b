"""The run record of one build: what it did (``BuildSummary``) and ``Run``, the context
manager that records the run in the store when it starts and, however it ends, sets its
status itself - complete on a normal exit, interrupted on Ctrl-C (KeyboardInterrupt), failed
on any other exception - with its counts and the inputs it skipped.

Ctrl-C is not lost: Python turns SIGINT into a KeyboardInterrupt wherever the main thread is,
and one raised inside a finaliser or a library's cleanup is printed and dropped. While a run
is open (in the main thread), SIGINT also sets ``BuildSummary.interrupt_requested``; the
engines call ``summary.stop_if_interrupted()`` after every stored batch, and a run that ends
normally with the flag set still ends as interrupted.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..ingest.files import shown
from ..model import Skipped

if TYPE_CHECKING:
    from ..store import Store
    from ..store.write import PipelineDescription

__all__ = ["BuildSummary", "Progress", "Run"]

log = logging.getLogger(__name__)

#: on_progress(new, already_stored, skipped) after every stored batch
Progress = Callable[[int, int, int], None]


@dataclass
class BuildSummary:
    """What a build did. ``skipped`` are inputs not stored because of a problem; ``ignored``
    are files of other types passed over in a directory walk. Filled in while the build runs
    (so not frozen); ``status`` is set by ``Run`` when it ends."""

    run_id: int
    new: int = 0
    already_stored: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    ignored: list[Skipped] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    status: str = "running"
    interrupt_requested: bool = False  # SIGINT arrived while the run was open
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (see the engine)

    def stop_if_interrupted(self) -> None:
        """Raise KeyboardInterrupt when a Ctrl-C arrived but its exception was swallowed."""
        if self.interrupt_requested:
            raise KeyboardInterrupt

    @property
    def articles_per_second(self) -> float:
        return self.new / self.seconds if self.seconds else 0.0

    def note(self, item: Skipped) -> None:
        """Count a skipped input, or an ignored one (a file of another type)."""
        (self.ignored if item.ignored else self.skipped).append(item)


class Run:
    """``with Run(store, command, inputs, info) as summary:`` records a run that starts on
    entry and, on exit, its status, counts and skipped inputs. ``started`` (a
    ``time.perf_counter()`` value) lets the run's seconds include work done before it
    (loading the model, starting a cluster). Exceptions are never swallowed."""

    def __init__(self, store: Store, command: str, inputs: Iterable[str], info: PipelineDescription,
                 started: float | None = None) -> None:
        self.store = store
        self.command = shown(command)  # a file name that is not UTF-8 is stored escaped
        self.inputs = [shown(path) for path in inputs]
        self.info = info
        self.started = time.perf_counter() if started is None else started
        self.summary: BuildSummary | None = None
        self._handler: Any = None  # the SIGINT handler to put back on exit, when one was replaced

    def __enter__(self) -> BuildSummary:
        # a build runs under the store's writer lock (``build.build``), so a run still marked
        # running was left by a build that died (kill -9, power loss)
        if stale := self.store.interrupt_stale_runs():
            log.info("%d earlier run(s) left running are marked interrupted", stale)
        self.summary = BuildSummary(self.store.begin_run(self.command, self.inputs, self.info))
        self._watch_sigint(self.summary)
        return self.summary

    def _watch_sigint(self, summary: BuildSummary) -> None:
        # only Python's own handler is replaced (not one the embedding program installed),
        # and only from the main thread (the only one signal handlers may be set from)
        if threading.current_thread() is not threading.main_thread():
            return
        if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            return

        def on_sigint(signum: int, frame: Any) -> None:
            summary.interrupt_requested = True
            raise KeyboardInterrupt

        self._handler = signal.signal(signal.SIGINT, on_sigint)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        summary = self.summary
        assert summary is not None  # set by __enter__
        if self._handler is not None:
            signal.signal(signal.SIGINT, self._handler)
            self._handler = None
        if exc_type is None and summary.interrupt_requested:
            summary.status = "interrupted"
        elif exc_type is None:
            summary.status = "complete"
        elif issubclass(exc_type, KeyboardInterrupt):
            summary.status = "interrupted"
        else:
            summary.status = "failed"
        summary.seconds = time.perf_counter() - self.started
        self.store.add_skipped(summary.run_id, summary.skipped)
        self.store.finish_run(summary.run_id, summary.status, summary.new, summary.already_stored,
                              len(summary.skipped), summary.counts)
        if exc_type is None and summary.interrupt_requested:
            raise KeyboardInterrupt  # the Ctrl-C something swallowed reaches the caller
