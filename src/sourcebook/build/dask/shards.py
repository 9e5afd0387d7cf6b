"""Parquet shards: what workers hand to the loader, one file per partition and record type.

A shard is written to a temporary name and renamed into place, so a task that runs twice
(its worker died after writing) leaves one complete file, never a torn one. Rows are the
store's own row dicts (``store/rows.py``), so loading is the store's one ``insert_rows``.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ...store.write import RECORD_TABLES

#: Record types in the order they are inserted (children after their article).
RECORD_TYPES = RECORD_TABLES


def shard_path(root: str | Path, kind: str, part: int) -> Path:
    """``<root>/<kind>/part-00007.parquet``; ``kind`` is ``raw`` or a record type."""
    return Path(root) / kind / f"part-{part:05d}.parquet"


def write_rows(path: Path, rows: list[dict]) -> None:
    """Write ``rows`` (dicts with the same keys) atomically; no rows -> an empty table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def read_rows(path: Path) -> list[dict]:
    """The rows of one shard."""
    return pq.read_table(path).to_pylist()


def read_partition(root: str | Path, part: int) -> dict[str, list[dict]]:
    """Record type -> rows, of partition ``part``'s record shards."""
    return {name: read_rows(shard_path(root, name, part)) for name in RECORD_TYPES}
