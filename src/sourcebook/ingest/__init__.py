"""Readers: files, directories, standard input -> Article records (or Skipped, with a reason).

Formats by file name: ``.txt``/``.text`` (plain text, sidecar ``<file>.json`` for
metadata), ``.html``/``.htm`` (trafilatura), ``.jsonl``/``.ndjson``/``.jsonl.gz`` and ``.csv``
(one article per row), ``.warc``/``.warc.gz`` (HTML responses). ``-`` reads standard input.
An ``http(s)://`` URL is fetched (``fetch.py``): a page is read as HTML or text, a feed (RSS,
Atom) stands for the pages its items link to (``urls.py``).

``list_inputs`` turns the paths of a build into input units (files, directories walked once,
standard input, fetched pages) in a stable order; ``read_unit`` reads one. Both build engines
use them, so URLs are fetched once, while listing, in the process that runs the build.

Every failure while reading one input is caught here, at the input boundary, and becomes a
``Skipped`` naming the file (and line) and the reason: one bad file never stops a build. Only
regular files are read (``files.py``: FIFOs, devices and stray links are reported, not opened).
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import SourcebookError
from ..model import Article, Skipped
from ..settings import Settings
from .fetch import Page, is_url
from .files import Found, regular_file, shown, walk
from .html import read_html
from .tabular import LINE_SLACK, bounded_lines, read_csv_file, read_csv_stream, read_jsonl_file, read_jsonl_lines
from .text import read_text_file, read_text_stream, sidecar_paths
from .urls import WebInputs, read_page, web_inputs

__all__ = ["FORMATS", "STDIN", "InputUnit", "WebInputs", "is_url", "iter_inputs", "list_inputs", "read_path",
           "read_unit", "read_units", "web_inputs"]

log = logging.getLogger(__name__)

#: The path that names standard input.
STDIN = "-"

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".csv": "csv",
    ".warc": "warc",
    ".warc.gz": "warc",
}


def file_format(path: Path) -> str | None:
    """The format a file is read as, by its name; None for other files."""
    name = path.name.lower()
    for suffix, fmt in sorted(FORMATS.items(), key=lambda item: -len(item[0])):
        if name.endswith(suffix):
            return fmt
    return None


@dataclass(frozen=True, slots=True)
class InputUnit:
    """One thing to read: a file, standard input (``path == "-"``) or a fetched page (``page``;
    ``path`` is the URL it was fetched from). ``explicit`` is True for a file named by the
    caller, False for one met in a directory walk (see ``read_path``)."""

    path: str
    explicit: bool = True
    page: Page | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def list_inputs(paths: Iterable[str], follow_links: bool = False, web: WebInputs | None = None) -> list[InputUnit | Skipped]:
    """The input units of ``paths`` in a stable order: a directory's files (recursive, sorted,
    hidden files and sidecars left out), a file as itself, ``-`` as standard input, a URL as
    its fetched page (a feed as its items' pages; ``web`` fetches them), and a missing path,
    anything that is not a regular file, or a URL that could not be fetched, as Skipped in its
    place."""
    units: list[InputUnit | Skipped] = []
    for raw in paths:
        if raw == STDIN:
            units.append(InputUnit(STDIN))
            continue
        if is_url(raw):
            if web is None:
                units.append(Skipped(raw, "URLs are fetched by a build only (no fetcher given)"))
                continue
            units.extend(_fetched(raw, web))
            continue
        path = Path(raw)
        if path.is_dir():
            units.extend(directory_units(path, follow_links))
        elif path.exists() or path.is_symlink():
            problem = regular_file(path)
            units.append(Skipped(shown(raw), problem) if problem else InputUnit(str(path)))
        else:
            units.append(Skipped(shown(raw), "no such file or directory"))
    return units


def _fetched(url: str, web: WebInputs) -> list[InputUnit | Skipped]:
    """The units of one URL (a page, or a feed's pages); a fetcher bug ends that URL only."""
    units: list[InputUnit | Skipped] = []
    try:
        for page in web.expand(url):
            units.append(InputUnit(page.requested, page=page) if isinstance(page, Page) else page)
    except SourcebookError:  # the store could not be asked which URLs it holds: not the URL's fault
        raise
    except Exception as exc:  # noqa: BLE001 - the input boundary, as in read_unit
        log.debug("fetching %s failed", url, exc_info=True)
        units.append(Skipped(url, f"cannot fetch: {type(exc).__name__} in the fetcher"))
    return units


def read_unit(unit: InputUnit, settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """The articles (or skipped inputs) of one unit; ``stdin`` stands in for standard input.

    The input boundary: whatever goes wrong inside one input (a reader bug, a parser's
    RecursionError, a library's exception on a malformed record) ends that input with a
    Skipped naming it and the reason; the articles read before it are kept.
    """
    where = "<stdin>" if unit.is_stdin else shown(unit.path)
    try:
        if unit.page is not None:
            yield from read_page(unit.page, settings)
        elif unit.is_stdin:
            yield from read_stdin(stdin or sys.stdin.buffer, settings)
        else:
            yield from read_path(Path(unit.path), settings, explicit=unit.explicit)
    except RecursionError:
        yield Skipped(where, "too deeply nested to read")
    except MemoryError:
        yield Skipped(where, "too large to read in memory")
    except Exception as exc:  # noqa: BLE001 - the input boundary: one input never stops a build
        log.debug("reading %s failed", where, exc_info=True)
        yield Skipped(where, f"cannot read: {type(exc).__name__} in its reader")


def iter_inputs(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """Every article (or skipped input) under ``paths``, in a stable order (URLs fetched,
    none looked up in a store)."""
    web = web_inputs(settings)
    try:
        units = list_inputs(paths, settings.follow_links, web)
    finally:
        web.fetcher.close()
    yield from read_units(units, settings, stdin)


def read_units(units: Iterable[InputUnit | Skipped], settings: Settings,
               stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """The articles of the listed ``units`` (``list_inputs``) in their order, what could not be listed passed on as
    it is: the one walk both ``iter_inputs`` and the local build engine read by."""
    for unit in units:
        if isinstance(unit, Skipped):
            yield unit
        else:
            yield from read_unit(unit, settings, stdin)


def directory_units(root: Path, follow_links: bool = False) -> list[InputUnit | Skipped]:
    """The units under ``root``, sorted: regular files (hidden ones and the sidecars of readable
    files left out: they are read with their article), and what is not read, as Skipped."""
    found = walk(root, follow_links)
    files = {f.path for f in found if isinstance(f, Found)}
    sidecars = {side for p in files if file_format(p) for side in sidecar_paths(p)}
    return [InputUnit(str(f.path), explicit=False) if isinstance(f, Found) else f
            for f in found if not (isinstance(f, Found) and f.path in sidecars)]


def directory_files(root: Path) -> list[Path]:
    """The regular files under ``root`` that a build reads, sorted."""
    return [Path(u.path) for u in directory_units(root) if isinstance(u, InputUnit)]


def read_path(path: Path, settings: Settings, explicit: bool = True) -> Iterator[Article | Skipped]:
    """The articles in one file. Files named on the command line with an unknown suffix are
    read as text; in directories they are passed over (reported as ignored, not as errors)."""
    fmt = file_format(path) or ("txt" if explicit else None)
    where = shown(path)
    if (problem := regular_file(path)) is not None:  # it may have changed since it was listed
        yield Skipped(where, problem)
        return
    if fmt is None:
        yield Skipped(where, f"not an article file ({path.suffix or 'no suffix'}); readable: {', '.join(FORMATS)}", ignored=True)
        return
    if fmt == "jsonl":
        yield from read_jsonl_file(path, settings)
        return
    if fmt == "csv":
        yield from read_csv_file(path, settings)
        return
    if fmt == "warc":
        from .warc import read_warc  # warcio comes with the `scale` extra

        yield from read_warc(path, settings)
        return
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            yield Skipped(where, f"too large: {size:,} bytes, over the limit of {settings.max_bytes:,} (--max-bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(where, f"cannot read: {exc.strerror or exc}")
        return
    if fmt == "html":
        yield from read_html(data, where, shown(path.stem), settings)
    else:
        yield from read_text_file(path, settings, data)


def read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[Article | Skipped]:
    """The articles of standard input (format from ``settings.stdin_format`` or sniffed).
    JSONL and UTF-8 CSV are read line by line (each line bounded); text and HTML up to
    ``--max-bytes``."""
    head = stream.read(2048)
    fmt = settings.stdin_format if settings.stdin_format != "auto" else sniff_format(head)
    where = "<stdin>"
    if fmt == "jsonl":
        lines = bounded_lines(io.BufferedReader(_Prepended(head, stream)), settings.max_bytes + LINE_SLACK)
        yield from read_jsonl_lines(lines, where, settings)
        return
    if fmt == "csv":  # streamed as a CSV file is, never held whole
        yield from read_csv_stream(io.BufferedReader(_Prepended(head, stream), 65536), where, settings)
        return
    data = head + stream.read(settings.max_bytes + 1 - len(head))
    if len(data) > settings.max_bytes:
        yield Skipped(where, f"too large: over the limit of {settings.max_bytes:,} bytes (--max-bytes)")
    elif fmt == "html":
        yield from read_html(data, where, "stdin", settings)
    else:
        yield from read_text_stream(data, where, "stdin", settings)


class _Prepended(io.RawIOBase):
    """``head`` (already read to sniff the format), then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        chunk = self.stream.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)


def sniff_format(data: bytes) -> str:
    """The format of standard input, guessed from its first bytes."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article")):
        return "html"
    return "txt"
