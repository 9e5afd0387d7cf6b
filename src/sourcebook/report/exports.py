"""Exports: the ledger and Citron interchange formats of PRODUCT.md, and every table as
JSON, CSV or Parquet.

Ledger and Citron write one ``<stem>.json`` per article; when two stored articles share a
stem (same file name in two folders), the later ones get ``<stem>-<id prefix>.json``.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import SettingsError
from ..model import Article, Attribution, Extraction
from ..store import Store
from ..store.reviews import reviews
from .ledger import article_ledger

__all__ = ["EXPORT_FORMATS", "export"]

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("ledger", "citron", "json", "csv", "parquet")


def export(store: Store, fmt: str, out: str | Path) -> list[Path]:
    """Write the store in ``fmt`` under ``out``; returns the files written."""
    writers = {
        "ledger": export_ledger,
        "citron": export_citron,
        "json": export_tables,
        "csv": export_tables,
        "parquet": export_tables,
    }
    if fmt not in writers:
        raise SettingsError(f"unknown export format {fmt!r}; valid: {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if writers[fmt] is export_tables:
        return export_tables(store, out, fmt)
    return writers[fmt](store, out)


def _articles(store: Store) -> Iterator[tuple[str, Article, Extraction]]:
    """(file stem, article, extraction) for every article, stems made unique."""
    used: set[str] = set()
    for article in store.articles():
        stem = article.stem
        if stem in used:
            stem = f"{stem}-{article.id[:8]}"
        used.add(stem)
        yield stem, article, store.extraction(article.id, article.text)


def _write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=_jsonable) + "\n", encoding="utf-8")
    return path


def _jsonable(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def export_ledger(store: Store, out: Path) -> list[Path]:
    """``<stem>.json`` per article, ``measures.json`` and ``speakers.json``."""
    written = []
    documents: dict[str, str] = {}  # article id -> document name
    for stem, article, extraction in _articles(store):
        ledger = article_ledger(article, extraction, speaker_ids=store.speaker_ids(article.id))
        _attach_reviews(ledger, reviews(store, article_id=article.id))
        documents[article.id] = ledger["document"]
        written.append(_write_json(out / f"{stem}.json", ledger))
    measures = [
        {
            "id": m.id,
            "label": m.label,
            "verdict": m.verdict,
            "why": m.why,
            "members": [
                {
                    "document": documents.get(mm.article_id),
                    "article_id": mm.article_id,
                    "start": mm.start,
                    "end": mm.end,
                    "figure_id": mm.figure_id.rsplit(":", 1)[-1],
                }
                for mm in m.members
            ],
        }
        for m in store.measures()
    ]
    written.append(_write_json(out / "measures.json", measures))
    speakers = [
        {"id": s.id, "name": s.name, "aliases": list(s.aliases), "affiliation": s.affiliation, "kind": s.kind}
        for s in store.speakers()
    ]
    written.append(_write_json(out / "speakers.json", speakers))
    return written


def _attach_reviews(ledger: dict, history: list) -> None:
    """Reviews go beside the records they judge (``"reviews": [...]``, oldest first)."""
    by_target: dict[str, list[dict]] = {}
    for review in history:
        local = review.target_id.rsplit(":", 1)[-1]
        by_target.setdefault(local, []).append(
            {"status": review.status, "note": review.note, "reviewer": review.reviewer, "created": review.created.isoformat()})
    for record in (*ledger["attributions"], *ledger["figures"]):
        record["reviews"] = by_target.get(record["id"], [])


def citron_quote(att: Attribution) -> dict | None:
    """One attribution in Citron's quote format; Citron needs a cue, so cue-less
    attributions (headline claims) are left out."""
    if att.cue is None or not att.contents:
        return None
    return {
        "id": att.id,
        "cue": att.cue.as_dict(),
        "sources": [att.source.as_dict()] if att.source else [],
        "contents": [c.as_dict() for c in att.contents],
        "confidence": att.confidence,
    }


def export_citron(store: Store, out: Path) -> list[Path]:
    written = []
    for stem, article, extraction in _articles(store):
        quotes = [q for q in map(citron_quote, extraction.attributions) if q]
        written.append(_write_json(out / f"{stem}.json", {"text": article.text, "quotes": quotes}))
    return written


def export_tables(store: Store, out: Path, fmt: str) -> list[Path]:
    """Every table of the store, one file each (``articles.csv``, ``figures.parquet``...)."""
    written = []
    for name in store.table_names():
        rows = list(store.rows(name))
        columns = store.columns(name)
        path = out / f"{name}.{fmt}"
        if fmt == "json":
            _write_json(path, rows)
        elif fmt == "csv":
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
        else:
            table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.null()) for c in columns})
            pq.write_table(table, path)
        written.append(path)
    return written
