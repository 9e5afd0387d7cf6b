"""Cutting a build's inputs into partitions for the Dask workers, in the local build's order
(``ingest.list_inputs``)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

from ...errors import SettingsError
from ...ingest import STDIN, InputUnit, WebInputs, file_format, list_inputs
from ...ingest.files import shown
from ...model import Skipped

__all__ = ["FILES_PER_PARTITION", "describe", "plan_partitions", "refuse_stdin"]

#: A partition holds up to this many small files (text, HTML) or one large file
#: (JSONL, CSV, WARC): enough work per task to hide the scheduling cost, small enough that a
#: lost worker costs little and two workers stay busy.
FILES_PER_PARTITION = 40
_WHOLE_FILE_FORMATS = ("jsonl", "csv", "warc")


def refuse_stdin(paths: Iterable[str]) -> None:
    """Workers read files themselves: standard input cannot be handed to them."""
    if STDIN in paths:
        raise SettingsError("standard input (-) cannot be read by --engine dask; write it to a file first")


def plan_partitions(paths: Iterable[str], workers: int = 2, follow_links: bool = False,
                    web: WebInputs | None = None) -> tuple[list[list[InputUnit]], list[Skipped]]:
    """Input files in the local build's order, cut into partitions (about four per worker,
    at most FILES_PER_PARTITION small files each); missing paths as Skipped. URLs are fetched
    here, by ``web``, and their pages handed to the workers like small files."""
    paths = list(paths)
    refuse_stdin(paths)
    units: list[InputUnit] = []
    missing: list[Skipped] = []
    for unit in list_inputs(paths, follow_links, web):
        (missing if isinstance(unit, Skipped) else units).append(unit)  # type: ignore[arg-type]
    per = max(1, min(FILES_PER_PARTITION, math.ceil(len(units) / (4 * max(1, workers)))))
    partitions: list[list[InputUnit]] = []
    current: list[InputUnit] = []
    for unit in units:
        if unit.page is None and file_format(Path(unit.path)) in _WHOLE_FILE_FORMATS:
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


def describe(units: list[InputUnit]) -> str:
    """A partition as it is named in a skipped-input message."""
    first, last = shown(units[0].path), shown(units[-1].path)
    return first if len(units) == 1 else f"{first} .. {last} ({len(units)} files)"
