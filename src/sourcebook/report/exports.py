"""Exports: the ledger and Citron interchange formats of PRODUCT.md, and every table as
JSON, CSV or Parquet.

Ledger and Citron write one ``<stem>.json`` per article, the stem made safe by
``filenames.FileNames`` (never a path; collisions and reserved names get ``-<id prefix>``), and
``index.json``: for every article its id, document name, source and file.

The table exports list attributions and figures in natural id order within each article (a1,
a2, ..., a10). In CSV, every cell is flat text or a number: an attribution's contents are one
text joined by `` ... `` with their offsets as numbers, beside the speaker's store-wide id and
name, so a spreadsheet reads it without parsing JSON.
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
from ..reconcile.sources import type_of
from ..store import Store
from ..store.reviews import reviews
from .filenames import FileNames
from .ledger import article_ledger

__all__ = ["EXPORT_FORMATS", "export"]

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("ledger", "citron", "json", "csv", "parquet")


def export(store: Store, fmt: str, out: str | Path) -> list[Path]:
    """Write the store in ``fmt`` under ``out``; returns the files written."""
    if fmt not in EXPORT_FORMATS:
        raise SettingsError(f"unknown export format {fmt!r}; valid: {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "ledger":
        return export_ledger(store, out)
    if fmt == "citron":
        return export_citron(store, out)
    return export_tables(store, out, fmt)


def _articles(store: Store, index: list[dict]) -> Iterator[tuple[str, Article, Extraction]]:
    """(safe file stem, article, extraction) for every article; appends each to ``index``."""
    names = FileNames()
    for article in store.articles():
        stem = names.stem(article.stem, article.id)
        index.append({"article_id": article.id, "document": article.document, "stem": article.stem,
                      "source": str(article.origin), "file": f"{stem}.json"})
        yield stem, article, store.extraction(article.id, article.text)


def _write_json(path: Path, data) -> Path:
    text = json.dumps(data, ensure_ascii=False, indent=1, default=_jsonable) + "\n"
    # an unpaired surrogate (from a file name that was not UTF-8) is written as its JSON escape
    path.write_text(text, encoding="utf-8", errors="backslashreplace")
    return path


def _jsonable(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def export_ledger(store: Store, out: Path) -> list[Path]:
    """``<stem>.json`` per article, ``measures.json``, ``speakers.json`` and ``stories.json``."""
    written = []
    documents: dict[str, str] = {}  # article id -> document name
    index: list[dict] = []
    stories = store.stories()
    story_of = {article_id: story.id for story in stories for article_id in story.articles}
    for stem, article, extraction in _articles(store, index):
        ledger = article_ledger(article, extraction, speaker_ids=store.speaker_ids(article.id),
                                story_id=story_of.get(article.id))
        _attach_reviews(ledger, reviews(store, article_id=article.id))
        documents[article.id] = ledger["document"]
        written.append(_write_json(out / f"{stem}.json", ledger))
    measures = [
        {
            "id": m.id,
            "label": m.label,
            "verdict": m.verdict,
            "why": m.why,
            # added beside the fields above (never renamed): the verdict's confidence and the story
            "confidence": m.confidence,
            "story": m.story,
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
        {"id": s.id, "name": s.name, "aliases": list(s.aliases), "affiliation": s.affiliation, "kind": s.kind,
         "source_type": type_of(s)}
        for s in store.speakers()
    ]
    written.append(_write_json(out / "speakers.json", speakers))
    written.append(_write_json(out / "stories.json", [
        {"id": s.id, "label": s.label, "documents": [documents[a] for a in s.articles if a in documents],
         "article_ids": list(s.articles), "first": s.first, "last": s.last, "names": list(s.names)}
        for s in stories]))
    written.append(_write_json(out / "index.json", index))
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
    index: list[dict] = []
    for stem, article, extraction in _articles(store, index):
        quotes = [q for q in map(citron_quote, extraction.attributions) if q]
        written.append(_write_json(out / f"{stem}.json", {"text": article.text, "quotes": quotes}))
    written.append(_write_json(out / "index.json", index))
    return written


#: the separator between the parts of a quote interrupted by its cue ("We will," she said, "rebuild")
CONTENT_SEPARATOR = " ... "


def natural_key(row: dict) -> tuple:
    """Sort key of a record row: article, then its local id by number (a2 before a10)."""
    local = str(row.get("local_id") or "")
    digits = local.lstrip("abcdefghijklmnopqrstuvwxyz")
    return (row.get("article_id") or "", local[: len(local) - len(digits)], int(digits) if digits.isdigit() else -1, local)


def flat_attribution(row: dict, speakers: dict[str, str]) -> dict:
    """An attributions row with flat cells: contents as text and offsets, the speaker's name."""
    try:
        contents = json.loads(row.get("contents") or "[]")
    except ValueError:
        contents = []
    flat = {key: value for key, value in row.items() if key != "contents"}
    flat["contents"] = CONTENT_SEPARATOR.join(str(c.get("text", "")) for c in contents)
    flat["content_start"] = contents[0]["start"] if contents else None
    flat["content_end"] = contents[-1]["end"] if contents else None
    flat["content_parts"] = len(contents)
    flat["speaker_name"] = speakers.get(row.get("speaker_id") or "")
    return flat


def _flat_columns(name: str, columns: list[str]) -> list[str]:
    if name == "attributions":
        at = columns.index("contents")
        return [*columns[:at], "contents", "content_start", "content_end", "content_parts", *columns[at + 1:],
                "speaker_name"]
    if name == "figures":
        return [*columns, "speaker_name"]
    return columns


def export_tables(store: Store, out: Path, fmt: str) -> list[Path]:
    """Every table of the store, one file each (``articles.csv``, ``figures.parquet``...);
    attributions and figures in natural id order, flat in CSV."""
    written = []
    speakers = {row["id"]: row["name"] for row in store.rows("speakers")} if fmt == "csv" else {}
    for name in store.table_names():
        rows = list(store.rows(name))
        columns = store.columns(name)
        if name in ("attributions", "figures"):
            rows.sort(key=natural_key)
        if fmt == "csv" and name == "attributions":
            rows = [flat_attribution(row, speakers) for row in rows]
        elif fmt == "csv" and name == "figures":
            rows = [{**row, "speaker_name": speakers.get(row.get("speaker_id") or "")} for row in rows]
        if fmt == "csv":
            columns = _flat_columns(name, columns)
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
