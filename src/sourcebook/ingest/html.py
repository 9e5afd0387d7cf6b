"""HTML pages: main text without boilerplate, title, date, site name and URL, by trafilatura."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import trafilatura

from ..errors import InputError
from ..model import Article, Origin, Skipped
from ..settings import Settings
from .articles import make_article
from .decode import decode_bytes

log = logging.getLogger(__name__)


def read_html(data: bytes, where: str, stem: str, settings: Settings, url: str | None = None) -> Iterator[Article | Skipped]:
    try:
        html = decode_bytes(data, where)
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        yield Skipped(where, f"HTML could not be parsed: {exc.__class__.__name__}: {exc}")
        return
    if document is None or not (document.text or "").strip():
        yield Skipped(where, "HTML with no main text (nothing left after removing boilerplate)")
        return
    meta = {
        "title": document.title,
        "outlet": document.sitename or document.hostname,
        "url": document.url or url,
        "published": document.date,
    }
    yield make_article(document.text, stem, Origin(path=where, url=meta["url"]), settings, meta)
