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
from typing import Any, BinaryIO

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
    with io.BufferedReader(io.FileIO(path, "r"), _SAMPLE) as raw:
        yield from read_csv_stream(raw, shown(path), settings)


_SAMPLE = 65536


def read_csv_stream(raw: io.BufferedReader[Any], where: str, settings: Settings) -> Iterator[Article | Skipped]:
    """CSV from a buffered byte stream (a file, standard input): streamed line by line when its
    first ``_SAMPLE`` bytes are UTF-8, else decoded whole up to ``MAX_LEGACY_CSV`` times
    --max-bytes (past that it is skipped: an endless stream is never held)."""
    head = raw.peek(_SAMPLE)[:_SAMPLE]
    try:
        decode_bytes(head, where)  # binary data, NUL bytes: refused here
        head.decode("utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8")
        utf8 = True
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    except UnicodeDecodeError as exc:
        utf8 = exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"  # cut by the sample
    if utf8:
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            yield from _csv_rows(_bounded_text_lines(stream, settings.max_bytes + LINE_SLACK), where, settings)
        except UnicodeDecodeError as exc:
            yield Skipped(where, f"broken UTF-8 in the file ({exc.reason}); the rest of the file is not read")
        finally:
            stream.detach()  # the caller closes the raw stream
        return
    most = MAX_LEGACY_CSV * settings.max_bytes
    data = raw.read(most + 1)
    if len(data) > most:
        yield Skipped(where, f"too large to decode from a legacy encoding: over {most:,} bytes (convert it to UTF-8)")
        return
    yield from read_csv(data, where, settings)


def _bounded_text_lines(stream: io.TextIOBase, limit: int) -> Iterator[str]:
    """The physical lines of ``stream``; one longer than ``limit`` ends the file (``LineTooLong``)
    before it is held whole (a row holding a field that large is over the field limit anyway)."""
    while line := stream.readline(limit + 1):
        if len(line) > limit:
            raise LineTooLong(f"a line longer than {limit:,} characters (--max-bytes)")
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
    """One article per CSV row (strict CSV, comma-separated, ``""`` for a quote in a quoted field).

    The rows are found by :class:`_Records`, which follows quotes the way ``csv`` does but keeps
    the lines of the row it is on, so a damaged row costs only itself:

    - a quoted field that runs over line breaks is read as one field (an article with
      paragraphs), unless it is an **unclosed quote**: it is never closed, it breaks off where a
      quote is followed by something other than a comma or a line end, or (when the header has
      two columns or more) one of the lines it swallowed reads on its own as a row of this file
      (see :class:`_Shapes`). Then the row holding the opening quote is skipped, named by the
      line of that quote, and reading goes on with the next line;
    - a row with more fields than the header, or broken on its own line, is skipped by itself;
    - a row over ``--max-bytes`` (plus room for its other fields) is skipped without being held.
    """
    limit = settings.max_bytes + LINE_SLACK
    csv.field_size_limit(limit)  # global, but every reader sets it
    records = _Records(stream, limit)
    rows = iter(records)
    try:
        first = next(rows, None)
        try:
            header = _parse(first) if first is not None and first.problem is None else None
        except csv.Error as exc:
            first.problem = str(exc)  # type: ignore[union-attr]  # only a record can fail to parse
        if first is not None and first.problem is not None:
            yield Skipped(f"{path}:{first.start}", f"malformed CSV header: {first.problem}")
            return
        text_field = settings.fields["text"]
        if not header or text_field not in header:
            columns = ", ".join(header or []) or "none"
            yield Skipped(path, f"no column {text_field!r} (columns: {columns}; choose one with --field text=NAME)")
            return
        shapes = _Shapes(len(header))
        for record in rows:
            yield from _row(record, records, header, shapes, path, settings)
    except LineTooLong as exc:
        yield Skipped(f"{path}:{records.number + 1}", f"malformed CSV: {exc}; the rest of the file is not read")


class LineTooLong(Exception):
    pass


def _row(record: _Record, records: _Records, header: list[str], shapes: _Shapes, path: str,
         settings: Settings) -> Iterator[Article | Skipped]:
    where = f"{path}:{record.start}"
    if record.too_large:
        end = f"it ends on line {record.end}"
        if record.unclosed:
            end = "its quote is never closed; the rest of the file is not read"
        yield Skipped(where, f"too large: a row of over {records.limit:,} characters (--max-bytes); {end}")
        return
    fields: list[str] | None = None
    if record.problem is None:
        try:
            fields = _parse(record)
        except csv.Error as exc:  # what the scan does not follow (a NUL byte ...)
            record.problem = str(exc)
    how = None
    if record.problem is not None and record.quote_line is not None:
        how = "is never closed" if record.unclosed else f"runs on to line {record.end}, where {record.problem}"
    elif fields is not None and len(header) > 1:
        for opened, closed in record.spans:
            swallowed = next((n for n in range(opened + 1, closed + 1) if shapes.is_row(record.line(n))), None)
            if swallowed is not None:
                record.quote_line = opened
                how = f"runs on to line {closed}, and line {swallowed} inside it reads as a row of its own"
                break
    if how is not None and record.quote_line is not None:
        yield Skipped(f"{path}:{record.quote_line}", f"unclosed quote: the quoted field that opens on this line "
                      f"{how}; this row is skipped and reading goes on at line {record.quote_line + 1}")
        records.again(record, record.quote_line + 1)
        return
    if record.problem is not None or fields is None:
        yield Skipped(where, f"malformed CSV: {record.problem}")
        return
    if len(fields) > len(header):
        yield Skipped(where, f"malformed row: {len(fields)} fields, header has {len(header)}")
        return
    shapes.learn(fields)
    row = {name: fields[k] if k < len(fields) else None for k, name in enumerate(header)}  # as csv.DictReader
    yield row_to_article(row, path, record.start, settings)


def _parse(record: _Record) -> list[str] | None:
    """The fields of one record (``None`` for a blank line)."""
    return next(csv.reader(record.lines, strict=True), None)


class _Record:
    """One CSV row: physical lines ``start`` .. ``end``, and where its multi-line quoted fields
    opened and closed."""

    def __init__(self, start: int) -> None:
        self.start = self.end = start
        self.lines: list[str] = []
        self.too_large = False
        self.unclosed = False  # the file ended inside a quoted field
        self.problem: str | None = None
        self.quote_line: int | None = None  # the opening line of the quoted field that went wrong
        self.spans: list[tuple[int, int]] = []  # (open, close) lines of each field over a line break

    def line(self, number: int) -> str:
        return self.lines[number - self.start]


class _Records:
    """The records of a stream of physical lines, found by following the quotes as ``csv``
    does; :meth:`again` puts the lines of a damaged record back to be read once more."""

    def __init__(self, lines: Iterable[str], limit: int) -> None:
        self.source = iter(lines)
        self.number = 0  # physical lines taken from the source
        self.pending: list[tuple[int, str]] = []  # put back, the next one last
        self.limit = limit

    def _next_line(self) -> tuple[int, str] | None:
        if self.pending:
            return self.pending.pop()
        line = next(self.source, None)
        if line is None:
            return None
        self.number += 1
        return self.number, line

    def again(self, record: _Record, first: int) -> None:
        """Read the lines of ``record`` from line ``first`` on once more."""
        self.pending.extend(reversed([(n, line) for n, line in enumerate(record.lines, record.start) if n >= first]))

    def __iter__(self) -> Iterator[_Record]:
        while (taken := self._next_line()) is not None:
            number, line = taken
            if line in ("\n", "\r\n", "\r"):
                continue  # csv passes over blank lines
            record = _Record(number)
            size, quoted, opened = 0, False, number
            while True:
                size += len(line)
                if size > self.limit:
                    record.too_large, record.lines = True, []  # read on to its end without holding it
                else:
                    record.lines.append(line)
                record.end, carried = number, quoted
                quoted, problem, closed_carried, opened_here = _scan(line, quoted)
                if problem:
                    record.problem = problem
                    record.quote_line = opened if carried and not opened_here else None
                    break
                if carried and closed_carried:
                    record.spans.append((opened, number))
                if not quoted:
                    break
                if opened_here:
                    opened = number
                taken = self._next_line()
                if taken is None:
                    record.unclosed, record.problem, record.quote_line = True, "unexpected end of data", opened
                    break
                number, line = taken
            yield record


def _scan(line: str, quoted: bool) -> tuple[bool, str | None, bool, bool]:
    """Follow ``csv``'s quoting (strict, ``""`` inside quotes) through one physical line.

    Returns whether the line ends inside a quoted field, a strict-mode error, whether a quoted
    field carried in from the line before closed here, and whether the field still open at
    the end (or the one that broke) opened on this line."""
    i, end = 0, len(line)
    carried, closed_carried, opened_here = quoted, False, False
    while i < end:
        if quoted:
            j = line.find('"', i)
            if j < 0:
                return True, None, closed_carried, opened_here
            if line.startswith('"', j + 1):  # a doubled quote
                i = j + 2
                continue
            closed_carried |= carried and not opened_here
            after = line[j + 1:j + 2]
            if after in ("", "\n", "\r"):
                return False, None, closed_carried, opened_here
            if after != ",":
                return False, "',' expected after '\"'", closed_carried, opened_here
            quoted, i = False, j + 2
            continue
        if line.startswith('"', i):  # a field that opens with a quote
            quoted, opened_here, i = True, True, i + 1
            continue
        j = line.find(",", i)
        if j < 0:
            return False, None, closed_carried, opened_here
        i = j + 1
    return quoted, None, closed_carried, opened_here


class _Shapes:
    """How the rows read so far look, to tell a row swallowed by an unclosed quote from a line
    of a multi-line field: a line reads as a row when, read alone, it has the header's number
    of fields, no field starts with a space unless that column has had one, and a column that
    has held no space so far (an id, a date, a URL) holds none in it either."""

    def __init__(self, columns: int) -> None:
        self.columns = columns
        self.rows = 0
        self.leading = [False] * columns  # a value of this column started with a space
        self.spaced = [False] * columns  # a value of this column held a space

    def learn(self, fields: list[str]) -> None:
        self.rows += 1
        for k, value in enumerate(fields[:self.columns]):
            self.leading[k] |= value[:1].isspace()
            self.spaced[k] |= any(c.isspace() for c in value)

    def is_row(self, line: str) -> bool:
        try:
            fields = next(csv.reader([line]), None)
        except csv.Error:
            return False
        if fields is None or len(fields) != self.columns:
            return False
        for k, value in enumerate(fields):
            if value[:1].isspace() and not self.leading[k]:
                return False
            if self.rows and not self.spaced[k] and any(c.isspace() for c in value):
                return False
        return True
