"""WARC files (``.warc``, ``.warc.gz``), as web crawls such as CC-News ship them: every HTTP
response record with an HTML body goes through the same HTML reader as an ``.html`` file.

An article is located as ``<file>:<n>``, n the record's number in the file (1-based), and
named ``<file stem>-<n>``; its URL is the record's target URI. Records of other kinds
(requests, metadata, non-HTML responses, error statuses) are passed over silently.

A record shorter than its Content-Length (a crawl cut off mid-write) is skipped as truncated;
a record warcio cannot parse (a response without WARC-Target-URI) ends the file with a
Skipped naming the record, the records before it kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import Article, Origin, Skipped
from ..settings import Settings
from .files import shown
from .html import read_html

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, settings: Settings) -> Iterator[Article | Skipped]:
    """The articles in the HTML responses of one WARC file."""
    where_file = shown(path)
    stem = shown(path.name).removesuffix(".gz").removesuffix(".warc")
    warc_records = 0
    number = 0
    try:
        with open(path, "rb") as handle:
            records = ArchiveIterator(handle)
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    break
                except (AttributeError, ValueError, TypeError, KeyError, IndexError) as exc:
                    yield Skipped(f"{where_file}:{number + 1}", f"malformed WARC record ({type(exc).__name__}, "
                                  "e.g. a response without WARC-Target-URI); the rest of the file is not read")
                    return
                number += 1
                warc_records += record.format == "warc"
                if not _is_html_response(record):
                    continue
                yield from _response(record, f"{where_file}:{number}", f"{stem}-{number}", where_file, number, settings)
    except (OSError, EOFError, ArchiveLoadFailed) as exc:  # unreadable file, broken gzip, not a WARC
        yield Skipped(where_file, f"cannot read WARC: {exc}")
        return
    if not warc_records:  # warcio reads a text file as an empty or an old ARC archive
        yield Skipped(where_file, "cannot read WARC: no WARC records in the file")


def _response(record, where: str, stem: str, path: str, number: int, settings: Settings) -> Iterator[Article | Skipped]:
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield Skipped(where, f"too large: over the limit of {settings.max_bytes:,} bytes (--max-bytes)")
        return
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        yield Skipped(where, f"truncated WARC record: {missing:,} bytes short of its Content-Length")
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    for item in read_html(data, where, stem, settings, url=url):
        if isinstance(item, Article):
            item = replace(item, origin=Origin(path, number, item.origin.url or url))
        yield item


def _is_html_response(record) -> bool:
    if record.format != "warc" or record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return status == "200" and content_type in _HTML_TYPES
