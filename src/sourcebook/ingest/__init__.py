"""Readers: files, directories, standard input -> Article records (or Skipped, with a reason).

Formats by file name: ``.txt``/``.text`` (plain text, sidecar ``<file>.json`` for
metadata), ``.html``/``.htm`` (trafilatura), ``.jsonl``/``.ndjson``/``.jsonl.gz`` and ``.csv``
(one article per row), ``.warc``/``.warc.gz`` (HTML responses). ``-`` reads standard input.

``list_inputs`` turns the paths of a build into input units (files, directories walked once,
standard input) in a stable order; ``read_unit`` reads one. Both build engines use them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..model import Article, Skipped
from ..settings import Settings
from .html import read_html
from .tabular import read_csv, read_jsonl_file, read_jsonl_lines
from .text import read_text_file, read_text_stream, sidecar_paths

__all__ = ["FORMATS", "STDIN", "InputUnit", "iter_inputs", "list_inputs", "read_path", "read_unit"]

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
    """One thing to read: a file, or standard input (``path == "-"``). ``explicit`` is True
    for a file named by the caller, False for one met in a directory walk (see ``read_path``)."""

    path: str
    explicit: bool = True

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def list_inputs(paths: Iterable[str]) -> list[InputUnit | Skipped]:
    """The input units of ``paths`` in a stable order: a directory's files (recursive, sorted,
    hidden files and sidecars left out), a file as itself, ``-`` as standard input, and a
    missing path as Skipped in its place."""
    units: list[InputUnit | Skipped] = []
    for raw in paths:
        if raw == STDIN:
            units.append(InputUnit(STDIN))
            continue
        path = Path(raw)
        if path.is_dir():
            units.extend(InputUnit(str(p), explicit=False) for p in directory_files(path))
        elif path.exists():
            units.append(InputUnit(str(path)))
        else:
            units.append(Skipped(raw, "no such file or directory"))
    return units


def read_unit(unit: InputUnit, settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """The articles (or skipped inputs) of one unit; ``stdin`` stands in for standard input."""
    if unit.is_stdin:
        yield from read_stdin(stdin or sys.stdin.buffer, settings)
    else:
        yield from read_path(Path(unit.path), settings, explicit=unit.explicit)


def iter_inputs(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """Every article (or skipped input) under ``paths``, in a stable order."""
    for unit in list_inputs(paths):
        if isinstance(unit, Skipped):
            yield unit
        else:
            yield from read_unit(unit, settings, stdin)


def directory_files(root: Path) -> list[Path]:
    """The files under ``root`` that a build reads, sorted: hidden files and the sidecars of
    readable files left out (they are read with their article)."""
    files = sorted(p for p in root.rglob("*") if p.is_file() and not _hidden(p.relative_to(root)))
    sidecars = {side for p in files if file_format(p) for side in sidecar_paths(p)}
    return [p for p in files if p not in sidecars]


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
    """The articles of standard input (format from ``settings.stdin_format`` or sniffed)."""
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
    """The format of standard input, guessed from its first bytes."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article")):
        return "html"
    return "txt"
