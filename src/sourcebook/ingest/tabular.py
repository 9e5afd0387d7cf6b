"""JSON Lines (optionally gzipped) and CSV: one article per row, field names configurable."""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, Origin, Skipped
from ..settings import Settings
from .articles import META_KEYS, make_article
from .decode import decode_bytes

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def row_to_article(row: object, path: str, line: int, settings: Settings) -> Article | Skipped:
    where = f"{path}:{line}"
    if not isinstance(row, dict):
        return Skipped(where, f"expected an object with a {settings.fields['text']!r} field, got {type(row).__name__}")
    text_field = settings.fields["text"]
    text = row.get(text_field)
    if not isinstance(text, str):
        found = ", ".join(sorted(map(str, row))[:8]) or "none"
        return Skipped(where, f"no text in field {text_field!r} (fields: {found}; choose one with --field text=NAME)")
    row_id = row.get(settings.fields["id"])
    stem = str(row_id).strip() if row_id not in (None, "") else f"{Path(path).stem}-{line}"
    meta = {key: row.get(settings.fields[key]) for key in META_KEYS}
    return make_article(text, stem, Origin(path=path, line=line, url=_str(meta["url"])), settings, meta)


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def read_jsonl_lines(lines: Iterable[bytes], path: str, settings: Settings) -> Iterator[Article | Skipped]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(decode_bytes(raw, where))
        except InputError as exc:
            yield Skipped(exc.where, exc.reason)
            continue
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        yield row_to_article(row, path, number, settings)


def read_jsonl_file(path: Path, settings: Settings) -> Iterator[Article | Skipped]:
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            yield from read_jsonl_lines(handle, str(path), settings)
    except (OSError, EOFError) as exc:  # unreadable file or broken gzip stream
        yield Skipped(str(path), f"cannot read: {exc}")


def read_csv(data: bytes, path: str, settings: Settings) -> Iterator[Article | Skipped]:
    try:
        text = decode_bytes(data, path)
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or settings.fields["text"] not in reader.fieldnames:
        columns = ", ".join(reader.fieldnames or []) or "none"
        yield Skipped(path, f"no column {settings.fields['text']!r} (columns: {columns}; choose one with --field text=NAME)")
        return
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                fields = len(reader.fieldnames) + len(row[None])
                yield Skipped(f"{path}:{line}", f"malformed row: {fields} fields, header has {len(reader.fieldnames)}")
                continue
            yield row_to_article(row, path, line, settings)
    except csv.Error as exc:
        yield Skipped(f"{path}:{reader.line_num}", f"malformed CSV: {exc}")
