"""Building a store: ``build(paths, settings)`` reads the inputs, extracts, stores and
reconciles, on the engine ``settings.engine`` names.

    ingest.list_inputs -> read_unit -> skip stored -> date_article -> nlp -> store.write
                       -> reconcile (speakers, measures)  [build.reconcile]

Two engines share one interface (``Engine``) and every step but the extraction loop: the
``local`` engine (``local.py``: this machine, ``--jobs`` processes) and the ``dask`` engine
(``dask/``: a Dask cluster; the ``scale`` extra). Both record their run with ``run.Run``.
This module stays light: an engine is imported only when it builds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO, ClassVar, Protocol

from ..settings import Settings
from ..store.lock import WriterLock
from .run import BuildSummary, Progress

__all__ = ["BuildSummary", "Engine", "Progress", "build", "engine_for"]


class Engine(Protocol):
    """A way to run a build. Implementations: ``local.LocalEngine``, ``dask.DaskEngine``."""

    name: ClassVar[str]

    def build(self, paths: list[str], settings: Settings, command: str = "", stdin: BinaryIO | None = None,
              on_progress: Progress | None = None) -> BuildSummary:
        """Build ``paths`` into the store ``settings.db``. Re-running on the same inputs
        stores nothing twice; an interrupted run leaves complete articles only, and the next
        run finishes the rest."""
        ...


def engine_for(settings: Settings) -> Engine:
    """The engine ``settings.engine`` names (validated by Settings)."""
    if settings.engine == "dask":
        from .dask import DaskEngine  # needs the `scale` extra

        return DaskEngine()
    from ..ingest.language import load_in_background

    load_in_background()  # the local engine reads here: the identifier loads while the engine imports
    from .local import LocalEngine

    return LocalEngine()


def build(
    paths: Iterable[str],
    settings: Settings | None = None,
    command: str = "",
    stdin: BinaryIO | None = None,
    on_progress: Progress | None = None,
) -> BuildSummary:
    """Build ``paths`` (files, directories, ``-`` for ``stdin``) into the store
    ``settings.db`` on ``settings.engine``. The store is created or migrated as needed.
    Progress goes to ``on_progress(new, already_stored, skipped)``; nothing is printed."""
    from ..nlp.lexicon import extend_tables

    settings = settings or Settings()
    extend_tables(settings.aliases, settings.measures)  # worker processes get the same tables
    with WriterLock(settings.db, settings.lock_wait):  # one build at a time per store
        return engine_for(settings).build(list(paths), settings, command, stdin, on_progress)
