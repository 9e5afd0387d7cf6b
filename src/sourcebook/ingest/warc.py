"""WARC files (``.warc``, ``.warc.gz``), as web crawls such as CC-News ship them: every HTTP
response record with an HTML body goes through the same HTML reader as an ``.html`` file.

An article is located as ``<file>:<n>``, n the record's number in the file (1-based), and
named ``<file stem>-<n>``; its URL is the record's target URI. Records of other kinds
(requests, metadata, non-HTML responses, error statuses) are passed over silently.
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
from .html import read_html

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, settings: Settings) -> Iterator[Article | Skipped]:
    """The articles in the HTML responses of one WARC file."""
    stem = path.name.removesuffix(".gz").removesuffix(".warc")
    warc_records = 0
    try:
        with open(path, "rb") as handle:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                warc_records += record.format == "warc"
                if not _is_html_response(record):
                    continue
                where = f"{path}:{number}"
                data = record.content_stream().read(settings.max_bytes + 1)
                if len(data) > settings.max_bytes:
                    yield Skipped(where, f"too large: over the limit of {settings.max_bytes:,} bytes (--max-bytes)")
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                for item in read_html(data, where, f"{stem}-{number}", settings, url=url):
                    if isinstance(item, Article):
                        item = replace(item, origin=Origin(str(path), number, item.origin.url or url))
                    yield item
    except (OSError, EOFError, ArchiveLoadFailed) as exc:  # unreadable file, broken gzip, not a WARC
        yield Skipped(str(path), f"cannot read WARC: {exc}")
        return
    if not warc_records:  # warcio reads a text file as an empty or an old ARC archive
        yield Skipped(str(path), "cannot read WARC: no WARC records in the file")


def _is_html_response(record) -> bool:
    if record.format != "warc" or record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return status == "200" and content_type in _HTML_TYPES
