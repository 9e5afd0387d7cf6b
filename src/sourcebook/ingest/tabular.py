"""JSON Lines (optionally gzipped) and CSV: one article per row, field names configurable.

Memory stays bounded whatever a file holds: JSONL is read line by line, each line at most
``--max-bytes`` plus room for its metadata (a longer line is skipped without being held);
a gzipped file is decompressed as a stream and given up when it expands more than
``MAX_GZIP_RATIO`` times past ``GZIP_RATIO_FLOOR`` (a gzip bomb: 1 MB of spaces to 1 GB);
a CSV field is at most ``--max-bytes`` (Python's csv module holds a whole field).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Article, Origin, Skipped
from ..settings import Settings
from .articles import META_KEYS, make_article
from .decode import decode_bytes
from .files import shown

#: a decompressed stream may expand this many times its compressed size ...
MAX_GZIP_RATIO = 100
#: ... once it has produced this many bytes (small files may compress better)
GZIP_RATIO_FLOOR = 32_000_000
#: a JSONL line may hold this much beside its text (title, url, other fields)
LINE_SLACK = 64_000
_CHUNK = 1 << 20


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
        where = f"{path}:{number}"
        if isinstance(raw, TooLong):
            yield Skipped(where, f"too large: a line of over {raw.limit:,} bytes (--max-bytes)")
            continue
        if not raw.strip():
            continue
        try:
            row = json.loads(decode_bytes(raw, where))
        except InputError as exc:
            yield Skipped(exc.where, exc.reason)
            continue
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            yield Skipped(where, "malformed JSON: nested too deeply to read")
            continue
        yield row_to_article(row, path, number, settings)


class TooLong(bytes):
    """Stands for a line that was longer than ``limit`` (its bytes are not kept)."""

    limit: int = 0


class Bomb(Exception):
    pass


def bounded_lines(handle: io.BufferedIOBase | BinaryIO, limit: int, raw: BinaryIO | None = None) -> Iterator[bytes]:
    """The lines of ``handle``, each at most ``limit`` bytes; a longer line is read past and
    stands as a ``TooLong``. With ``raw`` (the compressed file under a decompressing
    ``handle``), raises ``Bomb`` when the output outgrows the input ``MAX_GZIP_RATIO`` times."""
    produced = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        produced += len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # read past the rest of the line in bounded chunks
                _check_ratio(produced, raw)
                rest = handle.readline(_CHUNK)
                produced += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            too_long = TooLong()
            too_long.limit = limit
            yield too_long
            continue
        _check_ratio(produced, raw)
        yield line


def _check_ratio(produced: int, raw: BinaryIO | None) -> None:
    if raw is None or produced < GZIP_RATIO_FLOOR:
        return
    consumed = max(raw.tell(), 1)
    if produced > consumed * MAX_GZIP_RATIO:
        raise Bomb(f"{produced:,} bytes from {consumed:,} compressed")


def read_jsonl_file(path: Path, settings: Settings) -> Iterator[Article | Skipped]:
    where = shown(path)
    limit = settings.max_bytes + LINE_SLACK
    try:
        with open(path, "rb") as raw:
            if path.name.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw, mode="rb") as handle:
                    yield from read_jsonl_lines(bounded_lines(handle, limit, raw), where, settings)
            else:
                yield from read_jsonl_lines(bounded_lines(raw, limit), where, settings)
    except Bomb as exc:
        yield Skipped(where, f"decompression bomb: stopped after {exc} (over {MAX_GZIP_RATIO}:1)")
    except (OSError, EOFError) as exc:  # unreadable file or broken gzip stream
        yield Skipped(where, f"cannot read: {exc}")


def read_csv_file(path: Path, settings: Settings) -> Iterator[Article | Skipped]:
    """A CSV file, streamed when it is UTF-8 (memory bounded by the field size limit);
    a file in another encoding is decoded whole, up to ``MAX_LEGACY_CSV`` times --max-bytes."""
    where = shown(path)
    with open(path, "rb") as raw:
        head = raw.read(65536)
        try:
            decode_bytes(head, where)  # binary data, NUL bytes: refused here
            head.decode("utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8")
            utf8 = True
        except InputError as exc:
            yield Skipped(exc.where, exc.reason)
            return
        except UnicodeDecodeError as exc:
            utf8 = exc.start >= len(head) - 3 and len(head) == 65536  # a character cut by the sample
        raw.seek(0)
        if utf8:
            stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            try:
                yield from _csv_rows(_bounded_text_lines(stream, settings.max_bytes + LINE_SLACK), where, settings)
            except UnicodeDecodeError as exc:
                yield Skipped(where, f"broken UTF-8 in the file ({exc.reason}); the rest of the file is not read")
            return
        size = path.stat().st_size
        if size > MAX_LEGACY_CSV * settings.max_bytes:
            yield Skipped(where, f"too large to decode from a legacy encoding: {size:,} bytes (convert it to UTF-8)")
            return
        yield from read_csv(raw.read(), where, settings)


def _bounded_text_lines(stream: io.TextIOBase, limit: int) -> Iterator[str]:
    """The physical lines of ``stream``; one longer than ``limit`` ends the file with a csv.Error
    before it is held whole (a row holding a field that large is over the field limit anyway)."""
    while line := stream.readline(limit + 1):
        if len(line) > limit:
            raise csv.Error(f"a line longer than {limit:,} characters (--max-bytes)")
        yield line


#: a CSV file not in UTF-8 is decoded whole; at most this many times --max-bytes
MAX_LEGACY_CSV = 20


def read_csv(data: bytes, path: str, settings: Settings) -> Iterator[Article | Skipped]:
    try:
        text = decode_bytes(data, path)
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    yield from _csv_rows(io.StringIO(text, newline=""), path, settings)


def _csv_rows(stream: Iterable[str], path: str, settings: Settings) -> Iterator[Article | Skipped]:
    csv.field_size_limit(settings.max_bytes + LINE_SLACK)  # global, but every reader sets it
    reader = csv.DictReader(stream, strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        yield Skipped(f"{path}:1", f"malformed CSV header: {exc}")
        return
    if not fieldnames or settings.fields["text"] not in fieldnames:
        columns = ", ".join(fieldnames or []) or "none"
        yield Skipped(path, f"no column {settings.fields['text']!r} (columns: {columns}; choose one with --field text=NAME)")
        return
    start = reader.line_num + 1
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                fields = len(fieldnames) + len(row[None])
                yield Skipped(f"{path}:{line}", f"malformed row: {fields} fields, header has {len(fieldnames)}")
            else:
                yield row_to_article(row, path, line, settings)
            start = line + 1
    except csv.Error as exc:  # an unterminated quote, a field over the size limit
        yield Skipped(f"{path}:{start}", f"malformed CSV: {exc} (in the row from line {start}); the rest of the file is not read")
