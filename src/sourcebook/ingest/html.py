"""HTML pages: main text without boilerplate, title, date, site name and URL, by trafilatura.

The date is the page's own metadata only: trafilatura asks htmldate for it, and htmldate's
default "extensive search" guesses from the page's text when the markup has no date (a
copyright line "(c) 2015" becomes 2015-01-01). Sourcebook turns that off: a date in the text
is estimated with its evidence later (``reconcile.dates``), a date in the URL is taken as one
(``articles.publication_date``); htmldate looks at the URL only when the markup has nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from ..errors import InputError
from ..model import Article, Origin, Skipped
from ..settings import Settings
from .articles import make_article
from .chrome import without_chrome
from .dates import date_in_locator, normalise_date
from .decode import decode_bytes
from .inline_quotes import marked_quotes

log = logging.getLogger(__name__)


def _date_params() -> dict:
    """htmldate's options: markup (meta tags, <time>, JSON-LD) first, then the URL; no guess
    from the text."""
    from trafilatura.settings import set_date_params

    return {**set_date_params(extensive=False), "deferred_url_extractor": True}


def read_html(data: bytes, where: str, stem: str, settings: Settings, url: str | None = None,
              final_url: bool = False) -> Iterator[Article | Skipped]:
    """The article of one HTML page. ``url``: where the page was found (a WARC record's
    target, a fetched page's URL); with ``final_url`` it is the article's URL even when the
    page names another (its canonical link), as for a page fetched from ``url``."""
    try:
        html = decode_bytes(data, where)
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    html = marked_quotes(html)  # ('<q>We were told</q>, said X': ``inline_quotes``)
    # imported here: a build of text files need not pay for trafilatura (a quarter second)
    import trafilatura
    from trafilatura.settings import Document

    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_date_params(),
        )
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        yield Skipped(where, f"HTML could not be parsed: {exc.__class__.__name__}: {exc}")
        return
    if not isinstance(document, Document) or not (document.text or "").strip():  # a dict only with as_dict
        yield Skipped(where, "HTML with no main text (nothing left after removing boilerplate)")
        return
    meta = {
        "title": document.title,
        "outlet": document.sitename or document.hostname,
        "url": url if final_url and url else document.url or url,
        "published": document.date,
    }
    if document.date and normalise_date(document.date) == date_in_locator(meta["url"]):
        meta["published"] = None  # htmldate read it from the URL (or markup agrees): say "url"
    text = without_chrome(document.text or "", [document.author or ""])  # (a pull quote, 'Read more: X': ``chrome``)
    yield make_article(text, stem, Origin(path=where, url=meta["url"]), settings, meta,
                       page=True)
