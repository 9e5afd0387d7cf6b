"""Readers: files, directories, standard input -> Article records (or Skipped, with a reason).

Formats by file name: ``.txt``/``.text`` (plain text, sidecar ``<file>.json`` for
metadata), ``.html``/``.htm`` (trafilatura), ``.jsonl``/``.ndjson``/``.jsonl.gz`` and ``.csv``
(one article per row), ``.warc``/``.warc.gz`` (HTML responses). ``-`` reads standard input.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..model import Article, Skipped
from ..settings import Settings
from .html import read_html
from .tabular import read_csv, read_jsonl_file, read_jsonl_lines
from .text import read_text_file, read_text_stream, sidecar_paths

__all__ = ["FORMATS", "iter_inputs", "read_path"]

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
    name = path.name.lower()
    for suffix, fmt in sorted(FORMATS.items(), key=lambda item: -len(item[0])):
        if name.endswith(suffix):
            return fmt
    return None


def iter_inputs(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """Every article (or skipped input) under ``paths``, in a stable order."""
    for raw in paths:
        if raw == "-":
            yield from read_stdin(stdin or sys.stdin.buffer, settings)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from read_directory(path, settings)
        elif path.exists():
            yield from read_path(path, settings, explicit=True)
        else:
            yield Skipped(raw, "no such file or directory")


def read_directory(root: Path, settings: Settings) -> Iterator[Article | Skipped]:
    files = sorted(p for p in root.rglob("*") if p.is_file() and not _hidden(p.relative_to(root)))
    inputs = {p for p in files if file_format(p)}
    sidecars = {side for p in inputs for side in sidecar_paths(p)}
    for path in files:
        if path in sidecars:
            continue
        yield from read_path(path, settings, explicit=False)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def read_path(path: Path, settings: Settings, explicit: bool = True) -> Iterator[Article | Skipped]:
    """The articles in one file. Files named on the command line with an unknown suffix are
    read as text; in directories they are passed over (reported as ignored, not as errors)."""
    fmt = file_format(path) or ("txt" if explicit else None)
    where = str(path)
    if fmt is None:
        yield Skipped(where, f"not an article file ({path.suffix or 'no suffix'}); readable: {', '.join(FORMATS)}", ignored=True)
        return
    if fmt == "jsonl":
        yield from read_jsonl_file(path, settings)
        return
    if fmt == "warc":
        from .warc import read_warc  # warcio comes with the `scale` extra

        yield from read_warc(path, settings)
        return
    try:
        size = path.stat().st_size
        if fmt != "csv" and size > settings.max_bytes:
            yield Skipped(where, f"too large: {size:,} bytes, over the limit of {settings.max_bytes:,} (--max-bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(where, f"cannot read: {exc.strerror or exc}")
        return
    if fmt == "csv":
        yield from read_csv(data, where, settings)
    elif fmt == "html":
        yield from read_html(data, where, path.stem, settings)
    else:
        yield from read_text_file(path, settings, data)


def read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[Article | Skipped]:
    data = stream.read()
    fmt = settings.stdin_format if settings.stdin_format != "auto" else sniff_format(data)
    where = "<stdin>"
    if fmt == "jsonl":
        yield from read_jsonl_lines(data.splitlines(), where, settings)
    elif fmt == "csv":
        yield from read_csv(data, where, settings)
    elif fmt == "html":
        yield from read_html(data, where, "stdin", settings)
    else:
        yield from read_text_stream(data, where, "stdin", settings)


def sniff_format(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article")):
        return "html"
    return "txt"
