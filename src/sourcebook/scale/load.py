"""Load the record shards of one partition into the store in ONE transaction - the same
inserts as ``Store.add_articles``, from rows the workers already laid out.

Articles already stored (an earlier run, or a partition loaded twice) are left as they are
with everything extracted from them, so a retried task can never duplicate a row.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from ..store import CHUNK, Store
from ..store import schema as t
from .shards import RECORD_TYPES, read_rows, shard_path


def load_partition(store: Store, root: str | Path, part: int, run_id: int) -> int:
    """Insert partition ``part``'s shards; returns how many articles were added."""
    tables = {name: read_rows(shard_path(root, name, part)) for name in RECORD_TYPES}
    known = store.known_ids(row["id"] for row in tables["articles"])
    articles = []
    for row in tables["articles"]:
        if row["id"] in known:
            continue
        known.add(row["id"])
        articles.append({**row, "run_id": run_id})
    if not articles:
        return 0
    keep = {row["id"] for row in articles}
    tables = {"articles": articles, **{
        name: [row for row in tables[name] if row["article_id"] in keep] for name in RECORD_TYPES[1:]}}
    with store.engine.begin() as conn:
        for name in RECORD_TYPES:
            rows = tables[name]
            for i in range(0, len(rows), CHUNK):
                conn.execute(t.metadata.tables[name].insert(), rows[i : i + CHUNK])
        if store.engine.dialect.name == "sqlite":
            conn.execute(
                text(f"INSERT INTO {t.FTS_TABLE} (article_id, title, text) VALUES (:id, :title, :text)"),
                [{"id": r["id"], "title": r["title"] or "", "text": r["text"]} for r in articles],
            )
    return len(articles)
